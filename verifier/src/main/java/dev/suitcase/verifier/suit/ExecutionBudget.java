package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;

/**
 * Counts what one envelope makes the interpreter do, against {@link ProcessingLimits}: a manifest
 * that loops a sequence over many components inside nested Run Sequence and Try Each, or writes a
 * large content parameter again and again, stops with {@link Reason#RESOURCE_LIMIT} instead of
 * running for minutes.
 */
final class ExecutionBudget {
    private final ProcessingLimits limits;
    private int operations;
    private long bytes;

    ExecutionBudget(ProcessingLimits limits) {
        this.limits = limits;
    }

    /** One command applied to one component. */
    void operation(String where) {
        if (++operations > limits.maxOperations()) {
            throw new Rejection(Reason.RESOURCE_LIMIT, "more than " + limits.maxOperations() + " command executions"
                    + " (a command counts once per component it applies to), this processor's limit; reached at " + where);
        }
    }

    /** Image bytes written, hashed or compared. */
    void bytes(long count, String where) {
        bytes += count;
        if (count < 0 || bytes > limits.maxBytesExamined()) {
            throw new Rejection(Reason.RESOURCE_LIMIT, "more than " + limits.maxBytesExamined() + " image bytes written,"
                    + " hashed or compared, this processor's limit; reached at " + where);
        }
    }
}
