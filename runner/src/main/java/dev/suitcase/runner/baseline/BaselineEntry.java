package dev.suitcase.runner.baseline;

import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.VectorId;

import java.util.Objects;

/**
 * One known deviation: a vector an adapter is expected to fail, and how.
 *
 * @param adapter the adapter's name in the run
 * @param vector  the vector
 * @param verdict the failure expected: FAIL_ACCEPTED, FAIL_REJECTED, UNSUPPORTED, TIMEOUT or CRASH; or
 *                ADVISORY, which fails the gate only under {@code --fail-on advisory}
 * @param reason  why the deviation is known and tolerated, for whoever reads the baseline next
 */
public record BaselineEntry(String adapter, VectorId vector, Verdict verdict, String reason) {

    public BaselineEntry {
        Objects.requireNonNull(adapter, "adapter");
        if (adapter.isBlank()) {
            throw new IllegalArgumentException("a baseline entry names its adapter");
        }
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(verdict, "verdict");
        if (!verdict.isFailureKind()) {
            throw new IllegalArgumentException("the baseline entry for " + vector + " on " + adapter + " expects " + verdict
                    + "; a baseline lists failures only (FAIL_ACCEPTED, FAIL_REJECTED, ADVISORY, UNSUPPORTED, TIMEOUT, CRASH)");
        }
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("the baseline entry for " + vector + " on " + adapter
                    + " must say why the deviation is tolerated");
        }
    }
}
