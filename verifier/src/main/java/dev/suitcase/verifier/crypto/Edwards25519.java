package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

import java.math.BigInteger;
import java.util.HexFormat;

/**
 * The curve edwards25519 of RFC 8032 §5.1 (-x^2 + y^2 = 1 + d x^2 y^2 over GF(p)), reduced to
 * what the verifier checks itself: its constants and the point decoding of RFC 8032 §5.1.3 in its
 * strict form, where every non-canonical encoding fails. BouncyCastle's decoder is not trusted
 * with this because its answer is only "false", and the verifier must say which rule was broken.
 *
 * <p>The decoding runs on every signature (for R), so it computes in BouncyCastle's field
 * arithmetic ({@link X25519Field}, ten 25/26-bit limbs) rather than {@code BigInteger}: about
 * 16 µs a point with {@code BigInteger}'s {@code modPow}, against a 75 µs verification. Only the
 * arithmetic is BouncyCastle's; each step and each rejection is this class's.
 * Edwards25519DecodingTest checks it against a literal {@code BigInteger} transcription of
 * §5.1.3, encoding by encoding.
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

    /** d as a field element, from the constant above. */
    private static final int[] D_FIELD = fieldElement(D);

    /** Bit 255, the sign of x, is the top bit of the last byte; the 7 bits below it end y. */
    private static final int SIGN_BIT = 0x80;
    private static final int Y_TOP_BITS = 0x7f;

    private Edwards25519() {
    }

    /**
     * Decodes a 32-byte point encoding by RFC 8032 §5.1.3 and rejects every encoding that does not
     * decode, non-canonical ones included; returns normally only for the canonical encoding of a
     * curve point.
     *
     * @param encoded exactly 32 bytes (the caller has checked the length)
     * @param reason  the reason to reject with (BAD_KEY for A, SIGNATURE_MALFORMED for R)
     * @param role    what the bytes are, to start the rejection detail, e.g. "Ed25519 public key A"
     */
    static void requireDecodable(byte[] encoded, Reason reason, String role) {
        if (encoded.length != ENCODED_LENGTH) {
            throw new IllegalArgumentException("an edwards25519 point encoding is 32 bytes, got " + encoded.length);
        }
        boolean xOdd = (encoded[ENCODED_LENGTH - 1] & SIGN_BIT) != 0;
        // Step 1: the 255-bit y must be below p; y >= p is a second encoding of y - p.
        if (!yBelowP(encoded)) {
            BigInteger y = littleEndian(encoded).clearBit(255);
            throw new Rejection(reason, role + " " + hex(encoded) + " is a non-canonical encoding: its y coordinate "
                    + "(bits 0..254) is p + " + y.subtract(P) + ", not below p = 2^255 - 19, which RFC 8032 §5.1.3 "
                    + "(step 1) requires");
        }
        int[] y = X25519Field.create();
        X25519Field.decode255(encoded, y);
        // Steps 2-3: x^2 = u / v with u = y^2 - 1 and v = d y^2 + 1 must have a square root; v is never
        // 0 since d is not a square mod p. sqrtRatioVar computes the candidate (u v^3)(u v^7)^((p-5)/8)
        // and its product with sqrt(-1), and answers whether either squares to u / v: RFC 8032 step 3.
        int[] u = X25519Field.create();
        int[] v = X25519Field.create();
        X25519Field.sqr(y, u);
        X25519Field.mul(D_FIELD, u, v);
        X25519Field.subOne(u);
        X25519Field.addOne(v);
        int[] x = X25519Field.create();
        if (!X25519Field.sqrtRatioVar(u, v, x)) {
            throw new Rejection(reason, role + " " + hex(encoded) + " does not encode a point of edwards25519: "
                    + "no x satisfies x^2 = (y^2 - 1) / (d y^2 + 1) for its y (RFC 8032 §5.1.3, step 3)");
        }
        // Step 4: x = 0 has only one encoding, with the sign bit clear.
        X25519Field.normalize(x);
        if (xOdd && X25519Field.isZeroVar(x)) {
            throw new Rejection(reason, role + " " + hex(encoded) + " is a non-canonical encoding: the point has "
                    + "x = 0 (y = " + (isOne(encoded) ? "1" : "p - 1") + ") but the sign bit of x is set "
                    + "(x = -0), which RFC 8032 §5.1.3 (step 4) requires decoding to reject");
        }
    }

    /** Whether the 255-bit little-endian y of {@code encoded} (the sign bit cleared) is below p = 2^255 - 19. */
    private static boolean yBelowP(byte[] encoded) {
        // p is 0xed, then thirty 0xff, then 0x7f (little-endian): y >= p exactly when every byte above
        // the lowest is at its maximum and the lowest is at least 0xed.
        if ((encoded[ENCODED_LENGTH - 1] & Y_TOP_BITS) != 0x7f) {
            return true;
        }
        for (int i = ENCODED_LENGTH - 2; i > 0; i--) {
            if ((encoded[i] & 0xff) != 0xff) {
                return true;
            }
        }
        return (encoded[0] & 0xff) < 0xed;
    }

    /** Whether the 255-bit y of {@code encoded} is 1. */
    private static boolean isOne(byte[] encoded) {
        if (encoded[0] != 1 || (encoded[ENCODED_LENGTH - 1] & Y_TOP_BITS) != 0) {
            return false;
        }
        for (int i = 1; i < ENCODED_LENGTH - 1; i++) {
            if (encoded[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int[] fieldElement(BigInteger value) {
        byte[] littleEndian = new byte[ENCODED_LENGTH];
        for (int i = 0; i < ENCODED_LENGTH; i++) {
            littleEndian[i] = value.shiftRight(8 * i).byteValue();
        }
        int[] element = X25519Field.create();
        X25519Field.decode255(littleEndian, element);
        return element;
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
