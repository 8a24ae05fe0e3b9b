package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

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
 * {@link Reason#SIGNATURE_MALFORMED} (with a DER-specific message for a DER-shaped signature,
 * which COSE never uses); r and s each in [1, n-1] (SEC 1 v2 §4.1.4 step 1), else SIGNATURE_MALFORMED;
 * under {@link Profile#ECDSA_LOW_S} only, s &lt;= n/2, else SIGNATURE_MALFORMED (COSE does not
 * require low S, so by default a high-S signature is valid); then the ECDSA equation over SHA-256 of
 * the message (the JDK's SHA-256) by BouncyCastle's {@code ECDSASigner}, else
 * {@link Reason#SIGNATURE_INVALID}.
 * BouncyCastle 1.87 compares x(R) with r correctly when x(R) >= n (JDK 17 does not). A library
 * exception becomes SIGNATURE_INVALID: the verifier fails closed.
 */
public final class P256PublicKey implements PublicKey {
    private static final int SIGNATURE_LENGTH = 2 * P256Curve.ELEMENT_LENGTH;
    private static final BigInteger HALF_N = P256Curve.N.shiftRight(1);

    private final byte[] x;
    private final byte[] y;
    private final ECPublicKeyParameters parameters;

    private P256PublicKey(byte[] x, byte[] y, ECPublicKeyParameters parameters) {
        this.x = x;
        this.y = y;
        this.parameters = parameters;
    }

    /**
     * The key with affine coordinates {@code x}, {@code y} (big-endian, 32 bytes each); rejects with
     * {@link Reason#BAD_KEY} unless the point is a valid P-256 public key.
     */
    public static P256PublicKey fromCoordinates(byte[] x, byte[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        byte[] xCopy = requireElementLength(x, "x");
        byte[] yCopy = requireElementLength(y, "y");
        BigInteger xValue = new BigInteger(1, xCopy);
        BigInteger yValue = new BigInteger(1, yCopy);
        requireBelowP(xValue, "x", xCopy);
        requireBelowP(yValue, "y", yCopy);
        if (xValue.signum() == 0 && yValue.signum() == 0) {
            throw new Rejection(Reason.BAD_KEY, "P-256 public key is (0, 0), the conventional encoding of the point "
                    + "at infinity, which is never a valid public key (SEC 1 v2 §3.2.2.1)");
        }
        if (!P256Curve.isOnCurve(xValue, yValue)) {
            throw new Rejection(Reason.BAD_KEY, "P-256 public key (x = " + hex(xCopy) + ", y = " + hex(yCopy)
                    + ") is not on the curve: y^2 != x^3 - 3x + b (mod p); an off-curve key enables invalid-curve "
                    + "attacks and must be rejected (SEC 1 v2 §3.2.2.1)");
        }
        ECPublicKeyParameters parameters;
        try {
            parameters = new ECPublicKeyParameters(
                    P256Curve.DOMAIN.getCurve().createPoint(xValue, yValue), P256Curve.DOMAIN);
        } catch (RuntimeException libraryFailure) {
            throw new Rejection(Reason.BAD_KEY, "P-256 public key passed every check of the verifier but "
                    + "BouncyCastle refused it (" + libraryFailure.getClass().getSimpleName() + "); failing closed");
        }
        return new P256PublicKey(xCopy, yCopy, parameters);
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
        if (signature.length != SIGNATURE_LENGTH) {
            throw new Rejection(Reason.SIGNATURE_MALFORMED, wrongLengthDetail(signature));
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, P256Curve.ELEMENT_LENGTH));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, P256Curve.ELEMENT_LENGTH, SIGNATURE_LENGTH));
        requireScalarInRange(r, "r");
        requireScalarInRange(s, "s");
        if (options.has(Profile.ECDSA_LOW_S) && s.compareTo(HALF_N) > 0) {
            throw new Rejection(Reason.SIGNATURE_MALFORMED, "ECDSA signature has a high s (s > n/2); profile "
                    + Profile.ECDSA_LOW_S + " accepts only the low-s form, n - s, which signers normalise to");
        }
        byte[] digest = sha256(message, offset, length);
        boolean valid;
        try {
            ECDSASigner signer = new ECDSASigner();
            signer.init(false, parameters);
            valid = signer.verifySignature(digest, r, s);
        } catch (RuntimeException libraryFailure) {
            throw new Rejection(Reason.SIGNATURE_INVALID, "ECDSA P-256 verification failed closed: BouncyCastle threw "
                    + libraryFailure.getClass().getSimpleName() + " on a signature that passed every range check");
        }
        if (!valid) {
            throw new Rejection(Reason.SIGNATURE_INVALID, "ECDSA P-256 signature does not verify under this key over "
                    + "the SHA-256 hash of the signed bytes (RFC 9053 §2.1); the signature was made over other bytes "
                    + "(check the Sig_structure: protected header and payload as received, external_aad) or by "
                    + "another key");
        }
    }

    private static String wrongLengthDetail(byte[] signature) {
        boolean derShaped = signature.length >= 8 && signature.length <= 72 && signature[0] == 0x30;
        if (derShaped) {
            return "DER-encoded ECDSA signature (" + signature.length + " bytes starting with SEQUENCE 0x30); COSE "
                    + "requires raw r ‖ s, the two integers left-padded to 32 bytes each, 64 bytes in all "
                    + "(RFC 9053 §2.1)";
        }
        return "ECDSA P-256 signature is " + signature.length + " bytes; RFC 9053 §2.1 requires exactly 64 bytes: "
                + "r ‖ s, each left-padded with zeros to 32 bytes";
    }

    private static void requireScalarInRange(BigInteger value, String name) {
        if (value.signum() == 0 || value.compareTo(P256Curve.N) >= 0) {
            throw new Rejection(Reason.SIGNATURE_MALFORMED, "ECDSA signature component " + name + " = "
                    + value.toString(16) + " is out of range: " + name + " must be in [1, n-1] (SEC 1 v2 §4.1.4 "
                    + "step 1), and " + (value.signum() == 0 ? name + " = 0" : name + " >= n") + " never verifies");
        }
    }

    private static byte[] requireElementLength(byte[] coordinate, String name) {
        if (coordinate.length != P256Curve.ELEMENT_LENGTH) {
            throw new Rejection(Reason.BAD_KEY, "P-256 public key coordinate " + name + " is " + coordinate.length
                    + " bytes; it must be exactly 32 bytes, big-endian, left-padded with zeros (RFC 9053 §7.1.1)");
        }
        return coordinate.clone();
    }

    private static void requireBelowP(BigInteger value, String name, byte[] encoded) {
        if (value.compareTo(P256Curve.P) >= 0) {
            throw new Rejection(Reason.BAD_KEY, "P-256 public key coordinate " + name + " = " + hex(encoded)
                    + " is not below the field prime p; a coordinate must be a field element in [0, p-1] "
                    + "(SEC 1 v2 §3.2.2.1)");
        }
    }

    /**
     * The JDK's SHA-256, not BouncyCastle's: the JDK's is compiled to the CPU's SHA instructions
     * where they exist, and hashing is nearly all the time a large message costs (perf/README.md:
     * a 1 MiB ES256 verification takes 4.2 ms with BouncyCastle's hash, 1.7 ms with the JDK's
     * whole provider). Both compute the same FIPS 180-4 function.
     */
    private static byte[] sha256(byte[] message, int offset, int length) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(message, offset, length);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
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
