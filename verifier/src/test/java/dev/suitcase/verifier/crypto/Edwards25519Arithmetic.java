package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Edwards25519.AffinePoint;

import java.math.BigInteger;
import java.util.HexFormat;

/**
 * Affine point arithmetic on edwards25519 with the complete twisted Edwards addition law of
 * RFC 8032 §5.1.4 (a = -1), written from the formulas and independent of BouncyCastle, so that
 * tests can derive points (small-order points, forged signatures) instead of trusting copied lists.
 * Slow and not constant-time; tests only.
 */
final class Edwards25519Arithmetic {
    static final BigInteger P = Edwards25519.P;
    static final AffinePoint IDENTITY = new AffinePoint(BigInteger.ZERO, BigInteger.ONE);

    /** The base point B of RFC 8032 §5.1: y = 4/5, x positive (even). */
    static final AffinePoint BASE = Edwards25519.decode(
            HexFormat.of().parseHex("5866666666666666666666666666666666666666666666666666666666666666"),
            Reason.BAD_KEY, "base point");

    private Edwards25519Arithmetic() {
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
