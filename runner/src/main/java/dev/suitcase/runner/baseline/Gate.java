package dev.suitcase.runner.baseline;

import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Holds a run against a baseline (conformance-suite-lessons.md §8.4) and decides the exit status
 * CI sees: only what is new fails the build.
 *
 * <p>For each result: ERROR is a suite error. A result whose verdict is exactly the one its entry
 * lists is a baselined failure. Otherwise a failure (under {@code --allow-unimplemented}) is
 * unexpected if its severity counts under {@code --fail-on}, else ignored. A result with an entry
 * that is not a failure makes the entry stale, and is an unexpected pass if it passes.
 *
 * <p>Unexpected failures are listed by severity, critical first, then in result order.
 *
 * <p>For each entry without a result: if its adapter was run, and the run was complete and
 * selected the whole corpus, the vector is gone (removed from the corpus, or withdrawn) and the
 * entry is stale; a complete run of the whole corpus records a result, NOT_APPLICABLE included, for
 * every active vector and adapter. Otherwise the run says nothing about it and it is unchecked.
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
        /** A pass the baseline lists as a failure: the entry is stale. */
        UNEXPECTED_PASS,
        /** Neither a pass nor a failure (INFO, NOT_APPLICABLE, UNSUPPORTED allowed) where the baseline lists a failure. */
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
        if (verdict.isFailure(options.allowUnimplemented())) {
            return options.counts(result.severity()) ? Standing.UNEXPECTED_FAILURE : Standing.IGNORED_FAILURE;
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
                case UNEXPECTED_PASS -> {
                    passes.add(new GateReport.UnexpectedPass(result, entry.orElseThrow()));
                    stale.add(new GateReport.StaleEntry(entry.get(), Optional.of(result), "now " + result.verdict()
                            + " where the baseline expects " + entry.get().verdict() + "; remove the entry"));
                }
                case STALE_ENTRY -> stale.add(new GateReport.StaleEntry(entry.orElseThrow(), Optional.of(result), "now "
                        + result.verdict() + " (" + result.explanation() + ") where the baseline expects "
                        + entry.get().verdict() + "; remove the entry"));
                case AS_EXPECTED -> {
                }
            }
        }

        boolean wholeCorpus = results.run().complete() && results.run().options().selectsWholeCorpus();
        for (BaselineEntry entry : baseline.entries()) {
            if (matched.contains(entry)) {
                continue;
            }
            if (wholeCorpus && results.run().adapter(entry.adapter()).isPresent()) {
                stale.add(new GateReport.StaleEntry(entry, Optional.empty(), "no result in a complete run of corpus "
                        + results.run().corpus().version() + ": the vector is no longer in the corpus or was withdrawn; "
                        + "remove the entry"));
            } else {
                unchecked.add(entry);
            }
        }
        // the most costly first: what CI prints first is what to fix first
        unexpected.sort(Comparator.comparing(failure -> failure.result().severity()));
        return new GateReport(unexpected, baselined, ignored, passes, stale, unchecked, suiteErrors, options.strictBaseline());
    }
}
