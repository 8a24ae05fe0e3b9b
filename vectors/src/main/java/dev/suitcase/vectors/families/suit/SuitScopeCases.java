package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.suit.Scope;

import java.util.Map;

import static dev.suitcase.vectors.families.suit.SuitFixture.accepted;

/**
 * Valid envelopes at each scope (draft-ietf-suit-manifest-37 §4.2 workflow, §8.4.6 procedures):
 * what a processor must accept, from authentication alone to booting the installed image.
 */
final class SuitScopeCases {

    @Case(id = "suit.*.scope.authenticate", sweep = Sweep.SUIT, title = "Valid {alg} envelope, scope authenticate",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.2-envelope", "SUITM-8.3-manifest-digest", "SUITM-8.3-detached-payload",
                    "SUITM-8.3-cose-tagged", "SUITM-8.3-profile-algorithms", "RFC9052-4.4-sig-structure",
                    "SUITM-8.4.1-version", "SUITM-8.4.2-rollback", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"Valid"},
            description = """
                    A well-formed envelope signed by the device's trusted {alg} {key}: tag 107, the
                    authentication wrapper with the SHA-256 SUIT_Digest of the bstr-wrapped manifest and one
                    COSE_Sign1_Tagged block over it (alg in the protected header, payload detached), then the
                    manifest: version 1, sequence number 7 on a device that runs 6.

                    Processed up to authentication: the signature, the manifest digest, the version and the
                    rollback check. A processor must accept it; refusing means it cannot authenticate the
                    plainest {alg} manifest.""")
    BuiltCase authenticate(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(f.signed(SuitFixture.baseline()), SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.scope.applicability", sweep = Sweep.SUIT, title = "Valid {alg} envelope, scope applicability",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.5-shared-first", "SUITM-8.4.9.1-identifiers", "SUITM-8.4.10.3-override",
                    "SUITM-8.5-required-conditions", "SUITM-8.5-required-parameters", "RFC9124-REQ.SEC.COMPATIBLE",
                    "SUITM-6.2-identity-checks", "RFC9124-REQ.SEC.AUTH.COMPATIBILITY"},
            flags = {"Valid"},
            description = """
                    The baseline envelope signed with {alg}, processed up to applicability: after authentication
                    the shared sequence runs; it sets vendor id, class id, image digest and image size with
                    override-parameters and checks the vendor and class identifiers, which match the device. The
                    identifiers are part of the signed manifest, so they are authenticated with it.

                    A processor must accept it. Refusing means it cannot decide that a manifest is meant for
                    the device it runs on.""")
    BuiltCase applicability(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(f.signed(SuitFixture.baseline()), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.scope.install-from-uri", sweep = Sweep.SUIT,
            title = "Valid {alg} envelope, scope install: fetch from a URI, image matches",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.5-shared-first", "SUITM-8.4.9.2-image-match", "SUITM-8.5-required-directives",
                    "SUITM-8.5-required-parameters", "RFC9124-REQ.SEC.AUTHENTIC", "RFC9124-REQ.SEC.AUTH.REMOTE_LOC"},
            flags = {"Valid"},
            description = """
                    The baseline envelope signed with {alg}, processed up to installation: the install sequence
                    sets the URI https://firmware.example/suitcase/app.bin, fetches the 256-byte image the device
                    can reach there into component [h'00'] and checks it with image-match against the SHA-256
                    digest and size set in the shared sequence; validate checks it again.

                    A processor must accept it: this is the download-and-install flow every updater runs.""")
    BuiltCase installFromUri(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(f.signed(SuitFixture.baseline()), SuitFixture.device(), Scope.INSTALL));
    }

    @Case(id = "suit.*.scope.boot", sweep = Sweep.SUIT,
            title = "Valid {alg} envelope, scope boot: install, validate, invoke",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.2-image-match", "SUITM-8.5-required-directives", "SUITM-6.3-error-or-correct-state",
                    "RFC9124-REQ.SEC.AUTH.EXEC", "RFC9124-REQ.SEC.AUTHENTIC", "SUITM-8.4.6-directives"},
            flags = {"Valid"},
            description = """
                    The baseline envelope signed with {alg}, processed through every procedure: the update
                    (shared, install: fetch and image-match, validate) and then the invocation (shared, validate,
                    invoke) on the state the update left. The invoked image matches its digest.

                    A processor must accept it and invoke component [h'00']. Refusing means the device cannot
                    boot a correctly signed, correctly installed image.""")
    BuiltCase boot(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(f.signed(SuitFixture.baseline()), SuitFixture.device(), Scope.BOOT));
    }

    @Case(id = "suit.*.scope.install-integrated", sweep = Sweep.SUIT,
            title = "Valid {alg} envelope, scope install: integrated payload",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.2-image-match", "SUITM-8.5-required-directives", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"Valid", "IntegratedPayload"},
            description = """
                    An envelope signed with {alg} whose install sequence fetches the URI "#app.bin", and which
                    carries the 256-byte image itself under the text key "#app.bin" (an integrated payload,
                    §7.5). The device has no network payload. Image-match checks the fetched image against the
                    signed digest.

                    A processor must take the payload from the envelope and accept. Integrated payloads are how
                    a manifest and its image travel in one message over constrained links.""")
    BuiltCase installIntegrated(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(SuitImageCases.integratedEnvelope(f).encode(),
                SuitFixture.device().withPayloads(Map.of()), Scope.INSTALL));
    }

    @Case(id = "suit.*.scope.boot-installed-image", sweep = Sweep.SUIT,
            title = "Valid {alg} envelope, scope boot: secure boot of the installed image",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.2-image-match", "SUITM-8.5-required-directives", "RFC9124-REQ.SEC.AUTH.EXEC"},
            flags = {"Valid"},
            description = """
                    A secure-boot manifest signed with {alg} (as Appendix B example 0): no install sequence; the
                    shared sequence sets the image digest and size, validate runs image-match and invoke boots
                    component [h'00'], which already holds the image.

                    A processor must accept it and invoke the component. Refusing means the bootloader cannot
                    boot the firmware it holds.""")
    BuiltCase bootInstalledImage(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(f.signed(SuitImageCases.secureBoot()), SuitImageCases.deviceHolding(SuitFixture.IMAGE),
                Scope.BOOT));
    }

    @Case(id = "suit.*.scope.untagged-envelope", sweep = Sweep.SUIT, title = "{alg} envelope without tag 107",
            severity = Severity.INFO,
            requirements = {"SUITM-8.2-envelope"},
            flags = {"Untagged", "ProfileDependent"},
            description = """
                    The baseline envelope signed with {alg}, without the SUIT_Envelope_Tagged tag 107: the map
                    alone. The signature does not cover the tag, so it still verifies.

                    The manifest draft's CDDL starts from the tagged envelope, while protocols that carry SUIT
                    inside their own messages (TEEP, for instance) send it untagged; either answer is allowed,
                    and the outcome is recorded. A processor that accepts untagged envelopes must still apply
                    every other check.""")
    BuiltCase untaggedEnvelope(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return BuiltCase.of(Expectation.either(), f.input(f.envelope(SuitFixture.baseline()).untagged().encode(),
                SuitFixture.device(), Scope.APPLICABILITY));
    }
}
