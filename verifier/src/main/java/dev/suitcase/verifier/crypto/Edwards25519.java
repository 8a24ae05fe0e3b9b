package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;

import java.math.BigInteger;
import java.util.HexFormat;

/**
 * The curve edwards25519 of RFC 8032 §5.1 (-x^2 + y^2 = 1 + d x^2 y^2 over GF(p)), reduced to
 * what the verifier checks itself: its constants and the point decoding of RFC 8032 §5.1.3 in its
 * strict form, where every non-canonical encoding fails. BouncyCastle's decoder is not trusted
 * with this because its answer is only "false", and the verifier must say which rule was broken.
 */
final class Edwards25519 {
    /** The field prime p = 2^255 - 19. */
    static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

    /** d = -121665 / 121666 (mod p), RFC 8032 §5.1. */
    static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

    /** The order of the base point, L = 2^252 + 27742317777372353535851937790883648493 (RFC 8032 §5.1). */
    static final BigInteger L = BigInteger.TWO.pow(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    /** The encoding length of a point and of a scalar (RFC 8032 §5.1.2, §5.1.6). */
    static final int ENCODED_LENGTH = 32;

    /** 2^((p-1)/4), a square root of -1 (RFC 8032 §5.1.3 step 3). */
    private static final BigInteger SQRT_MINUS_ONE = BigInteger.TWO.modPow(
            P.subtract(BigInteger.ONE).shiftRight(2), P);

    private static final BigInteger SQRT_EXPONENT = P.subtract(BigInteger.valueOf(5)).shiftRight(3);

    private Edwards25519() {
    }

    /** An affine point (x, y) with both coordinates reduced modulo p. */
    record AffinePoint(BigInteger x, BigInteger y) {
    }

    /**
     * Decodes a 32-byte point encoding by RFC 8032 §5.1.3, rejecting every non-canonical form.
     *
     * @param encoded exactly 32 bytes (the caller has checked the length)
     * @param reason  the reason to reject with (BAD_KEY for A, SIGNATURE_MALFORMED for R)
     * @param role    what the bytes are, to start the rejection detail, e.g. "Ed25519 public key A"
     */
    static AffinePoint decode(byte[] encoded, Reason reason, String role) {
        if (encoded.length != ENCODED_LENGTH) {
            throw new IllegalArgumentException("an edwards25519 point encoding is 32 bytes, got " + encoded.length);
        }
        boolean xOdd = (encoded[ENCODED_LENGTH - 1] & 0x80) != 0;
        BigInteger y = littleEndian(encoded).clearBit(255);
        // Step 1: the 255-bit y must be below p; y >= p is a second encoding of y - p.
        if (y.compareTo(P) >= 0) {
            throw new Rejection(reason, role + " " + hex(encoded) + " is a non-canonical encoding: its y coordinate "
                    + "(bits 0..254) is p + " + y.subtract(P) + ", not below p = 2^255 - 19, which RFC 8032 §5.1.3 "
                    + "(step 1) requires");
        }
        // Steps 2-3: x^2 = (y^2 - 1) / (d y^2 + 1) must have a square root; d y^2 + 1 is never 0 since d is
        // not a square mod p.
        BigInteger ySquared = y.multiply(y).mod(P);
        BigInteger u = ySquared.subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(ySquared).add(BigInteger.ONE).mod(P);
        BigInteger v3 = v.pow(3).mod(P);
        BigInteger x = u.multiply(v3).multiply(u.multiply(v3).multiply(v3).multiply(v).mod(P)
                .modPow(SQRT_EXPONENT, P)).mod(P);
        BigInteger vxx = v.multiply(x).multiply(x).mod(P);
        if (!vxx.equals(u)) {
            if (vxx.equals(P.subtract(u).mod(P))) {
                x = x.multiply(SQRT_MINUS_ONE).mod(P);
            } else {
                throw new Rejection(reason, role + " " + hex(encoded) + " does not encode a point of edwards25519: "
                        + "no x satisfies x^2 = (y^2 - 1) / (d y^2 + 1) for its y (RFC 8032 §5.1.3, step 3)");
            }
        }
        // Step 4: x = 0 has only one encoding, with the sign bit clear.
        if (x.signum() == 0 && xOdd) {
            throw new Rejection(reason, role + " " + hex(encoded) + " is a non-canonical encoding: the point has "
                    + "x = 0 (y = " + (y.equals(BigInteger.ONE) ? "1" : "p - 1") + ") but the sign bit of x is set "
                    + "(x = -0), which RFC 8032 §5.1.3 (step 4) requires decoding to reject");
        }
        if (x.testBit(0) != xOdd) {
            x = P.subtract(x);
        }
        return new AffinePoint(x, y);
    }

    /** The little-endian unsigned integer of {@code bytes} (RFC 8032 §5.1.2 encodes integers so). */
    static BigInteger littleEndian(byte[] bytes) {
        byte[] bigEndian = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, bigEndian);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
