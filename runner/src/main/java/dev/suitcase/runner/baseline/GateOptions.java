package dev.suitcase.runner.baseline;

import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.runner.verdict.FailurePolicy;
import dev.suitcase.vectors.model.Severity;

import java.util.Objects;
import java.util.Optional;

/**
 * How strictly {@link Gate} judges a run.
 *
 * @param allowUnimplemented {@code --allow-unimplemented}: UNSUPPORTED is not a failure
 * @param failOn             {@code --fail-on}: only failures of this severity or above are
 *                           unexpected; the others are reported as ignored. FAIL_ACCEPTED,
 *                           FAIL_REJECTED (what refusing the vector costs), TIMEOUT and CRASH (not
 *                           answering a vector is getting it wrong) carry their vector's severity.
 *                           UNSUPPORTED is not held to the threshold: the statement claims the
 *                           vector. {@code advisory} counts every failure and ADVISORY too
 * @param strictBaseline     stale entries and unexpected passes fail the gate too, so a baseline
 *                           cannot silently outlive the deviations it lists
 */
public record GateOptions(boolean allowUnimplemented, Optional<FailOn> failOn, boolean strictBaseline) {

    public GateOptions {
        Objects.requireNonNull(failOn, "failOn");
    }

    /** The gate a run's own options ask for, without a strict baseline. */
    public static GateOptions of(RunOptions options) {
        return new GateOptions(options.allowUnimplemented(), options.failOn(), false);
    }

    /** Whether a failure of this severity fails the gate: at or above {@link #failOn}, or any when it is not set. */
    public boolean counts(Severity severity) {
        return failOn.isEmpty() || failOn.get().counts(severity);
    }

    /** What counts as a failure: UNSUPPORTED unless {@link #allowUnimplemented}, ADVISORY under {@code --fail-on advisory}. */
    public FailurePolicy policy() {
        return new FailurePolicy(allowUnimplemented, failOn.filter(FailOn::countsAdvisories).isPresent());
    }
}
