package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class P256CurveTest {

    @Test
    void primeIsTheGeneralisedMersenneFormOfSec2() {
        BigInteger two = BigInteger.TWO;
        assertEquals(two.pow(256).subtract(two.pow(224)).add(two.pow(192)).add(two.pow(96)).subtract(BigInteger.ONE),
                P256Curve.P);
    }

    @Test
    void orderIsPrime() {
        assertTrue(P256Curve.N.isProbablePrime(64));
    }

    @Test
    void basePointIsOnTheCurve() {
        assertTrue(P256Curve.isOnCurve(P256Curve.GX, P256Curve.GY));
        assertFalse(P256Curve.isOnCurve(P256Curve.GX, P256Curve.GY.add(BigInteger.ONE)));
    }

    @Test
    void bouncyCastleCurveHasExactlyTheSec2Parameters() {
        assertEquals(P256Curve.P, P256Curve.DOMAIN.getCurve().getField().getCharacteristic());
        assertEquals(P256Curve.A, P256Curve.DOMAIN.getCurve().getA().toBigInteger());
        assertEquals(P256Curve.B, P256Curve.DOMAIN.getCurve().getB().toBigInteger());
        assertEquals(P256Curve.N, P256Curve.DOMAIN.getN());
        assertEquals(BigInteger.ONE, P256Curve.DOMAIN.getH());
        ECPoint g = P256Curve.DOMAIN.getG().normalize();
        assertEquals(P256Curve.GX, g.getAffineXCoord().toBigInteger());
        assertEquals(P256Curve.GY, g.getAffineYCoord().toBigInteger());
    }

    @Test
    void basePointHasOrderN() {
        assertTrue(P256Curve.DOMAIN.getG().multiply(P256Curve.N).isInfinity());
    }
}
