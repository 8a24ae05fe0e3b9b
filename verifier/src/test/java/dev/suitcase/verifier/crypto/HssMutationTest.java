package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A malicious HSS-LMS set (a valid signature V0, V1 and 36 mutations M01–M36 of it), built here from RFC 8554 Appendix F Test Case 1. Each mutation must be rejected with
 * exactly the reason the reference verifier gives it, and with a detail naming what is wrong;
 * none may surface as an exception.
 *
 * <p>Test Case 1 is L = 2, both trees LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W8 (n = m = 32, p = 34,
 * h = 5). Its signature is Nspk || top LMS signature || level 1 public key || bottom LMS signature.
 */
class HssMutationTest {
    private static final HssVector TEST_CASE_1 = HssVector.load("rfc8554-test-case-1.txt");

    private static final int N = 32;
    private static final int P = 34;
    private static final int M = 32;
    private static final int H = 5;

    // Offsets within one LMS signature (RFC 8554 §5.4.1)
    private static final int Q = 0;
    private static final int OTS_TYPE = 4;
    private static final int C = 8;
    private static final int LMS_TYPE = C + N * (P + 1);
    private static final int PATH = LMS_TYPE + 4;
    private static final int LMS_SIGNATURE = PATH + M * H;

    // Offsets within one LMS public key (RFC 8554 §5.3)
    private static final int KEY_LMS_TYPE = 0;
    private static final int KEY_I = 8;
    private static final int KEY_T1 = 24;
    private static final int LMS_PUBLIC_KEY = KEY_T1 + M;

    // Offsets within the HSS signature (RFC 8554 §6.2)
    private static final int TOP = 4;
    private static final int LEVEL_1_KEY = TOP + LMS_SIGNATURE;
    private static final int BOTTOM = LEVEL_1_KEY + LMS_PUBLIC_KEY;

    private static final byte[] KEY = TEST_CASE_1.publicKey();
    private static final byte[] MESSAGE = TEST_CASE_1.message();
    private static final byte[] SIGNATURE = TEST_CASE_1.signature();

    /** V1: the bottom tree alone as a single-level HSS key, u32str(1) || level 1 public key. */
    private static final byte[] SINGLE_KEY = concat(u32(1), Arrays.copyOfRange(SIGNATURE, LEVEL_1_KEY, BOTTOM));
    /** V1: u32str(0) || bottom LMS signature, which signs the message under the level 1 key. */
    private static final byte[] SINGLE_SIGNATURE = concat(u32(0), Arrays.copyOfRange(SIGNATURE, BOTTOM, SIGNATURE.length));

    /** One vector: what it breaks, and the verdict: accept (reason null) or the reason and a detail fragment. */
    record Mutation(String id, String what, byte[] key, byte[] message, byte[] signature, Reason reason, String detail) {
        @Override
        public String toString() {
            return id + " " + what;
        }
    }

    static List<Mutation> mutations() {
        return List.of(
                accept("V0", "RFC 8554 Test Case 1 unchanged", KEY, MESSAGE, SIGNATURE),
                accept("V1", "single-level vector derived from Test Case 1", SINGLE_KEY, MESSAGE, SINGLE_SIGNATURE),
                // H2: Nspk must be L - 1
                malformed("M01", "H2 Nspk = 0 under an L = 2 key", KEY, MESSAGE, withU32(SIGNATURE, 0, 0),
                        "HSS signature has Nspk = 0 but the key has L = 2 levels; RFC 8554 §6.3 requires"
                                + " Nspk = L - 1 = 1, one signed public key per level below the top"),
                malformed("M02", "H2 Nspk = 2 under an L = 2 key", KEY, MESSAGE, withU32(SIGNATURE, 0, 2),
                        "Nspk = 2 but the key has L = 2 levels"),
                malformed("M03", "H2 Nspk = 2^32 - 1", KEY, MESSAGE, withU32(SIGNATURE, 0, 0xffffffffL),
                        "Nspk = 4294967295 but the key has L = 2 levels"),
                malformed("M04", "H2 key L lowered from 2 to 1 (a valid key, so the signature is what fails)",
                        withU32(KEY, 0, 1), MESSAGE, SIGNATURE,
                        "Nspk = 1 but the key has L = 1 level;"),
                // H1: the key itself
                badKey("M05", "H1 key L = 0", withU32(KEY, 0, 0), MESSAGE, SIGNATURE,
                        "HSS public key has L = 0 levels; RFC 8554 §6 allows 1 to 8"),
                badKey("M06", "H1 key L = 9", withU32(KEY, 0, 9), MESSAGE, SIGNATURE,
                        "HSS public key has L = 9 levels"),
                // H3: q < 2^h
                malformed("M07", "H3 top q = 2^h", KEY, MESSAGE, withU32(SIGNATURE, TOP + Q, 32),
                        "level 0: q = 32 is not below 2^h = 32 for LMS_SHA256_M32_H5"),
                malformed("M08", "H3 top q = 2^32 - 1", KEY, MESSAGE, withU32(SIGNATURE, TOP + Q, 0xffffffffL),
                        "level 0: q = 4294967295 is not below 2^h = 32 for LMS_SHA256_M32_H5"),
                // H8: a valid leaf that is not the one signed
                invalid("M09", "H8 top q moved from leaf 5 to leaf 6", KEY, MESSAGE, withU32(SIGNATURE, TOP + Q, 6)),
                // H4: LM-OTS type
                malformed("M10", "H4 top LM-OTS type W8 replaced by W4", KEY, MESSAGE,
                        withU32(SIGNATURE, TOP + OTS_TYPE, 3),
                        "level 0: LM-OTS type LMOTS_SHA256_N32_W4 (0x00000003) in the signature differs from"
                                + " LMOTS_SHA256_N32_W8 (0x00000004) of the key that verifies it"),
                malformed("M11", "H4 top LM-OTS type unknown 0x0815", KEY, MESSAGE,
                        withU32(SIGNATURE, TOP + OTS_TYPE, 0x815),
                        "level 0: LM-OTS type 0x00000815, which is not a registered LM-OTS type"),
                malformed("M12", "H4 top LM-OTS type reserved 0", KEY, MESSAGE, withU32(SIGNATURE, TOP + OTS_TYPE, 0),
                        "level 0: LM-OTS type 0x00000000, which is not a registered LM-OTS type"),
                // H5: LMS type
                malformed("M13", "H5 top LMS type H5 replaced by H10", KEY, MESSAGE,
                        withU32(SIGNATURE, TOP + LMS_TYPE, 6),
                        "level 0: LMS type LMS_SHA256_M32_H10 (0x00000006) in the signature differs from"
                                + " LMS_SHA256_M32_H5 (0x00000005) of the key that verifies it"),
                // H7: the signed level 1 public key
                malformed("M14", "H7 level 1 public key LMS type H5 replaced by H10", KEY, MESSAGE,
                        withU32(SIGNATURE, LEVEL_1_KEY + KEY_LMS_TYPE, 6),
                        "level 1: LMS type LMS_SHA256_M32_H5 (0x00000005) in the signature differs from"
                                + " LMS_SHA256_M32_H10 (0x00000006)"),
                invalid("M15", "H7 level 1 public key I bit flipped", KEY, MESSAGE,
                        flipBit(SIGNATURE, LEVEL_1_KEY + KEY_I, 0)),
                invalid("M16", "H7 level 1 public key T[1] bit flipped", KEY, MESSAGE,
                        flipBit(SIGNATURE, LEVEL_1_KEY + KEY_T1 + 31, 7)),
                // H3 and H4 at the bottom level
                malformed("M17", "H3 bottom q = 2^h", KEY, MESSAGE, withU32(SIGNATURE, BOTTOM + Q, 32),
                        "level 1: q = 32 is not below 2^h = 32 for LMS_SHA256_M32_H5"),
                malformed("M18", "H4 bottom LM-OTS type W8 replaced by W4", KEY, MESSAGE,
                        withU32(SIGNATURE, BOTTOM + OTS_TYPE, 3),
                        "level 1: LM-OTS type LMOTS_SHA256_N32_W4 (0x00000003) in the signature differs"),
                // H6: exact length
                malformed("M19", "H6 truncated by one byte", KEY, MESSAGE, Arrays.copyOf(SIGNATURE, SIGNATURE.length - 1),
                        "HSS signature is truncated: level 1 LMS signature path[0..4] (h = 5 nodes of m = 32 bytes"
                                + " for LMS_SHA256_M32_H5) needs 160 bytes at offset 2484 but only 159 remain"),
                malformed("M20", "H6 one trailing byte", KEY, MESSAGE, Arrays.copyOf(SIGNATURE, SIGNATURE.length + 1),
                        "HSS signature has 1 trailing byte after the level 1 LMS signature (offset 2644)"),
                malformed("M21", "H6 32 trailing bytes", KEY, MESSAGE, Arrays.copyOf(SIGNATURE, SIGNATURE.length + 32),
                        "HSS signature has 32 trailing bytes after the level 1 LMS signature"),
                malformed("M22", "H6 empty signature", KEY, MESSAGE, new byte[0],
                        "HSS signature is truncated: Nspk needs 4 bytes at offset 0 but only 0 remain"),
                malformed("M23", "H6 four-byte signature (Nspk only)", KEY, MESSAGE, Arrays.copyOf(SIGNATURE, 4),
                        "HSS signature is truncated: level 0 LMS signature q needs 4 bytes at offset 4 but only 0"
                                + " remain"),
                // H8: bits of the signature that only the arithmetic can catch
                invalid("M24", "H8 top C bit flipped", KEY, MESSAGE, flipBit(SIGNATURE, TOP + C, 3)),
                invalid("M25", "H8 bottom path bit flipped", KEY, MESSAGE, flipBit(SIGNATURE, BOTTOM + PATH + 40, 5)),
                // H9: message binding
                invalid("M26", "H9 message bit flipped", KEY, flipBit(MESSAGE, 0, 0), SIGNATURE),
                invalid("M27", "H9 message with one byte appended", KEY, Arrays.copyOf(MESSAGE, MESSAGE.length + 1),
                        SIGNATURE),
                invalid("M28", "H9 bottom LMS signature replaced by the top one", KEY, MESSAGE,
                        withBytes(SIGNATURE, BOTTOM, Arrays.copyOfRange(SIGNATURE, TOP, LEVEL_1_KEY))),
                // H1: key length
                badKey("M29", "H1 key with one trailing byte", Arrays.copyOf(KEY, KEY.length + 1), MESSAGE, SIGNATURE,
                        "HSS public key has 1 trailing byte after T[1] of the top-level LMS_SHA256_M32_H5 public key"),
                badKey("M30", "H1 key truncated by one byte", Arrays.copyOf(KEY, KEY.length - 1), MESSAGE, SIGNATURE,
                        "HSS public key is truncated: top-level LMS public key T[1]"),
                // H6 and H3 on the single-level vector
                malformed("M31", "H6 single-level 12-byte header only (liboqs #2507 shape)", SINGLE_KEY, MESSAGE,
                        Arrays.copyOf(SINGLE_SIGNATURE, 12),
                        "HSS signature is truncated: level 0 LMS signature C (n = 32 for LMOTS_SHA256_N32_W8) needs 32"
                                + " bytes at offset 12 but only 0 remain"),
                malformed("M32", "H3 single-level q = 2^h", SINGLE_KEY, MESSAGE, withU32(SINGLE_SIGNATURE, 4 + Q, 32),
                        "level 0: q = 32 is not below 2^h = 32 for LMS_SHA256_M32_H5"),
                // H2 on the single-level vector and across the two
                malformed("M33", "H2 single-level Nspk = 1", SINGLE_KEY, MESSAGE, withU32(SINGLE_SIGNATURE, 0, 1),
                        "HSS signature has Nspk = 1 but the key has L = 1 level;"),
                malformed("M34", "H2 L = 1 key with the L = 2 signature", SINGLE_KEY, MESSAGE, SIGNATURE,
                        "HSS signature has Nspk = 1 but the key has L = 1 level;"),
                malformed("M35", "H2 L = 2 key with the L = 1 signature", KEY, MESSAGE, SINGLE_SIGNATURE,
                        "HSS signature has Nspk = 0 but the key has L = 2 levels;"),
                malformed("M36", "H6 single-level signature without its authentication path", SINGLE_KEY, MESSAGE,
                        Arrays.copyOf(SINGLE_SIGNATURE, 4 + PATH),
                        "HSS signature is truncated: level 0 LMS signature path[0..4] (h = 5 nodes of m = 32 bytes"
                                + " for LMS_SHA256_M32_H5) needs 160 bytes at offset 1136 but only 0 remain"));
    }

    /** H10: every mutation ends in a verdict with a reason, never in an exception (HssOutcomes lets those escape). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void givesTheExpectedVerdict(Mutation mutation) {
        Outcome outcome = HssOutcomes.verify(mutation.key(), mutation.message(), mutation.signature());
        assertEquals(mutation.reason(), outcome.reason().orElse(null), outcome.toString());
        assertTrue(outcome.detail().contains(mutation.detail()), () -> "detail of " + mutation.id() + " was: "
                + outcome.detail());
    }

    @Test
    void layoutOfTestCase1IsTheOneTheMutationsAssume() {
        assertEquals(BOTTOM + LMS_SIGNATURE, SIGNATURE.length);
        assertEquals(1, HssVector.load("rfc8554-test-case-1.txt").signature()[3]);
        assertEquals(60, KEY.length);
    }

    @Test
    void everyCategoryOfSection73IsCovered() {
        Set<String> categories = Set.of("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9");
        for (String category : categories) {
            assertTrue(mutations().stream().anyMatch(m -> m.what().startsWith(category + " ")), category);
        }
        assertEquals(38, mutations().size());
    }

    /** H6: every prefix of Test Case 1 is malformed, never an exception and never a library call. */
    @Test
    void rejectsEveryTruncationAsMalformed() {
        for (int length = 0; length < SIGNATURE.length; length++) {
            Outcome outcome = HssOutcomes.verify(KEY, MESSAGE, Arrays.copyOf(SIGNATURE, length));
            assertEquals(Reason.SIGNATURE_MALFORMED, outcome.reason().orElse(null), "prefix of " + length + " bytes");
            assertTrue(outcome.detail().startsWith("HSS signature is truncated: "), outcome.detail());
        }
    }

    /**
     * H8: single-bit flips spread over the whole signature (one byte in seven, a different bit
     * each time). A flip in a type code or Nspk is malformed; one in C, y, a path, I or T[1] does
     * not verify; one in q is either, as it may or may not leave q below 2^h.
     */
    @Test
    void rejectsSingleBitFlipsAcrossTheSignature() {
        for (int offset = 0; offset < SIGNATURE.length; offset += 7) {
            Outcome outcome = HssOutcomes.verify(KEY, MESSAGE, flipBit(SIGNATURE, offset, offset % 8));
            Reason reason = outcome.reason().orElse(null);
            Set<Reason> expected = expectedForFlipAt(offset);
            assertTrue(expected.contains(reason), "flip at offset " + offset + ": " + outcome);
        }
    }

    private static Set<Reason> expectedForFlipAt(int offset) {
        if (offset < TOP) {
            return Set.of(Reason.SIGNATURE_MALFORMED);
        }
        if (offset >= LEVEL_1_KEY && offset < BOTTOM) {
            int within = offset - LEVEL_1_KEY;
            return within < KEY_I ? Set.of(Reason.SIGNATURE_MALFORMED) : Set.of(Reason.SIGNATURE_INVALID);
        }
        int within = (offset < LEVEL_1_KEY ? offset - TOP : offset - BOTTOM);
        if (within < OTS_TYPE) {
            return Set.of(Reason.SIGNATURE_MALFORMED, Reason.SIGNATURE_INVALID);
        }
        if (within < C || (within >= LMS_TYPE && within < PATH)) {
            return Set.of(Reason.SIGNATURE_MALFORMED);
        }
        return Set.of(Reason.SIGNATURE_INVALID);
    }

    private static Mutation accept(String id, String what, byte[] key, byte[] message, byte[] signature) {
        return new Mutation(id, what, key, message, signature, null, "");
    }

    private static Mutation malformed(String id, String what, byte[] key, byte[] message, byte[] signature,
            String detail) {
        return new Mutation(id, what, key, message, signature, Reason.SIGNATURE_MALFORMED, detail);
    }

    private static Mutation invalid(String id, String what, byte[] key, byte[] message, byte[] signature) {
        return new Mutation(id, what, key, message, signature, Reason.SIGNATURE_INVALID,
                "is well formed (L = ");
    }

    private static Mutation badKey(String id, String what, byte[] key, byte[] message, byte[] signature,
            String detail) {
        return new Mutation(id, what, key, message, signature, Reason.BAD_KEY, detail);
    }

    private static byte[] u32(long value) {
        return ByteBuffer.allocate(4).putInt((int) value).array();
    }

    private static byte[] withU32(byte[] bytes, int offset, long value) {
        return withBytes(bytes, offset, u32(value));
    }

    private static byte[] withBytes(byte[] bytes, int offset, byte[] replacement) {
        byte[] copy = bytes.clone();
        System.arraycopy(replacement, 0, copy, offset, replacement.length);
        return copy;
    }

    private static byte[] flipBit(byte[] bytes, int offset, int bit) {
        byte[] copy = bytes.clone();
        copy[offset] ^= (byte) (1 << bit);
        return copy;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
