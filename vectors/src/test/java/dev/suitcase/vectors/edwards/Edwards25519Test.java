package dev.suitcase.vectors.edwards;

import dev.suitcase.vectors.edwards.Edwards25519.DecodeFailure;
import dev.suitcase.vectors.edwards.Edwards25519.Point;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Edwards25519Test {
    private static final HexFormat HEX = HexFormat.of();
    // RFC 8032 §7.1, TEST 1
    private static final byte[] TEST1_KEY = HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final byte[] TEST1_SIGNATURE = HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

    @Test
    void theBasePointHasOrderL() {
        assertTrue(Edwards25519.BASE.multiply(Edwards25519.L).isIdentity());
        assertFalse(Edwards25519.BASE.hasSmallOrder());
    }

    @Test
    void verifiesRfc8032Test1WithBothEquations() {
        Point a = Edwards25519.decodeStrict(TEST1_KEY).point().orElseThrow();
        byte[] r = Arrays.copyOf(TEST1_SIGNATURE, 32);
        Point pointR = Edwards25519.decodeStrict(r).point().orElseThrow();
        BigInteger s = Edwards25519.littleEndian(Arrays.copyOfRange(TEST1_SIGNATURE, 32, 64));

        Point residue = Edwards25519.residue(s, pointR, Edwards25519.challenge(r, TEST1_KEY, new byte[0]), a);

        assertTrue(residue.isIdentity());
    }

    @Test
    void rejectsTest1SignatureOverAnotherMessage() {
        Point a = Edwards25519.decodeStrict(TEST1_KEY).point().orElseThrow();
        byte[] r = Arrays.copyOf(TEST1_SIGNATURE, 32);
        BigInteger s = Edwards25519.littleEndian(Arrays.copyOfRange(TEST1_SIGNATURE, 32, 64));

        Point residue = Edwards25519.residue(s, Edwards25519.decodeStrict(r).point().orElseThrow(),
                Edwards25519.challenge(r, TEST1_KEY, new byte[] {1}), a);

        assertFalse(residue.hasSmallOrder());
    }

    @Test
    void theIdentityEncodingDecodesToASmallOrderPoint() {
        byte[] identity = HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000000");

        assertTrue(Edwards25519.decodeStrict(identity).point().orElseThrow().hasSmallOrder());
    }

    @Test
    void refusesYNotBelowPButReducesItLeniently() {
        byte[] yEqualsP = HEX.parseHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");

        assertEquals(Optional.of(DecodeFailure.NON_CANONICAL_Y), Edwards25519.decodeStrict(yEqualsP).failure());
        assertTrue(Edwards25519.decodeLenient(yEqualsP).point().orElseThrow().hasSmallOrder(), "y = 0 has order 4");
    }

    @Test
    void refusesNegativeZeroButAllowsItLeniently() {
        byte[] negativeZero = HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000080");

        assertEquals(Optional.of(DecodeFailure.NEGATIVE_ZERO), Edwards25519.decodeStrict(negativeZero).failure());
        assertTrue(Edwards25519.decodeLenient(negativeZero).point().isPresent());
    }

    @Test
    void refusesAYWithNoPoint() {
        byte[] two = HEX.parseHex("0200000000000000000000000000000000000000000000000000000000000000");

        assertEquals(Optional.of(DecodeFailure.NOT_ON_CURVE), Edwards25519.decodeStrict(two).failure());
        assertEquals(Optional.of(DecodeFailure.NOT_ON_CURVE), Edwards25519.decodeLenient(two).failure());
    }
    @Test
    void encodesTheBasePointAsRfc8032Does() {
        assertEquals("5866666666666666666666666666666666666666666666666666666666666666", HEX.formatHex(Edwards25519.BASE.encode()));
    }

    @Test
    void encodingRoundTripsThroughStrictDecoding() {
        Point point = Edwards25519.BASE.multiply(BigInteger.valueOf(12345));

        assertArrayEquals(point.encode(), Edwards25519.decodeStrict(point.encode()).point().orElseThrow().encode());
    }

    @Test
    void derivesExactlyTheEightSmallOrderEncodingsCctvLists() {
        // C2SP CCTV ed25519/README.md lists the canonical encodings of the eight low-order points.
        Set<String> expected = Set.of(
                "0100000000000000000000000000000000000000000000000000000000000000",
                "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                "0000000000000000000000000000000000000000000000000000000000000000",
                "0000000000000000000000000000000000000000000000000000000000000080",
                "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
                "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
                "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
                "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa");

        List<Point> torsion = Edwards25519.torsion();

        assertEquals(expected, torsion.stream().map(point -> HEX.formatHex(point.encode())).collect(Collectors.toSet()));
    }

    @Test
    void ordersTheTorsionPointsAsMultiplesOfAPointOfOrderEight() {
        List<Point> torsion = Edwards25519.torsion();

        assertEquals(List.of(1, 8, 4, 8, 2, 8, 4, 8), torsion.stream().map(Edwards25519::smallOrder).toList());
    }

    @Test
    void encodesScalarsLittleEndian() {
        byte[] encoded = Edwards25519.encodeScalar(BigInteger.valueOf(0x0102));

        assertEquals(2, encoded[0]);
        assertEquals(1, encoded[1]);
        assertEquals(BigInteger.valueOf(0x0102), Edwards25519.littleEndian(encoded));
    }

    @Test
    void baseMultiplicationByTableMatchesTheGenericMultiplication() {
        BigInteger scalar = Edwards25519.L.subtract(BigInteger.valueOf(987654321)).multiply(BigInteger.valueOf(13));

        assertArrayEquals(Edwards25519.BASE.multiply(scalar).encode(), Edwards25519.baseMultiply(scalar).encode());
        assertTrue(Edwards25519.baseMultiply(BigInteger.ZERO).isIdentity());
    }

    @Test
    void doublingMatchesAddingThePointToItself() {
        Point point = Edwards25519.BASE.multiply(BigInteger.valueOf(77));

        assertArrayEquals(point.add(point).encode(), point.twice().encode());
    }

    @Test
    void multiplyingByANegativeScalarNegatesTheResult() {
        assertArrayEquals(Edwards25519.BASE.multiply(BigInteger.valueOf(5)).negate().encode(),
                Edwards25519.BASE.multiply(BigInteger.valueOf(-5)).encode());
    }
}
