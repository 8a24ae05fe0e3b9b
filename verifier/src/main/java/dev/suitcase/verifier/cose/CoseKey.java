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
import dev.suitcase.verifier.crypto.Ed25519PublicKey;
import dev.suitcase.verifier.crypto.HssPublicKey;
import dev.suitcase.verifier.crypto.P256PublicKey;
import dev.suitcase.verifier.crypto.PublicKey;

import java.util.Optional;

/**
 * A public COSE_Key (RFC 9052 §7, RFC 9053 §7, RFC 8778 §2.2) of one of the three supported types,
 * valid by construction: {@link #parse} rejects anything else.
 *
 * <ul>
 *   <li>EC2 (kty 2), crv P-256 (1): x (-2) and y (-3) exactly 32 bytes, below p, on the curve.
 *       A compressed point (y as a boolean) is rejected: the reference verifier does not decompress.</li>
 *   <li>OKP (kty 1), crv Ed25519 (6): x (-2) exactly 32 bytes, canonically encoded, a curve point.</li>
 *   <li>HSS-LMS (kty 5): pub (-1) the RFC 8554 HSS public key, L in 1..8, known type codes, exact length.</li>
 * </ul>
 *
 * A key of a known type or curve that no supported algorithm can use (RSA, symmetric, P-384,
 * Ed448, X25519...) is rejected with {@link Reason#ALGORITHM_KEY_MISMATCH}; a key that is
 * malformed or of an unknown type with {@link Reason#BAD_KEY}. A key carrying a private part (d, -4)
 * is rejected too: trust anchors are public keys. Parameters the suite does not use (kid, base IV)
 * are ignored; key_ops (4), when present, must permit verify (RFC 9052 §7.1).
 */
public final class CoseKey {
    private static final int LABEL_KTY = 1;
    private static final int LABEL_KID = 2;
    private static final int LABEL_ALG = 3;
    private static final int LABEL_KEY_OPS = 4;
    private static final int LABEL_CRV = -1;
    private static final int LABEL_X = -2;
    private static final int LABEL_Y = -3;
    private static final int LABEL_D = -4;
    private static final int LABEL_HSS_PUB = -1;

    private static final int KTY_OKP = 1;
    private static final int KTY_EC2 = 2;
    private static final int KTY_RSA = 3;
    private static final int KTY_SYMMETRIC = 4;
    private static final int KTY_HSS_LMS = 5;
    private static final int KTY_WALNUT_DSA = 6;
    private static final int KTY_AKP = 7;

    private static final int CRV_P256 = 1;
    private static final int CRV_ED25519 = 6;
    private static final int KEY_OP_VERIFY = 2;

    private final PublicKey publicKey;
    private final Long algorithmId;
    private final byte[] keyId;

    private CoseKey(PublicKey publicKey, Long algorithmId, byte[] keyId) {
        this.publicKey = publicKey;
        this.algorithmId = algorithmId;
        this.keyId = keyId;
    }

    /** Parses an encoded public COSE_Key; throws a {@link Rejection} naming what is wrong. */
    public static CoseKey parse(byte[] encoded) {
        CborItem item;
        try {
            item = CborDecoder.decode(encoded);
        } catch (Rejection notCbor) {
            throw new Rejection(Reason.BAD_KEY, "COSE_Key is not acceptable CBOR: " + notCbor.detail());
        }
        if (!(item instanceof CborMap map)) {
            throw new Rejection(Reason.BAD_KEY, "COSE_Key must be a map, found " + item.typeName());
        }
        if (map.get(LABEL_D).isPresent()) {
            throw new Rejection(Reason.BAD_KEY, "COSE_Key carries a private key (label -4, d); trust anchors must be public keys");
        }
        long kty = intParameter(map, LABEL_KTY, "kty (1)")
                .orElseThrow(() -> new Rejection(Reason.BAD_KEY, "COSE_Key has no kty (label 1)"));
        checkKeyOps(map);
        Long algorithmId = algorithmParameter(map);
        byte[] keyId = map.get(LABEL_KID).map(kid -> bytes(kid, "kid (2)")).orElse(null);
        PublicKey publicKey = switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, kty))) {
            case KTY_EC2 -> ec2(map);
            case KTY_OKP -> okp(map);
            case KTY_HSS_LMS -> HssPublicKey.fromEncoded(requiredBytes(map, LABEL_HSS_PUB, "HSS-LMS key parameter pub (-1)"));
            case KTY_RSA, KTY_SYMMETRIC, KTY_WALNUT_DSA, KTY_AKP -> throw new Rejection(Reason.ALGORITHM_KEY_MISMATCH,
                    "COSE_Key kty " + kty + " fits none of the supported algorithms (ES256, ESP256, EdDSA, Ed25519, HSS-LMS)");
            default -> throw new Rejection(Reason.BAD_KEY, "COSE_Key kty " + kty + " is not a known key type");
        };
        return new CoseKey(publicKey, algorithmId, keyId);
    }

    private static PublicKey ec2(CborMap map) {
        long crv = intParameter(map, LABEL_CRV, "crv (-1)")
                .orElseThrow(() -> new Rejection(Reason.BAD_KEY, "EC2 COSE_Key has no crv (label -1)"));
        if (crv != CRV_P256) {
            throw curveMismatch("EC2", crv);
        }
        byte[] x = requiredBytes(map, LABEL_X, "EC2 coordinate x (-2)");
        CborItem y = map.get(LABEL_Y)
                .orElseThrow(() -> new Rejection(Reason.BAD_KEY, "EC2 COSE_Key has no y coordinate (label -3)"));
        if (!(y instanceof CborBytes)) {
            throw new Rejection(Reason.BAD_KEY, "EC2 coordinate y (-3) must be a 32-byte byte string; "
                    + (y.typeName().equals("true") || y.typeName().equals("false")
                    ? "point compression is not supported by the reference verifier"
                    : "found " + y.typeName()));
        }
        return P256PublicKey.fromCoordinates(x, bytes(y, "EC2 coordinate y (-3)"));
    }

    private static PublicKey okp(CborMap map) {
        long crv = intParameter(map, LABEL_CRV, "crv (-1)")
                .orElseThrow(() -> new Rejection(Reason.BAD_KEY, "OKP COSE_Key has no crv (label -1)"));
        if (crv != CRV_ED25519) {
            throw curveMismatch("OKP", crv);
        }
        return Ed25519PublicKey.fromEncoded(requiredBytes(map, LABEL_X, "OKP public key x (-2)"));
    }

    private static Rejection curveMismatch(String kty, long crv) {
        String name = switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, crv))) {
            case 2 -> "P-384 (2)";
            case 3 -> "P-521 (3)";
            case 4 -> "X25519 (4)";
            case 5 -> "X448 (5)";
            case 7 -> "Ed448 (7)";
            case 8 -> "secp256k1 (8)";
            default -> null;
        };
        if (name == null) {
            return new Rejection(Reason.BAD_KEY, kty + " COSE_Key crv " + crv + " is not a known curve");
        }
        return new Rejection(Reason.ALGORITHM_KEY_MISMATCH, kty + " COSE_Key on curve " + name
                + " fits none of the supported algorithms (EC2 needs P-256, OKP needs Ed25519)");
    }

    private static void checkKeyOps(CborMap map) {
        Optional<CborItem> keyOps = map.get(LABEL_KEY_OPS);
        if (keyOps.isEmpty()) {
            return;
        }
        if (!(keyOps.get() instanceof CborArray ops)) {
            throw new Rejection(Reason.BAD_KEY, "COSE_Key key_ops (4) must be an array, found " + keyOps.get().typeName());
        }
        for (CborItem op : ops.items()) {
            if ((op instanceof CborInt value && value.asLong().orElse(0L) == KEY_OP_VERIFY)
                    || (op instanceof CborText text && text.value().equals("verify"))) {
                return;
            }
        }
        throw new Rejection(Reason.BAD_KEY, "COSE_Key key_ops (4) does not include verify (2), so the key must not verify signatures (RFC 9052 §7.1)");
    }

    /** The alg parameter as a number; a text alg can never match a supported id, so it is kept as an impossible one. */
    private static Long algorithmParameter(CborMap map) {
        Optional<CborItem> alg = map.get(LABEL_ALG);
        if (alg.isEmpty()) {
            return null;
        }
        if (alg.get() instanceof CborInt id) {
            return id.asLong().orElse(Long.MIN_VALUE);
        }
        if (alg.get() instanceof CborText) {
            return Long.MIN_VALUE;
        }
        throw new Rejection(Reason.BAD_KEY, "COSE_Key alg (3) must be an integer or text, found " + alg.get().typeName());
    }

    private static Optional<Long> intParameter(CborMap map, int label, String name) {
        Optional<CborItem> value = map.get(label);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof CborInt integer && integer.asLong().isPresent()) {
            return integer.asLong();
        }
        throw new Rejection(Reason.BAD_KEY, "COSE_Key " + name + " must be an integer, found " + value.get().typeName());
    }

    private static byte[] requiredBytes(CborMap map, int label, String name) {
        return bytes(map.get(label).orElseThrow(() -> new Rejection(Reason.BAD_KEY, "COSE_Key has no " + name)), name);
    }

    private static byte[] bytes(CborItem item, String name) {
        if (item instanceof CborBytes bytes) {
            return bytes.content().toByteArray();
        }
        throw new Rejection(Reason.BAD_KEY, "COSE_Key " + name + " must be a byte string, found " + item.typeName());
    }

    /**
     * Rejects with {@link Reason#ALGORITHM_KEY_MISMATCH} unless this key may verify under
     * {@code algorithm}: the key type must fit the algorithm (RFC 9052 §7.1, RFC 9053 §7.1), and a key
     * whose own alg names another algorithm must not be used (RFC 9052 §7.1).
     */
    public void checkUsableWith(Algorithm algorithm) {
        if (publicKey.family() != algorithm.family()) {
            throw new Rejection(Reason.ALGORITHM_KEY_MISMATCH, describe() + " cannot verify " + algorithm + " ("
                    + algorithm.coseId() + "), which needs " + keyTypeFor(algorithm));
        }
        if (algorithmId != null && algorithmId != algorithm.coseId()) {
            throw new Rejection(Reason.ALGORITHM_KEY_MISMATCH, describe() + " is restricted by its alg parameter to "
                    + algorithmName(algorithmId) + "; the message uses " + algorithm + " (" + algorithm.coseId()
                    + "), and RFC 9052 §7.1 forbids using the key for another algorithm");
        }
    }

    /** Whether {@link #checkUsableWith} would pass. */
    public boolean usableWith(Algorithm algorithm) {
        return publicKey.family() == algorithm.family() && (algorithmId == null || algorithmId == algorithm.coseId());
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public Algorithm.Family family() {
        return publicKey.family();
    }

    /** The key's own alg parameter (label 3), if it names a supported algorithm. */
    public Optional<Algorithm> algorithm() {
        return algorithmId == null ? Optional.empty() : Algorithm.fromCoseId(algorithmId);
    }

    /** The key identifier (label 2), if any. */
    public Optional<byte[]> keyId() {
        return Optional.ofNullable(keyId).map(byte[]::clone);
    }

    /** A short description for messages, e.g. "EC2 P-256 key". */
    public String describe() {
        return switch (publicKey.family()) {
            case ECDSA_P256 -> "EC2 P-256 key";
            case ED25519 -> "OKP Ed25519 key";
            case HSS_LMS -> "HSS-LMS key";
        };
    }

    private static String keyTypeFor(Algorithm algorithm) {
        return switch (algorithm.family()) {
            case ECDSA_P256 -> "an EC2 key on P-256";
            case ED25519 -> "an OKP key on Ed25519";
            case HSS_LMS -> "an HSS-LMS key (kty 5)";
        };
    }

    private static String algorithmName(long id) {
        return Algorithm.fromCoseId(id).map(a -> a + " (" + id + ")")
                .orElse(id == Long.MIN_VALUE ? "an algorithm given as text" : "algorithm " + id);
    }
}
