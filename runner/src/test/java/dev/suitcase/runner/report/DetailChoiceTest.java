package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DetailChoiceTest {
    private static final AdapterUnderTest A = Fixtures.adapter("a");
    private final Map<VectorId, List<Result>> byVector = new LinkedHashMap<>();

    @Test
    void detailsTheMostCostlyVectorsFirstUpToTheLimitAndCountsTheRest() {
        Vector passing = Fixtures.accepting("signature.es256.test.a-passing");
        Vector info = Fixtures.vector("signature.es256.test.b-info", Expectation.either(), Severity.CRITICAL);
        Vector otherReason = Fixtures.rejecting("signature.es256.test.c-other", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
        Vector crashLow = Fixtures.vector("signature.es256.test.d-crash-low", Expectation.accept(), Severity.LOW);
        Vector crashHigh = Fixtures.vector("signature.es256.test.e-crash-high", Expectation.accept(), Severity.HIGH);
        Vector accepted = Fixtures.rejecting("signature.es256.test.f-accepted", Reason.SIGNATURE_INVALID, Severity.INFO);
        add(passing, AdapterOutcome.accept());
        add(info, AdapterOutcome.accept());
        add(otherReason, AdapterOutcome.reject(Reason.BAD_STRUCTURE, ""));
        add(crashLow, AdapterOutcome.crash("boom"));
        add(crashHigh, AdapterOutcome.crash("boom"));
        add(accepted, AdapterOutcome.accept());

        DetailChoice three = DetailChoice.of(byVector, 3);

        assertEquals(Set.of(accepted.id(), crashHigh.id(), crashLow.id()), three.chosen(),
                "a security failure, however mild, then failures by severity");
        assertEquals(2, three.left(), "the INFO and the other reason are left out; the plain pass never called for one");
        DetailChoice all = DetailChoice.of(byVector, DetailChoice.LIMIT);
        assertEquals(5, all.chosen().size());
        assertEquals(0, all.left());
    }

    @Test
    void detailsAdvisoriesAfterTheWrongAnswersAndBeforeTheUnsupportedAnswers() {
        Vector unsupported = Fixtures.rejecting("signature.es256.test.a-unsupported", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
        Vector advisory = Fixtures.vector("signature.es256.test.b-advisory", Expectation.reject(Reason.SIGNATURE_MALFORMED)
                .advisory(Advisory.Basis.HARDENING, "the suite rejects what two verifiers could read two ways"), Severity.CRITICAL);
        Vector rejected = Fixtures.vector("signature.es256.test.c-rejected", Expectation.accept(), Severity.LOW);
        add(unsupported, AdapterOutcome.unsupported("not yet"));
        add(advisory, AdapterOutcome.accept());
        add(rejected, AdapterOutcome.reject(Reason.BAD_KEY, ""));

        assertEquals(Set.of(rejected.id()), DetailChoice.of(byVector, 1).chosen());
        assertEquals(Set.of(rejected.id(), advisory.id()), DetailChoice.of(byVector, 2).chosen());
    }

    @Test
    void notApplicableAndPassCallForNoDetail() {
        Vector valid = Fixtures.accepting("signature.es256.test.valid");

        assertFalse(DetailChoice.calledFor(List.of(Fixtures.judged(valid, A, AdapterOutcome.accept()),
                Fixtures.judge().notApplicable(valid, AdapterUnderTest.of("narrow", Fixtures.ics("narrow",
                        Set.of(Layer.SUIT), Set.of(Algorithm.ES256), Set.of()))))));
    }

    private void add(Vector vector, AdapterOutcome outcome) {
        byVector.put(vector.id(), List.of(Fixtures.judged(vector, A, outcome)));
    }
}
