package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.crypto.Edwards25519Arithmetic.AffinePoint;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * {@link EdwardsPoint}, the verifier's own arithmetic for the Ed25519 cases BouncyCastle does not
 * take, against {@link Edwards25519Arithmetic}, the tests' affine transcription of RFC 8032 §5.1.4.
 */
class EdwardsPointTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void multipliesTheBasePointAsTheAffineFormulasDo() {
        SplittableRandom random = new SplittableRandom(8032);
        for (int i = 0; i < 16; i++) {
            BigInteger scalar = new BigInteger(260, new java.util.Random(random.nextLong()));
            assertArrayEquals(Edwards25519Arithmetic.encode(Edwards25519Arithmetic.multiply(scalar, Edwards25519Arithmetic.BASE)),
                    EdwardsPoint.BASE.multiply(scalar).encode(), scalar.toString(16));
        }
    }

    @Test
    void addsDoublesAndNegatesAsTheAffineFormulasDo() {
        EdwardsPoint p = EdwardsPoint.BASE.multiply(BigInteger.valueOf(1234567));
        EdwardsPoint q = EdwardsPoint.BASE.multiply(BigInteger.valueOf(7654321));
        AffinePoint affineP = Edwards25519Arithmetic.multiply(BigInteger.valueOf(1234567), Edwards25519Arithmetic.BASE);
        AffinePoint affineQ = Edwards25519Arithmetic.multiply(BigInteger.valueOf(7654321), Edwards25519Arithmetic.BASE);
        assertArrayEquals(Edwards25519Arithmetic.encode(Edwards25519Arithmetic.add(affineP, affineQ)), p.add(q).encode());
        assertArrayEquals(p.add(p).encode(), p.twice().encode());
        assertTrue(p.add(p.negate()).isIdentity());
        assertFalse(p.isIdentity());
    }

    @Test
    void findsExactlyTheEightPointsOfSmallOrder() {
        for (String encoding : Edwards25519Torsion.encodings()) {
            assertTrue(EdwardsPoint.decodeLenient(HEX.parseHex(encoding)).orElseThrow().hasSmallOrder(), encoding);
        }
        assertFalse(EdwardsPoint.BASE.hasSmallOrder());
        // A point plus a torsion component has mixed order, not small order.
        EdwardsPoint orderEight = EdwardsPoint.decodeLenient(
                HEX.parseHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")).orElseThrow();
        assertFalse(EdwardsPoint.BASE.add(orderEight).hasSmallOrder());
        assertTrue(EdwardsPoint.BASE.add(orderEight).multiply(Edwards25519.L).hasSmallOrder());
    }

    @Test
    void decodesLenientlyWhatRfc8032DecodingRefuses() {
        // y = p + 1 and x = -0: both the identity.
        assertTrue(EdwardsPoint.decodeLenient(HEX.parseHex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"))
                .orElseThrow().isIdentity());
        assertTrue(EdwardsPoint.decodeLenient(HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000080"))
                .orElseThrow().isIdentity());
        assertFalse(EdwardsPoint.decodeLenient(Edwards25519Arithmetic.encodeInteger(Edwards25519Test.firstYWithoutPoint()))
                .isPresent());
    }
}
