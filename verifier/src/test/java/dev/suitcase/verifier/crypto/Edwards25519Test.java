package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.crypto.Edwards25519Arithmetic.AffinePoint;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class Edwards25519Test {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void decodesTheBasePointToTheCoordinatesOfRfc8032() {
        // RFC 8032 §5.1: B = (15112221349535400772501151409588531511454012693041857206046113283949847762202,
        // 46316835694926478169428394003475163141307993866256225615783033603165251855960)
        assertTrue(Edwards25519.decode(
                HEX.parseHex("5866666666666666666666666666666666666666666666666666666666666666")).decodesStrictly());
        AffinePoint base = Edwards25519Arithmetic.decode(
                HEX.parseHex("5866666666666666666666666666666666666666666666666666666666666666"));
        assertEquals(new BigInteger("15112221349535400772501151409588531511454012693041857206046113283949847762202"),
                base.x());
        assertEquals(new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960"),
                base.y());
    }

    @Test
    void basePointHasOrderL() {
        assertEquals(Edwards25519Arithmetic.IDENTITY,
                Edwards25519Arithmetic.multiply(Edwards25519.L, Edwards25519Arithmetic.BASE));
        assertFalse(Edwards25519Arithmetic.IDENTITY.equals(Edwards25519Arithmetic.BASE));
    }

    @Test
    void signBitSelectsTheNegatedX() {
        byte[] encoded = HEX.parseHex("5866666666666666666666666666666666666666666666666666666666666666");
        encoded[31] |= (byte) 0x80;
        assertTrue(Edwards25519.decode(encoded).decodesStrictly());
        AffinePoint negated = Edwards25519Arithmetic.decode(encoded);
        assertEquals(Edwards25519Arithmetic.negate(Edwards25519Arithmetic.BASE), negated);
        assertArrayEquals(encoded, Edwards25519Arithmetic.encode(negated));
    }

    @Test
    void findsYEqualToPNonCanonicalYetAPointModuloP() {
        // y = p is y = 0 modulo p, which has a point (of order 4): only the encoding is wrong.
        Edwards25519.Decoding decoding = Edwards25519.decode(Edwards25519Arithmetic.encodeInteger(Edwards25519.P));
        assertFalse(decoding.canonical());
        assertTrue(decoding.onCurve());
        assertEquals(Optional.of(decoding.nonCanonicalDetail("key")), decoding.strictDecodingFailure("key"));
        assertTrue(decoding.nonCanonicalDetail("key").contains("non-canonical")
                && decoding.nonCanonicalDetail("key").contains("p + 0"), decoding.nonCanonicalDetail("key"));
    }

    @Test
    void findsLargestYBelowTwoTo255NonCanonical() {
        // y = 2^255 - 1 = p + 18, the last of the 19 non-canonical y values
        Edwards25519.Decoding decoding = Edwards25519.decode(
                Edwards25519Arithmetic.encodeInteger(BigInteger.TWO.pow(255).subtract(BigInteger.ONE)));
        assertFalse(decoding.canonical());
        assertTrue(decoding.nonCanonicalDetail("R").contains("p + 18"), decoding.nonCanonicalDetail("R"));
    }

    @Test
    void findsNegativeZeroXNonCanonicalYetAPoint() {
        Edwards25519.Decoding decoding = Edwards25519.decode(
                HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000080"));
        assertTrue(decoding.yBelowP() && decoding.onCurve() && decoding.negativeZero());
        assertFalse(decoding.canonical());
        assertTrue(decoding.nonCanonicalDetail("key").contains("x = -0"), decoding.nonCanonicalDetail("key"));
        assertArrayEquals(Edwards25519Arithmetic.encode(Edwards25519Arithmetic.IDENTITY), decoding.canonicalEncoding());
    }

    @Test
    void findsYWithoutAPoint() {
        Edwards25519.Decoding decoding = Edwards25519.decode(Edwards25519Arithmetic.encodeInteger(firstYWithoutPoint()));
        assertTrue(decoding.canonical());
        assertFalse(decoding.onCurve());
        assertTrue(decoding.strictDecodingFailure("key").orElseThrow().contains("does not encode a point"));
    }

    @Test
    void triesAYNotBelowPModuloP() {
        // p + 2 has no point (y = 2 has none); p + 1 is the identity. Strict decoding reports the
        // encoding first either way; lenient decoding needs to know which one is a point.
        assertEquals(Edwards25519Arithmetic.hasPointWithY(BigInteger.TWO),
                Edwards25519.decode(Edwards25519Arithmetic.encodeInteger(Edwards25519.P.add(BigInteger.TWO))).onCurve());
        Edwards25519.Decoding identity = Edwards25519.decode(
                Edwards25519Arithmetic.encodeInteger(Edwards25519.P.add(BigInteger.ONE)));
        assertTrue(identity.onCurve());
        assertTrue(identity.strictDecodingFailure("R").orElseThrow().contains("p + 1"));
        assertArrayEquals(Edwards25519Arithmetic.encode(Edwards25519Arithmetic.IDENTITY), identity.canonicalEncoding());
    }

    @Test
    void decodesEveryYThatHasAPointAndOnlyThose() {
        for (int i = 2; i < 40; i++) {
            BigInteger y = BigInteger.valueOf(i);
            byte[] encoded = Edwards25519Arithmetic.encodeInteger(y);
            if (Edwards25519Arithmetic.hasPointWithY(y)) {
                assertTrue(Edwards25519.decode(encoded).decodesStrictly(), "y = " + i);
                AffinePoint point = Edwards25519Arithmetic.decode(encoded);
                assertEquals(point, Edwards25519Arithmetic.add(point, Edwards25519Arithmetic.IDENTITY));
                assertTrue(onCurve(point), "decoded y = " + i + " to a point off the curve");
            } else {
                assertFalse(Edwards25519.decode(encoded).onCurve(), "y = " + i);
            }
        }
    }

    /** The smallest y with no point on the curve, found by Euler's criterion. */
    static BigInteger firstYWithoutPoint() {
        BigInteger y = BigInteger.TWO;
        while (Edwards25519Arithmetic.hasPointWithY(y)) {
            y = y.add(BigInteger.ONE);
        }
        return y;
    }

    private static boolean onCurve(AffinePoint point) {
        BigInteger p = Edwards25519.P;
        BigInteger xx = point.x().multiply(point.x()).mod(p);
        BigInteger yy = point.y().multiply(point.y()).mod(p);
        BigInteger left = yy.subtract(xx).mod(p);
        BigInteger right = BigInteger.ONE.add(Edwards25519.D.multiply(xx).multiply(yy)).mod(p);
        return left.equals(right);
    }
}
