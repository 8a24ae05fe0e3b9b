package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.generate.GeneratorContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.suitcase.vectors.families.hss.HssParameters.generated;
import static dev.suitcase.vectors.families.hss.HssParameters.sparse;
import static dev.suitcase.vectors.families.hss.HssParameters.tree;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N24_W4;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W1;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W2;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W4;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W8;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHAKE_N24_W2;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHAKE_N32_W4;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M24_H25;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H10;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H15;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H20;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H25;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H5;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHAKE_M24_H10;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHAKE_M32_H5;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numbers a table row's text states are computed from its parameter sets: they must be those of RFC
 * 8554's own test case and of the signatures the keys make, and a signature that differs from its row
 * must stop the generation.
 */
class HssParametersTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("sources"), "test");
    private static final byte[] MESSAGE = "firmware image 1.2.3".getBytes(StandardCharsets.UTF_8);
    /** RFC 8554 Test Case 1: L = 2, both trees H5/W8, signing at leaves 5 and 10. */
    private static final HssParameters TEST_CASE_1 = sparse(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 5),
            tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 10));

    @Test
    void theLengthsOfRfc8554TestCase1AreThoseItPrints() {
        HssKnownAnswer answer = HssKnownAnswer.rfc8554TestCase1(CONTEXT);

        assertEquals(60, TEST_CASE_1.publicKeyLength());
        assertEquals(2644, TEST_CASE_1.signatureLength());
        TEST_CASE_1.check("Test Case 1", answer.publicKey(), answer.signature());
    }

    @Test
    void aSignatureThatIsNotTheRowsStopsTheGeneration() {
        HssKnownAnswer answer = HssKnownAnswer.rfc8554TestCase1(CONTEXT);
        HssParameters otherLeaf = sparse(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 5),
                tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 11));
        HssParameters otherWidth = sparse(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 5),
                tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, 10));

        IllegalStateException leaf = assertThrows(IllegalStateException.class,
                () -> otherLeaf.check("tc1", answer.publicKey(), answer.signature()));
        assertTrue(leaf.getMessage().contains("level 2 of the signature is not LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W8 at leaf 11"),
                leaf.getMessage());
        IllegalStateException width = assertThrows(IllegalStateException.class,
                () -> otherWidth.check("tc1", answer.publicKey(), answer.signature()));
        assertTrue(width.getMessage().contains("where RFC 8554 gives 60 and 3700"), width.getMessage());
    }

    @Test
    void theComputedLengthsAreThoseOfTheSignaturesMade() {
        for (HssParameters key : List.of(
                sparse(tree(LMS_SHAKE_M24_H10, LMOTS_SHAKE_N24_W2, 999)),
                sparse(tree(LMS_SHA256_M24_H25, LMOTS_SHA256_N24_W4, 7)),
                sparse(tree(LMS_SHA256_M32_H15, LMOTS_SHA256_N32_W2, 3), tree(LMS_SHA256_M32_H10, LMOTS_SHA256_N32_W4, 0),
                        tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 31)),
                generated(tree(LMS_SHAKE_M32_H5, LMOTS_SHAKE_N32_W4), tree(LMS_SHAKE_M32_H5, LMOTS_SHAKE_N32_W4)))) {
            HssParameters.Signed signed = key.sign("lengths " + key, MESSAGE);

            assertEquals(key.signatureLength(), signed.signature().length, key.toString());
            assertEquals(key.publicKeyLength(), signed.publicKey().length, key.toString());
        }
    }

    @Test
    void aGeneratedKeySpendsTheLeavesBeforeTheRowsOnes() {
        HssParameters secondBottomTree = generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, 1),
                tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, 0));

        assertEquals(32, secondBottomTree.signaturesBefore());
        assertEquals("33rd", secondBottomTree.words().get("signature-ordinal"));
        HssParameters.Signed signed = secondBottomTree.sign("second bottom tree", MESSAGE);
        HssSignatureLayout layout = HssSignatureLayout.parse(signed.publicKey(), signed.signature());
        assertEquals(1, layout.u32At(layout.level(0).q()));
        assertEquals(0, layout.u32At(layout.bottom().q()));
    }

    @Test
    void wordsGiveTheRfcNumbersOfEachLevel() {
        Map<String, String> words = sparse(tree(LMS_SHA256_M32_H15, LMOTS_SHA256_N32_W1, 20000)).words();

        assertEquals("LMS_SHA256_M32_H15 / LMOTS_SHA256_N32_W1", words.get("tree"));
        assertEquals("265", words.get("p"));
        assertEquals("7", words.get("ls"));
        assertEquals("1", words.get("max-step"));
        assertEquals("32768", words.get("leaves"));
        assertEquals("52768", words.get("node"));
        assertEquals("9008", words.get("signature-length"));
        assertEquals("0x07", words.get("lms-code"));
        assertEquals("H15/W1", words.get("short-1"));
        assertFalse(words.containsKey("q-power"));
        assertFalse(words.containsKey("q-last"));
        assertFalse(words.containsKey("signature-ordinal"));

        assertEquals("2^19", sparse(tree(LMS_SHA256_M32_H20, LMOTS_SHA256_N32_W8, 1L << 19)).words().get("q-power"));
        assertEquals("2^25 - 1", sparse(tree(LMS_SHA256_M32_H25, LMOTS_SHA256_N32_W4, (1L << 25) - 1)).words().get("q-last"));
        Map<String, String> mixed = sparse(tree(LMS_SHA256_M32_H10, LMOTS_SHA256_N32_W4, 1),
                tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W2, 2)).words();
        assertEquals("two", mixed.get("levels-word"));
        assertEquals("one", mixed.get("nspk-word"));
        assertEquals("H5/W2", mixed.get("short-2"));
        assertEquals("ten", mixed.get("h-word"));
        assertEquals("SHA-256/256", mixed.get("hash"));
    }

    @Test
    void flagsFollowFromTheKey() {
        assertEquals(List.of("ParameterSet", "Sha256M24", "SparseTree", "TallTree"),
                sparse(tree(LMS_SHA256_M24_H25, LMOTS_SHA256_N24_W4, 7)).flags());
        assertEquals(List.of("ParameterSet", "MultiLevel", "MixedLevels", "SparseTree"),
                sparse(tree(LMS_SHA256_M32_H15, LMOTS_SHA256_N32_W2, 3), tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 0))
                        .flags());
        HssParameters shakeBottom = generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4),
                tree(LMS_SHAKE_M32_H5, LMOTS_SHAKE_N32_W4));
        assertTrue(shakeBottom.mixesHashFunctions());
        assertEquals(List.of("HashFamilyMix", "MultiLevel"), shakeBottom.flags());
        assertFalse(shakeBottom.words().containsKey("hash"));
        assertTrue(generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N24_W4)).mixesHashFunctions());
    }

    @Test
    void ordinalsAreEnglish() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "33rd", "111th", "112th"),
                List.of(1L, 2L, 3L, 4L, 11L, 12L, 13L, 21L, 22L, 33L, 111L, 112L).stream().map(HssParameters::ordinal).toList());
    }

    @Test
    void aLeafOutsideItsTreeOrAKeyOfNineLevelsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, 32));
        HssParameters.Tree[] nine = Collections.nCopies(9, tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4)).toArray(HssParameters.Tree[]::new);
        assertThrows(IllegalArgumentException.class, () -> generated(nine));
    }
}
