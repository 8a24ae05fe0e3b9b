package dev.suitcase.verifier;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The result of one verification: accept, or reject with exactly one {@link Reason} and a detail
 * a human can act on. An accepted SUIT envelope also carries the {@link Trace} of its effects.
 * Immutable.
 */
public final class Outcome {
    private static final Outcome ACCEPT = new Outcome(null, "", null, null);

    private final Reason reason;
    private final String detail;
    private final Trace trace;
    private final ByteRange location;

    private Outcome(Reason reason, String detail, Trace trace, ByteRange location) {
        this.reason = reason;
        this.detail = Objects.requireNonNull(detail, "detail");
        this.trace = trace;
        this.location = location;
    }

    public static Outcome accept() {
        return ACCEPT;
    }

    public static Outcome accept(Trace trace) {
        return new Outcome(null, "", Objects.requireNonNull(trace, "trace"), null);
    }

    public static Outcome reject(Reason reason, String detail) {
        return new Outcome(Objects.requireNonNull(reason, "reason"), detail, null, null);
    }

    /** A rejection that points at the input bytes it blames. */
    public static Outcome reject(Reason reason, String detail, Optional<ByteRange> location) {
        return new Outcome(Objects.requireNonNull(reason, "reason"), detail, null, location.orElse(null));
    }

    /**
     * Runs one verification and fails closed: a {@link Rejection} becomes its rejection, and any
     * other exception or error (a library bug, a stack overflow, an allocation failure) becomes a
     * rejection with {@code fallback} as reason. Nothing escapes, nothing becomes an acceptance.
     */
    public static Outcome failClosed(Reason fallback, Supplier<Outcome> verification) {
        try {
            return Objects.requireNonNull(verification.get(), "verification returned no outcome");
        } catch (Rejection rejection) {
            return reject(rejection.reason(), rejection.detail(), rejection.location());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError unexpected) {
            return reject(fallback, "verifier failed closed on " + unexpected.getClass().getSimpleName()
                    + (unexpected.getMessage() == null ? "" : ": " + unexpected.getMessage()));
        }
    }

    public boolean accepted() {
        return reason == null;
    }

    /** The reason of a rejection; empty on acceptance. */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** What was wrong, in words an implementer can act on; empty on acceptance. */
    public String detail() {
        return detail;
    }

    /** The effects of an accepted SUIT envelope; empty for the other layers and for rejections. */
    public Optional<Trace> trace() {
        return Optional.ofNullable(trace);
    }

    /** The input bytes a rejection blames, when the verifier could tell. */
    public Optional<ByteRange> location() {
        return Optional.ofNullable(location);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome that
                && Objects.equals(reason, that.reason)
                && detail.equals(that.detail)
                && Objects.equals(trace, that.trace)
                && Objects.equals(location, that.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, detail, trace, location);
    }

    @Override
    public String toString() {
        return accepted() ? "accept" : "reject " + reason + ": " + detail;
    }
}
