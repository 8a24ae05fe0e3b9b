package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborText;

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
 *   <li>the parameters of the type present and byte strings: EC2 x (-2) and y (-3) (a compressed
 *       point, y as a boolean, is refused: the suite does not decompress), OKP x (-2), HSS-LMS pub
 *       (-1) [BAD_KEY];</li>
 *   <li>key_ops (4), when present, includes verify (2) [BAD_KEY]; alg (3) an integer or text.</li>
 * </ul>
 * Each rule is a {@link CoseCheck}. When a test knocks a skippable one out, the key is read as a
 * lenient library reads it: d, a malformed or restrictive key_ops and a malformed alg are ignored.
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

    /** An EC2 key on P-256: the coordinates as received. */
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

    /** Reads an encoded public COSE_Key; throws a {@link Rejection} naming the rule it breaks. */
    static CoseKeyMaterial parse(byte[] encoded) {
        CborItem item;
        try {
            item = CborDecoder.decode(encoded);
        } catch (Rejection notCbor) {
            throw CoseCheck.KEY_CBOR.rejection("COSE_Key is not acceptable CBOR: " + notCbor.detail());
        }
        if (!(item instanceof CborMap map)) {
            throw CoseCheck.KEY_NOT_A_MAP.rejection("COSE_Key must be a map, found " + item.typeName());
        }
        if (map.get(LABEL_D).isPresent()) {
            CoseCheck.KEY_PRIVATE_PART.fail(
                    "COSE_Key carries a private key (label -4, d); trust anchors must be public keys");
            // Knocked out: use the public part and ignore d, as a library that takes any key does.
        }
        long kty = integer(map, LABEL_KTY, "kty (1)")
                .orElseThrow(() -> CoseCheck.KEY_KTY_MISSING.rejection("COSE_Key has no kty (label 1)"));
        checkKeyOps(map);
        Optional<Long> alg = algorithm(map);
        if (kty == KTY_EC2) {
            requireCurve(map, "EC2", CRV_P256);
            byte[] x = requiredBytes(map, LABEL_X, "EC2 coordinate x (-2)");
            CborItem y = map.get(LABEL_Y).orElseThrow(
                    () -> CoseCheck.KEY_PARAMETER_MISSING.rejection("EC2 COSE_Key has no y coordinate (label -3)"));
            if (!(y instanceof CborBytes)) {
                String detail = "EC2 coordinate y (-3) must be a 32-byte byte string; ";
                if (y.typeName().equals("true") || y.typeName().equals("false")) {
                    throw CoseCheck.KEY_EC2_COMPRESSED_POINT.rejection(detail
                            + "point compression is not supported by the suite");
                }
                throw CoseCheck.KEY_PARAMETER_TYPE.rejection(detail + "found " + y.typeName());
            }
            return new P256(x, bytes(y, "EC2 coordinate y (-3)"), alg);
        }
        if (kty == KTY_OKP) {
            requireCurve(map, "OKP", CRV_ED25519);
            return new Ed25519(requiredBytes(map, LABEL_X, "OKP public key x (-2)"), alg);
        }
        if (kty == KTY_HSS_LMS) {
            return new HssLms(requiredBytes(map, LABEL_HSS_PUB, "HSS-LMS key parameter pub (-1)"), alg);
        }
        if (kty == KTY_RSA || kty == KTY_SYMMETRIC || kty == KTY_WALNUT_DSA || kty == KTY_AKP) {
            throw CoseCheck.KEY_KTY_UNSUPPORTED.rejection("COSE_Key kty " + kty
                    + " fits none of the supported algorithms (ES256, ESP256, EdDSA, Ed25519, HSS-LMS)");
        }
        throw CoseCheck.KEY_KTY_UNKNOWN.rejection("COSE_Key kty " + kty + " is not a known key type");
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
     * with {@link CoseCheck#KEY_ALG_MISMATCH} knocked out, a key of the right type fits whatever its own alg.
     */
    default void checkUsableWith(Algorithm algorithm) {
        if (family() != algorithm.family()) {
            throw CoseCheck.KEY_TYPE_MISMATCH.rejection(describe() + " cannot verify " + algorithm + " ("
                    + algorithm.coseId() + "), which needs " + switch (algorithm.family()) {
                        case ECDSA_P256 -> "an EC2 key on P-256";
                        case ED25519 -> "an OKP key on Ed25519";
                        case HSS_LMS -> "an HSS-LMS key (kty 5)";
                    });
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

    private static void requireCurve(CborMap map, String kty, int expected) {
        long crv = integer(map, LABEL_CRV, "crv (-1)")
                .orElseThrow(() -> CoseCheck.KEY_CRV_MISSING.rejection(kty + " COSE_Key has no crv (label -1)"));
        if (crv == expected) {
            return;
        }
        boolean ec2Curve = crv == 1 || crv == 2 || crv == 3 || crv == 8;
        boolean okpCurve = crv == 4 || crv == 5 || crv == 6 || crv == 7;
        if (!ec2Curve && !okpCurve) {
            throw CoseCheck.KEY_CRV_UNKNOWN.rejection(kty + " COSE_Key crv " + crv + " is not a known curve");
        }
        String name = switch ((int) crv) {
            case 1 -> "P-256 (1)";
            case 2 -> "P-384 (2)";
            case 3 -> "P-521 (3)";
            case 4 -> "X25519 (4)";
            case 5 -> "X448 (5)";
            case 6 -> "Ed25519 (6)";
            case 7 -> "Ed448 (7)";
            default -> "secp256k1 (8)";
        };
        if (ec2Curve != kty.equals("EC2")) {
            throw CoseCheck.KEY_CRV_OF_OTHER_KTY.rejection(kty + " COSE_Key names curve " + name
                    + ", a curve of the other key type;"
                    + " RFC 9053 §7.1 requires key type and curve to be consistent, and such a key to be rejected");
        }
        throw CoseCheck.KEY_CRV_UNSUPPORTED.rejection(kty + " COSE_Key on curve " + name
                + " fits none of the supported algorithms (EC2 needs P-256, OKP needs Ed25519)");
    }

    private static void checkKeyOps(CborMap map) {
        Optional<CborItem> keyOps = map.get(LABEL_KEY_OPS);
        if (keyOps.isEmpty()) {
            return;
        }
        if (!(keyOps.get() instanceof CborArray ops)) {
            CoseCheck.KEY_OPS_TYPE.fail("COSE_Key key_ops (4) must be an array, found " + keyOps.get().typeName());
            // Knocked out: ignore key_ops, as a library that does not read it does.
            return;
        }
        for (CborItem op : ops.items()) {
            if ((op instanceof CborInt value && value.asLong().orElse(0L) == KEY_OP_VERIFY)
                    || (op instanceof CborText text && text.value().equals("verify"))) {
                return;
            }
        }
        CoseCheck.KEY_OPS_WITHOUT_VERIFY.fail("COSE_Key key_ops (4) does not include verify (2), so the key must not "
                + "verify signatures (RFC 9052 §7.1)");
        // Knocked out: verify with the key anyway, as a library that does not read key_ops does.
    }

    private static Optional<Long> algorithm(CborMap map) {
        Optional<CborItem> alg = map.get(LABEL_ALG);
        if (alg.isEmpty()) {
            return Optional.empty();
        }
        if (alg.get() instanceof CborInt id) {
            return Optional.of(id.asLong().orElse(TEXT_ALGORITHM));
        }
        if (alg.get() instanceof CborText) {
            return Optional.of(TEXT_ALGORITHM);
        }
        CoseCheck.KEY_ALG_TYPE.fail("COSE_Key alg (3) must be an integer or text, found " + alg.get().typeName());
        // Knocked out: the key names no algorithm, as for a library that ignores what it cannot read.
        return Optional.empty();
    }

    private static Optional<Long> integer(CborMap map, int label, String name) {
        Optional<CborItem> value = map.get(label);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof CborInt integer && integer.asLong().isPresent()) {
            return integer.asLong();
        }
        throw CoseCheck.KEY_PARAMETER_TYPE.rejection("COSE_Key " + name + " must be an integer, found "
                + value.get().typeName());
    }

    private static byte[] requiredBytes(CborMap map, int label, String name) {
        CborItem value = map.get(label)
                .orElseThrow(() -> CoseCheck.KEY_PARAMETER_MISSING.rejection("COSE_Key has no " + name));
        return bytes(value, name);
    }

    private static byte[] bytes(CborItem item, String name) {
        if (item instanceof CborBytes bytes) {
            return bytes.content().toByteArray();
        }
        throw CoseCheck.KEY_PARAMETER_TYPE.rejection("COSE_Key " + name + " must be a byte string, found "
                + item.typeName());
    }
}
