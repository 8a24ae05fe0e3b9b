package dev.suitcase.adapters.primitive;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborText;

import java.util.Optional;

/**
 * The key material of a public COSE_Key, read structurally and handed to a library unchecked.
 *
 * <p>The reference verifier's {@link dev.suitcase.verifier.cose.CoseKey} checks the key itself
 * (lengths, on-curve, canonical encoding, small order); an adapter built on another library must
 * not, or it would hide what that library does with a bad key (the JDK, for one, accepts an
 * identity Ed25519 key). So this reads only what says which primitive and which bytes: kty, crv,
 * alg and the key parameters (RFC 9052 §7, RFC 9053 §7, RFC 8778 §2.2). Anything that prevents
 * even that is {@link Reason#BAD_KEY}, a key type or curve no supported algorithm uses is
 * {@link Reason#ALGORITHM_KEY_MISMATCH}, as in the reference verifier.
 */
public sealed interface RawCoseKey {
    int LABEL_KTY = 1;
    int LABEL_ALG = 3;
    int LABEL_CRV = -1;
    int LABEL_X = -2;
    int LABEL_Y = -3;
    int LABEL_HSS_PUB = -1;
    int KTY_OKP = 1;
    int KTY_EC2 = 2;
    int KTY_HSS_LMS = 5;
    int CRV_P256 = 1;
    int CRV_ED25519 = 6;

    Algorithm.Family family();

    /** The key's own alg (label 3); a text alg is kept as {@link Long#MIN_VALUE}, which matches no algorithm. */
    Optional<Long> algorithmId();

    /** An EC2 key on P-256: the coordinates as received, of any length. */
    record P256(byte[] x, byte[] y, Optional<Long> algorithmId) implements RawCoseKey {
        public P256 {
            x = x.clone();
            y = y.clone();
        }

        @Override
        public byte[] x() {
            return x.clone();
        }

        @Override
        public byte[] y() {
            return y.clone();
        }

        @Override
        public Algorithm.Family family() {
            return Algorithm.Family.ECDSA_P256;
        }
    }

    /** An OKP key on Ed25519: x as received, of any length. */
    record Ed25519(byte[] x, Optional<Long> algorithmId) implements RawCoseKey {
        public Ed25519 {
            x = x.clone();
        }

        @Override
        public byte[] x() {
            return x.clone();
        }

        @Override
        public Algorithm.Family family() {
            return Algorithm.Family.ED25519;
        }
    }

    /** An HSS-LMS key: pub as received. */
    record Hss(byte[] pub, Optional<Long> algorithmId) implements RawCoseKey {
        public Hss {
            pub = pub.clone();
        }

        @Override
        public byte[] pub() {
            return pub.clone();
        }

        @Override
        public Algorithm.Family family() {
            return Algorithm.Family.HSS_LMS;
        }
    }

    /**
     * Whether the key may verify under {@code algorithm}: its family fits (RFC 9053 §7) and its own
     * alg, if any, is that algorithm (RFC 9052 §7.1).
     */
    default boolean usableWith(Algorithm algorithm) {
        return family() == algorithm.family() && algorithmId().map(id -> id == algorithm.coseId()).orElse(true);
    }

    /** Throws {@link Reason#ALGORITHM_KEY_MISMATCH} unless {@link #usableWith} holds. */
    default void requireUsableWith(Algorithm algorithm) {
        if (family() != algorithm.family()) {
            throw new Rejection(Reason.ALGORITHM_KEY_MISMATCH, "a " + family() + " key cannot verify " + algorithm
                    + " (" + algorithm.coseId() + ")");
        }
        if (!usableWith(algorithm)) {
            throw new Rejection(Reason.ALGORITHM_KEY_MISMATCH, "the key is restricted by its alg (3) to another "
                    + "algorithm than " + algorithm + " (" + algorithm.coseId() + "); RFC 9052 §7.1");
        }
    }

    /** Reads an encoded public COSE_Key; throws a {@link Rejection} when even its material cannot be found. */
    static RawCoseKey parse(byte[] encoded) {
        CborItem item;
        try {
            item = CborDecoder.decode(encoded);
        } catch (Rejection notCbor) {
            throw new Rejection(Reason.BAD_KEY, "COSE_Key is not acceptable CBOR: " + notCbor.detail());
        }
        if (!(item instanceof CborMap map)) {
            throw new Rejection(Reason.BAD_KEY, "COSE_Key must be a map, found " + item.typeName());
        }
        long kty = integer(map, LABEL_KTY, "kty (1)")
                .orElseThrow(() -> new Rejection(Reason.BAD_KEY, "COSE_Key has no kty (1)"));
        Optional<Long> alg = algorithm(map);
        if (kty == KTY_EC2) {
            requireCurve(map, CRV_P256, "EC2");
            return new P256(bytes(map, LABEL_X, "x (-2)"), bytes(map, LABEL_Y, "y (-3)"), alg);
        }
        if (kty == KTY_OKP) {
            requireCurve(map, CRV_ED25519, "OKP");
            return new Ed25519(bytes(map, LABEL_X, "x (-2)"), alg);
        }
        if (kty == KTY_HSS_LMS) {
            return new Hss(bytes(map, LABEL_HSS_PUB, "pub (-1)"), alg);
        }
        throw new Rejection(kty >= 3 && kty <= 7 ? Reason.ALGORITHM_KEY_MISMATCH : Reason.BAD_KEY, "COSE_Key kty " + kty
                + " fits none of the supported algorithms (EC2 P-256, OKP Ed25519, HSS-LMS)");
    }

    private static void requireCurve(CborMap map, int expected, String kty) {
        long crv = integer(map, LABEL_CRV, "crv (-1)")
                .orElseThrow(() -> new Rejection(Reason.BAD_KEY, kty + " COSE_Key has no crv (-1)"));
        if (crv != expected) {
            throw new Rejection(crv >= 1 && crv <= 8 ? Reason.ALGORITHM_KEY_MISMATCH : Reason.BAD_KEY,
                    kty + " COSE_Key on curve " + crv + " fits none of the supported algorithms");
        }
    }

    private static Optional<Long> algorithm(CborMap map) {
        Optional<CborItem> alg = map.get(LABEL_ALG);
        if (alg.isPresent() && alg.get() instanceof CborText) {
            return Optional.of(Long.MIN_VALUE);
        }
        return alg.isEmpty() ? Optional.empty() : integer(map, LABEL_ALG, "alg (3)");
    }

    private static Optional<Long> integer(CborMap map, int label, String name) {
        Optional<CborItem> value = map.get(label);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof CborInt number && number.asLong().isPresent()) {
            return number.asLong();
        }
        throw new Rejection(Reason.BAD_KEY, "COSE_Key " + name + " must be an integer, found " + value.get().typeName());
    }

    private static byte[] bytes(CborMap map, int label, String name) {
        CborItem value = map.get(label)
                .orElseThrow(() -> new Rejection(Reason.BAD_KEY, "COSE_Key has no " + name));
        if (value instanceof CborBytes bytes) {
            return bytes.content().toByteArray();
        }
        throw new Rejection(Reason.BAD_KEY, "COSE_Key " + name + " must be a byte string, found " + value.typeName());
    }
}
