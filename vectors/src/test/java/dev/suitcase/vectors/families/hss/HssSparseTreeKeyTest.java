package dev.suitcase.vectors.families.hss;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.crypto.KeyCheck;
import org.bouncycastle.crypto.params.HSSPublicKeyParameters;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.crypto.signers.HSSSigner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a sparse tree key signs must verify under BouncyCastle, for every hash function and shape it is
 * used with; what one made as given (nine levels, a leaf outside its tree) verifies exactly for a
 * verifier without the rule it breaks.
 */
class HssSparseTreeKeyTest {
    private static final byte[] MESSAGE = "firmware image 1.2.3".getBytes(StandardCharsets.UTF_8);

    private static boolean bouncyCastleVerifies(byte[] publicKey, byte[] message, byte[] signature) throws Exception {
        HSSSigner verifier = new HSSSigner();
        verifier.init(false, HSSPublicKeyParameters.getInstance(publicKey));
        return verifier.verifySignature(message, signature);
    }

    private static void assertVerifies(String label, HssSparseTreeKey.Level... levels) throws Exception {
        HssSparseTreeKey key = HssSparseTreeKey.generate(label, List.of(levels));
        byte[] signature = key.sign(MESSAGE);
        assertTrue(bouncyCastleVerifies(key.publicKey(), MESSAGE, signature), label);
        byte[] other = MESSAGE.clone();
        other[0] ^= 1;
        assertFalse(bouncyCastleVerifies(key.publicKey(), other, signature), label + " with another message");
    }

    @Test
    void sha256TreeWithW8SignsAtLeafZero() throws Exception {
        assertVerifies("sha256-w8", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8, 0));
    }

    @Test
    void everyWinternitzWidthSignsAtAnOddLeaf() throws Exception {
        for (LMOtsParameters ots : List.of(LMOtsParameters.sha256_n32_w1, LMOtsParameters.sha256_n32_w2,
                LMOtsParameters.sha256_n32_w4)) {
            assertVerifies("width-" + ots.getW(), new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h10, ots, 777));
        }
    }

    @Test
    void truncatedSha256AndBothShakeSetsVerify() throws Exception {
        assertVerifies("sha256-192", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n24_h10, LMOtsParameters.sha256_n24_w4, 1023));
        assertVerifies("shake-256", new HssSparseTreeKey.Level(LMSigParameters.lms_shake256_n32_h5, LMOtsParameters.shake256_n32_w2, 17));
        assertVerifies("shake-192", new HssSparseTreeKey.Level(LMSigParameters.lms_shake256_n24_h15, LMOtsParameters.shake256_n24_w8, 4242));
    }

    @Test
    void theLastLeafOfAnH25TreeSigns() throws Exception {
        assertVerifies("h25", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h25, LMOtsParameters.sha256_n32_w1, (1L << 25) - 1));
    }

    @Test
    void threeLevelsWithDifferentParameterSetsVerify() throws Exception {
        assertVerifies("three-levels",
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h15, LMOtsParameters.sha256_n32_w2, 3),
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h10, LMOtsParameters.sha256_n32_w4, 0),
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8, 31));
    }

    @Test
    void theSameLabelGivesTheSameKeyAndSignature() {
        HssSparseTreeKey.Level level = new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 9);
        HssSparseTreeKey first = HssSparseTreeKey.generate("same", List.of(level));
        HssSparseTreeKey second = HssSparseTreeKey.generate("same", List.of(level));

        assertArrayEquals(first.publicKey(), second.publicKey());
        assertArrayEquals(first.sign(MESSAGE), second.sign(MESSAGE));
        assertEquals(60, first.publicKey().length);
    }

    @Test
    void refusesToSignTwice() {
        HssSparseTreeKey key = HssSparseTreeKey.generate("once",
                List.of(new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 0)));
        key.sign(MESSAGE);

        assertThrows(IllegalStateException.class, () -> key.sign(MESSAGE));
    }

    @Test
    void refusesALeafOutsideTheTree() {
        assertThrows(IllegalArgumentException.class, () -> HssSparseTreeKey.generate("outside",
                List.of(new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 32))));
    }

    @Test
    void refusesNineLevels() {
        assertThrows(IllegalArgumentException.class, () -> HssSparseTreeKey.generate("nine", Collections.nCopies(9,
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 0))));
    }

    @Test
    void aLeafOutsideItsTreeVerifiesOnlyForAVerifierWithoutTheRangeRule() {
        HssSparseTreeKey key = HssSparseTreeKey.generateAsGiven("outside, as given",
                List.of(new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 32)));
        byte[] signature = key.sign(MESSAGE);
        assertOnlyAcceptedWithout(KeyCheck.LMS_Q_RANGE, key.coseKey().toByteArray(), signature);
    }

    @Test
    void nineLevelsVerifyOnlyForAVerifierWithoutTheLevelRule() {
        HssSparseTreeKey key = HssSparseTreeKey.generateAsGiven("nine, as given", Collections.nCopies(9,
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 0)));
        byte[] signature = key.sign(MESSAGE);
        assertOnlyAcceptedWithout(KeyCheck.HSS_LEVELS, key.coseKey().toByteArray(), signature);
    }

    private static void assertOnlyAcceptedWithout(KeyCheck check, byte[] coseKey, byte[] signature) {
        Outcome strict = new ReferenceVerifier(VerifierOptions.DEFAULT)
                .verifySignature(Algorithm.HSS_LMS, coseKey, MESSAGE, signature);
        assertEquals(Optional.of(check), strict.check(), strict::toString);
        Outcome without = new ReferenceVerifier(Knockouts.without(VerifierOptions.DEFAULT, check))
                .verifySignature(Algorithm.HSS_LMS, coseKey, MESSAGE, signature);
        assertTrue(without.accepted(), without::toString);
    }
}
