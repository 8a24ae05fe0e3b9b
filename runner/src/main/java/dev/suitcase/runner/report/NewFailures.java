package dev.suitcase.runner.report;

import dev.suitcase.runner.baseline.GateReport;
import dev.suitcase.runner.diff.ResultChange;
import dev.suitcase.runner.diff.ResultsDiff;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.score.UnsupportedGroup;
import dev.suitcase.runner.verdict.FailureOrder;
import dev.suitcase.runner.verdict.FailurePolicy;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is new in a run, for a pull request or a CI step: the failures the gate did not expect,
 * and the failures the previous run did not have. Either side is there only when the run was
 * given a baseline or a previous run. Each list is in {@link FailureOrder}, accepted must-reject
 * vectors first, and holds no UNSUPPORTED: those are grouped per adapter, layer and algorithm
 * beside it, so a part of the statement that is not done reads as one line, not as a failure per
 * vector at the vector's severity.
 *
 * @param gated                    whether the run was held against a baseline
 * @param gate                     the gate's finding in one line, e.g. {@code exit 1: 2 unexpected
 *                                 failures, 1 stale baseline entry}; empty when not gated
 * @param notInBaseline            the failures the gate did not expect, UNSUPPORTED aside
 * @param unsupportedNotInBaseline the UNSUPPORTED answers the gate did not expect, grouped
 * @param compared                 whether a previous run was given
 * @param sincePrevious            the failures the previous run did not have, UNSUPPORTED aside,
 *                                 then by vector
 * @param unsupportedSincePrevious the UNSUPPORTED answers the previous run did not have, grouped
 */
public record NewFailures(boolean gated, String gate, List<NewFailure> notInBaseline,
                          List<UnsupportedGroup> unsupportedNotInBaseline, boolean compared,
                          List<NewFailure> sincePrevious, List<UnsupportedGroup> unsupportedSincePrevious) {

    public NewFailures {
        Objects.requireNonNull(gate, "gate");
        notInBaseline = List.copyOf(notInBaseline);
        unsupportedNotInBaseline = List.copyOf(unsupportedNotInBaseline);
        sincePrevious = List.copyOf(sincePrevious);
        unsupportedSincePrevious = List.copyOf(unsupportedSincePrevious);
    }

    public static NewFailures of(Results results, Optional<GateReport> gate, Optional<Results> previous) {
        List<NewFailure> unexpected = gate.map(report -> report.unexpectedFailures().stream()
                .filter(failure -> failure.result().verdict() != Verdict.UNSUPPORTED)
                .map(failure -> NewFailure.of(failure.result(), failure.baselinedAs()
                        .map(entry -> "the baseline expects " + entry.verdict()).orElse("not in the baseline")))
                .toList()).orElse(List.of());
        FailurePolicy policy = results.run().options().policy();
        List<ResultChange> regressions = previous.map(earlier -> ResultsDiff.between(earlier, results).changes().stream()
                .filter(change -> isNewFailure(change, policy))
                .sorted(Comparator.comparing((ResultChange change) -> change.after().orElseThrow(), FailureOrder.MOST_COSTLY_FIRST)
                        .thenComparing(change -> change.vector().toString()))
                .toList()).orElse(List.of());
        return new NewFailures(gate.isPresent(), gate.map(NewFailures::describe).orElse(""), unexpected,
                gate.map(GateReport::unsupported).orElse(List.of()), previous.isPresent(),
                regressions.stream().filter(change -> change.after().orElseThrow().verdict() != Verdict.UNSUPPORTED)
                        .map(change -> NewFailure.of(change.after().orElseThrow(), change.before()
                                .map(before -> "was " + before.verdict()).orElse("no result in the previous run")))
                        .toList(),
                UnsupportedGroup.of(regressions.stream().map(change -> change.after().orElseThrow()).toList(),
                        results.run().adapterNames()));
    }

    /** Whether there is anything to compare with: a baseline or a previous run. */
    public boolean known() {
        return gated || compared;
    }

    /** How many UNSUPPORTED answers the gate did not expect. */
    public int unsupportedNotInBaselineCount() {
        return unsupportedNotInBaseline.stream().mapToInt(UnsupportedGroup::count).sum();
    }

    /** How many UNSUPPORTED answers the previous run did not have. */
    public int unsupportedSincePreviousCount() {
        return unsupportedSincePrevious.stream().mapToInt(UnsupportedGroup::count).sum();
    }

    /** A failure under this run's policy where the previous run had none, or no result. */
    private static boolean isNewFailure(ResultChange change, FailurePolicy policy) {
        Optional<Result> after = change.after();
        return after.isPresent() && policy.isFailure(after.get().verdict())
                && change.before().map(before -> !policy.isFailure(before.verdict())).orElse(true);
    }

    private static String describe(GateReport report) {
        StringBuilder line = new StringBuilder("exit ").append(report.exitCode()).append(": ");
        line.append(count(report.unexpectedFailures().size() - report.unsupportedCount(), "unexpected failure"));
        line.append(", ").append(count(report.baselinedFailures().size(), "baselined failure"));
        if (report.unsupportedCount() > 0) {
            line.append(", ").append(count(report.unsupportedCount(), "unsupported answer")).append(" the statements claim");
        }
        if (!report.advisories().isEmpty()) {
            line.append(", ").append(count(report.advisories().size(), "advisory", "advisories")).append(" not counted");
        }
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
