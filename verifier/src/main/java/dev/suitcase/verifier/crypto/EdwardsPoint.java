package dev.suitcase.verifier.crypto;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A point of edwards25519 in extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z, x y = T/Z, with
 * the addition and doubling formulas of RFC 8032 §5.1.4, in {@code BigInteger}. This is the
 * verifier's own arithmetic for the Ed25519 cases BouncyCastle will not take: a point decoded
 * leniently (ZIP 215, or a test that knocked the canonical-encoding check out), a small-order A and
 * S &gt;= L. BouncyCastle verifies everything else. About a millisecond a verification, which only
 * those cases pay; Ed25519PublicKeyTest checks it against BouncyCastle on the cases both take.
 *
 * <p>Variable time, which is fine for verification: every input is public.
 */
final class EdwardsPoint {
    private static final BigInteger P = Edwards25519.P;
    private static final BigInteger D2 = Edwards25519.D.shiftLeft(1).mod(P);
    /** 2^((p-1)/4), a square root of -1 (RFC 8032 §5.1.3 step 3). */
    private static final BigInteger SQRT_MINUS_ONE = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
    private static final BigInteger SQRT_EXPONENT = P.subtract(BigInteger.valueOf(5)).shiftRight(3);

    static final EdwardsPoint IDENTITY = new EdwardsPoint(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);

    /** The base point B of RFC 8032 §5.1 (y = 4/5, x even). */
    static final EdwardsPoint BASE = decodeLenient(
            java.util.HexFormat.of().parseHex("5866666666666666666666666666666666666666666666666666666666666666"))
            .orElseThrow();

    private final BigInteger x;
    private final BigInteger y;
    private final BigInteger z;
    private final BigInteger t;

    private EdwardsPoint(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.t = t;
    }

    /**
     * Decodes a 32-byte encoding as ZIP 215 does: RFC 8032 §5.1.3 without its two canonical-encoding
     * rules. A y of 255 bits at or above p is taken modulo p, and x = 0 with the sign bit set is
     * x = 0. Empty when no curve point has that y.
     */
    static Optional<EdwardsPoint> decodeLenient(byte[] encoded) {
        if (encoded.length != Edwards25519.ENCODED_LENGTH) {
            throw new IllegalArgumentException("an edwards25519 point encoding is 32 bytes, got " + encoded.length);
        }
        boolean xOdd = (encoded[Edwards25519.ENCODED_LENGTH - 1] & 0x80) != 0;
        BigInteger y = Edwards25519.littleEndian(encoded).clearBit(255).mod(P);
        BigInteger ySquared = y.multiply(y).mod(P);
        BigInteger u = ySquared.subtract(BigInteger.ONE).mod(P);
        BigInteger v = Edwards25519.D.multiply(ySquared).add(BigInteger.ONE).mod(P);
        BigInteger v3 = v.pow(3).mod(P);
        BigInteger x = u.multiply(v3).multiply(u.multiply(v3).multiply(v3).multiply(v).mod(P)
                .modPow(SQRT_EXPONENT, P)).mod(P);
        BigInteger vxx = v.multiply(x).multiply(x).mod(P);
        if (!vxx.equals(u)) {
            if (!vxx.equals(P.subtract(u).mod(P))) {
                return Optional.empty();
            }
            x = x.multiply(SQRT_MINUS_ONE).mod(P);
        }
        if (x.signum() != 0 && x.testBit(0) != xOdd) {
            x = P.subtract(x);
        }
        return Optional.of(new EdwardsPoint(x, y, BigInteger.ONE, x.multiply(y).mod(P)));
    }

    /** this + other (RFC 8032 §5.1.4, the complete addition law for a = -1). */
    EdwardsPoint add(EdwardsPoint other) {
        BigInteger a = y.subtract(x).multiply(other.y.subtract(other.x)).mod(P);
        BigInteger b = y.add(x).multiply(other.y.add(other.x)).mod(P);
        BigInteger c = t.multiply(D2).multiply(other.t).mod(P);
        BigInteger d = z.shiftLeft(1).multiply(other.z).mod(P);
        BigInteger e = b.subtract(a);
        BigInteger f = d.subtract(c);
        BigInteger g = d.add(c);
        BigInteger h = b.add(a);
        return new EdwardsPoint(e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P));
    }

    /** [2]this (RFC 8032 §5.1.4, doubling). */
    EdwardsPoint twice() {
        BigInteger a = x.multiply(x).mod(P);
        BigInteger b = y.multiply(y).mod(P);
        BigInteger c = z.multiply(z).shiftLeft(1).mod(P);
        BigInteger h = a.add(b);
        BigInteger sum = x.add(y);
        BigInteger e = h.subtract(sum.multiply(sum)).mod(P);
        BigInteger g = a.subtract(b);
        BigInteger f = c.add(g);
        return new EdwardsPoint(e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P));
    }

    EdwardsPoint negate() {
        return new EdwardsPoint(x.negate().mod(P), y, z, t.negate().mod(P));
    }

    /** [scalar]this for any scalar &gt;= 0, not reduced first: a torsion component sees the whole scalar. */
    EdwardsPoint multiply(BigInteger scalar) {
        EdwardsPoint result = IDENTITY;
        for (int bit = scalar.bitLength() - 1; bit >= 0; bit--) {
            result = result.twice();
            if (scalar.testBit(bit)) {
                result = result.add(this);
            }
        }
        return result;
    }

    /** [8]this: what is left after the cofactor removes any small-order component. */
    EdwardsPoint timesCofactor() {
        return twice().twice().twice();
    }

    /** Whether this is the neutral element (0, 1): X = 0 and Y = Z. */
    boolean isIdentity() {
        return x.signum() == 0 && y.subtract(z).mod(P).signum() == 0;
    }

    /** Whether this is one of the eight points of small order: [8]this is the identity. */
    boolean hasSmallOrder() {
        return timesCofactor().isIdentity();
    }

    /** The canonical RFC 8032 §5.1.2 encoding: y below p, little-endian, the low bit of x in bit 255. */
    byte[] encode() {
        BigInteger zInverse = z.modInverse(P);
        BigInteger affineX = x.multiply(zInverse).mod(P);
        BigInteger affineY = y.multiply(zInverse).mod(P);
        BigInteger value = affineX.testBit(0) ? affineY.setBit(255) : affineY;
        byte[] encoded = new byte[Edwards25519.ENCODED_LENGTH];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = value.shiftRight(8 * i).byteValue();
        }
        return encoded;
    }
}
