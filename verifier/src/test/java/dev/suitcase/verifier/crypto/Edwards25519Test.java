package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.crypto.Edwards25519Arithmetic.AffinePoint;

import java.math.BigInteger;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class Edwards25519Test {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void decodesTheBasePointToTheCoordinatesOfRfc8032() {
        // RFC 8032 §5.1: B = (15112221349535400772501151409588531511454012693041857206046113283949847762202,
        // 46316835694926478169428394003475163141307993866256225615783033603165251855960)
        assertDoesNotThrow(() -> Edwards25519.requireDecodable(
                HEX.parseHex("5866666666666666666666666666666666666666666666666666666666666666"), Reason.BAD_KEY, "B"));
        AffinePoint base = Edwards25519Arithmetic.decode(
                HEX.parseHex("5866666666666666666666666666666666666666666666666666666666666666"), Reason.BAD_KEY, "B");
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
        assertDoesNotThrow(() -> Edwards25519.requireDecodable(encoded, Reason.BAD_KEY, "-B"));
        AffinePoint negated = Edwards25519Arithmetic.decode(encoded, Reason.BAD_KEY, "-B");
        assertEquals(Edwards25519Arithmetic.negate(Edwards25519Arithmetic.BASE), negated);
        assertArrayEquals(encoded, Edwards25519Arithmetic.encode(negated));
    }

    @Test
    void rejectsYEqualToP() {
        byte[] encoded = Edwards25519Arithmetic.encodeInteger(Edwards25519.P);
        Rejection rejection = assertThrows(Rejection.class,
                () -> Edwards25519.requireDecodable(encoded, Reason.BAD_KEY, "key"));
        assertEquals(Reason.BAD_KEY, rejection.reason());
        assertTrue(rejection.detail().contains("non-canonical") && rejection.detail().contains("p + 0"),
                rejection.detail());
    }

    @Test
    void rejectsLargestYBelowTwoTo255() {
        // y = 2^255 - 1 = p + 18, the last of the 19 non-canonical y values
        byte[] encoded = Edwards25519Arithmetic.encodeInteger(BigInteger.TWO.pow(255).subtract(BigInteger.ONE));
        Rejection rejection = assertThrows(Rejection.class,
                () -> Edwards25519.requireDecodable(encoded, Reason.SIGNATURE_MALFORMED, "R"));
        assertEquals(Reason.SIGNATURE_MALFORMED, rejection.reason());
        assertTrue(rejection.detail().contains("p + 18"), rejection.detail());
    }

    @Test
    void rejectsNegativeZeroX() {
        byte[] encoded = HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000080");
        Rejection rejection = assertThrows(Rejection.class,
                () -> Edwards25519.requireDecodable(encoded, Reason.BAD_KEY, "key"));
        assertTrue(rejection.detail().contains("x = -0"), rejection.detail());
    }

    @Test
    void rejectsYWithoutAPoint() {
        BigInteger y = firstYWithoutPoint();
        Rejection rejection = assertThrows(Rejection.class,
                () -> Edwards25519.requireDecodable(Edwards25519Arithmetic.encodeInteger(y), Reason.BAD_KEY, "key"));
        assertTrue(rejection.detail().contains("does not encode a point"), rejection.detail());
    }

    @Test
    void decodesEveryYThatHasAPointAndOnlyThose() {
        for (int i = 2; i < 40; i++) {
            BigInteger y = BigInteger.valueOf(i);
            byte[] encoded = Edwards25519Arithmetic.encodeInteger(y);
            if (Edwards25519Arithmetic.hasPointWithY(y)) {
                assertDoesNotThrow(() -> Edwards25519.requireDecodable(encoded, Reason.BAD_KEY, "key"), "y = " + i);
                AffinePoint point = Edwards25519Arithmetic.decode(encoded, Reason.BAD_KEY, "key");
                assertEquals(point, Edwards25519Arithmetic.add(point, Edwards25519Arithmetic.IDENTITY));
                assertTrue(onCurve(point), "decoded y = " + i + " to a point off the curve");
            } else {
                assertThrows(Rejection.class, () -> Edwards25519.requireDecodable(encoded, Reason.BAD_KEY, "key"),
                        "y = " + i);
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
