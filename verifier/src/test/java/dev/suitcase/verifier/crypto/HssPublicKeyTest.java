package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

class HssPublicKeyTest {
    /** RFC 8554 Appendix F, Test Case 1: L = 2, LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8. */
    private static final byte[] TEST_CASE_1 = HexFormat.of().parseHex(
            "00000002000000050000000461a5d57d37f5e46bfb7520806b07a1b850650e3b31fe4a773ea29a07f09cf2ea30e579f0df58ef8e"
                    + "298da0434cb2b878");

    @Test
    void readsLevelsAndTopTreeTypesOfRfc8554TestCase1() {
        HssPublicKey key = HssPublicKey.fromEncoded(TEST_CASE_1);
        assertEquals(2, key.levels());
        assertEquals(LmsType.LMS_SHA256_M32_H5, key.lmsType());
        assertEquals(LmOtsType.LMOTS_SHA256_N32_W8, key.lmOtsType());
        assertEquals(Algorithm.Family.HSS_LMS, key.family());
        assertArrayEquals(TEST_CASE_1, key.encoded());
    }

    @Test
    void encodedIsACopyThatCannotChangeTheKey() {
        byte[] input = TEST_CASE_1.clone();
        HssPublicKey key = HssPublicKey.fromEncoded(input);
        input[40] ^= 1;
        byte[] encoded = key.encoded();
        encoded[41] ^= 1;
        assertArrayEquals(TEST_CASE_1, key.encoded());
        assertNotSame(key.encoded(), key.encoded());
    }

    @Test
    void acceptsEveryRegisteredPairOfLmsAndLmOtsTypes() {
        for (LmsType lmsType : LmsType.values()) {
            for (LmOtsType otsType : LmOtsType.values()) {
                HssPublicKey key = HssPublicKey.fromEncoded(key(3, lmsType.code(), otsType.code(), lmsType.m()));
                assertEquals(lmsType, key.lmsType());
                assertEquals(otsType, key.lmOtsType());
                assertEquals(4 + lmsType.publicKeyLength(), key.encoded().length);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8})
    void acceptsTheBoundsOfL(int levels) {
        assertEquals(levels, HssPublicKey.fromEncoded(key(levels, 0x05, 0x04, 32)).levels());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 9, 0x80000001L, 0xffffffffL})
    void rejectsLOutsideOneToEight(long levels) {
        Rejection rejection = reject(key(levels, 0x05, 0x04, 32));
        assertTrue(rejection.detail().startsWith("HSS public key has L = " + levels + " levels; RFC 8554 §6 allows 1 to 8"),
                rejection.detail());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 4, 0x19, 0x815, 0xffffffffL})
    void rejectsUnregisteredLmsType(long lmsType) {
        Rejection rejection = reject(key(1, lmsType, 0x04, 32));
        assertTrue(rejection.detail().startsWith("HSS public key: top-level LMS public key: LMS type " + FieldReader.hexU32(lmsType)
                + ", which is not a registered LMS type"), rejection.detail());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 0x11, 0x815, 0xffffffffL})
    void rejectsUnregisteredLmOtsType(long otsType) {
        Rejection rejection = reject(key(1, 0x05, otsType, 32));
        assertTrue(rejection.detail().startsWith("HSS public key: top-level LMS public key: LM-OTS type " + FieldReader.hexU32(otsType)
                + ", which is not a registered LM-OTS type"), rejection.detail());
    }

    @Test
    void rejectsATrailingByte() {
        Rejection rejection = reject(Arrays.copyOf(TEST_CASE_1, TEST_CASE_1.length + 1));
        assertEquals("HSS public key has 1 trailing byte after T[1] of the top-level LMS_SHA256_M32_H5 public key"
                + " (offset 60); its length is fixed by its type codes at exactly 60 bytes, and RFC 8554 rejects"
                + " any other length", rejection.detail());
    }

    @Test
    void rejectsAnM32RootUnderAnM24Type() {
        // LMS_SHA256_M24_H5 fixes T[1] at 24 bytes: the 32 bytes of an M32 key leave 8 over.
        Rejection rejection = reject(key(1, 0x0a, 0x08, 32));
        assertTrue(rejection.detail().startsWith("HSS public key has 8 trailing bytes"), rejection.detail());
    }

    @Test
    void rejectsEveryTruncation() {
        for (int length = 0; length < TEST_CASE_1.length; length++) {
            Rejection rejection = reject(Arrays.copyOf(TEST_CASE_1, length));
            assertTrue(rejection.detail().startsWith("HSS public key is truncated: "), rejection.detail());
        }
    }

    @Test
    void truncationDetailNamesFieldOffsetAndWhatIsLeft() {
        Rejection rejection = reject(Arrays.copyOf(TEST_CASE_1, 59));
        assertEquals("HSS public key is truncated: top-level LMS public key T[1] (m = 32 for LMS_SHA256_M32_H5) needs 32 bytes"
                + " at offset 28 but only 31 remain (HSS public key is 59 bytes)", rejection.detail());
    }

    private static Rejection reject(byte[] encoded) {
        Rejection rejection = assertThrows(Rejection.class, () -> HssPublicKey.fromEncoded(encoded));
        assertEquals(Reason.BAD_KEY, rejection.reason(), rejection.detail());
        return rejection;
    }

    /** u32str(L) || u32str(lmsType) || u32str(otsType) || I || T[1], with I and T[1] filled with 0xa5. */
    static byte[] key(long levels, long lmsType, long otsType, int m) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 + 4 + 16 + m);
        buffer.putInt((int) levels).putInt((int) lmsType).putInt((int) otsType);
        while (buffer.hasRemaining()) {
            buffer.put((byte) 0xa5);
        }
        return buffer.array();
    }
}
