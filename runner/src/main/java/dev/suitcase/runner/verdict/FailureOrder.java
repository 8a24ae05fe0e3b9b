package dev.suitcase.runner.verdict;

import java.util.Comparator;

/**
 * The order failures are listed in, wherever they are listed (the console, summary.md, report.html,
 * the gate): what to fix first, first. Accepted must-reject vectors (FAIL_ACCEPTED) lead, then the
 * other failures of the adapter's behaviour (FAIL_REJECTED, CRASH, TIMEOUT), then the advisories,
 * then UNSUPPORTED (which the reports group per adapter, layer and algorithm); within each verdict
 * the most severe first, then as given.
 */
public final class FailureOrder {
    /** Results by {@link #rank} of their verdict, then severity, critical first; a stable sort keeps the rest of the order. */
    public static final Comparator<Result> MOST_COSTLY_FIRST = Comparator.comparingInt((Result result) -> rank(result.verdict()))
            .thenComparing(Result::severity);

    private FailureOrder() {
    }

    /** 0 for FAIL_ACCEPTED, then FAIL_REJECTED, CRASH, TIMEOUT, ADVISORY, UNSUPPORTED; every other verdict after them. */
    public static int rank(Verdict verdict) {
        return switch (verdict) {
            case FAIL_ACCEPTED -> 0;
            case FAIL_REJECTED -> 1;
            case CRASH -> 2;
            case TIMEOUT -> 3;
            case ADVISORY -> 4;
            case UNSUPPORTED -> 5;
            case ERROR, PASS_OTHER_REASON, INFO, PASS, NOT_APPLICABLE -> 6;
        };
    }
}
