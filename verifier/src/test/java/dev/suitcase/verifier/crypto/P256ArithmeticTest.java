package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

/**
 * {@link P256Arithmetic}, the verifier's own ECDSA arithmetic for inputs BouncyCastle will not take,
 * against BouncyCastle on the inputs both take, and on an off-curve point, where it must compute on
 * the curve through that point as formulas without b do.
 */
class P256ArithmeticTest {
    private static final Random RANDOM = new Random(9053);

    @Test
    void multipliesTheGeneratorAsBouncyCastleDoes() {
        for (int i = 0; i < 8; i++) {
            BigInteger k = new BigInteger(256, RANDOM);
            ECPoint expected = P256Curve.DOMAIN.getG().multiply(k.mod(P256Curve.N)).normalize();
            P256Arithmetic.Point point = P256Arithmetic.multiply(k, P256Arithmetic.GENERATOR);
            assertEquals(expected.getAffineXCoord().toBigInteger(), point.x());
            assertEquals(expected.getAffineYCoord().toBigInteger(), point.y());
        }
        assertTrue(P256Arithmetic.multiply(P256Curve.N, P256Arithmetic.GENERATOR).infinity());
        P256Arithmetic.Point g = P256Arithmetic.GENERATOR;
        assertTrue(P256Arithmetic.add(g, P256Arithmetic.Point.affine(g.x(), g.y().negate())).infinity());
    }

    @Test
    void theEquationAgreesWithBouncyCastlesEcdsaOnValidAndAlteredSignatures() {
        BigInteger d = new BigInteger(255, RANDOM).add(BigInteger.ONE);
        ECPoint q = P256Curve.DOMAIN.getG().multiply(d).normalize();
        P256Arithmetic.Point own = P256Arithmetic.Point.affine(q.getAffineXCoord().toBigInteger(),
                q.getAffineYCoord().toBigInteger());
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(d, P256Curve.DOMAIN));
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(q, P256Curve.DOMAIN));
        int valid = 0;
        for (int i = 0; i < 12; i++) {
            byte[] digest = new byte[32];
            RANDOM.nextBytes(digest);
            BigInteger[] rs = signer.generateSignature(digest);
            BigInteger r = i % 3 == 1 ? rs[0].add(BigInteger.ONE) : rs[0];
            BigInteger s = i % 4 == 2 ? P256Curve.N.subtract(rs[1]) : rs[1];
            if (i % 5 == 3) {
                digest[0] ^= 1;
            }
            boolean library = verifier.verifySignature(digest, r, s);
            assertEquals(library, P256Arithmetic.ecdsaEquationHolds(own, new BigInteger(1, digest), r, s), "signature " + i);
            valid += library ? 1 : 0;
        }
        assertTrue(valid > 3 && valid < 12, valid + " of 12 valid: both verdicts occur");
    }

    @Test
    void anOffCurvePointStaysOnTheCurveThroughItWithTheSameA() {
        ECPoint q = P256Curve.DOMAIN.getG().multiply(BigInteger.valueOf(77)).normalize();
        BigInteger x = q.getAffineXCoord().toBigInteger();
        BigInteger y = q.getAffineYCoord().toBigInteger().add(BigInteger.ONE);
        assertFalse(P256Curve.isOnCurve(x, y));
        BigInteger otherB = b(x, y);
        for (int k = 2; k < 6; k++) {
            P256Arithmetic.Point multiple = P256Arithmetic.multiply(BigInteger.valueOf(k), P256Arithmetic.Point.affine(x, y));
            assertEquals(otherB, b(multiple.x(), multiple.y()), "[" + k + "]Q");
        }
    }

    @Test
    void takesROutOfRangeModuloN() {
        BigInteger d = BigInteger.valueOf(0x5017CA5EL);
        ECPoint q = P256Curve.DOMAIN.getG().multiply(d).normalize();
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(d, P256Curve.DOMAIN));
        byte[] digest = new byte[32];
        BigInteger[] rs = signer.generateSignature(digest);
        P256Arithmetic.Point own = P256Arithmetic.Point.affine(q.getAffineXCoord().toBigInteger(),
                q.getAffineYCoord().toBigInteger());
        assertTrue(P256Arithmetic.ecdsaEquationHolds(own, BigInteger.ZERO, rs[0].add(P256Curve.N), rs[1]));
        assertTrue(P256Arithmetic.ecdsaEquationHolds(own, BigInteger.ZERO, rs[0], rs[1].add(P256Curve.N)));
        assertFalse(P256Arithmetic.ecdsaEquationHolds(own, BigInteger.ZERO, rs[0].add(BigInteger.ONE), rs[1]));
    }

    @Test
    void sZeroNeverVerifies() {
        assertFalse(P256Arithmetic.ecdsaEquationHolds(P256Arithmetic.Point.INFINITY, BigInteger.ZERO, BigInteger.ZERO,
                BigInteger.ZERO));
        assertFalse(P256Arithmetic.ecdsaEquationHolds(P256Arithmetic.GENERATOR, BigInteger.ONE, BigInteger.ONE,
                P256Curve.N));
    }

    /** y^2 - x^3 + 3x: the b of the curve with a = -3 through (x, y). */
    private static BigInteger b(BigInteger x, BigInteger y) {
        return y.multiply(y).subtract(x.pow(3)).add(x.multiply(BigInteger.valueOf(3))).mod(P256Curve.P);
    }
}
