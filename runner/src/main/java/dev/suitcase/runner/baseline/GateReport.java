package dev.suitcase.runner.baseline;

import dev.suitcase.runner.score.UnsupportedGroup;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the gate found in a run, in the run's result order, and the exit status it calls for.
 *
 * @param unexpectedFailures failures the baseline does not list, or lists as another failure, in
 *                           {@link dev.suitcase.runner.verdict.FailureOrder}: accepted must-reject
 *                           vectors first, most severe first; then the other failures, counted
 *                           advisories and UNSUPPORTED
 * @param unsupported        the UNSUPPORTED among them, grouped per adapter, layer and algorithm
 * @param baselinedFailures  results the baseline lists with exactly this verdict
 * @param ignoredFailures    failures below {@code --fail-on}, listed but not counted
 * @param advisories         ADVISORY results the run does not count (no {@code --fail-on advisory})
 *                           and the baseline does not list; the most severe first
 * @param unexpectedPasses   results that pass although the baseline lists them as failing; their
 *                           entries are stale as well
 * @param staleEntries       entries that no longer describe a failure of this run
 * @param uncheckedEntries   entries this run says nothing about: their adapter was not run, their
 *                           vector was not selected, or the suite failed on it
 * @param suiteErrors        ERROR results: the suite itself failed
 * @param strictBaseline     whether stale entries and unexpected passes fail the gate
 */
public record GateReport(List<UnexpectedFailure> unexpectedFailures, List<UnsupportedGroup> unsupported,
                         List<BaselinedFailure> baselinedFailures, List<Result> ignoredFailures, List<Result> advisories,
                         List<UnexpectedPass> unexpectedPasses, List<StaleEntry> staleEntries,
                         List<BaselineEntry> uncheckedEntries, List<Result> suiteErrors, boolean strictBaseline) {
    /** No unexpected result. */
    public static final int EXIT_OK = 0;
    /** At least one unexpected result. */
    public static final int EXIT_UNEXPECTED = 1;
    /** The suite itself failed (ERROR verdicts): the run proves nothing either way. */
    public static final int EXIT_SUITE_FAILED = 3;

    public GateReport {
        unexpectedFailures = List.copyOf(unexpectedFailures);
        unsupported = List.copyOf(unsupported);
        baselinedFailures = List.copyOf(baselinedFailures);
        ignoredFailures = List.copyOf(ignoredFailures);
        advisories = List.copyOf(advisories);
        unexpectedPasses = List.copyOf(unexpectedPasses);
        staleEntries = List.copyOf(staleEntries);
        uncheckedEntries = List.copyOf(uncheckedEntries);
        suiteErrors = List.copyOf(suiteErrors);
    }

    /**
     * 3 when the suite failed on any vector, whatever else happened (a run the suite could not
     * complete proves nothing); otherwise 1 for any unexpected failure, or, with a strict baseline,
     * any stale entry or unexpected pass; otherwise 0.
     */
    public int exitCode() {
        if (!suiteErrors.isEmpty()) {
            return EXIT_SUITE_FAILED;
        }
        if (!unexpectedFailures.isEmpty() || strictBaseline && (!staleEntries.isEmpty() || !unexpectedPasses.isEmpty())) {
            return EXIT_UNEXPECTED;
        }
        return EXIT_OK;
    }

    /** The unexpected failures of a wrong answer: FAIL_ACCEPTED (most severe first), then FAIL_REJECTED, CRASH and TIMEOUT. */
    public List<UnexpectedFailure> wrongAnswers() {
        return unexpectedFailures.stream().filter(failure -> failure.result().verdict().isAlwaysFailure()).toList();
    }

    /** Every ADVISORY the baseline does not list: those {@code --fail-on advisory} counts, then {@link #advisories}. */
    public List<Result> everyAdvisory() {
        return Stream.concat(unexpectedFailures.stream().map(UnexpectedFailure::result)
                .filter(result -> result.verdict() == Verdict.ADVISORY), advisories.stream()).toList();
    }

    /** How many UNSUPPORTED answers fail the gate. */
    public int unsupportedCount() {
        return unsupported.stream().mapToInt(UnsupportedGroup::count).sum();
    }

    /**
     * A failure the baseline does not expect.
     *
     * @param result      the failing result
     * @param baselinedAs the entry for the same vector and adapter, when it expects another failure
     */
    public record UnexpectedFailure(Result result, Optional<BaselineEntry> baselinedAs) {
        public String describe() {
            return result.adapter() + " " + result.vector() + ": " + result.verdict()
                    + baselinedAs.map(entry -> " (the baseline expects " + entry.verdict() + ")").orElse("")
                    + ": " + result.explanation();
        }
    }

    /** A failure the baseline lists, with its reason. */
    public record BaselinedFailure(Result result, BaselineEntry entry) {
    }

    /** A result that passes where the baseline lists a failure: the implementation improved; remove the entry. */
    public record UnexpectedPass(Result result, BaselineEntry entry) {
        public String describe() {
            return result.adapter() + " " + result.vector() + ": " + result.verdict() + " where the baseline expects "
                    + entry.verdict() + "; remove the entry";
        }
    }

    /**
     * An entry that no longer describes a failure of this run.
     *
     * @param entry  the entry
     * @param result the vector's result now, if the run has one
     * @param why    in words, ending with what to do
     */
    public record StaleEntry(BaselineEntry entry, Optional<Result> result, String why) {
        public String describe() {
            return entry.adapter() + " " + entry.vector() + ": " + why;
        }
    }
}
