package dev.suitcase.vectors.cbor;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Each crafted encoding is checked byte for byte and, where it matters, against the verifier's
 * strict decoder: the writer is only useful if it produces exactly the defect it is asked for.
 */
class CborWriterTest {
    private static String hex(CborWriter writer) {
        return HexFormat.of().formatHex(writer.toByteArray());
    }

    private static Reason decoderRejection(CborWriter writer) {
        return assertThrows(Rejection.class, () -> CborDecoder.decode(writer.toByteArray())).reason();
    }

    @Test
    void writesAHeadWithAChosenNonMinimalWidth() {
        CborWriter writer = new CborWriter().head(MajorType.UNSIGNED, 1, HeadWidth.EIGHT);

        assertEquals("1b0000000000000001", hex(writer));
        assertEquals(Reason.NON_DETERMINISTIC_CBOR, decoderRejection(writer));
    }

    @Test
    void writesEachWidth() {
        assertEquals("0a", hex(new CborWriter().head(MajorType.UNSIGNED, 10, HeadWidth.IMMEDIATE)));
        assertEquals("580a", hex(new CborWriter().head(MajorType.BYTES, 10, HeadWidth.ONE)));
        assertEquals("79000a", hex(new CborWriter().head(MajorType.TEXT, 10, HeadWidth.TWO)));
        assertEquals("9a0000000a", hex(new CborWriter().head(MajorType.ARRAY, 10, HeadWidth.FOUR)));
    }

    @Test
    void refusesAWidthTooNarrowForTheArgument() {
        assertThrows(IllegalArgumentException.class, () -> new CborWriter().head(MajorType.UNSIGNED, 300, HeadWidth.ONE));
    }

    @Test
    void readsTheArgumentAsUnsigned() {
        assertEquals("1bffffffffffffffff", hex(new CborWriter().unsigned(-1L)));
    }

    @Test
    void writesIndefiniteLengthsClosedByABreak() {
        CborWriter writer = new CborWriter().indefinite(MajorType.ARRAY).unsigned(1).breakCode();

        assertEquals("9f01ff", hex(writer));
        assertEquals(Reason.NON_DETERMINISTIC_CBOR, decoderRejection(writer));
    }

    @Test
    void writesMapKeysInTheOrderGiven() {
        CborWriter writer = new CborWriter().map(2).unsigned(3).unsigned(0).unsigned(1).unsigned(0);

        CborItem.CborMap map = (CborItem.CborMap) CborDecoder.decode(writer.toByteArray());

        assertEquals("a203000100", hex(writer));
        assertFalse(map.isCanonicallyOrdered());
    }

    @Test
    void writesARepeatedMapKey() {
        CborWriter writer = new CborWriter().map(2).unsigned(1).unsigned(0).unsigned(1).unsigned(1);

        assertEquals("a201000101", hex(writer));
        assertEquals(Reason.DUPLICATE_KEY, decoderRejection(writer));
    }

    @Test
    void writesReservedAdditionalInformation() {
        CborWriter writer = new CborWriter().initialByte(MajorType.UNSIGNED, 28);

        assertEquals("1c", hex(writer));
        assertEquals(Reason.MALFORMED_CBOR, decoderRejection(writer));
    }

    @Test
    void writesTrailingBytesAfterAnItem() {
        CborWriter writer = new CborWriter().item(CborValue.integer(1)).raw(new byte[] {0});

        assertEquals(Reason.MALFORMED_CBOR, decoderRejection(writer));
    }

    @Test
    void writesADeclaredLengthLongerThanTheContent() {
        CborWriter writer = new CborWriter().head(MajorType.BYTES, 4).raw(new byte[] {1, 2});

        assertEquals("440102", hex(writer));
        assertEquals(Reason.MALFORMED_CBOR, decoderRejection(writer));
    }

    @Test
    void wrapsWhatItWritesInAByteString() {
        CborWriter writer = new CborWriter().wrapped(inner -> inner.map(1).unsigned(1).integer(-7));

        assertEquals("43a10126", hex(writer));
    }

    @Test
    void writesTagsAndSimpleValues() {
        CborWriter writer = new CborWriter().tag(18).array(3).nil().bool(false).simple(23);

        assertEquals("d283f6f4f7", hex(writer));
    }

    @Test
    void mixesCanonicalItemsWithCraftedParts() {
        CborWriter writer = new CborWriter().array(2)
                .item(CborValue.map().put(1, -7).build())
                .head(MajorType.UNSIGNED, 0, HeadWidth.ONE);

        assertEquals("82a101261800", hex(writer));
    }
}
