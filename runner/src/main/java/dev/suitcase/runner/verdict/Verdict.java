package dev.suitcase.runner.verdict;

/**
 * What the runner concludes from one adapter's outcome for one vector (VECTORS.md, "Outcomes and
 * verdicts"). Adapters never produce verdicts; {@link Judge} alone does.
 */
public enum Verdict {
    /** The outcome matches the expectation; for a rejection, the reason matches or none was named. */
    PASS(Standing.PASS),
    /** Rejected as required, but for another reason than the expected one: a pass, listed in reports. */
    PASS_OTHER_REASON(Standing.PASS),
    /** A must-reject vector was accepted: a security failure, ordered by the vector's severity. */
    FAIL_ACCEPTED(Standing.FAILURE),
    /** A must-accept vector was rejected: an interoperability failure. */
    FAIL_REJECTED(Standing.FAILURE),
    /** The specifications allow either answer; the outcome is recorded, not judged. */
    INFO(Standing.NEUTRAL),
    /** The adapter's conformance statement excludes the vector's layer, algorithm or size. */
    NOT_APPLICABLE(Standing.NEUTRAL),
    /** The adapter answered unsupported although its statement covers the vector. */
    UNSUPPORTED(Standing.FAILURE),
    /** No answer within the time limit. */
    TIMEOUT(Standing.FAILURE),
    /** The adapter or its program died, or broke the protocol. */
    CRASH(Standing.FAILURE),
    /** The suite itself failed on this vector; never blamed on the adapter (exit status 3). */
    ERROR(Standing.SUITE_ERROR);

    private enum Standing { PASS, FAILURE, NEUTRAL, SUITE_ERROR }

    private final Standing standing;

    Verdict(Standing standing) {
        this.standing = standing;
    }

    public boolean isPass() {
        return standing == Standing.PASS;
    }

    /**
     * Whether the verdict is a failure of the adapter. UNSUPPORTED is one unless
     * {@code allowUnimplemented} ({@code --allow-unimplemented}), which makes it neutral.
     */
    public boolean isFailure(boolean allowUnimplemented) {
        return standing == Standing.FAILURE && !(this == UNSUPPORTED && allowUnimplemented);
    }

    /** Whether the verdict is a failure under any policy; what a baseline may list. */
    public boolean isFailureKind() {
        return standing == Standing.FAILURE;
    }

    /**
     * Whether the vector counts towards the adapter's conformance score: it was judged a pass or a
     * failure. INFO (no right answer), NOT_APPLICABLE, ERROR (the suite's fault) and, under
     * {@code allowUnimplemented}, UNSUPPORTED count neither way.
     */
    public boolean isScored(boolean allowUnimplemented) {
        return isPass() || isFailure(allowUnimplemented);
    }

    public boolean isSuiteError() {
        return standing == Standing.SUITE_ERROR;
    }
}
