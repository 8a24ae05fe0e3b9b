package dev.suitcase.adapters.process;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One request on its way through the process adapter: its line, when it was last sent, and the
 * future its caller waits on. Owned by the driver thread; completed exactly once.
 */
abstract sealed class Exchange permits Exchange.Verify, Exchange.Sign {
    /** How a request ended without an answer of the implementation. */
    enum Failure { CRASH, TIMEOUT }

    final String id;
    final byte[] line;
    private long sentAt;
    /** What happened when the program died with this request in flight among others; it is then re-run alone. */
    private String earlierCrash;

    private Exchange(String id, byte[] line) {
        this.id = id;
        this.line = line;
    }

    void sent(long nanos) {
        sentAt = nanos;
    }

    long sentAt() {
        return sentAt;
    }

    Duration took(long nanos) {
        return Duration.ofNanos(nanos - sentAt);
    }

    void suspect(String crash) {
        earlierCrash = crash;
    }

    /** The failure detail, with the earlier crash this request was in flight for, if any. */
    String withHistory(String detail) {
        return earlierCrash == null ? detail
                : detail + " (sent alone after the program " + earlierCrash + " with this request among those in flight)";
    }

    abstract void answer(JsonNode answer, String stderr, Duration took);

    abstract void fail(Failure failure, String detail, String stderr, Duration took);

    /** A verify request. */
    static final class Verify extends Exchange {
        final CompletableFuture<AdapterOutcome> result = new CompletableFuture<>();

        Verify(String id, byte[] line) {
            super(id, line);
        }

        @Override
        void answer(JsonNode answer, String stderr, Duration took) {
            result.complete(WireMessages.verifyAnswer(answer).withStderr(stderr).withDuration(took));
        }

        @Override
        void fail(Failure failure, String detail, String stderr, Duration took) {
            AdapterOutcome outcome = failure == Failure.TIMEOUT ? AdapterOutcome.timeout(withHistory(detail))
                    : AdapterOutcome.crash(withHistory(detail));
            result.complete(outcome.withStderr(stderr).withDuration(took));
        }
    }

    /** A sign request. */
    static final class Sign extends Exchange {
        final CompletableFuture<SignOutcome> result = new CompletableFuture<>();

        Sign(String id, byte[] line) {
            super(id, line);
        }

        @Override
        void answer(JsonNode answer, String stderr, Duration took) {
            result.complete(WireMessages.signAnswer(answer).withStderr(stderr).withDuration(took));
        }

        @Override
        void fail(Failure failure, String detail, String stderr, Duration took) {
            SignOutcome outcome = failure == Failure.TIMEOUT ? SignOutcome.timeout(withHistory(detail))
                    : SignOutcome.crash(withHistory(detail));
            result.complete(outcome.withStderr(stderr).withDuration(took));
        }
    }
}
