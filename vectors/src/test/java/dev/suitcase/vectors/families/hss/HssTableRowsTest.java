package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.suitcase.vectors.families.hss.HssParameters.sparse;
import static dev.suitcase.vectors.families.hss.HssParameters.tree;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W8;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H25;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rows of the HSS-LMS tables fill their words into every text, and refuse a word they do not know. */
class HssTableRowsTest {
    private static final HssParameters H25_LAST_LEAF = sparse(tree(LMS_SHA256_M32_H25, LMOTS_SHA256_N32_W8, (1L << 25) - 1));

    @Test
    void aKeyRowFillsTheKeysWordsAndItsOwn() {
        CaseSpec spec = HssKeyRow.of("signature.hss-lms.params.sample", Severity.LOW, H25_LAST_LEAF,
                        List.of("RFC8554-5.4-root"), "{tree}, last leaf q = {q-last}", """
                        p = {p} chains, {signature-length} bytes,
                        {other} more.""")
                .with("other", 42)
                .flag("LastLeaf")
                .spec();

        assertEquals("LMS_SHA256_M32_H25 / LMOTS_SHA256_N32_W8, last leaf q = 2^25 - 1", spec.title());
        assertEquals("p = 34 chains, 1936 bytes,\n42 more.", spec.description());
        assertEquals(List.of("ParameterSet", "SparseTree", "TallTree", "LastLeaf"), spec.flags());
        assertEquals("signature.hss-lms.params.sample", spec.id());
    }

    @Test
    void aKeyRowRefusesAnUnknownWordAndAWordGivenTwice() {
        HssKeyRow unknown = HssKeyRow.of("signature.hss-lms.params.sample", Severity.LOW, H25_LAST_LEAF,
                List.of("RFC8554-5.4-root"), "q = {q-power}", "text");
        IllegalStateException error = assertThrows(IllegalStateException.class, unknown::spec);
        assertTrue(error.getMessage().contains("uses {q-power}"), error.getMessage());

        HssKeyRow row = HssKeyRow.of("signature.hss-lms.params.sample", Severity.LOW, H25_LAST_LEAF,
                List.of("RFC8554-5.4-root"), "title", "text");
        assertThrows(IllegalArgumentException.class, () -> row.with("p", 1));
        assertThrows(IllegalArgumentException.class, () -> row.with("mine", 1).with("mine", 2));
    }

    @Test
    void anOtherAlgorithmRowFillsTheIdAndTheText() {
        CaseSpec spec = new OtherAlgorithmRow(Algorithm.EDDSA, "signature.hss-lms.alg-key.hss-key-with-{other-token}",
                Severity.HIGH, List.of("RFC8778-3-key-type"), List.of("AlgorithmConfusion"),
                "presented under {other-name} ({other-id})", "algorithm {other-id}, {1: {other-id}}").spec();

        assertEquals("signature.hss-lms.alg-key.hss-key-with-eddsa", spec.id());
        assertEquals("presented under EdDSA (-8)", spec.title());
        assertEquals("algorithm -8, {1: -8}", spec.description());
    }
}
