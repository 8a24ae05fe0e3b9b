package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.crypto.params.LMSigParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

class LmsTypeTest {

    @ParameterizedTest
    @EnumSource(LmsType.class)
    void codeMAndHMatchBouncyCastle(LmsType type) {
        LMSigParameters library = LMSigParameters.getParametersForType(type.code());
        assertNotNull(library, type + " is unknown to BouncyCastle");
        assertEquals(type.m(), library.getM(), "m of " + type);
        assertEquals(type.h(), library.getH(), "h of " + type);
    }

    @Test
    void coversEveryParameterSetBouncyCastleVerifies() throws IllegalAccessException {
        Set<Integer> libraryCodes = new HashSet<>();
        for (Field field : LMSigParameters.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == LMSigParameters.class) {
                libraryCodes.add(((LMSigParameters) field.get(null)).getType());
            }
        }
        Set<Integer> ours = new HashSet<>();
        for (LmsType type : LmsType.values()) {
            ours.add(type.code());
        }
        assertEquals(libraryCodes, ours);
    }

    @ParameterizedTest
    @EnumSource(LmsType.class)
    void nameStatesHashAndParameters(LmsType type) {
        String hash = type.code() <= 0x0e ? "SHA256" : "SHAKE";
        assertEquals("LMS_" + hash + "_M" + type.m() + "_H" + type.h(), type.name());
    }

    @Test
    void lengthsOfRfc8554TestCase1Trees() {
        LmsType type = LmsType.LMS_SHA256_M32_H5;
        assertEquals(56, type.publicKeyLength());
        assertEquals(160, type.pathLength());
        assertEquals(32, type.leafCount());
        // RFC 8554 Appendix F, Test Case 1: each LMS signature is 1292 bytes (2644 = 4 + 1292 + 56 + 1292).
        assertEquals(1292, type.signatureLength(LmOtsType.LMOTS_SHA256_N32_W8));
    }

    @Test
    void leafCountOfTallestTreeDoesNotOverflow() {
        assertEquals(33_554_432L, LmsType.LMS_SHAKE_M24_H25.leafCount());
    }

    @ParameterizedTest
    @ValueSource(longs = {0x00, 0x04, 0x19, 0x815, 0xffffffffL})
    void fromCodeFindsNothingForUnregisteredCodes(long code) {
        assertTrue(LmsType.fromCode(code).isEmpty());
    }

    @Test
    void describeNamesKnownCodesAndFlagsUnknownOnes() {
        assertEquals("LMS_SHA256_M24_H10 (0x0000000b)", LmsType.describe(0x0b));
        assertTrue(LmsType.describe(0x815).startsWith("0x00000815, which is not a registered LMS type"));
    }
}
