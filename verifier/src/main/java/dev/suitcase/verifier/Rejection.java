package dev.suitcase.verifier;

import java.util.Objects;

/**
 * Thrown inside the verifier when a check fails; the verifier's entry points turn it into a
 * rejecting {@link Outcome}. It never leaves the verifier. It records no stack trace: it is
 * control flow for a verdict, not a diagnostic, and hostile inputs raise it often.
 */
public final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public Rejection(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return getMessage();
    }
}
