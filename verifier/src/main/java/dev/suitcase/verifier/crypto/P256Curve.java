package dev.suitcase.verifier.crypto;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

import java.math.BigInteger;

/**
 * The curve P-256 (secp256r1): y^2 = x^3 - 3x + b over GF(p), cofactor 1. The constants are the
 * verifier's own, from SEC 2 v2 §2.4.2 (= FIPS 186-5 / SP 800-186 §3.2.1.3), so that key and
 * signature range checks do not depend on the library; BouncyCastle's curve object is used only
 * for the arithmetic, and P256CurveTest checks that it has exactly these parameters.
 */
final class P256Curve {
    /** The field prime p = 2^256 - 2^224 + 2^192 + 2^96 - 1. */
    static final BigInteger P = hex("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff");
    /** The coefficient a = -3 (mod p). */
    static final BigInteger A = P.subtract(BigInteger.valueOf(3));
    static final BigInteger B = hex("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b");
    /** The order n of the base point, and of the whole group (cofactor 1). */
    static final BigInteger N = hex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    static final BigInteger GX = hex("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296");
    static final BigInteger GY = hex("4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5");

    /** The byte length of a field element or scalar. */
    static final int ELEMENT_LENGTH = 32;

    /** BouncyCastle's optimised implementation of the curve, for the arithmetic only. */
    static final ECDomainParameters DOMAIN = domain();

    private P256Curve() {
    }

    /** Whether (x, y), both already below p, satisfies y^2 = x^3 + a x + b (mod p). */
    static boolean isOnCurve(BigInteger x, BigInteger y) {
        BigInteger left = y.multiply(y).mod(P);
        BigInteger right = x.pow(3).add(A.multiply(x)).add(B).mod(P);
        return left.equals(right);
    }

    private static ECDomainParameters domain() {
        X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
        return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    }

    private static BigInteger hex(String digits) {
        return new BigInteger(digits, 16);
    }
}
