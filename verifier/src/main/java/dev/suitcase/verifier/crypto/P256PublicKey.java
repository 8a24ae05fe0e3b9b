package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ECDSA P-256 public key Q = (x, y), for COSE ES256 (-7) and ESP256 (-9), which share this
 * primitive: ECDSA over P-256 with SHA-256, signature r ‖ s (RFC 9053 §2.1).
 *
 * <p><b>Key checks</b> ({@link #fromCoordinates}, all {@link Reason#BAD_KEY}), made here with the
 * verifier's own {@link P256Curve} constants: x and y exactly 32 bytes each (RFC 9053 §7.1.1: the
 * coordinates of an EC2 key are left-padded to the field size); each below p; not (0, 0), the
 * conventional encoding of the point at infinity; and on the curve. The cofactor of P-256 is 1, so
 * every affine curve point has order n and no subgroup check is needed (SP 800-56A rev. 3 §5.6.2.3.4).
 *
 * <p><b>Signature checks</b> ({@link #verify}): exactly 64 bytes, else
 * {@link Reason#SIGNATURE_MALFORMED} (a DER-shaped signature, which COSE never uses, by a check of
 * its own, and bytes no split can read as r and s, empty or an odd number below 33, by another);
 * r and s each in [1, n-1] (SEC 1 v2 §4.1.4 step 1), else SIGNATURE_MALFORMED;
 * under {@link Profile#ECDSA_LOW_S} only, s &lt;= n/2, else SIGNATURE_MALFORMED (COSE does not
 * require low S, so by default a high-S signature is valid); then the ECDSA equation over SHA-256 of
 * the message ({@link Sha256}, the JDK's) by BouncyCastle's {@code ECDSASigner}, else
 * {@link Reason#SIGNATURE_INVALID}.
 * BouncyCastle 1.87 compares x(R) with r correctly when x(R) >= n (JDK 17 does not). A library
 * exception becomes SIGNATURE_INVALID: the verifier fails closed.
 *
 * <p>With a check knocked out by a test ({@link KeyCheck}), the key or signature goes on as a
 * processor without that check would; what BouncyCastle will not take (Q at infinity or off the
 * curve, r or s out of range) is then verified by {@link P256Arithmetic}.
 */
public final class P256PublicKey implements PublicKey {
    private static final int SIGNATURE_LENGTH = 2 * P256Curve.ELEMENT_LENGTH;
    private static final BigInteger HALF_N = P256Curve.N.shiftRight(1);
    private static final String EQUATION_FAILS = "ECDSA P-256 signature does not verify under this key over "
            + "the SHA-256 hash of the signed bytes (RFC 9053 §2.1); the signature was made over other bytes "
            + "(check the Sig_structure: protected header and payload as received, external_aad) or by "
            + "another key";

    private final byte[] x;
    private final byte[] y;
    /** Q for BouncyCastle, for a key that passed every check; null for one only a knocked-out check let through. */
    private final ECPublicKeyParameters parameters;
    /** Q for the verifier's own arithmetic, for a key BouncyCastle does not hold. */
    private final P256Arithmetic.Point point;

    private P256PublicKey(byte[] x, byte[] y, ECPublicKeyParameters parameters, P256Arithmetic.Point point) {
        this.x = x;
        this.y = y;
        this.parameters = parameters;
        this.point = point;
    }

    /**
     * The key with affine coordinates {@code x}, {@code y} (big-endian, 32 bytes each); rejects with
     * {@link Reason#BAD_KEY} unless the point is a valid P-256 public key.
     */
    public static P256PublicKey fromCoordinates(byte[] x, byte[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        byte[] xCopy = x.clone();
        byte[] yCopy = y.clone();
        requireElementLength(xCopy, "x");
        requireElementLength(yCopy, "y");
        BigInteger xValue = belowP(new BigInteger(1, xCopy), "x", xCopy);
        BigInteger yValue = belowP(new BigInteger(1, yCopy), "y", yCopy);
        if (xValue.signum() == 0 && yValue.signum() == 0) {
            KeyCheck.P256_POINT_AT_INFINITY.fail("P-256 public key is (0, 0), the conventional encoding of the point "
                    + "at infinity, which is never a valid public key (SEC 1 v2 §3.2.2.1)");
            return new P256PublicKey(xCopy, yCopy, null, P256Arithmetic.Point.INFINITY);
        }
        if (!P256Curve.isOnCurve(xValue, yValue)) {
            KeyCheck.P256_POINT_OFF_CURVE.fail("P-256 public key (x = " + hex(xCopy) + ", y = " + hex(yCopy)
                    + ") is not on the curve: y^2 != x^3 - 3x + b (mod p); an off-curve key enables invalid-curve "
                    + "attacks and must be rejected (SEC 1 v2 §3.2.2.1)");
            return new P256PublicKey(xCopy, yCopy, null, P256Arithmetic.Point.affine(xValue, yValue));
        }
        return new P256PublicKey(xCopy, yCopy, bouncyCastleKey(xValue, yValue), P256Arithmetic.Point.affine(xValue, yValue));
    }

    /**
     * Q for BouncyCastle. It validates what the checks above already did (coordinates below p, not
     * the point at infinity, on the curve; the cofactor is 1, so nothing else), so no input makes it
     * refuse: if it does, the verifier and its library disagree about a key, an internal error that
     * the fail-closed net turns into a rejection.
     */
    private static ECPublicKeyParameters bouncyCastleKey(BigInteger x, BigInteger y) {
        try {
            return new ECPublicKeyParameters(P256Curve.DOMAIN.getCurve().createPoint(x, y), P256Curve.DOMAIN);
        } catch (RuntimeException libraryFailure) {
            throw new IllegalStateException("BouncyCastle refused a P-256 public key that every check of the verifier "
                    + "accepts: the verifier and its library disagree", libraryFailure);
        }
    }

    /** The 32-byte big-endian x coordinate. */
    public byte[] x() {
        return x.clone();
    }

    /** The 32-byte big-endian y coordinate. */
    public byte[] y() {
        return y.clone();
    }

    @Override
    public Algorithm.Family family() {
        return Algorithm.Family.ECDSA_P256;
    }

    @Override
    public void verify(byte[] message, int offset, int length, byte[] signature, VerifierOptions options) {
        Objects.requireNonNull(message, "message");
        Objects.checkFromIndexSize(offset, length, message.length);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(options, "options");
        List<BigInteger[]> readings = signature.length == SIGNATURE_LENGTH
                ? List.<BigInteger[]>of(raw(signature)) : notRaw(signature);
        byte[] digest = Sha256.digest(message, offset, length);
        if (readings.size() == 1) {
            verify(digest, readings.get(0)[0], readings.get(0)[1], options);
            return;
        }
        // Only with the length check knocked out: accepted if one reading verifies, else rejected as the
        // first reading is.
        Rejection first = null;
        for (BigInteger[] rs : readings) {
            try {
                verify(digest, rs[0], rs[1], options);
                return;
            } catch (Rejection rejection) {
                first = first == null ? rejection : first;
            }
        }
        throw first;
    }

    /** Checks r and s and the equation for the SHA-256 {@code digest} of the message. */
    private void verify(byte[] digest, BigInteger r, BigInteger s, VerifierOptions options) {
        boolean rInRange = inRange(r, "r", KeyCheck.ECDSA_R_RANGE);
        boolean sInRange = inRange(s, "s", KeyCheck.ECDSA_S_RANGE);
        if (options.has(Profile.ECDSA_LOW_S) && s.compareTo(HALF_N) > 0) {
            KeyCheck.ECDSA_HIGH_S.fail("ECDSA signature has a high s (s > n/2); profile "
                    + Profile.ECDSA_LOW_S + " accepts only the low-s form, n - s, which signers normalise to");
        }
        Optional<String> failure = parameters != null && rInRange && sInRange
                ? bouncyCastleEquationFailure(digest, r, s)
                : ownEquationFailure(digest, r, s);
        failure.ifPresent(KeyCheck.ECDSA_EQUATION::fail);
    }

    /** r and s of a 64-byte signature r ‖ s. */
    private static BigInteger[] raw(byte[] signature) {
        return new BigInteger[] {
            new BigInteger(1, Arrays.copyOfRange(signature, 0, P256Curve.ELEMENT_LENGTH)),
            new BigInteger(1, Arrays.copyOfRange(signature, P256Curve.ELEMENT_LENGTH, SIGNATURE_LENGTH))};
    }

    /**
     * The readings of a signature that is not 64 bytes, each an r and an s, if a knocked-out check lets
     * it through. With the DER check knocked out, r and s of a DER-encoded signature are read as a
     * library that accepts DER reads them; with the length check knocked out, the bytes are read as
     * {@link #lenientReadings} lists.
     */
    private static List<BigInteger[]> notRaw(byte[] signature) {
        boolean derShaped = signature.length >= 8 && signature.length <= 72 && signature[0] == 0x30;
        if (derShaped) {
            KeyCheck.ECDSA_SIGNATURE_DER.fail("DER-encoded ECDSA signature (" + signature.length + " bytes starting "
                    + "with SEQUENCE 0x30); COSE requires raw r ‖ s, the two integers left-padded to 32 bytes each, "
                    + "64 bytes in all (RFC 9053 §2.1)");
            Optional<BigInteger[]> der = der(signature);
            if (der.isPresent()) {
                return List.<BigInteger[]>of(der.get());
            }
        }
        String wrongLength = "ECDSA P-256 signature is " + signature.length + " bytes; RFC 9053 §2.1 requires "
                + "exactly 64 bytes: r ‖ s, each left-padded with zeros to 32 bytes";
        List<BigInteger[]> readings = lenientReadings(signature);
        if (readings.isEmpty()) {
            throw KeyCheck.ECDSA_SIGNATURE_UNSPLITTABLE.rejection(wrongLength);
        }
        KeyCheck.ECDSA_SIGNATURE_LENGTH.fail(wrongLength);
        return readings;
    }

    /**
     * The ways decoders that do not insist on 64 bytes split a signature into r and s, in this order:
     * two equal halves (a decoder that splits at the middle, so 66 sign-padded or 128 double-width
     * bytes give the signer's r and s); s the last 32 bytes and r whatever precedes them
     * (an r written without its leading zero, or with an extra one); r the first 32 bytes and s the
     * rest (an s without its leading zero); and, past 64 bytes, the first or the last 64 bytes as
     * r ‖ s, the rest ignored (a decoder that copies a fixed window from either end). Empty when no
     * split gives two non-empty integers: no bytes, or an odd number below 33.
     */
    private static List<BigInteger[]> lenientReadings(byte[] signature) {
        int length = signature.length;
        int half = P256Curve.ELEMENT_LENGTH;
        List<BigInteger[]> readings = new ArrayList<>();
        if (length >= 2 && length % 2 == 0) {
            readings.add(split(signature, 0, length / 2, length));
        }
        if (length > half) {
            readings.add(split(signature, 0, length - half, length));
            readings.add(split(signature, 0, half, length));
        }
        if (length > SIGNATURE_LENGTH) {
            readings.add(split(signature, 0, half, SIGNATURE_LENGTH));
            readings.add(split(signature, length - SIGNATURE_LENGTH, length - half, length));
        }
        return readings;
    }

    /** r = bytes [from, middle) and s = bytes [middle, to), both big-endian. */
    private static BigInteger[] split(byte[] signature, int from, int middle, int to) {
        return new BigInteger[] {
            new BigInteger(1, Arrays.copyOfRange(signature, from, middle)),
            new BigInteger(1, Arrays.copyOfRange(signature, middle, to))};
    }

    /** r and s of a DER Ecdsa-Sig-Value, SEQUENCE { r INTEGER, s INTEGER } (RFC 3279 §2.2.3), if it is one. */
    private static Optional<BigInteger[]> der(byte[] signature) {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(signature));
            if (sequence.size() != 2) {
                return Optional.empty();
            }
            return Optional.of(new BigInteger[] {
                ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue(),
                ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue()});
        } catch (IOException | RuntimeException notDer) {
            return Optional.empty();
        }
    }

    /** Whether {@code value} is in [1, n-1]; rejects by {@code check} if not, unless the check is knocked out. */
    private static boolean inRange(BigInteger value, String name, KeyCheck check) {
        if (value.signum() > 0 && value.compareTo(P256Curve.N) < 0) {
            return true;
        }
        check.fail("ECDSA signature component " + name + " = "
                + value.toString(16) + " is out of range: " + name + " must be in [1, n-1] (SEC 1 v2 §4.1.4 "
                + "step 1), and " + (value.signum() == 0 ? name + " = 0" : name + " >= n") + " never verifies");
        return false;
    }

    /** Why BouncyCastle's ECDSA verification does not accept r, s, if it does not. */
    private Optional<String> bouncyCastleEquationFailure(byte[] digest, BigInteger r, BigInteger s) {
        boolean valid;
        try {
            ECDSASigner signer = new ECDSASigner();
            signer.init(false, parameters);
            valid = signer.verifySignature(digest, r, s);
        } catch (RuntimeException libraryFailure) {
            return Optional.of("ECDSA P-256 verification failed closed: BouncyCastle threw "
                    + libraryFailure.getClass().getSimpleName() + " on a signature that passed every range check");
        }
        return valid ? Optional.empty() : Optional.of(EQUATION_FAILS);
    }

    /** Why the equation does not hold in the verifier's own arithmetic, if it does not (see {@link P256Arithmetic}). */
    private Optional<String> ownEquationFailure(byte[] digest, BigInteger r, BigInteger s) {
        return P256Arithmetic.ecdsaEquationHolds(point, new BigInteger(1, digest), r, s)
                ? Optional.empty() : Optional.of(EQUATION_FAILS);
    }

    /** Checks a coordinate is 32 bytes; knocked out, its bytes are read as the integer they spell. */
    private static void requireElementLength(byte[] coordinate, String name) {
        if (coordinate.length != P256Curve.ELEMENT_LENGTH) {
            KeyCheck.P256_COORDINATE_LENGTH.fail("P-256 public key coordinate " + name + " is " + coordinate.length
                    + " bytes; it must be exactly 32 bytes, big-endian, left-padded with zeros (RFC 9053 §7.1.1)");
        }
    }

    /** {@code value} if it is below p; knocked out, {@code value} mod p, as arithmetic modulo p reads it. */
    private static BigInteger belowP(BigInteger value, String name, byte[] encoded) {
        if (value.compareTo(P256Curve.P) >= 0) {
            KeyCheck.P256_COORDINATE_RANGE.fail("P-256 public key coordinate " + name + " = " + hex(encoded)
                    + " is not below the field prime p; a coordinate must be a field element in [0, p-1] "
                    + "(SEC 1 v2 §3.2.2.1)");
            return value.mod(P256Curve.P);
        }
        return value;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof P256PublicKey that && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "P256PublicKey[x=" + hex(x) + ", y=" + hex(y) + "]";
    }
}
