package dev.suitcase.adapters;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.verifier.suit.Scope;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.vectors.model.VectorInput;
import dev.suitcase.vectors.model.VectorStatus;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A slice of inputs across layers and algorithms, built from {@link TestKeys}: valid signatures,
 * the edge cases where the libraries are known to differ, and vectors no
 * JVM adapter but the reference covers, so each adapter test shows both its answers and that its
 * statement keeps the rest out.
 */
public final class TestVectors {
    public static final byte[] MESSAGE = "suitcase adapter test message".getBytes(StandardCharsets.US_ASCII);
    private static final Provenance PROVENANCE = new Provenance("generated", "adapter-tests", "suitcase-adapters test",
            Optional.empty(), Optional.empty(), Optional.empty());
    /** L, the order of the Ed25519 base point, little-endian. */
    private static final BigInteger L = BigInteger.ONE.shiftLeft(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    private TestVectors() {
    }

    public static Vector vector(String id, Expectation expect, VectorInput input) {
        VectorId vectorId = VectorId.parse(id);
        return new Vector(vectorId, "adapter test " + vectorId.caseName(), "An input built by the adapter tests.",
                vectorId.algorithm(), expect, Severity.INFO, List.of("ADAPTER-TEST"), List.of(), input, PROVENANCE,
                VectorStatus.ACTIVE);
    }

    public static SignatureInput signatureInput(Algorithm algorithm, byte[] signature) {
        return new SignatureInput(algorithm.coseId(), Bytes.of(MESSAGE), Bytes.of(signature), TestKeys.coseKey(algorithm));
    }

    public static CoseInput coseInput(Bytes coseSign1, Algorithm keyAlgorithm) {
        return new CoseInput(coseSign1, Optional.empty(), Optional.empty(), List.of(KeyEntry.trusted(TestKeys.coseKey(keyAlgorithm))));
    }

    public static Vector validSignature(Algorithm algorithm) {
        return vector("signature." + algorithm.idName() + ".valid.plain", Expectation.accept(),
                signatureInput(algorithm, TestKeys.sign(algorithm, MESSAGE)));
    }

    /** A valid signature over another message than the one given. */
    public static Vector alteredMessage(Algorithm algorithm) {
        byte[] other = MESSAGE.clone();
        other[0] ^= 0x01;
        return vector("signature." + algorithm.idName() + ".mutation.message-altered",
                Expectation.reject(Reason.SIGNATURE_INVALID),
                new SignatureInput(algorithm.coseId(), Bytes.of(other), Bytes.of(TestKeys.sign(algorithm, MESSAGE)),
                        TestKeys.coseKey(algorithm)));
    }

    public static Vector validCose(Algorithm algorithm) {
        return vector("cose." + algorithm.idName() + ".valid.attached", Expectation.accept(),
                coseInput(TestKeys.coseSign1(algorithm, MESSAGE, false, new byte[0]), algorithm));
    }

    /** ECDSA with each half zero-padded to 33 bytes: cose-java and cose-js split at len/2 and accept it. */
    public static Vector es256PaddedTo66Bytes() {
        byte[] signature = TestKeys.sign(Algorithm.ES256, MESSAGE);
        byte[] padded = new byte[66];
        System.arraycopy(signature, 0, padded, 1, 32);
        System.arraycopy(signature, 32, padded, 34, 32);
        return vector("signature.es256.length.halves-padded-to-66", Expectation.reject(Reason.SIGNATURE_MALFORMED),
                signatureInput(Algorithm.ES256, padded));
    }

    /** The same signature with s replaced by n - s: valid (COSE does not require low s). */
    public static Vector es256HighS() {
        byte[] signature = TestKeys.sign(Algorithm.ES256, MESSAGE);
        BigInteger n = new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        System.arraycopy(TestKeys.unsigned32(n.subtract(s)), 0, signature, 32, 32);
        return vector("signature.es256.malleability.high-s", Expectation.accept(), signatureInput(Algorithm.ES256, signature));
    }

    /** S replaced by S + L: i2p ed25519-java (cose-java) and tweetnacl accept it. */
    public static Vector ed25519SPlusL(Algorithm algorithm) {
        byte[] signature = TestKeys.sign(algorithm, MESSAGE);
        byte[] s = reversed(Arrays.copyOfRange(signature, 32, 64));
        byte[] sPlusL = reversed(TestKeys.unsigned32(new BigInteger(1, s).add(L)));
        System.arraycopy(sPlusL, 0, signature, 32, 32);
        return vector("signature." + algorithm.idName() + ".malleability.s-plus-l",
                Expectation.reject(Reason.SIGNATURE_MALFORMED), signatureInput(algorithm, signature));
    }

    /**
     * The identity point as public key, R = identity, S = 0: "verifies" any message under the
     * cofactorless equation unless the key is refused (the JDK accepts it).
     */
    public static Vector ed25519IdentityKeyForgery() {
        byte[] identity = HexFormat.of().parseHex("0100000000000000000000000000000000000000000000000000000000000000");
        byte[] signature = new byte[64];
        System.arraycopy(identity, 0, signature, 0, 32);
        return vector("signature.ed25519.small-order.identity-key-forgery", Expectation.reject(Reason.BAD_KEY),
                new SignatureInput(Algorithm.ED25519.coseId(), Bytes.of(MESSAGE), Bytes.of(signature), TestKeys.okp(identity)));
    }

    /** A SUIT-layer vector (its bytes do not matter: no JVM adapter claims the SUIT layer yet). */
    public static Vector suitVector() {
        Device device = new Device(Bytes.fromHex("fa6b4a53d5ad5fdfbe9de663e4d41ffe"),
                Bytes.fromHex("1492af1425695e48bf429b2d51f2ab45"), Optional.empty(), 0,
                List.of(Component.of(Bytes.fromHex("00"))), Map.of());
        return vector("suit.es256.auth.placeholder", Expectation.reject(Reason.AUTHENTICATION_MISSING),
                new SuitInput(Bytes.fromHex("d86ba0"), List.of(KeyEntry.trusted(TestKeys.coseKeyP256())), device,
                        Scope.AUTHENTICATE));
    }

    /** One of each kind, for the per-adapter slice tests. */
    public static List<Vector> slice() {
        List<Vector> slice = new ArrayList<>();
        for (Algorithm algorithm : Algorithm.values()) {
            slice.add(validSignature(algorithm));
            slice.add(alteredMessage(algorithm));
            slice.add(validCose(algorithm));
        }
        slice.add(es256PaddedTo66Bytes());
        slice.add(es256HighS());
        slice.add(ed25519SPlusL(Algorithm.EDDSA));
        slice.add(ed25519SPlusL(Algorithm.ED25519));
        slice.add(ed25519IdentityKeyForgery());
        slice.add(suitVector());
        return slice;
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] reversed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reversed[i] = bytes[bytes.length - 1 - i];
        }
        return reversed;
    }
}
