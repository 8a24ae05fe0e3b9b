package dev.suitcase.adapters;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Drives one implementation: says what it claims ({@link #describe}) and reports what it does with
 * each input ({@link #verify}), as a raw outcome that only the runner judges
 * (adapters/PROTOCOL.md, "Adapters report raw outcomes").
 *
 * <p>Contract for every implementation of this interface:
 * <ul>
 *   <li>{@link #verify} and {@link #sign} never throw for a request: a failure of the adapter or of
 *       the program behind it is an outcome ({@link AdapterOutcome.Kind#CRASH},
 *       {@link AdapterOutcome.Kind#TIMEOUT}, {@link AdapterOutcome.Kind#PROTOCOL_VIOLATION}) that
 *       costs that request only;</li>
 *   <li>they may be called from several threads at once;</li>
 *   <li>the runner sends only requests the statement covers ({@link Ics#covers}); the others are
 *       NOT_APPLICABLE, and whatever an adapter would answer outside its statement is never judged.</li>
 * </ul>
 */
public interface Adapter extends AutoCloseable {

    /** The implementation conformance statement; the same value for the adapter's whole life. */
    Ics describe();

    /** Runs one verification and returns what the implementation did. */
    AdapterOutcome verify(VerifyRequest request);

    /**
     * As {@link #verify}, without waiting: an adapter that can keep several requests in flight
     * (the process adapter pipelines them) completes the future when the answer comes. The
     * future never completes exceptionally.
     */
    default CompletableFuture<AdapterOutcome> verifyAsync(VerifyRequest request) {
        return CompletableFuture.completedFuture(verify(request));
    }

    /**
     * Produces a signed SUIT envelope (adapters/PROTOCOL.md, "Sign (producers)"). An adapter whose
     * statement does not list {@link Operation#SIGN} answers {@link SignOutcome.Kind#UNSUPPORTED}.
     */
    default SignOutcome sign(SignRequest request) {
        return SignOutcome.unsupported(describe().implementation()
                + " does not produce envelopes: its conformance statement does not list the sign operation");
    }

    /**
     * What went wrong with the adapter as a whole rather than with one request, one line each (for
     * a process adapter: answers for ids already answered or never asked, stderr that cannot be
     * tied to one request); the run reports them once per adapter. Empty by default.
     */
    default List<String> notes() {
        return List.of();
    }

    /** Releases what the adapter holds (an external program is asked to exit, then killed). Never throws. */
    @Override
    void close();
}
