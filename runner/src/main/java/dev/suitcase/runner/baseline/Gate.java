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
            Verdict verdict = result.verdict();
            if (verdict.isSuiteError()) {
                suiteErrors.add(result);
                entry.ifPresent(unchecked::add);
            } else if (entry.isPresent() && entry.get().verdict() == verdict) {
                baselined.add(new GateReport.BaselinedFailure(result, entry.get()));
            } else if (verdict.isFailure(options.allowUnimplemented())) {
                if (options.counts(result.severity())) {
                    unexpected.add(new GateReport.UnexpectedFailure(result, entry));
                } else {
                    ignored.add(result);
                }
            } else if (entry.isPresent()) {
                if (verdict.isPass()) {
                    passes.add(new GateReport.UnexpectedPass(result, entry.get()));
                    stale.add(new GateReport.StaleEntry(entry.get(), Optional.of(result), "now " + verdict
                            + " where the baseline expects " + entry.get().verdict() + "; remove the entry"));
                } else {
                    stale.add(new GateReport.StaleEntry(entry.get(), Optional.of(result), "now " + verdict + " ("
                            + result.explanation() + ") where the baseline expects " + entry.get().verdict()
                            + "; remove the entry"));
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
