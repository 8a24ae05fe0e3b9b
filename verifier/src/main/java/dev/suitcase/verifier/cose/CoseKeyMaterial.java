package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;

import java.util.Optional;

/**
 * A public COSE_Key read against every COSE rule (RFC 9052 §7, RFC 9053 §7, RFC 8778 §2.2), with
 * its key material as received and not yet checked as a key. {@link CoseKey} adds the
 * cryptographic checks; an adapter that hands the material to another library stops here, so that
 * library's own treatment of a bad key (the JDK accepts an identity Ed25519 key) stays visible.
 *
 * <ul>
 *   <li>a map; no private part (d, -4): trust anchors are public keys [BAD_KEY];</li>
 *   <li>kty (1) present and known; EC2 (2) with crv P-256 (1), OKP (1) with crv Ed25519 (6), or
 *       HSS-LMS (5). A known key type or curve that no supported algorithm uses (RSA, symmetric,
 *       P-384, Ed448, X25519...) is [ALGORITHM_KEY_MISMATCH]; an unknown one [BAD_KEY];</li>
 *   <li>the parameters of the type present and byte strings: EC2 x (-2) and y (-3), OKP x (-2),
 *       HSS-LMS pub (-1) [BAD_KEY]; y may also be the sign bit of a compressed point (RFC 9053
 *       §7.1.1), which is decompressed here, and refused when x has no point [BAD_KEY];</li>
 *   <li>key_ops (4), when present, includes verify (2) [BAD_KEY]; alg (3) an integer or text.</li>
 * </ul>
 * Each rule is a {@link CoseCheck}, applied by {@link CoseKeyReader}. When a test knocks a skippable one
 * out, the key is read as a lenient library reads it: d, a malformed or restrictive key_ops and a
 * malformed alg are ignored; a missing or unknown kty is taken from crv; a missing, unknown or unsupported crv is
 * not read; a key whose kty and crv disagree is read both ways; a valid key on another signature
 * curve is kept on that curve ({@link OtherCurve}); an HSS pub under another kty is read as HSS-LMS.
 */
public sealed interface CoseKeyMaterial {
    int LABEL_KTY = 1;
    int LABEL_ALG = 3;
    int LABEL_KEY_OPS = 4;
    int LABEL_CRV = -1;
    int LABEL_X = -2;
    int LABEL_Y = -3;
    int LABEL_D = -4;
    int LABEL_HSS_PUB = -1;

    int KTY_OKP = 1;
    int KTY_EC2 = 2;
    int KTY_RSA = 3;
    int KTY_SYMMETRIC = 4;
    int KTY_HSS_LMS = 5;
    int KTY_WALNUT_DSA = 6;
    int KTY_AKP = 7;
    int CRV_P256 = 1;
    int CRV_ED25519 = 6;
    int KEY_OP_VERIFY = 2;
    /** The alg of a key whose alg is given as text: it can never equal a supported id. */
    long TEXT_ALGORITHM = Long.MIN_VALUE;

    Algorithm.Family family();

    /** The key's own alg (label 3); a text alg is {@link #TEXT_ALGORITHM}. */
    Optional<Long> algorithmId();

    /** An EC2 key on P-256: the coordinates as received, y recovered from its sign bit for a compressed point. */
    record P256(byte[] x, byte[] y, Optional<Long> algorithmId) implements CoseKeyMaterial {
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

    /** An OKP key on Ed25519: x as received. */
    record Ed25519(byte[] x, Optional<Long> algorithmId) implements CoseKeyMaterial {
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

    /**
     * A key on a signature curve of its type that none of the suite's algorithms uses (P-384, P-521, secp256k1,
     * Ed448), read only when a test knocks {@link CoseCheck#KEY_CRV_OF_OTHER_ALGORITHM} out: its family is the one
     * whose ids a library that takes the curve from the key verifies it under (ECDSA with SHA-256, EdDSA).
     *
     * @param kty {@link #KTY_EC2} or {@link #KTY_OKP}
     * @param crv the curve, as in the COSE Elliptic Curves registry
     * @param x   x as received
     * @param y   y as received; empty for an OKP key
     */
    record OtherCurve(long kty, long crv, byte[] x, byte[] y, Optional<Long> algorithmId) implements CoseKeyMaterial {
        public OtherCurve {
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
            return kty == KTY_EC2 ? Algorithm.Family.ECDSA_P256 : Algorithm.Family.ED25519;
        }

        @Override
        public String describe() {
            return (kty == KTY_EC2 ? "EC2 " : "OKP ") + CoseKeyReader.curveName(crv) + " key";
        }
    }

    /** An HSS-LMS key: pub as received. */
    record HssLms(byte[] pub, Optional<Long> algorithmId) implements CoseKeyMaterial {
        public HssLms {
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
     * Reads an encoded public COSE_Key; throws a {@link Rejection} naming the rule it breaks. The key as its kty
     * and crv say; the other readings a test's knockout may allow are {@link CoseKey}'s.
     */
    static CoseKeyMaterial parse(byte[] encoded) {
        return CoseKeyReader.readings(encoded).get(0);
    }

    /**
     * Whether the key may verify under {@code algorithm}: its type fits (RFC 9053 §7.1) and its own
     * alg, if any, is that algorithm (RFC 9052 §7.1).
     */
    default boolean usableWith(Algorithm algorithm) {
        return family() == algorithm.family() && algorithmId().map(id -> id == algorithm.coseId()).orElse(true);
    }

    /**
     * Rejects with {@link Reason#ALGORITHM_KEY_MISMATCH}, naming the mismatch, unless {@link #usableWith} holds;
     * with {@link CoseCheck#KEY_ALG_MISMATCH} knocked out, a key of the right type fits whatever its own alg, and
     * with {@link CoseCheck#KEY_TYPE_MISMATCH} knocked out, a key of another type fits too.
     */
    default void checkUsableWith(Algorithm algorithm) {
        if (family() != algorithm.family()) {
            CoseCheck.KEY_TYPE_MISMATCH.fail(describe() + " cannot verify " + algorithm + " ("
                    + algorithm.coseId() + "), which needs " + switch (algorithm.family()) {
                        case ECDSA_P256 -> "an EC2 key on P-256";
                        case ED25519 -> "an OKP key on Ed25519";
                        case HSS_LMS -> "an HSS-LMS key (kty 5)";
                    });
            // Knocked out: the key verifies under its own algorithm (CoseKey#verify), as a library that picks the
            // primitive from the key does; that library does not hold the key's alg against the message's either.
            return;
        }
        long own = algorithmId().orElse((long) algorithm.coseId());
        if (own != algorithm.coseId()) {
            String named = own == TEXT_ALGORITHM ? "an algorithm given as text"
                    : Algorithm.fromCoseId(own).map(a -> a + " (" + own + ")").orElse("algorithm " + own);
            CoseCheck.KEY_ALG_MISMATCH.fail(describe() + " is restricted by its alg parameter to "
                    + named + "; the message uses " + algorithm + " (" + algorithm.coseId()
                    + "), and RFC 9052 §7.1 forbids using the key for another algorithm");
            // Knocked out: use the key for the message's algorithm, as a library that ignores the key's alg does.
        }
    }

    /** A short description for messages, e.g. "EC2 P-256 key". */
    default String describe() {
        return switch (family()) {
            case ECDSA_P256 -> "EC2 P-256 key";
            case ED25519 -> "OKP Ed25519 key";
            case HSS_LMS -> "HSS-LMS key";
        };
    }
}
