package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.suitcase.verifier.Rejection;

import org.junit.jupiter.api.Test;

class FieldReaderTest {

    @Test
    void readsU32BigEndianAndUnsigned() {
        FieldReader reader = new FieldReader(new byte[] {0, 0, 0x08, 0x15, (byte) 0xff, (byte) 0xff, (byte) 0xff,
                (byte) 0xfe}, KeyCheck.HSS_SIGNATURE_TRUNCATED, "test input");
        assertEquals(0x815, reader.u32("first"));
        assertEquals(0xfffffffeL, reader.u32("second"));
        reader.requireEnd("second", KeyCheck.HSS_SIGNATURE_TRAILING_BYTES);
        assertEquals(8, reader.position());
    }

    @Test
    void truncationIsTheReadersCheckAndNamesFieldOffsetAndRemainder() {
        FieldReader reader = new FieldReader(new byte[6], KeyCheck.HSS_KEY_TRUNCATED, "test input");
        reader.skip(3, "head");
        Rejection rejection = assertThrows(Rejection.class, () -> reader.u32("count"));
        assertEquals(KeyCheck.HSS_KEY_TRUNCATED, rejection.check());
        assertEquals("test input is truncated: count needs 4 bytes at offset 3 but only 3 remain (test input is 6"
                + " bytes)", rejection.detail());
    }

    @Test
    void trailingBytesAreRejectedByTheGivenCheckWithTheirCount() {
        FieldReader reader = new FieldReader(new byte[7], KeyCheck.HSS_SIGNATURE_TRUNCATED, "test input");
        reader.u32("count");
        Rejection rejection = assertThrows(Rejection.class,
                () -> reader.requireEnd("count", KeyCheck.HSS_SIGNATURE_TRAILING_BYTES));
        assertEquals(KeyCheck.HSS_SIGNATURE_TRAILING_BYTES, rejection.check());
        assertEquals("test input has 3 trailing bytes after count (offset 4); its length is fixed by its type codes at"
                + " exactly 4 bytes, and RFC 8554 rejects any other length", rejection.detail());
    }

    @Test
    void hexU32PrintsEightDigits() {
        assertEquals("0x00000815", FieldReader.hexU32(0x815));
        assertEquals("0xffffffff", FieldReader.hexU32(0xffffffffL));
    }
}
