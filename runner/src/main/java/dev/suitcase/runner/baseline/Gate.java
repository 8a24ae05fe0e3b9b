package dev.suitcase.runner.baseline;

import dev.suitcase.runner.interop.InteropId;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.score.UnsupportedGroup;
import dev.suitcase.runner.verdict.FailureOrder;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Holds a run against a baseline and decides the exit status
 * CI sees: only what is new fails the build.
 *
 * <p>For each result: ERROR is a suite error. A result whose verdict is exactly the one its entry
 * lists is a baselined failure. Otherwise a failure under the run's policy
 * ({@code --allow-unimplemented}, {@code --fail-on advisory}) is unexpected: FAIL_ACCEPTED,
 * FAIL_REJECTED, TIMEOUT and CRASH if their severity counts under {@code --fail-on} (else
 * ignored), UNSUPPORTED whatever its severity (the statement claims the vector), ADVISORY under
 * {@code --fail-on advisory}. An ADVISORY the policy does not count is listed as an advisory. A
 * result with an entry that is not a failure makes the entry stale, and is an unexpected pass if
 * it passes.
 *
 * <p>Unexpected failures are listed in {@link FailureOrder}: accepted must-reject vectors first,
 * most severe first, then the other failures, advisories and UNSUPPORTED; UNSUPPORTED is also
 * grouped per adapter, layer and algorithm ({@link UnsupportedGroup}).
 *
 * <p>For each entry without a result: if its adapter was run, and the run was complete and
 * selected the whole corpus, the vector is gone (removed from the corpus, or withdrawn) and the
 * entry is stale; a complete run of the whole corpus records a result, NOT_APPLICABLE included, for
 * every active vector and adapter. Otherwise the run says nothing about it and it is unchecked, as
 * are the entries of the producer × verifier matrix's vectors ({@link InteropId}): no corpus holds
 * them, and a run makes them only when a producer signs.
 */
public final class Gate {
    private Gate() {
    }

    /** Where one result stands before the gate. */
    public enum Standing {
        /** ERROR: the suite failed on the vector; the run proves nothing about it. */
        SUITE_ERROR,
        /** A failure whose verdict the baseline lists exactly. */
        BASELINED_FAILURE,
        /** A failure the baseline does not list (or lists as another failure), of a severity that counts. */
        UNEXPECTED_FAILURE,
        /** A failure below {@code --fail-on}: reported, not counted. */
        IGNORED_FAILURE,
        /** ADVISORY without {@code --fail-on advisory}: listed in its own section, not counted. */
        ADVISORY,
        /** A pass the baseline lists as a failure: the entry is stale. */
        UNEXPECTED_PASS,
        /**
         * Neither a pass nor a failure (INFO, NOT_APPLICABLE, UNSUPPORTED allowed, ADVISORY not counted)
         * where the baseline lists a failure.
         */
        STALE_ENTRY,
        /** Nothing for the gate to report: a pass, or a verdict that is neither, with no baseline entry. */
        AS_EXPECTED
    }

    /**
     * Where {@code result} stands given its baseline entry, if any: the one rule {@link #evaluate}
     * applies to every result, and the JUnit engine to each vector it reports.
     */
    public static Standing standing(Result result, Optional<BaselineEntry> entry, GateOptions options) {
        Verdict verdict = result.verdict();
        if (verdict.isSuiteError()) {
            return Standing.SUITE_ERROR;
        }
        if (entry.isPresent() && entry.get().verdict() == verdict) {
            return Standing.BASELINED_FAILURE;
        }
        if (options.policy().isFailure(verdict)) {
            // only the failures of a wrong answer are held to --fail-on's severity: an UNSUPPORTED
            // vector is claimed by the statement whatever its severity, and --fail-on advisory counts all
            return verdict.isAlwaysFailure() && !options.counts(result.severity())
                    ? Standing.IGNORED_FAILURE : Standing.UNEXPECTED_FAILURE;
        }
        if (verdict == Verdict.ADVISORY) {
            return entry.isPresent() ? Standing.STALE_ENTRY : Standing.ADVISORY;
        }
        if (entry.isPresent()) {
            return verdict.isPass() ? Standing.UNEXPECTED_PASS : Standing.STALE_ENTRY;
        }
        return Standing.AS_EXPECTED;
    }

    public static GateReport evaluate(Results results, Baseline baseline, GateOptions options) {
        List<GateReport.UnexpectedFailure> unexpected = new ArrayList<>();
        List<GateReport.BaselinedFailure> baselined = new ArrayList<>();
        List<Result> ignored = new ArrayList<>();
        List<Result> advisories = new ArrayList<>();
        List<GateReport.UnexpectedPass> passes = new ArrayList<>();
        List<GateReport.StaleEntry> stale = new ArrayList<>();
        List<BaselineEntry> unchecked = new ArrayList<>();
        List<Result> suiteErrors = new ArrayList<>();
        Set<BaselineEntry> matched = new HashSet<>();

        for (Result result : results.results()) {
            Optional<BaselineEntry> entry = baseline.find(result.adapter(), result.vector());
            entry.ifPresent(matched::add);
            switch (standing(result, entry, options)) {
                case SUITE_ERROR -> {
                    suiteErrors.add(result);
                    entry.ifPresent(unchecked::add);
                }
                case BASELINED_FAILURE -> baselined.add(new GateReport.BaselinedFailure(result, entry.orElseThrow()));
                case UNEXPECTED_FAILURE -> unexpected.add(new GateReport.UnexpectedFailure(result, entry));
                case IGNORED_FAILURE -> ignored.add(result);
                case ADVISORY -> advisories.add(result);
                case UNEXPECTED_PASS -> {
                    passes.add(new GateReport.UnexpectedPass(result, entry.orElseThrow()));
                    stale.add(new GateReport.StaleEntry(entry.get(), Optional.of(result), "now " + result.verdict()
                            + " where the baseline expects " + entry.get().verdict() + "; remove the entry"));
                }
                case STALE_ENTRY -> {
                    stale.add(new GateReport.StaleEntry(entry.orElseThrow(), Optional.of(result), "now "
                            + result.verdict() + " (" + result.explanation() + ") where the baseline expects "
                            + entry.get().verdict() + "; remove the entry"
                            + (result.verdict() == Verdict.ADVISORY ? ", or list it as ADVISORY" : "")));
                    if (result.verdict() == Verdict.ADVISORY) {
                        advisories.add(result);
                    }
                }
                case AS_EXPECTED -> {
                }
            }
        }

        boolean wholeCorpus = results.run().complete() && results.run().options().selectsWholeCorpus();
        for (BaselineEntry entry : baseline.entries()) {
            if (matched.contains(entry)) {
                continue;
            }
            if (wholeCorpus && results.run().adapter(entry.adapter()).isPresent() && !InteropId.reserved(entry.vector())) {
                stale.add(new GateReport.StaleEntry(entry, Optional.empty(), "no result in a complete run of corpus "
                        + results.run().corpus().version() + ": the vector is no longer in the corpus or was withdrawn; "
                        + "remove the entry"));
            } else {
                unchecked.add(entry);
            }
        }
        // the most costly first: what CI prints first is what to fix first
        unexpected.sort((a, b) -> FailureOrder.MOST_COSTLY_FIRST.compare(a.result(), b.result()));
        advisories.sort(FailureOrder.MOST_COSTLY_FIRST);
        List<UnsupportedGroup> unsupported = UnsupportedGroup.of(unexpected.stream().map(GateReport.UnexpectedFailure::result)
                .toList(), results.run().adapterNames());
        return new GateReport(unexpected, unsupported, baselined, ignored, advisories, passes, stale, unchecked, suiteErrors,
                options.strictBaseline());
    }
}
