package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborSimple;
import dev.suitcase.verifier.cbor.CborItem.CborText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.suitcase.verifier.cose.CoseKeyMaterial.CRV_ED25519;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.CRV_P256;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.KEY_OP_VERIFY;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.KTY_AKP;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.KTY_EC2;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.KTY_HSS_LMS;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.KTY_OKP;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.KTY_RSA;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.KTY_SYMMETRIC;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.KTY_WALNUT_DSA;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.LABEL_ALG;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.LABEL_CRV;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.LABEL_D;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.LABEL_HSS_PUB;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.LABEL_KEY_OPS;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.LABEL_KTY;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.LABEL_X;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.LABEL_Y;
import static dev.suitcase.verifier.cose.CoseKeyMaterial.TEXT_ALGORITHM;

/**
 * Reads an encoded COSE_Key rule by rule (the rules of {@link CoseKeyMaterial}) into its readings: the key
 * material a processor takes from it. Without a knockout there is exactly one, the key as its kty and crv
 * say, or a {@link Rejection} naming the first rule broken. With a key rule knocked out by a test, a key that
 * breaks it is read as a lenient library reads it, which for a key whose kty and crv disagree is two ways;
 * {@link CoseKey} then lets the algorithm in use pick the reading that fits it.
 */
final class CoseKeyReader {
    private static final int CRV_P384 = 2;
    private static final int CRV_P521 = 3;
    private static final int CRV_X25519 = 4;
    private static final int CRV_X448 = 5;
    private static final int CRV_ED448 = 7;
    private static final int CRV_SECP256K1 = 8;

    private CoseKeyReader() {
    }

    /** The readings of an encoded public COSE_Key, the key as its kty and crv say first; never empty. */
    static List<CoseKeyMaterial> readings(byte[] encoded) {
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
        long kty = integer(map, LABEL_KTY, "kty (1)").orElseGet(() -> typeFromParameters(map));
        checkKeyOps(map);
        Optional<Long> alg = algorithm(map);
        return readingsOfType(map, kty, alg);
    }

    /** The readings of the key as a key of type {@code kty}. */
    private static List<CoseKeyMaterial> readingsOfType(CborMap map, long kty, Optional<Long> alg) {
        if (kty == KTY_EC2 || kty == KTY_OKP) {
            return curveKey(map, kty, alg);
        }
        if (kty == KTY_HSS_LMS) {
            return List.of(hssLms(map, alg));
        }
        if (kty == KTY_RSA || kty == KTY_SYMMETRIC || kty == KTY_WALNUT_DSA || kty == KTY_AKP) {
            throw CoseCheck.KEY_KTY_UNSUPPORTED.rejection("COSE_Key kty " + kty
                    + " fits none of the supported algorithms (ES256, ESP256, EdDSA, Ed25519, HSS-LMS)");
        }
        String unknown = "COSE_Key kty " + kty + " is not a known key type";
        CoseCheck.KEY_KTY_UNKNOWN.fail(unknown);
        // Knocked out: the key type is the one its parameters imply, as in a library that builds keys from crv (or
        // from an HSS-LMS pub) and never reads kty; a key that implies none leaves nothing to build.
        long implied = impliedType(map).orElseThrow(() -> CoseCheck.KEY_KTY_UNKNOWN.rejection(unknown));
        return readingsOfType(map, implied, alg);
    }

    /** The registry name and value of a curve, e.g. "P-384 (2)". */
    static String curveName(long crv) {
        return switch ((int) crv) {
            case CRV_P256 -> "P-256 (1)";
            case CRV_P384 -> "P-384 (2)";
            case CRV_P521 -> "P-521 (3)";
            case CRV_X25519 -> "X25519 (4)";
            case CRV_X448 -> "X448 (5)";
            case CRV_ED25519 -> "Ed25519 (6)";
            case CRV_ED448 -> "Ed448 (7)";
            default -> "secp256k1 (8)";
        };
    }

    /** A key without kty: refused, or with the rule knocked out, the type its parameters imply. */
    private static long typeFromParameters(CborMap map) {
        String missing = "COSE_Key has no kty (label 1)";
        CoseCheck.KEY_KTY_MISSING.fail(missing);
        // Knocked out: as in a library that builds keys from what they hold. A key that says nothing of its type
        // leaves nothing to build.
        return impliedType(map).orElseThrow(() -> CoseCheck.KEY_KTY_MISSING.rejection(missing));
    }

    /** The key type a key's parameters imply: the one its curve belongs to, or HSS-LMS when -1 holds a byte string. */
    private static Optional<Long> impliedType(CborMap map) {
        Optional<CborItem> crv = map.get(LABEL_CRV);
        if (crv.isPresent() && crv.get() instanceof CborInt curve && curve.asLong().isPresent()) {
            long value = curve.asLong().get();
            if (ec2Curve(value)) {
                return Optional.of((long) KTY_EC2);
            }
            if (okpCurve(value)) {
                return Optional.of((long) KTY_OKP);
            }
        }
        if (crv.isPresent() && crv.get() instanceof CborBytes) {
            return Optional.of((long) KTY_HSS_LMS);
        }
        return Optional.empty();
    }

    /** An EC2 or OKP key: its curve checked, then its material read. */
    private static List<CoseKeyMaterial> curveKey(CborMap map, long kty, Optional<Long> alg) {
        String type = kty == KTY_EC2 ? "EC2" : "OKP";
        Optional<CborItem> crvItem = map.get(LABEL_CRV);
        if (crvItem.isPresent() && crvItem.get() instanceof CborBytes pub) {
            CoseCheck.KEY_HSS_PUB_UNDER_OTHER_KTY.fail("COSE_Key crv (-1) must be an integer, found bstr");
            // Knocked out: -1 is the HSS-LMS pub it looks like, as for a library that reads it so whatever the kty.
            return List.of(new CoseKeyMaterial.HssLms(pub.content().toByteArray(), alg));
        }
        Optional<Long> crv = integer(map, LABEL_CRV, "crv (-1)");
        int supported = kty == KTY_EC2 ? CRV_P256 : CRV_ED25519;
        if (crv.isEmpty()) {
            CoseCheck.KEY_CRV_MISSING.fail(type + " COSE_Key has no crv (label -1)");
            // Knocked out: the key is on the one curve of its type the suite verifies with, as in a library that
            // implements only that curve and never reads crv.
            return List.of(onSupportedCurve(map, kty, alg));
        }
        long curve = crv.get();
        if (curve == supported) {
            return List.of(onSupportedCurve(map, kty, alg));
        }
        if (!ec2Curve(curve) && !okpCurve(curve)) {
            CoseCheck.KEY_CRV_UNKNOWN.fail(type + " COSE_Key crv " + curve + " is not a known curve");
            // Knocked out: crv is not read, as for a missing crv.
            return List.of(onSupportedCurve(map, kty, alg));
        }
        if (ec2Curve(curve) != (kty == KTY_EC2)) {
            CoseCheck.KEY_CRV_OF_OTHER_KTY.fail(type + " COSE_Key names curve " + curveName(curve)
                    + ", a curve of the other key type;"
                    + " RFC 9053 §7.1 requires key type and curve to be consistent, and such a key to be rejected");
            // Knocked out: read the key as its kty says and as its crv says; the algorithm takes the reading that
            // fits it (CoseKey), as a library that reads the parameters its algorithm needs does.
            return bothReadings(map, kty, curve, alg);
        }
        String unsupported = type + " COSE_Key on curve " + curveName(curve)
                + " fits none of the supported algorithms (EC2 needs P-256, OKP needs Ed25519)";
        Optional<CoseKeyMaterial.OtherCurve> otherCurve = onOtherSignatureCurve(map, kty, curve, alg);
        if (otherCurve.isPresent()) {
            CoseCheck.KEY_CRV_OF_OTHER_ALGORITHM.fail(unsupported);
            // Knocked out: the key stays on its own curve, as in a library that takes the curve from the key.
            return List.of(otherCurve.get());
        }
        CoseCheck.KEY_CRV_UNSUPPORTED.fail(unsupported);
        // Knocked out: crv is not read, as for a missing crv.
        return List.of(onSupportedCurve(map, kty, alg));
    }

    /** The key read on P-256 (EC2) or Ed25519 (OKP), its parameters checked. */
    private static CoseKeyMaterial onSupportedCurve(CborMap map, long kty, Optional<Long> alg) {
        if (kty == KTY_OKP) {
            return new CoseKeyMaterial.Ed25519(requiredBytes(map, LABEL_X, "OKP public key x (-2)"), alg);
        }
        byte[] x = requiredBytes(map, LABEL_X, "EC2 coordinate x (-2)");
        CborItem y = map.get(LABEL_Y).orElseThrow(
                () -> CoseCheck.KEY_PARAMETER_MISSING.rejection("EC2 COSE_Key has no y coordinate (label -3)"));
        if (y instanceof CborSimple sign && (sign.value() == CborSimple.TRUE || sign.value() == CborSimple.FALSE)) {
            // RFC 9053 §7.1.1: y may be the sign bit of the y-coordinate, a compressed point.
            return new CoseKeyMaterial.P256(x, CompressedP256Point.y(x, sign.value() == CborSimple.TRUE), alg);
        }
        if (!(y instanceof CborBytes)) {
            throw CoseCheck.KEY_PARAMETER_TYPE.rejection("EC2 coordinate y (-3) must be a 32-byte byte string; found "
                    + y.typeName());
        }
        return new CoseKeyMaterial.P256(x, bytes(y, "EC2 coordinate y (-3)"), alg);
    }

    /**
     * A key whose crv is of the other key type, read as its kty says (crv not read) and as its crv says where
     * that is a supported curve; the readings whose parameters are there, the kty's first.
     */
    private static List<CoseKeyMaterial> bothReadings(CborMap map, long kty, long curve, Optional<Long> alg) {
        List<CoseKeyMaterial> readings = new ArrayList<>(2);
        Rejection first = null;
        List<Long> types = new ArrayList<>(List.of(kty));
        if (curve == CRV_P256 || curve == CRV_ED25519) {
            types.add(curve == CRV_P256 ? (long) KTY_EC2 : (long) KTY_OKP);
        }
        for (long type : types) {
            try {
                readings.add(onSupportedCurve(map, type, alg));
            } catch (Rejection missing) {
                first = first == null ? missing : first;
            }
        }
        if (readings.isEmpty()) {
            throw first;
        }
        return readings;
    }

    /** The key as a valid key on a signature curve no supported algorithm uses, if it is one. */
    private static Optional<CoseKeyMaterial.OtherCurve> onOtherSignatureCurve(CborMap map, long kty, long curve,
                                                                           Optional<Long> alg) {
        Optional<byte[]> x = map.get(LABEL_X).filter(CborBytes.class::isInstance)
                .map(item -> ((CborBytes) item).content().toByteArray());
        if (x.isEmpty()) {
            return Optional.empty();
        }
        byte[] y = kty == KTY_EC2 ? map.get(LABEL_Y).filter(CborBytes.class::isInstance)
                .map(item -> ((CborBytes) item).content().toByteArray()).orElse(null) : new byte[0];
        if (y == null || !OtherCurveKey.isKey(kty, curve, x.get(), y)) {
            return Optional.empty();
        }
        return Optional.of(new CoseKeyMaterial.OtherCurve(kty, curve, x.get(), y, alg));
    }

    private static CoseKeyMaterial hssLms(CborMap map, Optional<Long> alg) {
        return new CoseKeyMaterial.HssLms(requiredBytes(map, LABEL_HSS_PUB, "HSS-LMS key parameter pub (-1)"), alg);
    }

    private static boolean ec2Curve(long crv) {
        return crv == CRV_P256 || crv == CRV_P384 || crv == CRV_P521 || crv == CRV_SECP256K1;
    }

    private static boolean okpCurve(long crv) {
        return crv == CRV_X25519 || crv == CRV_X448 || crv == CRV_ED25519 || crv == CRV_ED448;
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
