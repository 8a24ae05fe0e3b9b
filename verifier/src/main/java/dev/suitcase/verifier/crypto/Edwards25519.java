package dev.suitcase.verifier.crypto;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The curve edwards25519 of RFC 8032 §5.1 (-x^2 + y^2 = 1 + d x^2 y^2 over GF(p)), reduced to
 * what the verifier checks itself: its constants and the point decoding of RFC 8032 §5.1.3, which
 * reports each of its rules the encoding breaks (non-canonical y, no point, x = -0) for the caller
 * to reject by its profile. BouncyCastle's decoder is not trusted with this because its answer is
 * only "false", and the verifier must say which rule was broken.
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
     * Decodes a 32-byte point encoding by RFC 8032 §5.1.3 and says which of its rules the encoding
     * breaks, in the order the RFC checks them; the caller decides, by its profile, which of them
     * reject. A y at or above p is also tried modulo p, so that a lenient decoding (ZIP 215) knows
     * whether it names a point.
     *
     * @param encoded exactly 32 bytes (the caller has checked the length); not kept
     */
    static Decoding decode(byte[] encoded) {
        if (encoded.length != ENCODED_LENGTH) {
            throw new IllegalArgumentException("an edwards25519 point encoding is 32 bytes, got " + encoded.length);
        }
        boolean xOdd = (encoded[ENCODED_LENGTH - 1] & SIGN_BIT) != 0;
        // Step 1: the 255-bit y must be below p; y >= p is a second encoding of y - p.
        boolean yBelowP = yBelowP(encoded);
        // The field arithmetic works modulo p, so an unreduced y computes as y - p from here on.
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
        boolean onCurve = X25519Field.sqrtRatioVar(u, v, x);
        // Step 4: x = 0 has only one encoding, with the sign bit clear.
        boolean negativeZero = false;
        if (onCurve) {
            X25519Field.normalize(x);
            negativeZero = xOdd && X25519Field.isZeroVar(x);
        }
        return new Decoding(encoded.clone(), yBelowP, onCurve, negativeZero);
    }

    /**
     * What {@link #decode} found in one encoding.
     *
     * @param encoding     the 32 bytes as received
     * @param yBelowP      step 1: the 255-bit y is below p
     * @param onCurve      step 3: a curve point has this y (taken modulo p)
     * @param negativeZero step 4: that point has x = 0 and the sign bit is set
     */
    record Decoding(byte[] encoding, boolean yBelowP, boolean onCurve, boolean negativeZero) {

        /** Whether the encoding is the one RFC 8032 allows for its point (or would be, were it a point). */
        boolean canonical() {
            return yBelowP && !negativeZero;
        }

        /** Whether RFC 8032 §5.1.3 decodes it: canonical and a curve point. */
        boolean decodesStrictly() {
            return canonical() && onCurve;
        }

        /** Why the encoding is not canonical, starting with {@code role}; only for a non-canonical one. */
        String nonCanonicalDetail(String role) {
            if (!yBelowP) {
                BigInteger y = littleEndian(encoding).clearBit(255);
                return role + " " + hex(encoding) + " is a non-canonical encoding: its y coordinate (bits 0..254) is p + "
                        + y.subtract(P) + ", not below p = 2^255 - 19, which RFC 8032 §5.1.3 (step 1) requires";
            }
            return role + " " + hex(encoding) + " is a non-canonical encoding: the point has x = 0 (y = "
                    + (isOne(encoding) ? "1" : "p - 1") + ") but the sign bit of x is set (x = -0), which RFC 8032 "
                    + "§5.1.3 (step 4) requires decoding to reject";
        }

        /** Why the encoding names no point, starting with {@code role}; only for one off the curve. */
        String notOnCurveDetail(String role) {
            return role + " " + hex(encoding) + " does not encode a point of edwards25519: no x satisfies "
                    + "x^2 = (y^2 - 1) / (d y^2 + 1) for its y" + (yBelowP ? "" : " (taken modulo p)")
                    + " (RFC 8032 §5.1.3, step 3)";
        }

        /**
         * The first rule of RFC 8032 §5.1.3 the encoding breaks, in the RFC's order, starting with
         * {@code role}; empty when it decodes strictly.
         */
        Optional<String> strictDecodingFailure(String role) {
            if (!yBelowP) {
                return Optional.of(nonCanonicalDetail(role));
            }
            if (!onCurve) {
                return Optional.of(notOnCurveDetail(role));
            }
            return negativeZero ? Optional.of(nonCanonicalDetail(role)) : Optional.empty();
        }

        /** The canonical encoding of the point, for a curve point however it was encoded. */
        byte[] canonicalEncoding() {
            if (!onCurve) {
                throw new IllegalStateException(hex(encoding) + " is not a curve point");
            }
            return canonical() ? encoding.clone() : EdwardsPoint.decodeLenient(encoding).orElseThrow().encode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Decoding that && java.util.Arrays.equals(encoding, that.encoding);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(encoding);
        }

        @Override
        public String toString() {
            return "Decoding[" + hex(encoding) + (decodesStrictly() ? "" : ", yBelowP=" + yBelowP + ", onCurve="
                    + onCurve + ", negativeZero=" + negativeZero) + "]";
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
