package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EncodedMapTest {
    private static final Bytes ZERO = CborValue.integer(0).toBytes();

    @Test
    void canonicalOrderSortsKeysByTheirEncodedBytes() {
        EncodedMap map = EncodedMap.empty().with(CborValue.text("#a"), ZERO).with(-1, ZERO).with(24, ZERO).with(23, ZERO);

        // 23 (17) < 24 (18 18) < -1 (20) < "#a" (62 23 61): bytewise, not numeric, order (RFC 8949 §4.2.1)
        assertEquals(Bytes.fromHex("a4" + "1700" + "181800" + "2000" + "62236100"), map.canonical());
    }

    @Test
    void asGivenKeepsTheOrderAndRepeatedKeys() {
        EncodedMap map = EncodedMap.of(List.of(new EncodedMap.Entry(CborValue.integer(2), ZERO),
                new EncodedMap.Entry(CborValue.integer(1), ZERO), new EncodedMap.Entry(CborValue.integer(2), ZERO)));

        assertEquals(Bytes.fromHex("a3" + "0200" + "0100" + "0200"), map.asGiven());
    }

    @Test
    void canonicalRefusesARepeatedKey() {
        EncodedMap map = EncodedMap.of(List.of(new EncodedMap.Entry(CborValue.integer(1), ZERO),
                new EncodedMap.Entry(CborValue.integer(1), ZERO)));

        assertThrows(IllegalStateException.class, map::canonical);
    }

    @Test
    void settingAKeyAgainReplacesItsValueInPlace() {
        EncodedMap map = EncodedMap.empty().with(3, ZERO).with(1, ZERO).with(3, CborValue.integer(7));

        assertEquals(Bytes.fromHex("a2" + "0307" + "0100"), map.asGiven());
    }

    @Test
    void swappingExchangesTwoEntries() {
        EncodedMap map = EncodedMap.empty().with(1, ZERO).with(2, ZERO).with(3, ZERO).swapped(0, 2);

        assertEquals(Bytes.fromHex("a3" + "0300" + "0200" + "0100"), map.asGiven());
    }
}
