package dev.suitcase.verifier.crypto;

import java.math.BigInteger;

/**
 * The ECDSA verification equation on P-256 in the verifier's own affine {@code BigInteger}
 * arithmetic, for the inputs BouncyCastle will not take, which only a test that knocks a check out
 * produces: a key taken for the point at infinity, a key off the curve, r or s out of [1, n-1].
 * BouncyCastle verifies everything else. The addition formulas never use the curve's b, so on an
 * off-curve Q they compute on the curve through Q with the same a, as an implementation that skips
 * the on-curve check would (the invalid-curve attack). P256PublicKeyTest checks the equation against
 * BouncyCastle on the inputs both take.
 *
 * <p>Variable time, which is fine for verification: every input is public.
 */
final class P256Arithmetic {
    private static final BigInteger P = P256Curve.P;
    private static final BigInteger THREE = BigInteger.valueOf(3);

    /** An affine point (x, y), not necessarily on the curve, or the point at infinity. */
    record Point(BigInteger x, BigInteger y, boolean infinity) {
        static final Point INFINITY = new Point(BigInteger.ZERO, BigInteger.ZERO, true);

        static Point affine(BigInteger x, BigInteger y) {
            return new Point(x.mod(P), y.mod(P), false);
        }
    }

    static final Point GENERATOR = Point.affine(P256Curve.GX, P256Curve.GY);

    private P256Arithmetic() {
    }

    /**
     * SEC 1 v2 §4.1.4 from step 4 on: w = s^-1 mod n, u1 = e w, u2 = r w (mod n), R = u1 G + u2 Q,
     * valid when R is not the point at infinity and x(R) mod n = r. Step 1's range check is the
     * caller's; out of range, r and s are taken modulo n, as a library that loads them as scalars
     * does (so r + n verifies where r does, and r = 0 or n only if x(R) = 0 mod n).
     *
     * @param e the message digest as an integer (SHA-256 output: all 256 bits, no truncation for P-256)
     */
    static boolean ecdsaEquationHolds(Point q, BigInteger e, BigInteger r, BigInteger s) {
        if (s.mod(P256Curve.N).signum() == 0) {
            // s = 0 (mod n) has no inverse; an implementation that takes 0 for it (CVE-2022-21449) gets
            // u1 = u2 = 0, R at infinity, which step 5 rejects.
            return false;
        }
        BigInteger w = s.modInverse(P256Curve.N);
        BigInteger u1 = e.multiply(w).mod(P256Curve.N);
        BigInteger u2 = r.multiply(w).mod(P256Curve.N);
        Point point = add(multiply(u1, GENERATOR), multiply(u2, q));
        return !point.infinity() && point.x().mod(P256Curve.N).equals(r.mod(P256Curve.N));
    }

    static Point add(Point a, Point b) {
        if (a.infinity()) {
            return b;
        }
        if (b.infinity()) {
            return a;
        }
        if (a.x().equals(b.x())) {
            return a.y().add(b.y()).mod(P).signum() == 0 ? Point.INFINITY : twice(a);
        }
        BigInteger lambda = b.y().subtract(a.y()).multiply(b.x().subtract(a.x()).modInverse(P)).mod(P);
        BigInteger x = lambda.multiply(lambda).subtract(a.x()).subtract(b.x()).mod(P);
        return Point.affine(x, lambda.multiply(a.x().subtract(x)).subtract(a.y()));
    }

    static Point twice(Point a) {
        if (a.infinity() || a.y().signum() == 0) {
            return Point.INFINITY;
        }
        BigInteger lambda = THREE.multiply(a.x()).multiply(a.x()).add(P256Curve.A)
                .multiply(a.y().shiftLeft(1).modInverse(P)).mod(P);
        BigInteger x = lambda.multiply(lambda).subtract(a.x().shiftLeft(1)).mod(P);
        return Point.affine(x, lambda.multiply(a.x().subtract(x)).subtract(a.y()));
    }

    /** [k]a by double-and-add, k &gt;= 0. */
    static Point multiply(BigInteger k, Point a) {
        Point result = Point.INFINITY;
        for (int bit = k.bitLength() - 1; bit >= 0; bit--) {
            result = twice(result);
            if (k.testBit(bit)) {
                result = add(result, a);
            }
        }
        return result;
    }
}
