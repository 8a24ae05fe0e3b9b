package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.BaselineEntry;
import dev.suitcase.runner.baseline.Gate;
import dev.suitcase.runner.baseline.GateOptions;
import dev.suitcase.runner.baseline.GateReport;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.score.UnsupportedGroup;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewFailuresTest {
    private final Results current = ReportFixtures.finished();

    @Test
    void withoutABaselineOrAPreviousRunNothingIsKnownToBeNew() {
        NewFailures none = NewFailures.of(current, Optional.empty(), Optional.empty());

        assertFalse(none.known());
        assertEquals(List.of(), none.notInBaseline());
        assertEquals(List.of(), none.sincePrevious());
    }

    @Test
    void theGatesUnexpectedFailuresAreNewSayingWhatTheBaselineExpected() {
        Result crash = ReportFixtures.result(current, ReportFixtures.EITHER, ReportFixtures.HOSTILE_ADAPTER).orElseThrow();
        Result accepted = ReportFixtures.result(current, ReportFixtures.BITFLIP, ReportFixtures.HOSTILE_ADAPTER).orElseThrow();
        Baseline baseline = new Baseline(List.of(
                new BaselineEntry(crash.adapter(), crash.vector(), Verdict.CRASH, "known crash"),
                new BaselineEntry(accepted.adapter(), accepted.vector(), Verdict.CRASH, "was a crash")));
        GateReport gate = Gate.evaluate(current, baseline, new GateOptions(false, Optional.empty(), false));

        NewFailures failures = NewFailures.of(current, Optional.of(gate), Optional.empty());

        assertTrue(failures.gated());
        assertEquals("exit 1: 3 unexpected failures, 1 baselined failure", failures.gate());
        assertEquals(List.of("signature.es256.test.bitflip", "signature.es256.test.high-s", "signature.ed25519.test.valid"),
                failures.notInBaseline().stream().map(NewFailure::vector).toList(),
                "accepted must-reject vectors first, critical then medium, then the rejected must-accept one");
        assertEquals("the baseline expects CRASH", failures.notInBaseline().get(0).since());
        assertEquals("not in the baseline", failures.notInBaseline().get(1).since());
    }

    @Test
    void aFailureThePreviousRunDidNotHaveIsNew() {
        List<Result> earlier = new ArrayList<>(current.results());
        earlier.removeIf(result -> result.vector().equals(ReportFixtures.HIGH_S.id())
                || result.vector().equals(ReportFixtures.EITHER.id()) && result.adapter().equals(ReportFixtures.HOSTILE_ADAPTER.name()));
        earlier.add(Fixtures.judged(ReportFixtures.HIGH_S, ReportFixtures.ALPHA,
                AdapterOutcome.reject(Reason.SIGNATURE_MALFORMED, "")));
        Results previous = ReportFixtures.results(earlier);

        NewFailures failures = NewFailures.of(current, Optional.empty(), Optional.of(previous));

        assertTrue(failures.compared());
        assertEquals(2, failures.sincePrevious().size());
        NewFailure regression = failures.sincePrevious().get(0);
        assertEquals("signature.es256.test.high-s", regression.vector());
        assertEquals("alpha", regression.adapter());
        assertEquals("was PASS", regression.since());
        NewFailure added = failures.sincePrevious().get(1);
        assertEquals("signature.es256.test.either", added.vector(), "medium before low");
        assertEquals("no result in the previous run", added.since());
        assertEquals("CRASH", added.legend().verdict().name());
    }

    @Test
    void groupsTheUnsupportedAnswersApartAndShowsAnAdvisoryWithoutItsSeverity() {
        Vector hss = Fixtures.accepting("signature.hss-lms.test.valid");
        Vector hssForgery = Fixtures.rejecting("signature.hss-lms.test.forgery", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
        Vector bothBuckets = Fixtures.vector("cose.es256.test.alg-in-both", Expectation.reject(Reason.HEADER_INVALID)
                .advisory(Advisory.Basis.RECIPIENT_SHOULD, "RFC 9052 §3: applications SHOULD verify that the same label does "
                        + "not occur in both the protected and the unprotected header parameters"), Severity.CRITICAL);
        List<Result> results = new ArrayList<>(current.results());
        results.add(Fixtures.judged(hss, ReportFixtures.ALPHA, AdapterOutcome.unsupported("no HSS")));
        results.add(Fixtures.judged(hssForgery, ReportFixtures.ALPHA, AdapterOutcome.unsupported("no HSS")));
        results.add(Fixtures.judged(bothBuckets, ReportFixtures.ALPHA, AdapterOutcome.accept()));
        Results run = new Results(Fixtures.run(List.of(ReportFixtures.ALPHA, ReportFixtures.HOSTILE_ADAPTER),
                new RunOptions(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), false,
                        Optional.of(FailOn.ADVISORY))), results);
        GateReport gate = Gate.evaluate(run, Baseline.empty(), GateOptions.of(run.run().options()));

        NewFailures failures = NewFailures.of(run, Optional.of(gate), Optional.of(current));

        assertEquals(List.of("signature.es256.test.bitflip", "signature.es256.test.high-s", "signature.ed25519.test.valid",
                "signature.es256.test.either", "cose.es256.test.alg-in-both"), failures.notInBaseline().stream().map(NewFailure::vector).toList());
        NewFailure advisory = failures.notInBaseline().get(4);
        assertEquals("advisory", advisory.severity(), "an advisory is never shown at the vector's severity");
        assertEquals(List.of("alpha: signature/HSS-LMS: 2 vectors answered unsupported although the statement claims them"),
                failures.unsupportedNotInBaseline().stream().map(UnsupportedGroup::describe).toList());
        assertEquals(2, failures.unsupportedNotInBaselineCount());
        assertEquals(List.of("cose.es256.test.alg-in-both"), failures.sincePrevious().stream().map(NewFailure::vector).toList(),
                "new since the previous run under this run's --fail-on advisory");
        assertEquals(2, failures.unsupportedSincePreviousCount());
        assertEquals("exit 1: 5 unexpected failures, 0 baselined failures, 2 unsupported answers the statements claim",
                failures.gate());
    }
}
