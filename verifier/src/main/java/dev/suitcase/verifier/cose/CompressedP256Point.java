package dev.suitcase.verifier.cose;

import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;

/**
 * The y-coordinate of a P-256 point whose EC2 COSE_Key gives x and, in place of y, its sign bit (RFC 9053
 * §7.1.1: "The compressed point encoding is also supported"; false for a sign bit of zero, true otherwise). The
 * sign bit is the parity of y (SEC 1 v2 §2.3.3), and y is recovered as SEC 1 v2 §2.3.4 does: the square root
 * of x^3 - 3x + b modulo p whose parity is the sign bit.
 *
 * <p>The point it gives then goes through every check of an uncompressed key ({@code P256PublicKey}): x is taken
 * as received, so its length and range rules apply to it as to any other x. The constants are those of SEC 2 v2
 * §2.4.2, as in the crypto package's own curve.
 */
final class CompressedP256Point {
    private static final BigInteger P = new BigInteger(
            "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final BigInteger B = new BigInteger(
            "5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);
    /** p = 3 (mod 4), so a square root of a square a is a^((p + 1) / 4). */
    private static final BigInteger SQUARE_ROOT_EXPONENT = P.add(BigInteger.ONE).shiftRight(2);
    private static final int ELEMENT_LENGTH = 32;

    private CompressedP256Point() {
    }

    /**
     * The 32-byte y of the point with x-coordinate {@code x} (an integer, reduced modulo p) whose parity is
     * {@code odd}; rejects with {@link CoseCheck#KEY_EC2_COMPRESSED_POINT} when no point of P-256 has that x.
     */
    static byte[] y(byte[] x, boolean odd) {
        BigInteger xValue = new BigInteger(1, x).mod(P);
        BigInteger alpha = xValue.pow(3).subtract(xValue.multiply(BigInteger.valueOf(3))).add(B).mod(P);
        BigInteger beta = alpha.modPow(SQUARE_ROOT_EXPONENT, P);
        if (!beta.multiply(beta).mod(P).equals(alpha)) {
            throw CoseCheck.KEY_EC2_COMPRESSED_POINT.rejection("EC2 COSE_Key gives y as a sign bit (a compressed"
                    + " point, RFC 9053 §7.1.1), but x is the x-coordinate of no P-256 point: x^3 - 3x + b has no"
                    + " square root modulo p (SEC 1 v2 §2.3.4), so neither sign names a point");
        }
        // P-256 has prime order, so no point has y = 0, and beta and p - beta differ in parity.
        BigInteger y = beta.testBit(0) == odd ? beta : P.subtract(beta);
        return BigIntegers.asUnsignedByteArray(ELEMENT_LENGTH, y);
    }
}
