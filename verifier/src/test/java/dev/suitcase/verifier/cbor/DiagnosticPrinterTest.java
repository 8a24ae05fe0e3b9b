package dev.suitcase.verifier.cbor;

import dev.suitcase.verifier.ByteRange;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticPrinterTest {
    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    @Test
    void printsShortItemsOnOneLine() {
        assertEquals("{1: -7, 4: h'01'}", DiagnosticPrinter.print(hex("a2 01 26 04 41 01"), Optional.empty(), ""));
    }

    @Test
    void expandsEmbeddedCborAndIndents() {
        // [h'a10126' (bstr .cbor {1: -7}), {}, null, h'00']
        String printed = DiagnosticPrinter.print(hex("84 43a10126 a0 f6 4100"), Optional.empty(), "");
        assertEquals("[\n  <<\n    {1: -7}\n  >>,\n  {},\n  null,\n  h'00'\n]", printed);
    }

    @Test
    void marksTheBlamedItem() {
        // [h'a10126', {}, null, h'00'] with the signature h'00' (bytes 7 and 8) blamed
        String printed = DiagnosticPrinter.print(hex("84 43a10126 a0 f6 4100"), Optional.of(new ByteRange(7, 2)),
                "SIGNATURE_INVALID");
        assertTrue(printed.contains("h'00'  / <- SIGNATURE_INVALID /"), printed);
    }

    @Test
    void marksAnItemInsideEmbeddedCbor() {
        // the alg value -7 sits at byte 4 of the outer input
        String printed = DiagnosticPrinter.print(hex("84 43a10126 a0 f6 4100"), Optional.of(new ByteRange(4, 1)),
                "UNSUPPORTED_ALGORITHM");
        assertTrue(printed.contains("-7  / <- UNSUPPORTED_ALGORITHM /"), printed);
    }

    @Test
    void dumpsUndecodableInputWithTheOffendingBytesUnderlined() {
        String printed = DiagnosticPrinter.print(hex("82 01 1817"), Optional.empty(), "NON_DETERMINISTIC_CBOR");
        assertTrue(printed.startsWith("000000  82 01 18 17"), printed);
        assertTrue(printed.contains("      ^^ ^^ NON_DETERMINISTIC_CBOR"), printed);
    }
}
