package dev.suitcase.runner.verdict;

/**
 * What the runner concludes from one adapter's outcome for one vector (vectors/README.md, "Outcomes and
 * verdicts"). Adapters never produce verdicts; {@link Judge} alone does. Whether UNSUPPORTED and
 * ADVISORY count as failures is the run's choice ({@link FailurePolicy}).
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
    /**
     * A vector whose rejection the specification does not bind a recipient to (a recipient SHOULD, a
     * rule for producers, a hardening choice of the suite) was accepted: the suite recommends
     * rejecting it, but it is never a security failure, and a failure only under {@code --fail-on advisory}.
     */
    ADVISORY(Standing.ADVISORY),
    /** The specifications allow either answer; the outcome is recorded, not judged. */
    INFO(Standing.NEUTRAL),
    /** The adapter's conformance statement excludes the vector's layer, algorithm or size. */
    NOT_APPLICABLE(Standing.NEUTRAL),
    /** The adapter answered unsupported although its statement covers the vector. */
    UNSUPPORTED(Standing.UNIMPLEMENTED),
    /** No answer within the time limit. */
    TIMEOUT(Standing.FAILURE),
    /** The adapter or its program died, or broke the protocol. */
    CRASH(Standing.FAILURE),
    /** The suite itself failed on this vector; never blamed on the adapter (exit status 3). */
    ERROR(Standing.SUITE_ERROR);

    private enum Standing { PASS, FAILURE, UNIMPLEMENTED, ADVISORY, NEUTRAL, SUITE_ERROR }

    private final Standing standing;

    Verdict(Standing standing) {
        this.standing = standing;
    }

    public boolean isPass() {
        return standing == Standing.PASS;
    }

    /**
     * Whether the verdict is a failure whatever the run's policy: FAIL_ACCEPTED, FAIL_REJECTED,
     * TIMEOUT and CRASH. These are the failures that carry their vector's severity.
     */
    public boolean isAlwaysFailure() {
        return standing == Standing.FAILURE;
    }

    /**
     * Whether the verdict is a failure under some policy, UNSUPPORTED and ADVISORY included; what a
     * baseline may list.
     */
    public boolean isFailureKind() {
        return standing == Standing.FAILURE || standing == Standing.UNIMPLEMENTED || standing == Standing.ADVISORY;
    }

    public boolean isSuiteError() {
        return standing == Standing.SUITE_ERROR;
    }
}
