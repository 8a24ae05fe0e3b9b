package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.generate.GeneratorContext;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The field offsets of RFC 8554 Test Case 1 (L = 2, both trees LMS_SHA256_M32_H5 /
 * LMOTS_SHA256_N32_W8: n = m = 32, p = 34, h = 5), whose values the RFC prints: top q = 5,
 * bottom q = 10, signature 2644 bytes.
 */
class HssSignatureLayoutTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("sources"), "test");
    private static final HssKnownAnswer TEST_CASE_1 = HssKnownAnswer.rfc8554TestCase1(CONTEXT);
    private static final HssSignatureLayout LAYOUT = TEST_CASE_1.layout();
    /** u32str(q) || u32str(otstype) || C || y[0..33] || u32str(type) || path[0..4] */
    private static final int LMS_SIGNATURE = 4 + 4 + 32 * 35 + 4 + 32 * 5;

    @Test
    void locatesBothLevelsOfTestCase1() {
        assertEquals(2, LAYOUT.levelCount());
        assertEquals(2644, LAYOUT.length());
        assertEquals(4, LAYOUT.level(0).q());
        assertEquals(5, LAYOUT.u32At(LAYOUT.level(0).q()));
        assertEquals(4, LAYOUT.u32At(LAYOUT.level(0).otsType()));
        assertEquals(5, LAYOUT.u32At(LAYOUT.level(0).lmsType()));
        assertEquals(4 + LMS_SIGNATURE, LAYOUT.signedKey(1).lmsType());
        assertEquals(10, LAYOUT.u32At(LAYOUT.bottom().q()));
        assertEquals(LAYOUT.signedKey(1).end(), LAYOUT.bottom().q());
        assertEquals(LAYOUT.length(), LAYOUT.bottom().end());
        assertEquals(32, LAYOUT.level(0).leafCount());
    }

    @Test
    void locatesTheChainsAndThePathInsideOneSignature() {
        HssSignatureLayout.LmsSignatureFields top = LAYOUT.level(0);

        assertEquals(top.randomizer() + 32, top.chain(0));
        assertEquals(top.chain(0) + 33 * 32, top.chain(33));
        assertEquals(top.chain(33) + 32 + 4, top.path(0));
        assertEquals(top.path(4) + 32, top.end());
    }

    @Test
    void editsCopiesOnly() {
        byte[] before = LAYOUT.bytes();
        byte[] edited = LAYOUT.withU32(LAYOUT.level(0).q(), 32);

        assertEquals(32, HssSignatureLayout.u32(edited, 4));
        assertArrayEquals(before, LAYOUT.bytes());
        assertEquals(LAYOUT.length() - 1, LAYOUT.truncatedTo(LAYOUT.length() - 1).length);
        assertArrayEquals(new byte[] {0}, Arrays.copyOfRange(LAYOUT.withAppended(new byte[] {0}), LAYOUT.length(),
                LAYOUT.length() + 1));
        assertEquals((byte) (before[100] ^ 0x80), LAYOUT.withBitFlipped(100, 7)[100]);
        assertArrayEquals(new byte[] {1, 2}, Arrays.copyOfRange(LAYOUT.withReplaced(4, 8, new byte[] {1, 2}), 4, 6));
    }

    @Test
    void refusesASignatureThatDoesNotFitItsKey() {
        byte[] key = TEST_CASE_1.publicKey();
        byte[] trailing = HssSignatureLayout.concat(TEST_CASE_1.signature(), new byte[] {0});

        assertThrows(IllegalArgumentException.class, () -> HssSignatureLayout.parse(key, trailing));
        assertThrows(IllegalArgumentException.class,
                () -> HssSignatureLayout.parse(HssSignatureLayout.withU32(key, 0, 1), TEST_CASE_1.signature()));
    }
}
