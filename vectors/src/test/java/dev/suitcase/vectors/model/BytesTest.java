package dev.suitcase.vectors.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BytesTest {
    @Test
    void readsAndWritesLowercaseHex() {
        Bytes bytes = Bytes.fromHex("00ff10");

        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, bytes.toByteArray());
        assertEquals("00ff10", bytes.hex());
    }

    @Test
    void refusesUppercaseHex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bytes.fromHex("00FF"));
        assertTrue(e.getMessage().contains("'F' at position 2"), e.getMessage());
    }

    @Test
    void refusesAnOddNumberOfDigits() {
        assertThrows(IllegalArgumentException.class, () -> Bytes.fromHex("abc"));
    }

    @Test
    void cannotBeChangedThroughTheArrayItWasMadeFromOrGave() {
        byte[] source = {1, 2};
        Bytes bytes = Bytes.of(source);
        source[0] = 9;
        bytes.toByteArray()[1] = 9;

        assertEquals("0102", bytes.hex());
    }
}
