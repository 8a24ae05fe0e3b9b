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
    private static final Outcome ACCEPT = new Outcome(null, null, "", null, null);

    private final Reason reason;
    private final Check check;
    private final String detail;
    private final Trace trace;
    private final ByteRange location;

    private Outcome(Reason reason, Check check, String detail, Trace trace, ByteRange location) {
        this.reason = reason;
        this.check = check;
        this.detail = Objects.requireNonNull(detail, "detail");
        this.trace = trace;
        this.location = location;
    }

    public static Outcome accept() {
        return ACCEPT;
    }

    public static Outcome accept(Trace trace) {
        return new Outcome(null, null, "", Objects.requireNonNull(trace, "trace"), null);
    }

    /** A rejection by a check of the reference verifier: its reason, its check and the bytes it blames. */
    public static Outcome reject(Rejection rejection) {
        return new Outcome(rejection.reason(), rejection.check(), rejection.detail(), null,
                rejection.location().orElse(null));
    }

    /**
     * A rejection that names no check of the reference verifier: an adapter's answer, or the
     * fail-closed net of {@link #failClosed}.
     */
    public static Outcome reject(Reason reason, String detail) {
        return new Outcome(Objects.requireNonNull(reason, "reason"), null, detail, null, null);
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
            return reject(rejection);
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

    /**
     * The check of the reference verifier that rejected; empty on acceptance, and on a rejection by
     * the fail-closed net (an exception where no rule fired: its detail says so).
     */
    public Optional<Check> check() {
        return Optional.ofNullable(check);
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
                && Objects.equals(check, that.check)
                && detail.equals(that.detail)
                && Objects.equals(trace, that.trace)
                && Objects.equals(location, that.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, check, detail, trace, location);
    }

    @Override
    public String toString() {
        return accepted() ? "accept" : "reject " + reason + check().map(c -> " (" + c.id() + ")").orElse("") + ": " + detail;
    }
}
