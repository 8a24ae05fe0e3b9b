package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.wycheproof.Edwards25519.DecodeFailure;
import dev.suitcase.vectors.wycheproof.Edwards25519.Point;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

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
}
