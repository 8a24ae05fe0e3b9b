package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BehaviourPatternTest {
    private static final AdapterUnderTest A = Fixtures.adapter("a");
    private static final AdapterUnderTest B = Fixtures.adapter("b");

    @Test
    void keepsOneRowPerDistinctPatternOfVerdictsWithItsVectors() {
        List<Result> results = new ArrayList<>();
        for (String name : List.of("v1", "v2", "v3")) {
            Vector valid = Fixtures.accepting("signature.es256.test." + name);
            results.add(Fixtures.judged(valid, A, AdapterOutcome.accept()));
            results.add(Fixtures.judged(valid, B, AdapterOutcome.accept()));
        }
        for (String name : List.of("r2", "r1")) {
            Vector bitflip = Fixtures.rejecting("signature.es256.test." + name, Reason.SIGNATURE_INVALID, Severity.CRITICAL);
            results.add(Fixtures.judged(bitflip, A, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")));
            results.add(Fixtures.judged(bitflip, B, AdapterOutcome.accept()));
        }

        List<BehaviourPattern> patterns = BehaviourPattern.of(matrix(results));

        assertEquals(2, patterns.size());
        BehaviourPattern failing = patterns.get(0);
        assertTrue(failing.failing(), "a pattern with a failure comes first, though it is the less common");
        assertEquals(2, failing.count());
        assertEquals("signature.es256.test.r1", failing.exampleId(), "the example is the first in id order");
        assertEquals(List.of("PASS", "FAIL_ACCEPTED"), failing.cells().stream().map(MatrixCell::verdict).toList());
        assertEquals("b: FAIL_ACCEPTED", failing.cells().get(1).tooltip(), "a pattern's cell describes every vector, not one answer");
        BehaviourPattern passing = patterns.get(1);
        assertFalse(passing.failing());
        assertEquals(List.of("signature.es256.test.v1", "signature.es256.test.v2", "signature.es256.test.v3"),
                passing.vectors().stream().map(MatrixRow::id).toList());
    }

    @Test
    void ordersPatternsOfTheSameStandingByHowManyVectorsShowThem() {
        List<Result> results = new ArrayList<>();
        Vector lone = Fixtures.accepting("signature.es256.test.a-lone");
        results.add(Fixtures.judged(lone, A, AdapterOutcome.accept()));
        results.add(Fixtures.judged(lone, B, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")));
        for (String name : List.of("b1", "b2")) {
            Vector crashing = Fixtures.accepting("signature.es256.test." + name);
            results.add(Fixtures.judged(crashing, A, AdapterOutcome.accept()));
            results.add(Fixtures.judged(crashing, B, AdapterOutcome.crash("segfault")));
        }

        List<BehaviourPattern> patterns = BehaviourPattern.of(matrix(results));

        assertEquals(List.of(2, 1), patterns.stream().map(BehaviourPattern::count).toList());
    }

    @Test
    void unsupportedIsNoFailureUnderAllowUnimplemented() {
        Vector valid = Fixtures.accepting("signature.es256.test.valid");
        List<Result> results = List.of(Fixtures.judged(valid, A, AdapterOutcome.unsupported("later")),
                Fixtures.judged(valid, B, AdapterOutcome.accept()));
        RunOptions options = new RunOptions(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                Optional.empty(), true, Optional.empty());
        Results allowing = new Results(Fixtures.run(List.of(A, B), options), results);

        assertFalse(BehaviourPattern.of(Matrix.of(allowing, Map.of(), Set.of())).get(0).failing());
        assertTrue(BehaviourPattern.of(matrix(results)).get(0).failing());
    }

    private static Matrix matrix(List<Result> results) {
        return Matrix.of(new Results(Fixtures.run(List.of(A, B)), results), Map.of(), Set.of());
    }
}
