package dev.suitcase.vectors.cbor;

import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CborValueTest {
    private static String hex(CborValue value) {
        return HexFormat.of().formatHex(value.encode());
    }

    @ParameterizedTest
    @CsvSource({
            "0, 00", "23, 17", "24, 1818", "255, 18ff", "256, 190100", "65535, 19ffff", "65536, 1a00010000",
            "4294967296, 1b0000000100000000", "18446744073709551615, 1bffffffffffffffff",
            "-1, 20", "-24, 37", "-25, 3818", "-18446744073709551616, 3bffffffffffffffff"})
    void encodesIntegersWithTheShortestHead(String value, String expected) {
        assertEquals(expected, hex(CborValue.integer(new BigInteger(value))));
    }

    @Test
    void refusesIntegersOutsideCborsRange() {
        assertThrows(IllegalArgumentException.class, () -> CborValue.integer(BigInteger.ONE.shiftLeft(64)));
    }

    @Test
    void sortsMapKeysByTheBytesOfTheirEncoding() {
        CborValue map = CborValue.map().put(-2, 0).put(3, 0).put(-1, 0).put(1, 0).build();

        assertEquals("a4" + "0100" + "0300" + "2000" + "2100", hex(map));
    }

    @Test
    void sortsShorterTextKeysFirstBecauseTheirHeadIsSmaller() {
        CborValue map = CborValue.map()
                .put(CborValue.text("aa"), CborValue.nil())
                .put(CborValue.text("b"), CborValue.nil())
                .put(CborValue.text("a"), CborValue.nil())
                .build();

        assertEquals("a3" + "6161f6" + "6162f6" + "626161f6", hex(map));
    }

    @Test
    void encodesTheSpecificationsExampleKeyExactly() {
        byte[] x = HexFormat.of().parseHex("8496811aae0baaabd26157189eecda26beaa8bf11b6f3fe6e2b5659c85dbc0ad");
        byte[] y = HexFormat.of().parseHex("3b1f2a4b6c098131c0a36dacd1d78bd381dcdfb09c052db33991db7338b4a896");

        CborValue key = CborValue.map().put(1, 2).put(-1, 1).put(-2, x).put(-3, y).build();

        // the public key of draft-ietf-suit-manifest-37 Appendix B
        assertEquals("a4010220012158208496811aae0baaabd26157189eecda26beaa8bf11b6f3fe6e2b5659c85dbc0ad"
                + "2258203b1f2a4b6c098131c0a36dacd1d78bd381dcdfb09c052db33991db7338b4a896", hex(key));
    }

    @Test
    void refusesARepeatedKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CborValue.map().put(1, 1).put(1, 2).build());
        assertTrue(e.getMessage().contains("CborWriter"), e.getMessage());
    }

    @Test
    void wrapsAnEncodedValueInAByteString() {
        assertEquals("43a10126", hex(CborValue.wrapped(CborValue.map().put(1, -7).build())));
    }

    @Test
    void taggedArraysAndSimpleValuesEncodeAsTheStrictDecoderExpects() {
        CborValue value = CborValue.tag(18, CborValue.array(CborValue.bytes(new byte[0]), CborValue.map().build(),
                CborValue.nil(), CborValue.bool(true), CborValue.text("é")));

        CborItem decoded = CborDecoder.decode(value.encode());

        assertEquals("d28540a0f6f562c3a9", hex(value));
        assertEquals(value.encode().length, decoded.encoded().length());
    }
}
