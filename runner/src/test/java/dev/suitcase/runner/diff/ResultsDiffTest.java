package dev.suitcase.runner.diff;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.CorpusInfo;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsDiffTest {
    private static final AdapterUnderTest ALPHA = Fixtures.adapter("alpha");
    private static final AdapterUnderTest BETA = Fixtures.adapter("beta");
    private static final Vector VALID = Fixtures.accepting("signature.es256.test.valid");
    private static final Vector BITFLIP = Fixtures.rejecting("signature.es256.test.bitflip", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
    private static final Vector OLD = Fixtures.accepting("signature.es256.test.old");
    private static final Vector NEW = Fixtures.accepting("signature.es256.test.new");

    private static Results results(List<AdapterUnderTest> adapters, Result... results) {
        return new Results(Fixtures.run(adapters), List.of(results));
    }

    private static Results before() {
        return results(List.of(ALPHA, BETA),
                Fixtures.judged(VALID, ALPHA, AdapterOutcome.accept().withDuration(Duration.ofMillis(1))),
                Fixtures.judged(BITFLIP, ALPHA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "bad")),
                Fixtures.judged(BITFLIP, BETA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")),
                Fixtures.judged(OLD, ALPHA, AdapterOutcome.accept()));
    }

    private static Results after() {
        return results(List.of(ALPHA, BETA),
                // details and durations differ, the behaviour does not
                Fixtures.judged(VALID, ALPHA, AdapterOutcome.accept().withDuration(Duration.ofMillis(9)).withStderr("noise")),
                Fixtures.judged(BITFLIP, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(BITFLIP, BETA, AdapterOutcome.reject(Reason.BAD_STRUCTURE, "")),
                Fixtures.judged(NEW, BETA, AdapterOutcome.reject(Reason.BAD_KEY, "")));
    }

    @Test
    void listsAddedRemovedAndChangedResultsByVectorThenAdapter() {
        ResultsDiff diff = ResultsDiff.between(before(), after());

        assertEquals(List.of(
                "CHANGED alpha signature.es256.test.bitflip: PASS (reject SIGNATURE_INVALID) -> FAIL_ACCEPTED (accept)",
                "CHANGED beta signature.es256.test.bitflip: PASS (reject SIGNATURE_INVALID) -> PASS_OTHER_REASON (reject BAD_STRUCTURE)",
                "ADDED beta signature.es256.test.new: - -> FAIL_REJECTED (reject BAD_KEY)",
                "REMOVED alpha signature.es256.test.old: PASS (accept) -> -"),
                diff.changes().stream().map(ResultChange::describe).toList());
        assertEquals(1, diff.unchanged());
        assertEquals(1, diff.added().size());
        assertEquals(1, diff.removed().size());
        assertEquals(2, diff.changed().size());
    }

    @Test
    void seesAReasonChangeEvenWhenTheVerdictStaysTheSame() {
        Results first = results(List.of(ALPHA), Fixtures.judged(BITFLIP, ALPHA, AdapterOutcome.reject(Reason.BAD_STRUCTURE, "")));
        Results second = results(List.of(ALPHA), Fixtures.judged(BITFLIP, ALPHA, AdapterOutcome.reject(Reason.BAD_KEY, "")));

        ResultsDiff diff = ResultsDiff.between(first, second);

        assertEquals(1, diff.changed().size());
        assertEquals(first.results().get(0).verdict(), second.results().get(0).verdict());
    }

    @Test
    void findsNoChangeBetweenARunAndItself() {
        ResultsDiff diff = ResultsDiff.between(after(), after());

        assertEquals(List.of(), diff.changes());
        assertEquals(after().results().size(), diff.unchanged());
        assertTrue(diff.sameCorpus());
    }

    @Test
    void callsNewFailuresRegressionsAndGoneFailuresFixes() {
        ResultsDiff forward = ResultsDiff.between(before(), after());
        ResultsDiff backward = ResultsDiff.between(after(), before());

        assertEquals(List.of("alpha signature.es256.test.bitflip", "beta signature.es256.test.new"),
                forward.regressions().stream().map(change -> change.adapter() + " " + change.vector()).toList());
        assertTrue(backward.changes().stream().anyMatch(ResultChange::isFix));
        assertFalse(forward.changes().stream().anyMatch(ResultChange::isFix));
    }

    @Test
    void saysWhenTheRunsUsedDifferentCorpora() {
        Results other = new Results(new RunInfo("0.1.0-test", new CorpusInfo("0.2.0", "cd".repeat(32)), RunOptions.defaults(),
                List.of(ALPHA, BETA), Fixtures.STARTED, Optional.of(Fixtures.FINISHED)), after().results());

        assertFalse(ResultsDiff.between(before(), other).sameCorpus());
    }

    @Test
    void takesAnAcceptedAdvisoryForAChangeNotARegression() {
        Vector bothBuckets = Fixtures.vector("cose.es256.test.alg-in-both", Expectation.reject(Reason.HEADER_INVALID)
                .advisory(Advisory.Basis.RECIPIENT_SHOULD, "RFC 9052 §3: applications SHOULD verify that the same label does "
                        + "not occur in both the protected and the unprotected header parameters"), Severity.HIGH);
        Results rejected = results(List.of(ALPHA), Fixtures.judged(bothBuckets, ALPHA, AdapterOutcome.reject(Reason.HEADER_INVALID, "")));
        Results accepted = results(List.of(ALPHA), Fixtures.judged(bothBuckets, ALPHA, AdapterOutcome.accept()));

        ResultsDiff diff = ResultsDiff.between(rejected, accepted);

        assertEquals(1, diff.changed().size());
        assertEquals(List.of(), diff.regressions(), "an advisory fails only under --fail-on advisory");
        assertFalse(ResultsDiff.between(accepted, rejected).changed().get(0).isFix());
    }
}
