package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.model.Bytes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoseSign1PartsTest {
    private static final CoseSign1Parts PARTS = new CoseSign1Parts(List.of(18L),
            List.of(Bytes.fromHex("40"), Bytes.fromHex("a0"), Bytes.fromHex("f6"), Bytes.fromHex("4100")));

    @Test
    void encodesTagsThenADefiniteArrayOfTheElements() {
        assertEquals("d28440a0f64100", PARTS.encode().hex());
    }

    @Test
    void encodesAnIndefiniteArrayBetween9fAndTheBreak() {
        assertEquals("d29f40a0f64100ff", PARTS.encodeIndefinite().hex());
    }

    @Test
    void changesOnlyThePartItIsAskedTo() {
        assertEquals("8440a0f64100", PARTS.untagged().encode().hex());
        assertEquals("d1d28440a0f64100", PARTS.withTags(17, 18).encode().hex());
        assertEquals("d28440a0404100", PARTS.with(CoseSign1Parts.PAYLOAD, Bytes.fromHex("40")).encode().hex());
        assertEquals("d28340a04100", PARTS.without(CoseSign1Parts.PAYLOAD).encode().hex());
        assertEquals("d28540a0f6410040", PARTS.plus(Bytes.fromHex("40")).encode().hex());
    }
}
