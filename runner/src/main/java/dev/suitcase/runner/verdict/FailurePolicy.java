package dev.suitcase.runner.verdict;

/**
 * What a run counts as a failure beyond the verdicts that always are (FAIL_ACCEPTED, FAIL_REJECTED,
 * TIMEOUT, CRASH): the one rule the gate, the scores and the reports apply.
 *
 * @param allowUnimplemented {@code --allow-unimplemented}: UNSUPPORTED is neither a pass nor a
 *                           failure; otherwise it is a failure, since the statement claims the vector
 * @param advisoriesFail     {@code --fail-on advisory}: ADVISORY is a failure; otherwise it is neither
 *                           a pass nor a failure, since the specification does not bind a recipient
 *                           to the rejection it recommends
 */
public record FailurePolicy(boolean allowUnimplemented, boolean advisoriesFail) {
    /** No option given: UNSUPPORTED fails, ADVISORY does not. */
    public static final FailurePolicy DEFAULT = new FailurePolicy(false, false);

    /** Whether {@code verdict} is a failure of the adapter under this policy. */
    public boolean isFailure(Verdict verdict) {
        return switch (verdict) {
            case UNSUPPORTED -> !allowUnimplemented;
            case ADVISORY -> advisoriesFail;
            default -> verdict.isAlwaysFailure();
        };
    }

    /**
     * Whether the vector counts towards the adapter's conformance score: it was judged a pass or a
     * failure. INFO (no right answer), NOT_APPLICABLE, ERROR (the suite's fault), and UNSUPPORTED
     * or ADVISORY where this policy does not count them, count neither way.
     */
    public boolean isScored(Verdict verdict) {
        return verdict.isPass() || isFailure(verdict);
    }
}
