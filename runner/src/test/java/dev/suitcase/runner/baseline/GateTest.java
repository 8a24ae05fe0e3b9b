package dev.suitcase.runner.baseline;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.score.UnsupportedGroup;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GateTest {
    private static final AdapterUnderTest ALPHA = Fixtures.adapter("alpha");
    private static final GateOptions PLAIN = new GateOptions(false, Optional.empty(), false);

    private static final Vector VALID = Fixtures.accepting("signature.es256.test.valid");
    private static final Vector BITFLIP = Fixtures.rejecting("signature.es256.test.bitflip", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
    private static final Vector VALID_LOW = Fixtures.vector("signature.es256.test.valid-low",
            Expectation.accept(), Severity.LOW);
    private static final Vector SLOW = Fixtures.rejecting("signature.es256.test.slow", Reason.SIGNATURE_INVALID, Severity.HIGH);
    private static final Vector HSS = Fixtures.accepting("signature.hss-lms.test.valid");
    private static final Vector BOTH_BUCKETS = Fixtures.vector("cose.es256.test.alg-in-both", Expectation.reject(Reason.HEADER_INVALID)
            .advisory(Advisory.Basis.RECIPIENT_SHOULD, "RFC 9052 §3: applications SHOULD verify that the same label does not "
                    + "occur in both the protected and the unprotected header parameters"), Severity.LOW);

    private static List<Result> results() {
        return List.of(
                Fixtures.judged(VALID, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(BITFLIP, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(VALID_LOW, ALPHA, AdapterOutcome.reject(Reason.BAD_KEY, "")),
                Fixtures.judged(SLOW, ALPHA, AdapterOutcome.timeout("10 s")),
                Fixtures.judged(HSS, ALPHA, AdapterOutcome.unsupported("no HSS")));
    }

    private static Results run(List<Result> results) {
        return new Results(Fixtures.run(List.of(ALPHA)), results);
    }

    private static BaselineEntry entry(Vector vector, Verdict verdict) {
        return new BaselineEntry("alpha", vector.id(), verdict, "known: tracked upstream");
    }

    private static List<VectorId> vectors(List<GateReport.UnexpectedFailure> failures) {
        return failures.stream().map(failure -> failure.result().vector()).toList();
    }

    @Test
    void exitsOneForAFailureTheBaselineDoesNotListAndListsAcceptedMustRejectFirstUnsupportedLast() {
        GateReport report = Gate.evaluate(run(results()), Baseline.empty(), PLAIN);

        assertEquals(GateReport.EXIT_UNEXPECTED, report.exitCode());
        assertEquals(List.of(BITFLIP.id(), VALID_LOW.id(), SLOW.id(), HSS.id()), vectors(report.unexpectedFailures()),
                "FAIL_ACCEPTED, FAIL_REJECTED, TIMEOUT, then UNSUPPORTED, whatever their severities");
        assertEquals(List.of(BITFLIP.id(), VALID_LOW.id(), SLOW.id()), vectors(report.wrongAnswers()));
        assertEquals(List.of("alpha: signature/HSS-LMS: 1 vector answered unsupported although the statement claims it"),
                report.unsupported().stream().map(UnsupportedGroup::describe).toList());
    }

    @Test
    void listsTheAcceptedMustRejectVectorsMostSevereFirstBeforeAnyOtherFailure() {
        Vector lowForgery = Fixtures.rejecting("signature.es256.test.low-forgery", Reason.SIGNATURE_INVALID, Severity.LOW);
        Vector criticalValid = Fixtures.vector("signature.es256.test.critical-valid", Expectation.accept(), Severity.CRITICAL);
        List<Result> results = new ArrayList<>(results());
        results.add(Fixtures.judged(lowForgery, ALPHA, AdapterOutcome.accept()));
        results.add(Fixtures.judged(criticalValid, ALPHA, AdapterOutcome.crash("exit 139")));

        GateReport report = Gate.evaluate(run(results), Baseline.empty(), PLAIN);

        assertEquals(List.of(BITFLIP.id(), lowForgery.id(), VALID_LOW.id(), criticalValid.id(), SLOW.id(), HSS.id()),
                vectors(report.unexpectedFailures()));
    }

    @Test
    void exitsZeroWhenEveryFailureIsBaselined() {
        Results results = run(results());

        GateReport report = Gate.evaluate(results, Baseline.fromResults(results), PLAIN);

        assertEquals(GateReport.EXIT_OK, report.exitCode());
        assertEquals(List.of(), report.unexpectedFailures());
        assertEquals(4, report.baselinedFailures().size());
        assertEquals(List.of(), report.staleEntries());
    }

    @Test
    void treatsAFailureBaselinedAsAnotherFailureAsUnexpected() {
        Results results = run(results());
        List<BaselineEntry> entries = new ArrayList<>(Baseline.fromResults(results).entries());
        entries.removeIf(entry -> entry.vector().equals(SLOW.id()));
        entries.add(entry(SLOW, Verdict.CRASH));

        GateReport report = Gate.evaluate(results, new Baseline(entries), PLAIN);

        assertEquals(GateReport.EXIT_UNEXPECTED, report.exitCode());
        assertEquals(List.of(SLOW.id()), vectors(report.unexpectedFailures()));
        GateReport.UnexpectedFailure failure = report.unexpectedFailures().get(0);
        assertEquals(Optional.of(entry(SLOW, Verdict.CRASH)), failure.baselinedAs());
        assertTrue(failure.describe().startsWith("alpha signature.es256.test.slow: TIMEOUT (the baseline expects CRASH): "),
                failure.describe());
    }

    @Test
    void reportsAnUnexpectedPassAndItsStaleEntryWithoutFailing() {
        Results results = run(results());
        List<BaselineEntry> entries = new ArrayList<>(Baseline.fromResults(results).entries());
        entries.add(entry(VALID, Verdict.FAIL_REJECTED));

        GateReport report = Gate.evaluate(results, new Baseline(entries), PLAIN);

        assertEquals(GateReport.EXIT_OK, report.exitCode());
        assertEquals(1, report.unexpectedPasses().size());
        assertEquals(VALID.id(), report.unexpectedPasses().get(0).result().vector());
        assertEquals(List.of(entry(VALID, Verdict.FAIL_REJECTED)), report.staleEntries().stream().map(GateReport.StaleEntry::entry).toList());
        assertTrue(report.staleEntries().get(0).describe().contains("now PASS where the baseline expects FAIL_REJECTED; remove the entry"),
                report.staleEntries().get(0).describe());
    }

    @Test
    void failsOnStaleEntriesWithAStrictBaseline() {
        Results results = run(results());
        List<BaselineEntry> entries = new ArrayList<>(Baseline.fromResults(results).entries());
        entries.add(entry(VALID, Verdict.FAIL_REJECTED));

        GateReport report = Gate.evaluate(results, new Baseline(entries), new GateOptions(false, Optional.empty(), true));

        assertEquals(GateReport.EXIT_UNEXPECTED, report.exitCode());
    }

    @Test
    void reportsAnEntryWhoseVectorIsGoneFromACompleteRunOfTheWholeCorpus() {
        Results results = run(results());
        Vector gone = Fixtures.accepting("signature.es256.test.gone");
        List<BaselineEntry> entries = new ArrayList<>(Baseline.fromResults(results).entries());
        entries.add(entry(gone, Verdict.FAIL_REJECTED));

        GateReport report = Gate.evaluate(results, new Baseline(entries), PLAIN);

        assertEquals(1, report.staleEntries().size());
        assertEquals(gone.id(), report.staleEntries().get(0).entry().vector());
        assertTrue(report.staleEntries().get(0).why().contains("no longer in the corpus or was withdrawn"));
        assertEquals(GateReport.EXIT_OK, report.exitCode());
    }

    @Test
    void leavesAnEntryOfTheProducerMatrixUncheckedWithoutAResultSinceNoCorpusHoldsItsVector() {
        Results results = run(results());
        BaselineEntry envelope = new BaselineEntry("alpha", VectorId.parse("suit.es256.interop.example-0-from-python"),
                Verdict.FAIL_REJECTED, "refuses python's envelopes: tracked upstream");

        GateReport report = Gate.evaluate(results, new Baseline(List.of(envelope)), PLAIN);

        assertEquals(List.of(), report.staleEntries(), "the run is complete and of the whole corpus, but made no such vector");
        assertEquals(List.of(envelope), report.uncheckedEntries());
    }

    @Test
    void leavesEntriesUncheckedWhenTheRunSaysNothingAboutThem() {
        Vector gone = Fixtures.accepting("signature.es256.test.gone");
        Baseline baseline = new Baseline(List.of(entry(gone, Verdict.FAIL_REJECTED),
                new BaselineEntry("gamma", BITFLIP.id(), Verdict.FAIL_ACCEPTED, "gamma was not run")));
        RunOptions filtered = new RunOptions(Optional.of(Layer.SIGNATURE), Optional.empty(), Optional.empty(), Set.of(),
                Optional.empty(), false, Optional.empty());
        RunInfo unfinished = new RunInfo("0.1.0-test", Fixtures.CORPUS, RunOptions.defaults(), List.of(ALPHA),
                Fixtures.STARTED, Optional.empty());

        for (Results results : List.of(new Results(Fixtures.run(List.of(ALPHA), filtered), results()),
                new Results(unfinished, results()))) {
            GateReport report = Gate.evaluate(results, baseline, PLAIN);
            assertEquals(List.of(), report.staleEntries());
            assertEquals(baseline.entries(), report.uncheckedEntries());
        }
    }

    @Test
    void reportsAnEntryWhoseVectorIsNowNotApplicable() {
        AdapterUnderTest ecdsaOnly = AdapterUnderTest.of("alpha",
                Fixtures.ics("alpha-impl", EnumSet.allOf(Layer.class), Set.of(Algorithm.ES256), Set.of()));
        Results results = new Results(Fixtures.run(List.of(ecdsaOnly)), List.of(Fixtures.judge().notApplicable(HSS, ecdsaOnly)));

        GateReport report = Gate.evaluate(results, new Baseline(List.of(entry(HSS, Verdict.UNSUPPORTED))), PLAIN);

        assertEquals(1, report.staleEntries().size());
        assertTrue(report.staleEntries().get(0).why().startsWith("now NOT_APPLICABLE"), report.staleEntries().get(0).why());
        assertEquals(List.of(), report.unexpectedPasses());
    }

    @Test
    void countsOnlyFailuresAtOrAboveFailOn() {
        GateReport report = Gate.evaluate(run(results()), Baseline.empty(), new GateOptions(false, Optional.of(FailOn.HIGH), false));

        assertEquals(List.of(BITFLIP.id(), SLOW.id(), HSS.id()), vectors(report.unexpectedFailures()));
        assertEquals(List.of(VALID_LOW.id()), report.ignoredFailures().stream().map(Result::vector).toList());
    }

    @Test
    void exitsZeroWhenEveryFailureIsBelowFailOn() {
        Results lowOnly = run(List.of(Fixtures.judged(VALID_LOW, ALPHA, AdapterOutcome.reject(Reason.BAD_KEY, ""))));

        GateReport report = Gate.evaluate(lowOnly, Baseline.empty(), new GateOptions(false, Optional.of(FailOn.MEDIUM), false));

        assertEquals(GateReport.EXIT_OK, report.exitCode());
        assertEquals(1, report.ignoredFailures().size());
    }

    @Test
    void letsUnsupportedPassWhenUnimplementedIsAllowed() {
        GateReport report = Gate.evaluate(run(results()), Baseline.empty(), new GateOptions(true, Optional.empty(), false));

        assertEquals(List.of(BITFLIP.id(), VALID_LOW.id(), SLOW.id()), vectors(report.unexpectedFailures()));
        assertEquals(List.of(), report.unsupported());
    }

    @Test
    void holdsUnsupportedToNoSeverityThreshold() {
        GateReport report = Gate.evaluate(run(results()), Baseline.empty(), new GateOptions(false, Optional.of(FailOn.CRITICAL), false));

        assertEquals(List.of(BITFLIP.id(), HSS.id()), vectors(report.unexpectedFailures()),
                "the statement claims HSS-LMS, whatever the severity of the vector");
        assertEquals(List.of(SLOW.id(), VALID_LOW.id()), report.ignoredFailures().stream().map(Result::vector).toList());
    }

    @Test
    void listsAnAdvisoryApartWithoutFailingTheGate() {
        Results results = run(List.of(Fixtures.judged(VALID, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(BOTH_BUCKETS, ALPHA, AdapterOutcome.accept())));

        GateReport report = Gate.evaluate(results, Baseline.empty(), PLAIN);

        assertEquals(GateReport.EXIT_OK, report.exitCode());
        assertEquals(List.of(), report.unexpectedFailures());
        assertEquals(List.of(BOTH_BUCKETS.id()), report.advisories().stream().map(Result::vector).toList());
        assertEquals(List.of(BOTH_BUCKETS.id()), report.everyAdvisory().stream().map(Result::vector).toList());
        assertEquals(Gate.Standing.ADVISORY, Gate.standing(results.find(BOTH_BUCKETS.id(), "alpha").orElseThrow(), Optional.empty(), PLAIN));
    }

    @Test
    void failsOnAnAdvisoryUnderFailOnAdvisoryAfterEveryOtherFailure() {
        List<Result> results = new ArrayList<>(results());
        results.add(Fixtures.judged(BOTH_BUCKETS, ALPHA, AdapterOutcome.accept()));

        GateReport report = Gate.evaluate(run(results), Baseline.empty(), new GateOptions(false, Optional.of(FailOn.ADVISORY), false));

        assertEquals(GateReport.EXIT_UNEXPECTED, report.exitCode());
        assertEquals(List.of(BITFLIP.id(), VALID_LOW.id(), SLOW.id(), BOTH_BUCKETS.id(), HSS.id()), vectors(report.unexpectedFailures()),
                "advisory counts every severity, low included, and comes after the wrong answers");
        assertEquals(List.of(), report.advisories());
        assertEquals(List.of(BOTH_BUCKETS.id()), report.everyAdvisory().stream().map(Result::vector).toList());
    }

    @Test
    void letsABaselineListAnAdvisory() {
        Results results = run(List.of(Fixtures.judged(BOTH_BUCKETS, ALPHA, AdapterOutcome.accept())));
        Baseline written = Baseline.fromResults(results);

        GateReport report = Gate.evaluate(results, written, new GateOptions(false, Optional.of(FailOn.ADVISORY), false));

        assertEquals(List.of(Verdict.ADVISORY), written.entries().stream().map(BaselineEntry::verdict).toList());
        assertEquals(GateReport.EXIT_OK, report.exitCode());
        assertEquals(1, report.baselinedFailures().size());
    }

    @Test
    void reportsAFailAcceptedEntryStaleOnceItsVectorIsAdvisory() {
        Results results = run(List.of(Fixtures.judged(BOTH_BUCKETS, ALPHA, AdapterOutcome.accept())));

        GateReport report = Gate.evaluate(results, new Baseline(List.of(entry(BOTH_BUCKETS, Verdict.FAIL_ACCEPTED))), PLAIN);

        assertEquals(GateReport.EXIT_OK, report.exitCode());
        assertEquals(1, report.staleEntries().size());
        assertTrue(report.staleEntries().get(0).why().startsWith("now ADVISORY"), report.staleEntries().get(0).why());
        assertTrue(report.staleEntries().get(0).why().endsWith("remove the entry, or list it as ADVISORY"),
                report.staleEntries().get(0).why());
        assertEquals(List.of(BOTH_BUCKETS.id()), report.advisories().stream().map(Result::vector).toList(),
                "still listed among the advisories");
    }

    @Test
    void takesItsOptionsFromTheRun() {
        RunOptions options = new RunOptions(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                true, Optional.of(FailOn.CRITICAL));

        assertEquals(new GateOptions(true, Optional.of(FailOn.CRITICAL), false), GateOptions.of(options));
    }

    @Test
    void exitsThreeWhenTheSuiteFailedWhateverElseHappened() {
        List<Result> results = new ArrayList<>(results());
        Vector broken = Fixtures.accepting("signature.es256.test.broken");
        results.add(Fixtures.judge().suiteFailure(broken, ALPHA, "request could not be built"));
        Baseline baseline = new Baseline(List.of(entry(broken, Verdict.FAIL_REJECTED)));

        GateReport report = Gate.evaluate(run(results), baseline, PLAIN);

        assertEquals(GateReport.EXIT_SUITE_FAILED, report.exitCode());
        assertEquals(List.of(broken.id()), report.suiteErrors().stream().map(Result::vector).toList());
        assertEquals(baseline.entries(), report.uncheckedEntries());
    }
}
