package dev.suitcase.testkeys;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SeededRandomTest {
    private static byte[] draw(SeededRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    @Test
    void theStreamIsSha256InCounterModeOverTheLabelsDigest() {
        // SHA-256(SHA-256("x") || 0x0000000000000000), then the first 8 bytes of the block for counter 1:
        // the corpus's HSS-LMS keys come from this stream, so it must never change
        assertEquals("3f164c4937550eb8ba88e88b81914fdeddc23ce8b813b9edd1bc257ee2f0a787" + "6c3b662b1a6e9aec",
                HexFormat.of().formatHex(SeededRandom.bytes("x", 40)));
    }

    @Test
    void theSameLabelGivesTheSameStream() {
        assertArrayEquals(draw(new SeededRandom("x"), 100), draw(new SeededRandom("x"), 100));
    }

    @Test
    void theStreamDoesNotDependOnHowItIsDrawn() {
        SeededRandom piecewise = new SeededRandom("x");
        byte[] joined = new byte[70];
        System.arraycopy(draw(piecewise, 33), 0, joined, 0, 33);
        System.arraycopy(draw(piecewise, 37), 0, joined, 33, 37);

        assertArrayEquals(SeededRandom.bytes("x", 70), joined);
    }

    @Test
    void seedingAddsNothing() {
        SeededRandom seeded = new SeededRandom("x");
        seeded.setSeed(new byte[] {1, 2, 3});
        seeded.setSeed(42L);

        assertArrayEquals(draw(new SeededRandom("x"), 64), draw(seeded, 64));
    }

    @Test
    void differentLabelsGiveDifferentStreams() {
        assertFalse(Arrays.equals(SeededRandom.bytes("x", 32), SeededRandom.bytes("y", 32)));
    }
}
