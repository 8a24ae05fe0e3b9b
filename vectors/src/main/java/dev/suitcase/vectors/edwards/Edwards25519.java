package dev.suitcase.vectors.edwards;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Just enough edwards25519 arithmetic (RFC 8032 §5.1) to build and classify Ed25519 vectors
 * independently of any library: point decoding under the RFC 8032 rules and under the lenient
 * ZIP 215 rules, encoding, the torsion subgroup, small-order detection, and both verification
 * equations over the received encodings. It is generator code, slow and plain; the reference
 * verifier never uses it.
 */
public final class Edwards25519 {
    public static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    /** The order of the prime-order subgroup. */
    public static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
    /** The length of an encoded point or scalar (RFC 8032 §5.1.2). */
    public static final int ENCODED_LENGTH = 32;
    private static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger D2 = D.shiftLeft(1).mod(P);
    private static final BigInteger SQRT_MINUS_ONE = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
    public static final Point IDENTITY = new Point(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);
    public static final Point BASE = affine(
            new BigInteger("15112221349535400772501151409588531511454012693041857206046113283949847762202"),
            new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960"));
    private static final int WINDOW = 16;
    /** BASE_TABLE[i][j] = [j * 16^i]B for the 64 nibbles of a 256-bit scalar. */
    private static final Point[][] BASE_TABLE = baseTable();
    private static final List<Point> TORSION = deriveTorsion();

    private Edwards25519() {
    }

    /** Why a 32-byte string is not a point under RFC 8032 §5.1.3. */
    public enum DecodeFailure {
        /** y is not below p: another encoding of a point, which RFC 8032 refuses. */
        NON_CANONICAL_Y,
        /** x = 0 with the sign bit set: the "negative zero" encoding, which RFC 8032 refuses. */
        NEGATIVE_ZERO,
        /** No x exists for this y: not a curve point at all. */
        NOT_ON_CURVE
    }

    /** A point in extended coordinates (X:Y:Z:T), x = X/Z, y = Y/Z, xy = T/Z. */
    public record Point(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {
        public Point add(Point other) {
            BigInteger a = y.subtract(x).multiply(other.y.subtract(other.x)).mod(P);
            BigInteger b = y.add(x).multiply(other.y.add(other.x)).mod(P);
            BigInteger c = t.multiply(D2).multiply(other.t).mod(P);
            BigInteger d = z.shiftLeft(1).multiply(other.z).mod(P);
            BigInteger e = b.subtract(a);
            BigInteger f = d.subtract(c);
            BigInteger g = d.add(c);
            BigInteger h = b.add(a);
            return new Point(e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P));
        }

        public Point negate() {
            return new Point(x.negate().mod(P), y, z, t.negate().mod(P));
        }

        /** [2]this, by the doubling formulas for a = -1 (cheaper than adding the point to itself). */
        public Point twice() {
            BigInteger a = x.multiply(x).mod(P);
            BigInteger b = y.multiply(y).mod(P);
            BigInteger c = z.multiply(z).shiftLeft(1).mod(P);
            BigInteger sum = x.add(y);
            BigInteger e = sum.multiply(sum).subtract(a).subtract(b).mod(P);
            BigInteger g = b.subtract(a);
            BigInteger f = g.subtract(c);
            BigInteger h = a.negate().subtract(b);
            return new Point(e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P));
        }

        /**
         * [scalar]this, for a scalar of any size (not reduced: torsion components see the full scalar),
         * with a fixed 4-bit window.
         */
        public Point multiply(BigInteger scalar) {
            if (scalar.signum() < 0) {
                return negate().multiply(scalar.negate());
            }
            Point[] multiples = new Point[WINDOW];
            multiples[0] = IDENTITY;
            for (int i = 1; i < WINDOW; i++) {
                multiples[i] = multiples[i - 1].add(this);
            }
            Point result = IDENTITY;
            for (int nibble = (scalar.bitLength() + 3) / 4 - 1; nibble >= 0; nibble--) {
                result = result.twice().twice().twice().twice();
                int digit = nibbleOf(scalar, nibble);
                if (digit != 0) {
                    result = result.add(multiples[digit]);
                }
            }
            return result;
        }

        public boolean isIdentity() {
            return x.signum() == 0 && y.subtract(z).mod(P).signum() == 0;
        }

        /** Whether [8]P is the identity: P lies in the torsion subgroup of order dividing 8. */
        public boolean hasSmallOrder() {
            return twice().twice().twice().isIdentity();
        }

        /** The canonical encoding of RFC 8032 §5.1.2: y below p, little-endian, the low bit of x in bit 255. */
        public byte[] encode() {
            BigInteger inverse = z.modInverse(P);
            BigInteger affineX = x.multiply(inverse).mod(P);
            BigInteger affineY = y.multiply(inverse).mod(P);
            return encodeScalar(affineX.testBit(0) ? affineY.setBit(255) : affineY);
        }
    }

    /** The outcome of decoding: a point, or why there is none. */
    public record Decoded(Optional<Point> point, Optional<DecodeFailure> failure) {
        static Decoded of(Point point) {
            return new Decoded(Optional.of(point), Optional.empty());
        }

        static Decoded failed(DecodeFailure failure) {
            return new Decoded(Optional.empty(), Optional.of(failure));
        }
    }

    /** Decodes under RFC 8032 §5.1.3: y below p, x exists, no negative zero. */
    public static Decoded decodeStrict(byte[] encoding) {
        BigInteger y = littleEndian(encoding).clearBit(255);
        if (y.compareTo(P) >= 0) {
            return Decoded.failed(DecodeFailure.NON_CANONICAL_Y);
        }
        return recoverX(y, signBit(encoding), false);
    }

    /** Decodes under ZIP 215: y is reduced mod p and negative zero is allowed; only points off the curve fail. */
    public static Decoded decodeLenient(byte[] encoding) {
        BigInteger y = littleEndian(encoding).clearBit(255).mod(P);
        return recoverX(y, signBit(encoding), true);
    }

    private static Decoded recoverX(BigInteger y, boolean sign, boolean allowNegativeZero) {
        BigInteger y2 = y.multiply(y).mod(P);
        BigInteger u = y2.subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(y2).add(BigInteger.ONE).mod(P);
        BigInteger x2 = u.multiply(v.modInverse(P)).mod(P);
        if (x2.signum() == 0) {
            if (sign && !allowNegativeZero) {
                return Decoded.failed(DecodeFailure.NEGATIVE_ZERO);
            }
            return Decoded.of(affine(BigInteger.ZERO, y));
        }
        BigInteger x = x2.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (!x.multiply(x).mod(P).equals(x2)) {
            x = x.multiply(SQRT_MINUS_ONE).mod(P);
        }
        if (!x.multiply(x).mod(P).equals(x2)) {
            return Decoded.failed(DecodeFailure.NOT_ON_CURVE);
        }
        if (x.testBit(0) != sign) {
            x = P.subtract(x);
        }
        return Decoded.of(affine(x, y));
    }

    /** k = SHA-512(R || A || M) as a little-endian integer, reduced mod L (RFC 8032 §5.1.7 step 2). */
    public static BigInteger challenge(byte[] r, byte[] a, byte[] message) {
        return littleEndian(sha512(r, a, message)).mod(L);
    }

    /** [S]B - R - [k]A: the identity exactly when the cofactorless equation holds. */
    public static Point residue(BigInteger s, Point r, BigInteger k, Point a) {
        return baseMultiply(s).add(r.negate()).add(a.multiply(k).negate());
    }

    /** [scalar]B for 0 &lt;= scalar &lt; 2^256, from a table of multiples of B: one addition per nibble. */
    public static Point baseMultiply(BigInteger scalar) {
        if (scalar.signum() < 0 || scalar.bitLength() > 4 * BASE_TABLE.length) {
            return BASE.multiply(scalar);
        }
        Point result = IDENTITY;
        for (int nibble = 0; nibble < BASE_TABLE.length; nibble++) {
            int digit = nibbleOf(scalar, nibble);
            if (digit != 0) {
                result = result.add(BASE_TABLE[nibble][digit]);
            }
        }
        return result;
    }

    /**
     * The eight points of small order, the torsion subgroup: [i]T for i = 0..7, T a point of order 8
     * (so index 0 is the identity, 4 the point of order 2, 2 and 6 the points of order 4, the odd
     * indices the points of order 8). T is [L]Q for the first decodable Q with y = 2, 3, ... whose
     * [L]Q has order 8, so the list is derived, not copied.
     */
    public static List<Point> torsion() {
        return TORSION;
    }

    /** The order of a point of small order: 1, 2, 4 or 8. */
    public static int smallOrder(Point point) {
        Point multiple = point;
        for (int order = 1; order <= 8; order *= 2) {
            if (multiple.isIdentity()) {
                return order;
            }
            multiple = multiple.add(multiple);
        }
        throw new IllegalArgumentException("the point does not have small order");
    }

    public static BigInteger littleEndian(byte[] bytes) {
        byte[] bigEndian = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, bigEndian);
    }

    /** A non-negative integer below 2^256 as 32 little-endian bytes (RFC 8032 §5.1.2). */
    public static byte[] encodeScalar(BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 8 * ENCODED_LENGTH) {
            throw new IllegalArgumentException("a 32-byte little-endian integer is in 0 .. 2^256-1, not " + value);
        }
        byte[] encoded = new byte[ENCODED_LENGTH];
        byte[] bigEndian = value.toByteArray();
        for (int i = 0; i < encoded.length && i < bigEndian.length; i++) {
            encoded[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return encoded;
    }

    /** SHA-512 over the concatenation of the parts. */
    public static byte[] sha512(byte[]... parts) {
        try {
            MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
            for (byte[] part : parts) {
                sha512.update(part);
            }
            return sha512.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-512", e);
        }
    }

    private static int nibbleOf(BigInteger scalar, int nibble) {
        int digit = 0;
        for (int bit = 3; bit >= 0; bit--) {
            digit = (digit << 1) | (scalar.testBit(4 * nibble + bit) ? 1 : 0);
        }
        return digit;
    }

    private static Point[][] baseTable() {
        Point[][] table = new Point[2 * ENCODED_LENGTH][WINDOW];
        Point power = BASE;
        for (int nibble = 0; nibble < table.length; nibble++) {
            table[nibble][0] = IDENTITY;
            for (int digit = 1; digit < WINDOW; digit++) {
                table[nibble][digit] = table[nibble][digit - 1].add(power);
            }
            power = power.twice().twice().twice().twice();
        }
        return table;
    }

    private static boolean signBit(byte[] encoding) {
        return (encoding[31] & 0x80) != 0;
    }

    private static Point affine(BigInteger x, BigInteger y) {
        return new Point(x, y, BigInteger.ONE, x.multiply(y).mod(P));
    }

    private static List<Point> deriveTorsion() {
        for (int y = 2; ; y++) {
            byte[] encoding = encodeScalar(BigInteger.valueOf(y));
            Optional<Point> q = decodeStrict(encoding).point();
            if (q.isEmpty()) {
                continue;
            }
            Point t = q.get().multiply(L);
            if (!t.multiply(BigInteger.valueOf(4)).isIdentity()) {
                List<Point> points = new ArrayList<>(8);
                Point multiple = IDENTITY;
                for (int i = 0; i < 8; i++) {
                    points.add(multiple);
                    multiple = multiple.add(t);
                }
                return List.copyOf(points);
            }
        }
    }
}
