package dev.suitcase.vectors.keys;

import org.bouncycastle.crypto.params.HSSPublicKeyParameters;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.crypto.signers.HSSSigner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HssLmsTestKeyTest {
    private static final LMSParameters SMALL = new LMSParameters(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8);
    private static final byte[] MESSAGE = "firmware".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameLabelGivesTheSameKeyAndTheSameSignatureSequence() {
        HssLmsTestKey first = HssLmsTestKey.generate("same", List.of(SMALL, SMALL));
        HssLmsTestKey second = HssLmsTestKey.generate("same", List.of(SMALL, SMALL));

        assertEquals(first.coseKey(), second.coseKey());
        assertEquals(first.sign(MESSAGE), second.sign(MESSAGE));
        assertEquals(first.sign(MESSAGE), second.sign(MESSAGE));
    }

    @Test
    void eachSignatureUsesANewOneTimeKey() {
        HssLmsTestKey key = HssLmsTestKey.generate("stateful", List.of(SMALL));

        assertNotEquals(key.sign(MESSAGE), key.sign(MESSAGE));
    }

    @Test
    void itsSignaturesVerifyAndCarryOneSignedKeyPerLowerLevel() throws Exception {
        HssLmsTestKey key = HssLmsTestKey.generate("levels", List.of(SMALL, SMALL));
        byte[] signature = key.sign(MESSAGE).toByteArray();
        HSSSigner verifier = new HSSSigner();
        verifier.init(false, HSSPublicKeyParameters.getInstance(key.publicKey()));

        assertTrue(verifier.verifySignature(MESSAGE, signature));
        assertEquals(1, signature[3], "Nspk = L - 1");
        assertEquals(2, key.publicKey()[3], "L");
    }

    @Test
    void itsCoseKeyCarriesThePublicKeyAtLabelMinusOne() {
        HssLmsTestKey key = HssLmsTestKey.generate("cose", List.of(SMALL));

        // {1: 5, -1: h'...'}, the public key 60 bytes for L = 1, SHA-256/M32
        assertTrue(key.coseKey().hex().startsWith("a2010520583c00000001"), key.coseKey().hex());
    }
}
