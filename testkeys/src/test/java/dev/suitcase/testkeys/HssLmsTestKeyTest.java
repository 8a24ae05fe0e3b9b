package dev.suitcase.testkeys;

import org.bouncycastle.crypto.params.HSSPublicKeyParameters;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.crypto.signers.HSSSigner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HssLmsTestKeyTest {
    private static final LMSParameters SMALL = LMSParameters.create(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8);
    private static final byte[] MESSAGE = "firmware".getBytes(StandardCharsets.UTF_8);

    @Test
    void aLabelledKeyIsPinned() {
        // the corpus's HSS-LMS keys are generated this way: L = 1, LMS_SHA256_M32_H5 (5), LMOTS_SHA256_N32_W1 (1),
        // then I and the root, both from the seeded stream
        HssLmsTestKey key = HssLmsTestKey.generate("a",
                List.of(LMSParameters.create(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w1)));

        assertEquals("00000001" + "00000005" + "00000001" + "1c699f4f65f9ca243a64193b5c7dfbba"
                + "0364f1d4179b45c38a9fce2e93429cefc350433efefe415be07327dc0d06e01d",
                HexFormat.of().formatHex(key.publicKey()));
    }

    @Test
    void theSameLabelGivesTheSameKeyAndTheSameSignatureSequence() {
        HssLmsTestKey first = HssLmsTestKey.generate("same", List.of(SMALL, SMALL));
        HssLmsTestKey second = HssLmsTestKey.generate("same", List.of(SMALL, SMALL));

        assertArrayEquals(first.publicKey(), second.publicKey());
        assertArrayEquals(first.sign(MESSAGE), second.sign(MESSAGE));
        assertArrayEquals(first.sign(MESSAGE), second.sign(MESSAGE));
    }

    @Test
    void eachSignatureUsesANewOneTimeKey() {
        HssLmsTestKey key = HssLmsTestKey.generate("stateful", List.of(SMALL));

        assertFalse(Arrays.equals(key.sign(MESSAGE), key.sign(MESSAGE)));
    }

    @Test
    void itsSignaturesVerifyAndCarryOneSignedKeyPerLowerLevel() throws Exception {
        HssLmsTestKey key = HssLmsTestKey.generate("levels", List.of(SMALL, SMALL));
        byte[] signature = key.sign(MESSAGE);
        HSSSigner verifier = new HSSSigner();
        verifier.init(false, HSSPublicKeyParameters.getInstance(key.publicKey()));

        assertTrue(verifier.verifySignature(MESSAGE, signature));
        assertEquals(1, signature[3], "Nspk = L - 1");
        assertEquals(2, key.publicKey()[3], "L");
    }

    @Test
    void hasOneToEightLevels() {
        assertThrows(IllegalArgumentException.class, () -> HssLmsTestKey.generate("none", List.of()));
    }
}
