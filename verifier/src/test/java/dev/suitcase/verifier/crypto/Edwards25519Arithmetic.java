package dev.suitcase.verifier.crypto;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Affine point arithmetic on edwards25519 with the complete twisted Edwards addition law of
 * RFC 8032 §5.1.4 (a = -1), written from the formulas and independent of BouncyCastle, so that
 * tests can derive points (small-order points, forged signatures) instead of trusting copied lists.
 * Its {@link #decode} is a literal {@code BigInteger} transcription of RFC 8032 §5.1.3, the reference
 * that the verifier's field-arithmetic decoding and its lenient {@link EdwardsPoint#decodeLenient}
 * are checked against (Edwards25519DecodingTest).
 * Slow and not constant-time; tests only.
 */
final class Edwards25519Arithmetic {
    static final BigInteger P = Edwards25519.P;

    /** 2^((p-1)/4), a square root of -1 (RFC 8032 §5.1.3 step 3). */
    private static final BigInteger SQRT_MINUS_ONE = BigInteger.TWO.modPow(
            P.subtract(BigInteger.ONE).shiftRight(2), P);

    private static final BigInteger SQRT_EXPONENT = P.subtract(BigInteger.valueOf(5)).shiftRight(3);

    /** An affine point (x, y) with both coordinates reduced modulo p. */
    record AffinePoint(BigInteger x, BigInteger y) {
    }

    static final AffinePoint IDENTITY = new AffinePoint(BigInteger.ZERO, BigInteger.ONE);

    /** The base point B of RFC 8032 §5.1: y = 4/5, x positive (even). */
    static final AffinePoint BASE = decode(
            HexFormat.of().parseHex("5866666666666666666666666666666666666666666666666666666666666666"));

    private Edwards25519Arithmetic() {
    }

    /**
     * Decodes a 32-byte point encoding by RFC 8032 §5.1.3 step by step; throws
     * {@link IllegalArgumentException} with {@link #decodingFailure}'s words if it does not decode.
     */
    static AffinePoint decode(byte[] encoded) {
        Decoded decoded = decodeStep(encoded, "point");
        if (decoded.failure() != null) {
            throw new IllegalArgumentException(decoded.failure());
        }
        return decoded.point();
    }

    /**
     * The first rule of RFC 8032 §5.1.3 that {@code encoded} breaks, in the words the verifier's
     * {@link Edwards25519.Decoding#strictDecodingFailure} uses, starting with {@code role}; empty if it decodes.
     */
    static Optional<String> decodingFailure(byte[] encoded, String role) {
        return Optional.ofNullable(decodeStep(encoded, role).failure());
    }

    private record Decoded(AffinePoint point, String failure) {
    }

    private static Decoded decodeStep(byte[] encoded, String role) {
        if (encoded.length != Edwards25519.ENCODED_LENGTH) {
            throw new IllegalArgumentException("an edwards25519 point encoding is 32 bytes, got " + encoded.length);
        }
        boolean xOdd = (encoded[Edwards25519.ENCODED_LENGTH - 1] & 0x80) != 0;
        BigInteger y = Edwards25519.littleEndian(encoded).clearBit(255);
        // Step 1: the 255-bit y must be below p.
        if (y.compareTo(P) >= 0) {
            return new Decoded(null, role + " " + Edwards25519.hex(encoded) + " is a non-canonical encoding: its y "
                    + "coordinate (bits 0..254) is p + " + y.subtract(P) + ", not below p = 2^255 - 19, which RFC 8032 "
                    + "§5.1.3 (step 1) requires");
        }
        // Steps 2-3: x = u v^3 (u v^7)^((p-5)/8) with u = y^2 - 1, v = d y^2 + 1; then v x^2 = u, or
        // v x^2 = -u and x is multiplied by sqrt(-1), or there is no square root.
        BigInteger ySquared = y.multiply(y).mod(P);
        BigInteger u = ySquared.subtract(BigInteger.ONE).mod(P);
        BigInteger v = Edwards25519.D.multiply(ySquared).add(BigInteger.ONE).mod(P);
        BigInteger v3 = v.pow(3).mod(P);
        BigInteger x = u.multiply(v3).multiply(u.multiply(v3).multiply(v3).multiply(v).mod(P)
                .modPow(SQRT_EXPONENT, P)).mod(P);
        BigInteger vxx = v.multiply(x).multiply(x).mod(P);
        if (!vxx.equals(u)) {
            if (vxx.equals(P.subtract(u).mod(P))) {
                x = x.multiply(SQRT_MINUS_ONE).mod(P);
            } else {
                return new Decoded(null, role + " " + Edwards25519.hex(encoded) + " does not encode a point of "
                        + "edwards25519: no x satisfies x^2 = (y^2 - 1) / (d y^2 + 1) for its y (RFC 8032 §5.1.3, "
                        + "step 3)");
            }
        }
        // Step 4: x = 0 with the sign bit set is rejected; otherwise the sign bit picks x or p - x.
        if (x.signum() == 0 && xOdd) {
            return new Decoded(null, role + " " + Edwards25519.hex(encoded) + " is a non-canonical encoding: the "
                    + "point has x = 0 (y = " + (y.equals(BigInteger.ONE) ? "1" : "p - 1") + ") but the sign bit of x "
                    + "is set (x = -0), which RFC 8032 §5.1.3 (step 4) requires decoding to reject");
        }
        if (x.testBit(0) != xOdd) {
            x = P.subtract(x);
        }
        return new Decoded(new AffinePoint(x, y), null);
    }

    /** (x1, y1) + (x2, y2) = ((x1 y2 + x2 y1) / (1 + d x1 x2 y1 y2), (y1 y2 + x1 x2) / (1 - d x1 x2 y1 y2)). */
    static AffinePoint add(AffinePoint a, AffinePoint b) {
        BigInteger t = Edwards25519.D.multiply(a.x()).multiply(b.x()).multiply(a.y()).multiply(b.y()).mod(P);
        BigInteger x = a.x().multiply(b.y()).add(b.x().multiply(a.y()))
                .multiply(BigInteger.ONE.add(t).modInverse(P)).mod(P);
        BigInteger y = a.y().multiply(b.y()).add(a.x().multiply(b.x()))
                .multiply(BigInteger.ONE.subtract(t).mod(P).modInverse(P)).mod(P);
        return new AffinePoint(x, y);
    }

    static AffinePoint negate(AffinePoint a) {
        return new AffinePoint(P.subtract(a.x()).mod(P), a.y());
    }

    /** [k]point by double-and-add, k >= 0. */
    static AffinePoint multiply(BigInteger k, AffinePoint point) {
        AffinePoint result = IDENTITY;
        for (int bit = k.bitLength() - 1; bit >= 0; bit--) {
            result = add(result, result);
            if (k.testBit(bit)) {
                result = add(result, point);
            }
        }
        return result;
    }

    /** The RFC 8032 §5.1.2 encoding: y little-endian, the low bit of x in bit 255. */
    static byte[] encode(AffinePoint point) {
        return encodeInteger(point.x().testBit(0) ? point.y().setBit(255) : point.y());
    }

    /** A non-negative integer below 2^256 as 32 little-endian bytes. */
    static byte[] encodeInteger(BigInteger value) {
        byte[] encoded = new byte[32];
        for (int i = 0; i < 32; i++) {
            encoded[i] = value.shiftRight(8 * i).byteValue();
        }
        return encoded;
    }

    /** Whether y^2 - 1 over d y^2 + 1 is a square mod p (Euler's criterion), i.e. whether y is on the curve. */
    static boolean hasPointWithY(BigInteger y) {
        BigInteger ySquared = y.multiply(y).mod(P);
        BigInteger ratio = ySquared.subtract(BigInteger.ONE).multiply(
                Edwards25519.D.multiply(ySquared).add(BigInteger.ONE).modInverse(P)).mod(P);
        return ratio.signum() == 0 || ratio.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
    }
}
