package dev.suitcase.verifier.suit;

/**
 * Counts what one envelope makes the interpreter do, against {@link ProcessingLimits}: a manifest
 * that loops a sequence over many components inside nested Run Sequence and Try Each, or writes a
 * large content parameter again and again, stops instead of running for minutes
 * ({@link SuitCheck#LIMIT_OPERATIONS}, {@link SuitCheck#LIMIT_BYTES}).
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
            // knocked out: the processor goes on without a bound
            SuitCheck.LIMIT_OPERATIONS.fail("more than " + limits.maxOperations() + " command executions"
                    + " (a command counts once per component it applies to), this processor's limit; reached at " + where);
        }
    }

    /** Image bytes written, hashed or compared. */
    void bytes(long count, String where) {
        bytes += count;
        if (count < 0 || bytes > limits.maxBytesExamined()) {
            SuitCheck.LIMIT_BYTES.fail("more than " + limits.maxBytesExamined() + " image bytes written,"
                    + " hashed or compared, this processor's limit; reached at " + where);
        }
    }
}
