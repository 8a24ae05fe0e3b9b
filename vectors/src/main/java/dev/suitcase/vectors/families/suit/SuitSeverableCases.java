package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.DeviceImage;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.Envelope;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.Map;

import static dev.suitcase.vectors.families.suit.SuitFixture.IMAGE_URI;
import static dev.suitcase.vectors.families.suit.SuitFixture.accepted;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * Severable members (draft-ietf-suit-manifest-37 §8.4.12, §8.6): the manifest holds the SUIT_Digest of
 * its install sequence, and the envelope carries the sequence, or not, intact, or not.
 */
final class SuitSeverableCases {

    /** The baseline with its install sequence severed: the manifest holds the SHA-256 SUIT_Digest of the bstr. */
    private static Manifest severed() {
        return SuitFixture.manifest(SuitFixture.shared())
                .withSevered(ManifestKey.INSTALL, SuitFixture.installFrom(IMAGE_URI))
                .withSequence(ManifestKey.VALIDATE, SuitFixture.validate())
                .withSequence(ManifestKey.INVOKE, SuitFixture.invoke());
    }

    private static Envelope severedEnvelope(SuitFixture f) {
        return f.envelope(severed());
    }

    @Case(id = "suit.*.severable.install-present", sweep = Sweep.SUIT,
            title = "{alg} manifest with its install sequence severed and carried in the envelope",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4-severed-or-inline", "SUITM-8.4.12-severable-digest", "SUITM-8.6-severable-members"},
            flags = {"Severable"},
            description = """
                    A manifest signed with {alg} whose suit-install (20) is a SUIT_Digest: the SHA-256 of the bstr
                    holding the install sequence, head included. The envelope carries that bstr under key 20. The
                    install sequence fetches the image from its URI and checks it.

                    A processor must tell the digest from an inline sequence by major type, check the envelope's
                    member against it, run it, and accept at scope install.""")
    BuiltCase installPresent(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Envelope envelope = severedEnvelope(f).withSeveredMember(ManifestKey.INSTALL, SuitFixture.installFrom(IMAGE_URI));
        return accepted(f.input(envelope.encode(), SuitFixture.device(), Scope.INSTALL));
    }

    @Case(id = "suit.*.severable.install-absent-not-needed", sweep = Sweep.SUIT,
            title = "{alg} manifest with its install sequence severed and absent, processed to applicability",
            severity = Severity.LOW,
            requirements = {"SUITM-8.6-severable-members", "SUITM-8.4-severed-or-inline"},
            flags = {"Severable"},
            description = """
                    The severed-install manifest signed with {alg}, in an envelope that does not carry the install
                    sequence, processed up to applicability, which does not need it.

                    An absent severed member is no error until a sequence that is run needs it: a processor must
                    accept. Refusing defeats severing, whose purpose is to deliver less to devices that do not
                    need everything.""")
    BuiltCase installAbsentNotNeeded(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(severedEnvelope(f).encode(), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.severable.install-absent-needed", sweep = Sweep.SUIT,
            title = "{alg} manifest with its install sequence severed and absent, processed to install",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.6-severable-members", "SUITM-6.3-error-or-correct-state", "SUITM-8.4.6-directives"},
            flags = {"Severable"},
            description = """
                    A manifest signed with {alg} whose suit-install (20) is severed (the manifest holds its
                    SUIT_Digest) and which has no validate sequence, in an envelope without the install
                    sequence, processed up to installation, which needs it.

                    The processor cannot take the actions of a sequence it does not have: it must reject. One
                    that treats the missing sequence as empty reports a successful update that installed
                    nothing (no validate sequence catches it), and the device may then boot a stale or empty
                    component.""")
    BuiltCase installAbsentNeeded(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest withoutValidate = SuitFixture.manifest(SuitFixture.shared())
                .withSevered(ManifestKey.INSTALL, SuitFixture.installFrom(IMAGE_URI))
                .withSequence(ManifestKey.INVOKE, SuitFixture.invoke());
        return rejected(Reason.POLICY, f.input(f.signed(withoutValidate), SuitFixture.device(), Scope.INSTALL));
    }

    @Case(id = "suit.*.severable.install-changed", sweep = Sweep.SUIT,
            title = "{alg} manifest with a severed install sequence replaced in the envelope by an attacker's",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.4.12-severable-digest", "SUITM-8.6-severable-members", "RFC9124-REQ.SEC.AUTHENTIC",
                    "RFC9124-REQ.SEC.AUTH.REMOTE_LOC"},
            flags = {"Severable", "ModifiedManifest"},
            description = """
                    The severed-install manifest signed with {alg}; the envelope carries under key 20 an install
                    sequence the attacker wrote: it sets the URI https://attacker.example/app.bin and the digest
                    and size of the attacker's 256-byte image, fetches it and checks it. The device can reach
                    both the signed image and the attacker's server. Severed members are outside the signature:
                    only their digest in the manifest protects them.

                    A processor must check the member against the digest and reject with a digest mismatch. One
                    that runs severed members unchecked completes the attacker's sequence (its image matches the
                    digest it set, and the signed validate checks that same digest) and installs firmware
                    nobody signed.""")
    BuiltCase installChanged(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Envelope envelope = severedEnvelope(f).withSeveredMember(ManifestKey.INSTALL, SuitFixture.attackersInstall());
        return rejected(Reason.DIGEST_MISMATCH, f.input(envelope.encode(), SuitFixture.deviceReachingAttacker(), Scope.INSTALL));
    }

    @Case(id = "suit.*.severable.inline-and-in-envelope", sweep = Sweep.SUIT,
            title = "{alg} manifest with an inline install sequence and an attacker's one in the envelope",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.4-severed-or-inline", "SUITM-8.4.12-severable-digest", "RFC9124-REQ.SEC.AUTHENTIC",
                    "SUITM-8.4.6-directives"},
            flags = {"Severable", "ModifiedManifest"},
            description = """
                    The baseline manifest signed with {alg} holds its install sequence inline; the envelope also
                    carries an install sequence under key 20, the attacker's: it fetches and checks the
                    attacker's image from https://attacker.example/app.bin. Nothing in the manifest
                    authenticates the envelope's copy. The device reaches the attacker's server, but not the
                    signed image's, so the signed install sequence cannot complete here.

                    A processor must not run the envelope's member: it either refuses an envelope carrying a
                    member the manifest did not sever, or runs the signed inline sequence, which fails. Either
                    way it rejects. One that prefers the envelope's copy installs the attacker's image and
                    accepts.""")
    BuiltCase inlineAndInEnvelope(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Envelope envelope = f.envelope(SuitFixture.baseline())
                .withSeveredMember(ManifestKey.INSTALL, SuitFixture.attackersInstall());
        Device attackerOnly = SuitFixture.device().withPayloads(
                Map.of(SuitFixture.ATTACKER_URI, DeviceImage.of(SuitFixture.ATTACKER_IMAGE)));
        return rejected(Reason.BAD_STRUCTURE, f.input(envelope.encode(), attackerOnly, Scope.INSTALL));
    }

    @Case(id = "suit.*.severable.install-integer", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest whose suit-install is the integer 0",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4-severed-or-inline", "SUITM-8.4-member-types"},
            flags = {"Severable", "WrongType"},
            robustness = """
                    suit-install is neither a command sequence to run nor the SUIT_Digest of one: a processor that
                    goes on runs no install, and the validate sequence then finds the component empty, so none can
                    accept.""",
            description = """
                    The baseline manifest signed with {alg}, its suit-install (20) replaced by the integer 0: neither
                    a bstr-wrapped command sequence nor a SUIT_Digest. Processed to install.

                    A severable member is one or the other, told apart by major type (§8.4); this one is neither,
                    and a processor must reject the manifest. One that treats whatever is not a digest as an inline
                    sequence hands an integer to its command parser.""")
    BuiltCase installInteger(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.baseline().withMember(ManifestKey.INSTALL, CborValue.integer(0));
        return rejected(Reason.BAD_STRUCTURE, f.input(f.signed(manifest), SuitFixture.device(), Scope.INSTALL));
    }
}
