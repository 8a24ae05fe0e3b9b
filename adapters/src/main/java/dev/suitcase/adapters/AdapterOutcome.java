package dev.suitcase.adapters;

import dev.suitcase.verifier.ByteRange;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an adapter reported for one verify request: the implementation's raw answer, or what went
 * wrong with the adapter itself. Not a verdict: the runner alone compares it with the vector's
 * expectation (vectors/README.md, "Outcomes and verdicts"). Immutable.
 *
 * @param kind     what happened
 * @param reason   for {@link Kind#REJECT} only: the reason the implementation named, if it named one
 * @param detail   free text from the implementation, or what went wrong with the adapter; may be empty
 * @param location for {@link Kind#REJECT} only: the bytes of the input the implementation blames, as offsets
 *                 into the outermost input ({@link ByteRange}), when it says; in-process adapters that reject
 *                 through the reference verifier's code carry its location, and the process protocol has
 *                 no field for one (adapters/PROTOCOL.md)
 * @param stderr   what an external program wrote to stderr while the request was in flight (capped); empty otherwise
 * @param duration how long the request took, when measured
 */
public record AdapterOutcome(Kind kind, Optional<Reason> reason, String detail, Optional<ByteRange> location,
                             String stderr, Optional<Duration> duration) {

    /** The kinds of raw outcome. The first three are answers of the implementation; the others are failures of the adapter. */
    public enum Kind {
        /** The implementation accepted the input. */
        ACCEPT,
        /** The implementation rejected the input, with or without a reason. */
        REJECT,
        /** The implementation cannot process this input although its statement covers it. */
        UNSUPPORTED,
        /** The program died, or broke the protocol in a way that cost every request in flight (the runner's CRASH). */
        CRASH,
        /** No answer came within the time limit (the runner's TIMEOUT). */
        TIMEOUT,
        /** The answer to this request was malformed (bad outcome, unknown reason); the runner's CRASH, for this request only. */
        PROTOCOL_VIOLATION;

        /** Whether the implementation itself answered, as opposed to a failure of the adapter or program. */
        public boolean answered() {
            return this == ACCEPT || this == REJECT || this == UNSUPPORTED;
        }
    }

    public AdapterOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(duration, "duration");
        if (reason.isPresent() && kind != Kind.REJECT) {
            throw new IllegalArgumentException("only a rejection carries a reason, not " + kind);
        }
        if (location.isPresent() && kind != Kind.REJECT) {
            throw new IllegalArgumentException("only a rejection blames a byte range, not " + kind);
        }
    }

    public static AdapterOutcome accept() {
        return new AdapterOutcome(Kind.ACCEPT, Optional.empty(), "", Optional.empty(), "", Optional.empty());
    }

    public static AdapterOutcome reject(Reason reason, String detail) {
        return reject(Optional.of(reason), detail);
    }

    /** A rejection; {@code reason} is empty when the implementation did not say why. */
    public static AdapterOutcome reject(Optional<Reason> reason, String detail) {
        return reject(reason, detail, Optional.empty());
    }

    /** A rejection blaming the bytes at {@code location}, when it is present. */
    public static AdapterOutcome reject(Optional<Reason> reason, String detail, Optional<ByteRange> location) {
        return new AdapterOutcome(Kind.REJECT, reason, detail, location, "", Optional.empty());
    }

    public static AdapterOutcome unsupported(String detail) {
        return new AdapterOutcome(Kind.UNSUPPORTED, Optional.empty(), detail, Optional.empty(), "", Optional.empty());
    }

    public static AdapterOutcome crash(String detail) {
        return new AdapterOutcome(Kind.CRASH, Optional.empty(), detail, Optional.empty(), "", Optional.empty());
    }

    public static AdapterOutcome timeout(String detail) {
        return new AdapterOutcome(Kind.TIMEOUT, Optional.empty(), detail, Optional.empty(), "", Optional.empty());
    }

    public static AdapterOutcome protocolViolation(String detail) {
        return new AdapterOutcome(Kind.PROTOCOL_VIOLATION, Optional.empty(), detail, Optional.empty(), "", Optional.empty());
    }

    /** The raw outcome of the reference verifier's {@link Outcome}: accept, or reject with its one reason and its location. */
    public static AdapterOutcome of(Outcome outcome) {
        return outcome.accepted() ? accept() : reject(outcome.reason(), outcome.detail(), outcome.location());
    }

    public AdapterOutcome withStderr(String capturedStderr) {
        return new AdapterOutcome(kind, reason, detail, location, capturedStderr, duration);
    }

    public AdapterOutcome withDuration(Duration took) {
        return new AdapterOutcome(kind, reason, detail, location, stderr, Optional.of(took));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind.name().toLowerCase(Locale.ROOT));
        reason.ifPresent(r -> text.append(' ').append(r));
        if (!detail.isEmpty()) {
            text.append(": ").append(detail);
        }
        return text.toString();
    }
}
