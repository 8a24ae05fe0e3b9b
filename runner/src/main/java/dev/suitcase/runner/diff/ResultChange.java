package dev.suitcase.runner.diff;

import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.verdict.FailurePolicy;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.VectorId;

import java.util.Objects;
import java.util.Optional;

/**
 * How the result of one vector on one adapter differs between two runs.
 *
 * @param vector  the vector
 * @param adapter the adapter
 * @param kind    added, removed or changed
 * @param before  the result in the old run; empty when added
 * @param after   the result in the new run; empty when removed
 */
public record ResultChange(VectorId vector, String adapter, Kind kind, Optional<Result> before, Optional<Result> after) {

    public enum Kind {
        /** Only the new run has a result: a new vector, a new adapter, or a wider selection. */
        ADDED,
        /** Only the old run has a result. */
        REMOVED,
        /** Both have one, with another verdict, outcome or named reason. */
        CHANGED
    }

    public ResultChange {
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isPresent() != (kind != Kind.ADDED) || after.isPresent() != (kind != Kind.REMOVED)) {
            throw new IllegalArgumentException("a " + kind + " change of " + vector + " on " + adapter
                    + " has the wrong results: before " + before.isPresent() + ", after " + after.isPresent());
        }
    }

    /**
     * Whether the change is a new failure: the new result is a failure and the old one, if any, was
     * not. What a pull-request comment leads with. A failure is one under the default policy:
     * UNSUPPORTED is one, ADVISORY (a failure only under {@code --fail-on advisory}) is not, so a
     * vector the corpus turns from a plain into an advisory rejection is a change, not a regression.
     */
    public boolean isRegression() {
        return after.isPresent() && FailurePolicy.DEFAULT.isFailure(after.get().verdict())
                && before.map(result -> !FailurePolicy.DEFAULT.isFailure(result.verdict())).orElse(true);
    }

    /** Whether a failure (under the default policy) went away: the old result was one and the new one passes. */
    public boolean isFix() {
        return before.isPresent() && FailurePolicy.DEFAULT.isFailure(before.get().verdict()) && after.isPresent()
                && after.get().verdict().isPass();
    }

    /** One line, e.g. {@code CHANGED jdk signature.es256.x.y: PASS (reject SIGNATURE_INVALID) -> FAIL_ACCEPTED (accept)}. */
    public String describe() {
        return kind + " " + adapter + " " + vector + ": " + before.map(ResultChange::state).orElse("-")
                + " -> " + after.map(ResultChange::state).orElse("-");
    }

    /** A result in a few words, e.g. {@code FAIL_ACCEPTED (accept)} or {@code PASS (reject SIGNATURE_INVALID)}. */
    static String state(Result result) {
        String outcome = result.outcome().map(ResultsJson::outcomeName).orElse("no outcome")
                + result.reason().map(reason -> " " + reason.name()).orElse("");
        return result.verdict() + " (" + outcome + ")";
    }
}
