package dev.suitcase.runner.report;

import dev.suitcase.runner.baseline.GateReport;
import dev.suitcase.runner.diff.ResultChange;
import dev.suitcase.runner.diff.ResultsDiff;
import dev.suitcase.runner.results.Results;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is new in a run, for a pull request or a CI step: the failures the gate did not expect,
 * and the failures the previous run did not have. Either side is there only when the run was
 * given a baseline or a previous run.
 *
 * @param gated         whether the run was held against a baseline
 * @param gate          the gate's finding in one line, e.g. {@code exit 1: 2 unexpected failures,
 *                      1 stale baseline entry}; empty when not gated
 * @param notInBaseline the failures the gate did not expect, critical first
 * @param compared      whether a previous run was given
 * @param sincePrevious the failures the previous run did not have, critical first, then by vector
 */
public record NewFailures(boolean gated, String gate, List<NewFailure> notInBaseline, boolean compared,
                          List<NewFailure> sincePrevious) {

    public NewFailures {
        Objects.requireNonNull(gate, "gate");
        notInBaseline = List.copyOf(notInBaseline);
        sincePrevious = List.copyOf(sincePrevious);
    }

    public static NewFailures of(Results results, Optional<GateReport> gate, Optional<Results> previous) {
        List<NewFailure> unexpected = gate.map(report -> report.unexpectedFailures().stream()
                .map(failure -> NewFailure.of(failure.result(), failure.baselinedAs()
                        .map(entry -> "the baseline expects " + entry.verdict()).orElse("not in the baseline")))
                .toList()).orElse(List.of());
        List<NewFailure> regressions = previous.map(earlier -> ResultsDiff.between(earlier, results).changes().stream()
                .filter(ResultChange::isRegression)
                .sorted(Comparator.comparing((ResultChange change) -> change.after().orElseThrow().severity())
                        .thenComparing(change -> change.vector().toString()))
                .map(change -> NewFailure.of(change.after().orElseThrow(), change.before()
                        .map(before -> "was " + before.verdict()).orElse("no result in the previous run")))
                .toList()).orElse(List.of());
        return new NewFailures(gate.isPresent(), gate.map(NewFailures::describe).orElse(""), unexpected,
                previous.isPresent(), regressions);
    }

    /** Whether there is anything to compare with: a baseline or a previous run. */
    public boolean known() {
        return gated || compared;
    }

    private static String describe(GateReport report) {
        StringBuilder line = new StringBuilder("exit ").append(report.exitCode()).append(": ");
        line.append(count(report.unexpectedFailures().size(), "unexpected failure"));
        line.append(", ").append(count(report.baselinedFailures().size(), "baselined failure"));
        if (!report.staleEntries().isEmpty()) {
            line.append(", ").append(count(report.staleEntries().size(), "stale baseline entry", "stale baseline entries"));
        }
        if (!report.unexpectedPasses().isEmpty()) {
            line.append(", ").append(count(report.unexpectedPasses().size(), "unexpected pass", "unexpected passes"));
        }
        if (!report.ignoredFailures().isEmpty()) {
            line.append(", ").append(count(report.ignoredFailures().size(), "failure", "failures")).append(" below --fail-on");
        }
        if (!report.suiteErrors().isEmpty()) {
            line.append(", ").append(count(report.suiteErrors().size(), "suite error"));
        }
        return line.toString();
    }

    private static String count(int count, String singular) {
        return count(count, singular, singular + "s");
    }

    private static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
