package dev.suitcase.adapters;

import dev.suitcase.vectors.model.Bytes;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a producer reported for one sign request: a signed envelope, or why there is none. Raw,
 * like {@link AdapterOutcome}: whether the envelope is conformant is for the reference verifier
 * and the runner to say. Immutable.
 *
 * @param kind     what happened
 * @param envelope for {@link Kind#SIGNED} only: the envelope as produced
 * @param detail   why there is no envelope; may be empty
 * @param stderr   what an external program wrote to stderr meanwhile (capped); empty otherwise
 * @param duration how long the request took, when measured
 */
public record SignOutcome(Kind kind, Optional<Bytes> envelope, String detail, String stderr,
                          Optional<Duration> duration) {

    /** The kinds of raw sign outcome; CRASH, TIMEOUT and PROTOCOL_VIOLATION mean as in {@link AdapterOutcome.Kind}. */
    public enum Kind { SIGNED, UNSUPPORTED, CRASH, TIMEOUT, PROTOCOL_VIOLATION }

    public SignOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(duration, "duration");
        if (envelope.isPresent() != (kind == Kind.SIGNED)) {
            throw new IllegalArgumentException("exactly a signed outcome carries an envelope; " + kind
                    + (envelope.isPresent() ? " has one" : " has none"));
        }
    }

    public static SignOutcome signed(Bytes envelope) {
        return new SignOutcome(Kind.SIGNED, Optional.of(envelope), "", "", Optional.empty());
    }

    public static SignOutcome unsupported(String detail) {
        return new SignOutcome(Kind.UNSUPPORTED, Optional.empty(), detail, "", Optional.empty());
    }

    public static SignOutcome crash(String detail) {
        return new SignOutcome(Kind.CRASH, Optional.empty(), detail, "", Optional.empty());
    }

    public static SignOutcome timeout(String detail) {
        return new SignOutcome(Kind.TIMEOUT, Optional.empty(), detail, "", Optional.empty());
    }

    public static SignOutcome protocolViolation(String detail) {
        return new SignOutcome(Kind.PROTOCOL_VIOLATION, Optional.empty(), detail, "", Optional.empty());
    }

    public SignOutcome withStderr(String capturedStderr) {
        return new SignOutcome(kind, envelope, detail, capturedStderr, duration);
    }

    public SignOutcome withDuration(Duration took) {
        return new SignOutcome(kind, envelope, detail, stderr, Optional.of(took));
    }

    @Override
    public String toString() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return envelope.map(e -> name + " (" + e.length() + " bytes)")
                .orElse(detail.isEmpty() ? name : name + ": " + detail);
    }
}
