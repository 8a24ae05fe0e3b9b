package dev.suitcase.verifier;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown inside the verifier when a check fails; the verifier's entry points turn it into a
 * rejecting {@link Outcome}. It never leaves the verifier. It records no stack trace: it is
 * control flow for a verdict, not a diagnostic, and hostile inputs raise it often.
 */
public final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Check check;
    private ByteRange location;

    /** Thrown by {@link Check#fail} and {@link Check#rejection}; every rejection names its check. */
    Rejection(Check check, String detail) {
        super(detail, null, false, false);
        this.check = Objects.requireNonNull(check, "check");
    }

    /**
     * Points this rejection at the input bytes it blames, unless a more precise check already did;
     * returns this rejection, to be thrown.
     */
    public Rejection at(ByteRange range) {
        if (location == null) {
            location = range;
        }
        return this;
    }

    /** The input bytes this rejection blames, when known. */
    public Optional<ByteRange> location() {
        return Optional.ofNullable(location);
    }

    public Reason reason() {
        return check.reason();
    }

    /** The rule that fired. */
    public Check check() {
        return check;
    }

    public String detail() {
        return getMessage();
    }
}
