package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixTest {
    private final Results results = ReportFixtures.finished();
    private final Map<VectorId, Vector> vectors = ReportFixtures.corpus().vectors().stream()
            .collect(Collectors.toMap(Vector::id, Function.identity()));

    @Test
    void hasARowPerVectorInIdOrderWithACellPerAdapterInRunOrder() {
        Matrix matrix = Matrix.of(results, vectors, Set.of(ReportFixtures.BITFLIP.id()));

        assertEquals(List.of("cose.any.test.crit", "signature.ed25519.test.valid", "signature.es256.test.bitflip",
                "signature.es256.test.either", "signature.es256.test.high-s", "signature.es256.test.valid"),
                matrix.rows().stream().map(MatrixRow::id).toList());
        MatrixRow bitflip = matrix.rows().get(2);
        assertEquals(List.of("PASS", "FAIL_ACCEPTED"), bitflip.pattern());
        assertEquals(List.of(ReportFixtures.ALPHA.name(), ReportFixtures.HOSTILE_ADAPTER.name()),
                bitflip.cells().stream().map(MatrixCell::adapter).toList());
        assertEquals("v-fail-accepted", bitflip.cells().get(1).css());
        assertTrue(bitflip.cells().get(1).tooltip().endsWith(": FAIL_ACCEPTED (accept)"), bitflip.cells().get(1).tooltip());
        assertEquals("alpha: PASS (reject SIGNATURE_INVALID)", bitflip.cells().get(0).tooltip());
        assertTrue(bitflip.detailed());
        assertFalse(matrix.rows().get(0).detailed());
        assertEquals("critical", bitflip.severity());
        assertEquals("Runner test bitflip", bitflip.title());
    }

    @Test
    void offersTheFiltersTheRowsCanMatch() {
        Matrix matrix = Matrix.of(results, vectors, Set.of());

        assertEquals(List.of("signature", "cose"), matrix.layers());
        assertEquals(List.of("es256", "ed25519", "any"), matrix.algorithms(), "in algorithm order, any last");
        assertEquals(List.of("critical", "high", "medium", "low"), matrix.severities());
        assertEquals(List.of(Verdict.PASS, Verdict.PASS_OTHER_REASON, Verdict.FAIL_ACCEPTED, Verdict.FAIL_REJECTED,
                Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.CRASH), matrix.verdicts().stream().map(VerdictLegend::verdict).toList());
        assertEquals("FAIL_ACCEPTED FAIL_REJECTED UNSUPPORTED TIMEOUT CRASH", matrix.failureVerdicts());
        assertFalse(matrix.missingResults());
    }

    @Test
    void aVectorAnAdapterHasNoResultForGetsAnEmptyCellAndAVectorMissingFromTheCorpusStillGetsItsRow() {
        Results partial = ReportFixtures.results(List.of(
                Fixtures.judged(ReportFixtures.VALID, ReportFixtures.ALPHA, AdapterOutcome.accept())));

        Matrix matrix = Matrix.of(partial, Map.of(), Set.of());

        MatrixRow row = matrix.rows().get(0);
        assertEquals(List.of("PASS", MatrixCell.NO_RESULT), row.pattern());
        assertEquals(VerdictLegend.NO_RESULT_CSS, row.cells().get(1).css());
        assertEquals("(not in the corpus this report was given)", row.title());
        assertTrue(matrix.missingResults());
    }
}
