package dev.suitcase.verifier.cbor;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborFloat;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.CborItem.CborText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CborDecoderTest {

    private static CborItem decode(String hex) {
        return CborDecoder.decode(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    private static Reason rejection(String hex) {
        return assertThrows(Rejection.class, () -> decode(hex)).reason();
    }

    private static Reason rejection(String hex, CborLimits limits) {
        return assertThrows(Rejection.class,
                () -> new CborDecoder(limits).decodeWhole(Span.of(HexFormat.of().parseHex(hex)))).reason();
    }

    @Test
    void decodesIntegersAcrossTheirWholeRange() {
        assertEquals(Long.valueOf(0), ((CborInt) decode("00")).asLong().orElseThrow());
        assertEquals(Long.valueOf(23), ((CborInt) decode("17")).asLong().orElseThrow());
        assertEquals(Long.valueOf(24), ((CborInt) decode("1818")).asLong().orElseThrow());
        assertEquals(Long.valueOf(-1), ((CborInt) decode("20")).asLong().orElseThrow());
        assertEquals(Long.valueOf(-500), ((CborInt) decode("3901f3")).asLong().orElseThrow());
        CborInt largest = (CborInt) decode("1bffffffffffffffff");
        assertTrue(largest.asLong().isEmpty(), "2^64-1 does not fit a long");
        assertEquals(new BigInteger("18446744073709551615"), largest.bigValue());
        assertEquals(new BigInteger("-18446744073709551616"), ((CborInt) decode("3bffffffffffffffff")).bigValue());
    }

    @Test
    void keepsTheExactReceivedBytesOfNestedByteStrings() {
        // [h'0102', {1: h'ff'}]
        byte[] input = HexFormat.of().parseHex("82420102a10141ff");
        CborArray array = (CborArray) CborDecoder.decode(input);
        CborBytes first = (CborBytes) array.get(0);
        assertEquals("420102", first.encoded().toHex(), "the encoded form includes the head");
        assertEquals("0102", first.content().toHex());
        assertEquals(1, first.encoded().offset());
        CborMap map = (CborMap) array.get(1);
        assertEquals("a10141ff", map.encoded().toHex());
        assertEquals("ff", ((CborBytes) map.get(1).orElseThrow()).content().toHex());
    }

    @Test
    void decodesByteStringWrappedCborWithOffsetsIntoTheOuterInput() {
        // h'a10126' = bstr .cbor {1: -7}
        byte[] input = HexFormat.of().parseHex("43a10126");
        CborBytes wrapped = (CborBytes) CborDecoder.decode(input);
        CborMap inner = (CborMap) CborDecoder.decodeWrapped(wrapped);
        assertEquals(1, inner.encoded().offset());
        assertEquals(Long.valueOf(-7), ((CborInt) inner.get(1).orElseThrow()).asLong().orElseThrow());
    }

    @Test
    void decodesTextTagsSimpleValuesAndShortestFloats() {
        assertEquals("IETF", ((CborText) decode("6449455446")).value());
        CborTag tag = (CborTag) decode("d86b80");
        assertEquals(107, tag.tag());
        assertTrue(decode("f6").isNull());
        assertEquals(1.5, ((CborFloat) decode("f93e00")).value());
        assertEquals(100000.0, ((CborFloat) decode("fa47c35000")).value());
        assertEquals(1.1, ((CborFloat) decode("fb3ff199999999999a")).value());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "'', empty input",
        "18, truncated head argument",
        "1a0000, truncated four-byte argument",
        "43aabb, byte string shorter than declared",
        "5bffffffffffffffff00, byte string declaring 2^64-1 bytes",
        "8301, array shorter than declared",
        "a201, map missing entries",
        "0000, trailing byte after a complete item",
        "1c, reserved additional information 28",
        "5d, reserved additional information 29 on a byte string",
        "ff, lone break code",
        "1f, indefinite unsigned integer",
        "f818, simple value 24 in two bytes",
        "62c328, invalid UTF-8 in a text string",
    })
    void rejectsInputThatIsNotWellFormedAsMalformed(String hex, String why) {
        assertEquals(Reason.MALFORMED_CBOR, rejection(hex), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "1817, integer 23 in one extra byte",
        "190017, integer 23 in two bytes",
        "1a000000ff, integer 255 in four bytes",
        "1b00000000ffffffff, integer 2^32-1 in eight bytes",
        "3800, negative -1 in one extra byte",
        "580101, byte string length in one extra byte",
        "5f4101ff, indefinite-length byte string",
        "7f6161ff, indefinite-length text string",
        "9f01ff, indefinite-length array",
        "bf0101ff, indefinite-length map",
        "d80101, tag 1 in one extra byte",
        "fa3fc00000, single-precision 1.5 that fits half precision",
        "fb3ff8000000000000, double-precision 1.5 that fits half precision",
        "fb7ff8000000000000, double-precision NaN",
    })
    void rejectsNonDeterministicEncodings(String hex, String why) {
        assertEquals(Reason.NON_DETERMINISTIC_CBOR, rejection(hex), why);
    }

    @Test
    void rejectsDuplicateMapKeys() {
        assertEquals(Reason.DUPLICATE_KEY, rejection("a2010201 03"));
        assertEquals(Reason.DUPLICATE_KEY, rejection("a26161006161 01"));
    }

    @Test
    void acceptsEqualValuesUnderDifferentKeysAndKeysOfDifferentTypes() {
        CborMap map = (CborMap) decode("a3010102014101 01");
        assertEquals(3, map.size());
    }

    @Test
    void reportsWhetherMapKeysAreInCanonicalOrder() {
        assertTrue(((CborMap) decode("a3010002002000")).isCanonicallyOrdered());
        assertFalse(((CborMap) decode("a2020001 00")).isCanonicallyOrdered());
        // RFC 8949 §4.2.1 bytewise order: 10 (0a), then 100 (18 64), then -1 (20); not length-first
        assertTrue(((CborMap) decode("a3 0a00 186400 2000")).isCanonicallyOrdered());
        assertFalse(((CborMap) decode("a3 0a00 2000 186400")).isCanonicallyOrdered());
    }

    @Test
    void pointsRejectionsAtTheOffendingBytes() {
        Rejection duplicate = assertThrows(Rejection.class, () -> decode("a2 01 02 01 03"));
        assertEquals(new dev.suitcase.verifier.ByteRange(3, 1), duplicate.location().orElseThrow(), "the repeated key");
        Rejection trailing = assertThrows(Rejection.class, () -> decode("80 0000"));
        assertEquals(new dev.suitcase.verifier.ByteRange(1, 2), trailing.location().orElseThrow());
        Rejection nonMinimal = assertThrows(Rejection.class, () -> decode("82 01 1817"));
        assertEquals(new dev.suitcase.verifier.ByteRange(2, 2), nonMinimal.location().orElseThrow(),
                "the innermost offending item, not the array around it");
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        String deep = "81".repeat(40) + "00";
        assertEquals(Reason.RESOURCE_LIMIT, rejection(deep));
        assertEquals(Reason.RESOURCE_LIMIT, rejection("d818".repeat(40) + "00"), "tags count as nesting");
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        String atLimit = "81".repeat(31) + "00";
        CborItem item = decode(atLimit);
        assertEquals(CborArray.class, item.getClass());
    }

    @Test
    void rejectsMoreItemsThanTheLimit() {
        CborLimits small = new CborLimits(1024, 8, 10);
        assertEquals(Reason.RESOURCE_LIMIT, rejection("8a" + "00".repeat(10), small));
        assertEquals(Reason.RESOURCE_LIMIT, rejection("9bffffffffffffffff", small),
                "a declared count above the item limit is a resource limit even before the bytes are missing");
    }

    @Test
    void rejectsInputAboveTheSizeLimit() {
        assertEquals(Reason.RESOURCE_LIMIT, rejection("45" + "00".repeat(5), new CborLimits(4, 8, 10)));
    }

    @Test
    void neverAllocatesForHugeDeclaredLengths() {
        // Containers claiming more entries than bytes remain must fail fast, not allocate.
        assertEquals(Reason.RESOURCE_LIMIT, rejection("baffffffff"), "2^32-1 entries is above the item limit");
        assertEquals(Reason.MALFORMED_CBOR, rejection("b9ffff"), "65,535 entries, within the limit, but absent");
        assertEquals(Reason.MALFORMED_CBOR, rejection("9a00010000" + "00"));
    }

    @Test
    void spanComparesAndCopiesTheReceivedBytes() {
        byte[] input = HexFormat.of().parseHex("4401020304");
        Span content = ((CborBytes) CborDecoder.decode(input)).content();
        assertArrayEquals(new byte[] {1, 2, 3, 4}, content.toByteArray());
        assertTrue(content.contentEquals(new byte[] {1, 2, 3, 4}));
        assertFalse(content.contentEquals(new byte[] {1, 2, 3, 5}));
        assertFalse(content.contentEquals(new byte[] {1, 2, 3}));
        input[1] = 9; // a span is a view
        assertEquals(9, content.byteAt(0));
    }

    @Test
    void typedAccessorsRejectTheWrongTypeAsBadStructure() {
        CborItem item = decode("a0");
        Rejection rejection = assertThrows(Rejection.class, () -> item.asArray("COSE_Sign1"));
        assertEquals(Reason.BAD_STRUCTURE, rejection.reason());
        assertTrue(rejection.detail().contains("COSE_Sign1 must be an array, found map"), rejection.detail());
    }

    @Test
    void printsDiagnosticNotation() {
        assertEquals("{1: -7, \"a\": [h'0102', null, 18(true)]}",
                Diagnostic.of(decode("a201266161834201 02f6d2f5")));
    }
}
