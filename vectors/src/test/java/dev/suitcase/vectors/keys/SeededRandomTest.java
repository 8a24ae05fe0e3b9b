package dev.suitcase.vectors.keys;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SeededRandomTest {
    private static byte[] draw(SeededRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
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

        assertArrayEquals(draw(new SeededRandom("x"), 70), joined);
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
        assertFalse(java.util.Arrays.equals(draw(new SeededRandom("x"), 32), draw(new SeededRandom("y"), 32)));
    }
}
