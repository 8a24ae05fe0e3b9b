package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.crypto.params.LMOtsParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

class LmOtsTypeTest {

    /** RFC 8554 Appendix B: u = ceil(8n/w), v = ceil((floor(lg((2^w - 1) * u)) + 1) / w), ls = 16 - v*w, p = u + v. */
    @ParameterizedTest
    @EnumSource(LmOtsType.class)
    void pAndLsFollowRfc8554AppendixB(LmOtsType type) {
        int n = type.n();
        int w = type.w();
        int u = ceilDiv(8 * n, w);
        int floorLog2 = 63 - Long.numberOfLeadingZeros(((1L << w) - 1) * u);
        int v = ceilDiv(floorLog2 + 1, w);
        assertEquals(u + v, type.p(), "p of " + type);
        assertEquals(16 - v * w, type.ls(), "ls of " + type);
    }

    @ParameterizedTest
    @EnumSource(LmOtsType.class)
    void parametersAndSignatureLengthMatchBouncyCastle(LmOtsType type) {
        LMOtsParameters library = LMOtsParameters.getParametersForType(type.code());
        assertNotNull(library, type + " is unknown to BouncyCastle");
        assertEquals(type.n(), library.getN(), "n of " + type);
        assertEquals(type.w(), library.getW(), "w of " + type);
        assertEquals(type.p(), library.getP(), "p of " + type);
        assertEquals(type.ls(), library.getLs(), "ls of " + type);
        assertEquals(type.signatureLength(), library.getSigLen(), "signature length of " + type);
    }

    @Test
    void coversEveryParameterSetBouncyCastleVerifies() throws IllegalAccessException {
        Set<Integer> libraryCodes = new HashSet<>();
        for (Field field : LMOtsParameters.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == LMOtsParameters.class) {
                libraryCodes.add(((LMOtsParameters) field.get(null)).getType());
            }
        }
        Set<Integer> ours = new HashSet<>();
        for (LmOtsType type : LmOtsType.values()) {
            ours.add(type.code());
        }
        assertEquals(libraryCodes, ours);
    }

    @ParameterizedTest
    @EnumSource(LmOtsType.class)
    void nameStatesHashAndParameters(LmOtsType type) {
        String hash = type.code() <= 0x08 ? "SHA256" : "SHAKE";
        assertEquals("LMOTS_" + hash + "_N" + type.n() + "_W" + type.w(), type.name());
    }

    @Test
    void signatureLengthOfRfc8554TestCase1OneTimeKeys() {
        // 4 + 32 * (34 + 1): type, C and 34 chains
        assertEquals(1124, LmOtsType.LMOTS_SHA256_N32_W8.signatureLength());
    }

    @ParameterizedTest
    @ValueSource(longs = {0x00, 0x11, 0x815, 0x08150015L, 0xffffffffL})
    void fromCodeFindsNothingForUnregisteredCodes(long code) {
        assertTrue(LmOtsType.fromCode(code).isEmpty());
    }

    @Test
    void describeNamesKnownCodesAndFlagsUnknownOnes() {
        assertEquals("LMOTS_SHAKE_N24_W8 (0x00000010)", LmOtsType.describe(0x10));
        assertTrue(LmOtsType.describe(0).startsWith("0x00000000, which is not a registered LM-OTS type"));
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
