package dev.suitcase.adapters;

import java.time.Duration;

/**
 * The shared frame of the adapters that run inside the JVM: it times each request, answers
 * {@link AdapterOutcome.Kind#UNSUPPORTED} for a layer the statement does not list, and turns
 * anything the adapter's own code throws into {@link AdapterOutcome.Kind#CRASH}, so a bug in the
 * glue or a library that blows up costs one request and is never mistaken for an answer.
 * Subclasses map the library's own refusals (exceptions included) to rejections themselves.
 */
public abstract class InProcessAdapter implements Adapter {

    /** Answers one request whose layer the statement lists. */
    protected abstract AdapterOutcome answer(VerifyRequest request);

    /** Signs one request; only called when the statement lists the sign operation and the algorithm. */
    protected SignOutcome produce(SignRequest request) {
        return Adapter.super.sign(request);
    }

    @Override
    public final AdapterOutcome verify(VerifyRequest request) {
        long start = System.nanoTime();
        AdapterOutcome outcome;
        Ics ics = describe();
        if (!ics.layers().contains(request.layer())) {
            outcome = AdapterOutcome.unsupported(ics.implementation() + " does not implement layer "
                    + request.layer().wireName() + "; the runner sends only what the statement covers (Ics.covers)");
        } else {
            try {
                outcome = answer(request);
            } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError failure) {
                outcome = AdapterOutcome.crash(ics.implementation() + " adapter failed on this request: " + describe(failure));
            }
        }
        return outcome.withDuration(Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public final SignOutcome sign(SignRequest request) {
        long start = System.nanoTime();
        SignOutcome outcome;
        Ics ics = describe();
        if (!ics.signs(request.algorithm())) {
            outcome = SignOutcome.unsupported(ics.implementation() + " does not sign with " + request.algorithm()
                    + " (its statement lists operations " + ics.operations() + " and algorithms " + ics.algorithms() + ")");
        } else {
            try {
                outcome = produce(request);
            } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError failure) {
                outcome = SignOutcome.crash(ics.implementation() + " adapter failed on this request: " + describe(failure));
            }
        }
        return outcome.withDuration(Duration.ofNanos(System.nanoTime() - start));
    }

    /** Nothing to release by default. */
    @Override
    public void close() {
    }

    /** An exception as "Type: message", for details. */
    protected static String describe(Throwable failure) {
        return failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
