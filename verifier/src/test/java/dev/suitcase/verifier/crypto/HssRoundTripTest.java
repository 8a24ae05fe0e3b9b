package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;

import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys and signatures made by BouncyCastle's HSS signer (the suite's seeded HSS-LMS test keys)
 * verify under {@link HssPublicKey} for every family of parameter sets: each Winternitz width,
 * the SHA-256/192 and SHAKE sets of RFC 9858, one to three levels, and levels with different
 * parameter sets. Trees are H5 to keep key generation fast (RFC 8554 Test Case 2 and RFC 9858
 * A.4 cover H10 and H20). Mixed hierarchies put the larger m on top: BouncyCastle derives each
 * child tree's seed from its parent's, and refuses an m = 32 child under an m = 24 parent.
 */
class HssRoundTripTest {
    private static final byte[] MESSAGE = "firmware manifest ToBeSigned".getBytes(StandardCharsets.UTF_8);

    /** The parameter sets of each level, top first. */
    record Hierarchy(List<LmsTreeParameters> levels) {
        static Hierarchy of(LmsType lmsType, LmOtsType otsType, int levels) {
            List<LmsTreeParameters> trees = new ArrayList<>();
            for (int i = 0; i < levels; i++) {
                trees.add(new LmsTreeParameters(lmsType, otsType));
            }
            return new Hierarchy(trees);
        }

        static Hierarchy of(LmsTreeParameters... trees) {
            return new Hierarchy(List.of(trees));
        }

        @Override
        public String toString() {
            return "L = " + levels.size() + " " + levels;
        }
    }

    static List<Hierarchy> hierarchies() {
        return List.of(
                Hierarchy.of(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W1, 1),
                Hierarchy.of(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W2, 1),
                Hierarchy.of(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W4, 1),
                Hierarchy.of(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W8, 1),
                Hierarchy.of(LmsType.LMS_SHA256_M24_H5, LmOtsType.LMOTS_SHA256_N24_W1, 1),
                Hierarchy.of(LmsType.LMS_SHA256_M24_H5, LmOtsType.LMOTS_SHA256_N24_W4, 1),
                Hierarchy.of(LmsType.LMS_SHAKE_M32_H5, LmOtsType.LMOTS_SHAKE_N32_W4, 1),
                Hierarchy.of(LmsType.LMS_SHAKE_M24_H5, LmOtsType.LMOTS_SHAKE_N24_W2, 1),
                Hierarchy.of(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W8, 2),
                Hierarchy.of(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W4, 3),
                Hierarchy.of(new LmsTreeParameters(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W8),
                        new LmsTreeParameters(LmsType.LMS_SHAKE_M24_H5, LmOtsType.LMOTS_SHAKE_N24_W4)),
                Hierarchy.of(new LmsTreeParameters(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W2),
                        new LmsTreeParameters(LmsType.LMS_SHAKE_M32_H5, LmOtsType.LMOTS_SHAKE_N32_W8),
                        new LmsTreeParameters(LmsType.LMS_SHA256_M24_H5, LmOtsType.LMOTS_SHA256_N24_W8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hierarchies")
    void acceptsSignaturesMadeByBouncyCastle(Hierarchy hierarchy) {
        Signer signer = new Signer(hierarchy, "round trip " + hierarchy);
        HssPublicKey key = HssPublicKey.fromEncoded(signer.publicKey());
        assertEquals(hierarchy.levels().size(), key.levels());
        assertEquals(hierarchy.levels().get(0).lmsType(), key.lmsType());
        assertEquals(hierarchy.levels().get(0).otsType(), key.lmOtsType());

        byte[] first = signer.sign(MESSAGE);
        byte[] second = signer.sign(MESSAGE);
        assertAccepted(HssOutcomes.verify(signer.publicKey(), MESSAGE, first));
        assertAccepted(HssOutcomes.verify(signer.publicKey(), MESSAGE, second));

        HssSignature structure = HssSignature.parse(second, key);
        for (int level = 0; level < hierarchy.levels().size(); level++) {
            assertEquals(hierarchy.levels().get(level), structure.tree(level), "parameter sets of level " + level);
        }
        assertEquals(1, structure.leafIndex(hierarchy.levels().size() - 1), "the second signature uses the next leaf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hierarchies")
    void rejectsSignatureWithOnePathBitFlipped(Hierarchy hierarchy) {
        Signer signer = new Signer(hierarchy, "flipped path " + hierarchy);
        byte[] signature = signer.sign(MESSAGE);
        signature[signature.length - 1] ^= 0x40;
        Outcome outcome = HssOutcomes.verify(signer.publicKey(), MESSAGE, signature);
        assertEquals(Reason.SIGNATURE_INVALID, outcome.reason().orElse(null), outcome.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hierarchies")
    void signatureHasTheLengthItsTypeCodesFix(Hierarchy hierarchy) {
        Signer signer = new Signer(hierarchy, "length " + hierarchy);
        int expected = 4;
        List<LmsTreeParameters> levels = hierarchy.levels();
        for (int level = 0; level < levels.size(); level++) {
            LmsTreeParameters tree = levels.get(level);
            expected += tree.lmsType().signatureLength(tree.otsType());
            if (level + 1 < levels.size()) {
                expected += levels.get(level + 1).lmsType().publicKeyLength();
            }
        }
        assertEquals(expected, signer.sign(MESSAGE).length);
    }

    @Test
    void sameSeedLabelGivesTheSameKey() {
        Hierarchy hierarchy = Hierarchy.of(LmsType.LMS_SHA256_M24_H5, LmOtsType.LMOTS_SHA256_N24_W4, 2);
        assertArrayEquals(new Signer(hierarchy, "seed").publicKey(), new Signer(hierarchy, "seed").publicKey());
    }

    private static void assertAccepted(Outcome outcome) {
        assertTrue(outcome.accepted(), outcome.toString());
    }

    /** The suite's HSS-LMS test key of the hierarchy, generated by BouncyCastle from a seeded random source. */
    private static final class Signer {
        private final HssLmsTestKey key;

        Signer(Hierarchy hierarchy, String seedLabel) {
            List<LMSParameters> parameters = new ArrayList<>();
            for (LmsTreeParameters level : hierarchy.levels()) {
                parameters.add(LMSParameters.create(LMSigParameters.getParametersForType(level.lmsType().code()),
                        LMOtsParameters.getParametersForType(level.otsType().code())));
            }
            key = HssLmsTestKey.generate(seedLabel, parameters);
        }

        byte[] publicKey() {
            return key.publicKey();
        }

        byte[] sign(byte[] message) {
            return key.sign(message);
        }
    }
}
