package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.DeviceImage;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.Envelope;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.SuitDigest;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.suitcase.vectors.families.suit.SuitFixture.IMAGE;
import static dev.suitcase.vectors.families.suit.SuitFixture.IMAGE_URI;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * Image Match against real payloads (draft-ietf-suit-manifest-37 §8.4.9.2): fetched, integrated
 * (§7.5) and already installed images, exact or one byte off.
 */
final class SuitImageCases {

    /** A manifest for secure boot only (Appendix B example 0's shape): validate checks the installed image, invoke boots it. */
    static Manifest secureBoot() {
        return SuitFixture.manifest(SuitFixture.shared())
                .withSequence(ManifestKey.VALIDATE, SuitFixture.validate())
                .withSequence(ManifestKey.INVOKE, SuitFixture.invoke());
    }

    /** The baseline device with component [h'00'] holding {@code image}. */
    static Device deviceHolding(Bytes image) {
        return SuitFixture.device().withComponents(List.of(Component.of(SuitFixture.COMPONENT).withImage(image)));
    }

    /** A manifest that installs the integrated payload "#app.bin", and the signed envelope carrying it. */
    static Envelope integratedEnvelope(SuitFixture f) {
        return f.envelope(integratedManifest()).withIntegratedPayload(SuitFixture.INTEGRATED_URI, IMAGE);
    }

    private static Manifest integratedManifest() {
        return SuitFixture.manifest(SuitFixture.shared())
                .withSequence(ManifestKey.INSTALL, SuitFixture.installFrom(SuitFixture.INTEGRATED_URI))
                .withSequence(ManifestKey.VALIDATE, SuitFixture.validate());
    }

    /** {@link SuitFixture#IMAGE} with bit 0 of byte 100 flipped. */
    private static Bytes imageOneByteChanged() {
        byte[] changed = IMAGE.toByteArray();
        changed[100] ^= 0x01;
        return Bytes.of(changed);
    }

    private static Device deviceServing(Bytes payload) {
        return SuitFixture.device().withPayloads(Map.of(IMAGE_URI, DeviceImage.of(payload)));
    }

    @Case(id = "suit.*.image.payload-one-byte-changed", sweep = Sweep.SUIT,
            title = "{alg} envelope; the fetched payload differs from the signed digest in one byte",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.2-image-match", "SUITM-8.4.9-condition-terminates", "RFC9124-REQ.SEC.AUTHENTIC",
                    "SUITM-8.5-required-conditions", "SUITM-8.5-required-directives", "SUITM-8.5-required-parameters"},
            flags = {"ModifiedPayload"},
            description = """
                    The baseline envelope, correctly signed with {alg}, installs from
                    https://firmware.example/suitcase/app.bin; the payload the device fetches there has bit 0 of
                    byte 100 flipped, so its SHA-256 differs from the image digest in the signed manifest. The
                    size is right.

                    Image-match after the fetch must fail and, outside try-each, end the update: reject with a
                    condition failure. A processor that skips the check, or only compares sizes, installs
                    firmware that whoever controls the download server or the network chose.""")
    BuiltCase payloadOneByteChanged(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.CONDITION_FAILED,
                f.input(f.signed(SuitFixture.baseline()), deviceServing(imageOneByteChanged()), Scope.INSTALL));
    }

    @Case(id = "suit.*.image.payload-byte-appended", sweep = Sweep.SUIT,
            title = "{alg} envelope; the fetched payload is the signed image with one byte appended",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.2-image-match", "RFC9124-REQ.SEC.IMG.COMPLETE_DIGEST", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"ModifiedPayload"},
            description = """
                    The baseline envelope signed with {alg}; the payload at the install URI is the 256-byte image
                    followed by one more byte (0x00), 257 bytes in all. The digest covers the whole payload, so it
                    no longer matches, and the size disagrees with the signed image-size too.

                    A processor must reject with a condition failure. One that hashes only the first image-size
                    bytes, or stops reading early, accepts a payload with attacker-controlled trailing data.""")
    BuiltCase payloadByteAppended(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        byte[] longer = Arrays.copyOf(IMAGE.toByteArray(), IMAGE.length() + 1);
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(SuitFixture.baseline()), deviceServing(Bytes.of(longer)),
                Scope.INSTALL));
    }

    @Case(id = "suit.*.image.payload-truncated", sweep = Sweep.SUIT,
            title = "{alg} envelope; the fetched payload is the signed image missing its last byte",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.2-image-match", "RFC9124-REQ.SEC.IMG.COMPLETE_DIGEST", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"ModifiedPayload"},
            description = """
                    The baseline envelope signed with {alg}; the payload at the install URI is the image without its
                    last byte (255 bytes instead of 256): an interrupted or truncated download. Neither its digest
                    nor its size matches the manifest.

                    A processor must reject with a condition failure; accepting installs an incomplete image that
                    may not boot.""")
    BuiltCase payloadTruncated(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        byte[] shorter = Arrays.copyOf(IMAGE.toByteArray(), IMAGE.length() - 1);
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(SuitFixture.baseline()), deviceServing(Bytes.of(shorter)),
                Scope.INSTALL));
    }

    @Case(id = "suit.*.image.size-parameter-wrong", sweep = Sweep.SUIT,
            title = "{alg} manifest whose image-size is one more than the image its digest names",
            severity = Severity.INFO,
            requirements = {"SUITM-8.4.9.2-image-match", "RFC9124-REQ.SEC.AUTH.EXEC"},
            flags = {"ImageSize"},
            description = """
                    A manifest signed with {alg} whose shared sequence sets the right SHA-256 image digest but an
                    image-size of 257 for the 256-byte image; the fetched payload matches the digest exactly.

                    Image-match is defined on the digest (§8.4.9.2), and RFC 9124 only recommends (SHOULD) checking
                    the size as well before running an image, so a processor may accept or reject; the outcome is
                    recorded. The reference processor checks the size when it is set and rejects. A manifest like
                    this is an authoring error: the two signed values contradict each other.""")
    BuiltCase sizeParameterWrong(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.manifest(CommandSequence.empty()
                        .override(SuitFixture.imageParameters().imageSize(IMAGE.length() + 1))
                        .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER))
                .withSequence(ManifestKey.INSTALL, SuitFixture.installFrom(IMAGE_URI))
                .withSequence(ManifestKey.VALIDATE, SuitFixture.validate());
        return BuiltCase.of(Expectation.either(), f.input(f.signed(manifest), SuitFixture.device(), Scope.INSTALL));
    }

    @Case(id = "suit.*.image.installed-image-one-byte-changed", sweep = Sweep.SUIT,
            title = "{alg} secure-boot manifest; the installed image differs in one byte",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.2-image-match", "RFC9124-REQ.SEC.AUTH.EXEC", "SUITM-6.3-error-or-correct-state"},
            flags = {"ModifiedPayload"},
            description = """
                    The secure-boot manifest signed with {alg} (validate: image-match; invoke) on a device whose
                    component [h'00'] holds the image with bit 0 of byte 100 flipped: storage corrupted, or
                    patched by an attacker with write access to flash.

                    At boot, validate must fail before invoke runs: reject with a condition failure. A bootloader
                    that invokes without checking runs code nobody signed.""")
    BuiltCase installedImageOneByteChanged(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(secureBoot()), deviceHolding(imageOneByteChanged()),
                Scope.BOOT));
    }

    @Case(id = "suit.*.image.image-digest-sha512", sweep = Sweep.SUIT,
            title = "{alg} manifest with a SHA-512 image digest; the fetched payload matches",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.9.2-image-match", "SUITM-10-sha256"},
            flags = {"OptionalFeature", "Sha512"},
            description = """
                    A manifest signed with {alg} whose image digest is SHA-512 (-44) instead of SHA-256; the
                    payload at the install URI matches it.

                    SHA-512 is OPTIONAL (§10). A processor that implements it must accept; one that does not
                    should answer unsupported for this vector (it cannot check the image and rejects).""")
    BuiltCase imageDigestSha512(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.manifest(CommandSequence.empty()
                        .override(SuitFixture.imageParameters().imageDigest(SuitDigest.sha512(IMAGE)))
                        .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER))
                .withSequence(ManifestKey.INSTALL, SuitFixture.installFrom(IMAGE_URI))
                .withSequence(ManifestKey.VALIDATE, SuitFixture.validate());
        return SuitFixture.accepted(f.input(f.signed(manifest), SuitFixture.device(), Scope.INSTALL));
    }

    @Case(id = "suit.*.integrated.payload-changed", sweep = Sweep.SUIT,
            title = "{alg} envelope whose integrated payload was changed after signing",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.2-image-match", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"IntegratedPayload", "ModifiedPayload"},
            description = """
                    The integrated-payload envelope signed with {alg}, with the image under "#app.bin" replaced by
                    one that differs in bit 0 of byte 100. Integrated payloads are envelope elements, outside the
                    signature: only the image-match in the install sequence protects them (§5.3.4: they are
                    integrity-checked by command sequences).

                    A processor must reject with a condition failure. One that trusts an integrated payload
                    because it arrived in a signed envelope installs whatever a relay put there.""")
    BuiltCase integratedPayloadChanged(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes envelope = integratedEnvelope(f).withIntegratedPayload(SuitFixture.INTEGRATED_URI, imageOneByteChanged()).encode();
        return rejected(Reason.CONDITION_FAILED, f.input(envelope, SuitFixture.device().withPayloads(Map.of()), Scope.INSTALL));
    }

    @Case(id = "suit.*.integrated.payload-missing", sweep = Sweep.SUIT,
            title = "{alg} envelope without the integrated payload its install sequence fetches",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-6.4-directive-failure-aborts", "SUITM-8.4.10-directive-failure", "SUITM-8.4.6-directives"},
            flags = {"IntegratedPayload"},
            robustness = """
                    The payload the install sequence fetches is nowhere: no processor can install it, and one that
                    carries on past the failed fetch finds the component empty at the image check.""",
            description = """
                    The integrated-payload manifest signed with {alg}, in an envelope that does not carry "#app.bin";
                    the device cannot fetch that URI from anywhere else.

                    Fetch fails, and a failed directive aborts whatever soft-failure says (§6.4): a processor must
                    reject. One that carries on installs nothing and may then boot an empty or stale component.""")
    BuiltCase integratedPayloadMissing(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes envelope = f.envelope(integratedManifest()).encode();
        return rejected(Reason.POLICY, f.input(envelope, SuitFixture.device().withPayloads(Map.of()), Scope.INSTALL));
    }
}
