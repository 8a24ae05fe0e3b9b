package dev.suitcase.runner.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExcerptTest {
    @Test
    void aShortTextIsWhole() {
        Excerpt excerpt = Excerpt.of("short", 10);

        assertEquals("short", excerpt.text());
        assertFalse(excerpt.truncated());
        assertEquals(5, excerpt.length());
    }

    @Test
    void aLongTextIsCutAndSaysHowLongItWas() {
        Excerpt excerpt = Excerpt.of("0123456789abc", 10);

        assertEquals("0123456789", excerpt.text());
        assertTrue(excerpt.truncated());
        assertEquals(13, excerpt.length());
    }

    @Test
    void neverCutsThroughASurrogatePair() {
        Excerpt excerpt = Excerpt.of("abc\uD83D\uDE00def", 4);

        assertEquals("abc", excerpt.text());
    }

    @Test
    void refusesAnEmptyLimit() {
        assertThrows(IllegalArgumentException.class, () -> Excerpt.of("x", 0));
    }
}
