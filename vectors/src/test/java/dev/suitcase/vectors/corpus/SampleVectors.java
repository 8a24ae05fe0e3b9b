package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.DeviceImage;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.verifier.suit.Scope;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.vectors.model.VectorStatus;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small vectors of each layer for the corpus tests; their bytes are arbitrary, not meaningful inputs. */
final class SampleVectors {
    static final Provenance PROVENANCE = new Provenance("generated", "sample", "suitcase-vectors test",
            Optional.empty(), Optional.empty(), Optional.empty());

    private SampleVectors() {
    }

    static Vector signature() {
        return new Vector(VectorId.parse("signature.es256.sample.high-s"), "A valid signature with high s",
                "s is above n/2. COSE does not require low s, so a verifier accepts it.",
                Optional.of(Algorithm.ES256),
                Expectation.accept().withProfile(Profile.ECDSA_LOW_S, ExpectedResult.REJECT),
                Severity.LOW, List.of("RFC9053-2.1-dss-verify"), List.of("HighS"),
                new SignatureInput(-7, Bytes.fromHex("313233"), Bytes.fromHex("00".repeat(64)), Bytes.fromHex("a40102")),
                PROVENANCE, VectorStatus.ACTIVE);
    }

    static Vector cose() {
        return new Vector(VectorId.parse("cose.ed25519.crit.unknown-label"), "crit names a label the verifier does not know",
                "The protected header lists -70000 in crit. A verifier must reject what it cannot process.",
                Optional.of(Algorithm.ED25519), Expectation.reject(Reason.HEADER_INVALID), Severity.HIGH,
                List.of("RFC9052-3.1-crit-understood"), List.of(),
                new CoseInput(Bytes.fromHex("d28440a0f640"), Optional.of(Bytes.fromHex("01")), Optional.empty(),
                        List.of(KeyEntry.trusted(Bytes.fromHex("a1")), new KeyEntry(Bytes.fromHex("a2"), false))),
                PROVENANCE, VectorStatus.ACTIVE);
    }

    /** {@link #cose()} verified by a caller that allows ESP256 only; not in {@link #all()}. */
    static Vector coseAllowingOnlyEsp256() {
        Vector base = cose();
        return new Vector(VectorId.parse("cose.ed25519.allowed.sibling-only"), "A caller allows ESP256 only",
                "The message names Ed25519; the caller allows ESP256 only.", base.algorithm(),
                Expectation.reject(Reason.UNSUPPORTED_ALGORITHM), Severity.LOW, List.of("RFC9052-10-application-algorithms"),
                List.of(), ((CoseInput) base.input()).allowingOnly(Algorithm.ESP256), PROVENANCE, VectorStatus.ACTIVE);
    }

    static Vector suit() {
        Device device = new Device(Bytes.fromHex("fa6b4a53d5ad5fdfbe9de663e4d41ffe"),
                Bytes.fromHex("1492af1425695e48bf429b2d51f2ab45"), Optional.of(Bytes.fromHex("0123456789abcdef0123456789abcdef")), 7,
                List.of(Component.of(Bytes.fromHex("00")).withSlot(1).withImage(Bytes.fromHex("cafe"))),
                Map.of("http://example.com/b.bin", DeviceImage.described(34768,
                                Bytes.fromHex("00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210")),
                        "http://example.com/a.bin", DeviceImage.of(Bytes.fromHex("01"))));
        return new Vector(VectorId.parse("suit.any.auth.missing"), "No authentication block",
                "The wrapper holds only the digest. A processor must reject it.",
                Optional.empty(), Expectation.reject(Reason.AUTHENTICATION_MISSING), Severity.CRITICAL,
                List.of("SUITM-8.3-auth-block-required"), List.of(),
                new SuitInput(Bytes.fromHex("d86ba0"), List.of(), device, Scope.APPLICABILITY),
                PROVENANCE, VectorStatus.ACTIVE);
    }

    static Vector withdrawn() {
        Vector base = signature();
        return new Vector(VectorId.parse("signature.es256.sample.withdrawn-case"), base.title(), base.description(),
                base.algorithm(), base.expect(), base.severity(), base.requirements(), base.flags(), base.input(),
                base.provenance(), VectorStatus.WITHDRAWN);
    }

    static List<Vector> all() {
        return List.of(signature(), cose(), suit(), withdrawn());
    }
}
