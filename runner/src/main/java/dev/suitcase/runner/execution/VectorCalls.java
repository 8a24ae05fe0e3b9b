package dev.suitcase.runner.execution;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Judge;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Vector;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs vectors on adapters and judges what they answer: the one execution path of the engine, and
 * so of {@code suitcase run} and {@code suitcase interop}, whose producers sign through {@link #sign}
 * under the same deadline. Calls go through {@link dev.suitcase.adapters.Adapter#verifyAsync}, so
 * a process adapter pipelines its window, while calls that compute in the caller's thread (the JVM
 * adapters) share {@code parallelism} permits, one per core.
 *
 * <p>Whatever an adapter does costs that one vector:
 * <ul>
 *   <li>a call that does not return within the timeout is TIMEOUT; its thread is abandoned (a new
 *       one takes its place), so a hung adapter cannot stall the run;</li>
 *   <li>a future an adapter never completes is TIMEOUT after {@value #BACKSTOP_FACTOR} times the
 *       timeout (process adapters time requests out themselves, counting from when they send them);</li>
 *   <li>an exception escaping the adapter, or a future completed exceptionally, is CRASH: the adapter
 *       broke its contract, which is the adapter's fault;</li>
 *   <li>a failure of the suite itself (building the request, judging) is ERROR, never blamed on the
 *       adapter.</li>
 * </ul>
 * Every future {@link #start} returns completes with a result, never exceptionally.
 */
public final class VectorCalls implements AutoCloseable {
    static final int BACKSTOP_FACTOR = 10;

    private final Judge judge;
    private final Duration timeout;
    private final Semaphore compute;
    private final ExecutorService callers = Executors.newCachedThreadPool(daemons("suitcase-verify-"));
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemons("suitcase-timeouts-"));

    /**
     * @param judge       judges each outcome
     * @param timeout     how long a call may take to return
     * @param parallelism how many calls may compute at once
     */
    public VectorCalls(Judge judge, Duration timeout, int parallelism) {
        this.judge = Objects.requireNonNull(judge, "judge");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.compute = new Semaphore(parallelism);
    }

    /**
     * Starts {@code vector} on the adapter, first waiting while the adapter's window is full and
     * every compute permit is taken. A vector outside the adapter's statement is NOT_APPLICABLE at
     * once, without a call. Throws {@link InterruptedException} when interrupted while waiting;
     * nothing was started then.
     */
    public CompletableFuture<Result> start(Vector vector, AdapterSlot slot) throws InterruptedException {
        AdapterUnderTest adapter = slot.underTest();
        if (!vector.active() || !adapter.ics().covers(vector)) {
            return CompletableFuture.completedFuture(judge.notApplicable(vector, adapter));
        }
        VerifyRequest request;
        try {
            request = VerifyRequest.of(vector);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(judge.suiteFailure(vector, adapter, "building the request failed: " + e));
        }
        slot.window().acquire();
        try {
            compute.acquire();
        } catch (InterruptedException e) {
            slot.window().release();
            throw e;
        }
        Call call = new Call(slot, request);
        callers.execute(call::run);
        return call.outcome.thenApply(outcome -> judged(vector, adapter, outcome));
    }

    /**
     * Asks a producer to sign for the producer × verifier matrix, with the deadline of a verify
     * call: {@link dev.suitcase.adapters.Adapter#sign} runs on a thread of its own, a call that does
     * not return within the timeout is TIMEOUT and its thread is abandoned, and an exception escaping
     * the adapter, or no answer, is CRASH. The future never completes exceptionally. No window or
     * compute permit is taken: a run sends a handful of sign requests, all before its vectors.
     */
    public CompletableFuture<SignOutcome> sign(AdapterSlot producer, SignRequest request) {
        CompletableFuture<SignOutcome> outcome = new CompletableFuture<>();
        callers.execute(() -> {
            long start = System.nanoTime();
            ScheduledFuture<?> returnGuard = clock.schedule(() -> outcome.complete(SignOutcome.timeout("the adapter's sign "
                    + "call did not return within " + describe(timeout) + " (suitcase.timeout); it was abandoned")
                    .withDuration(timeout)), timeout.toNanos(), TimeUnit.NANOSECONDS);
            SignOutcome answer;
            try {
                answer = producer.adapter().sign(request);
            } catch (Throwable thrown) {
                answer = SignOutcome.crash("the adapter threw " + thrown + " instead of answering; an adapter reports its "
                        + "failures as outcomes (dev.suitcase.adapters.Adapter)");
            }
            returnGuard.cancel(false);
            if (answer == null) {
                answer = SignOutcome.crash("the adapter's sign returned no outcome");
            }
            outcome.complete(answer.duration().isPresent() ? answer
                    : answer.withDuration(Duration.ofNanos(System.nanoTime() - start)));
        });
        return outcome;
    }

    @Override
    public void close() {
        callers.shutdownNow();
        clock.shutdownNow();
    }

    private Result judged(Vector vector, AdapterUnderTest adapter, AdapterOutcome outcome) {
        try {
            return judge.judge(vector, adapter, outcome);
        } catch (RuntimeException e) {
            return judge.suiteFailure(vector, adapter, "judging the outcome '" + outcome + "' failed: " + e);
        }
    }

    /** One call into an adapter, with its permits released exactly once whichever way it ends. */
    private final class Call {
        private final AdapterSlot slot;
        private final VerifyRequest request;
        private final CompletableFuture<AdapterOutcome> outcome = new CompletableFuture<>();
        private final AtomicBoolean computing = new AtomicBoolean(true);

        Call(AdapterSlot slot, VerifyRequest request) {
            this.slot = slot;
            this.request = request;
            outcome.whenComplete((done, never) -> {
                releaseCompute();
                slot.window().release();
            });
        }

        void run() {
            long start = System.nanoTime();
            ScheduledFuture<?> returnGuard = clock.schedule(() -> outcome.complete(AdapterOutcome.timeout("the adapter's "
                    + "call did not return within " + describe(timeout) + " (suitcase.timeout); it was abandoned")
                    .withDuration(timeout)), timeout.toNanos(), TimeUnit.NANOSECONDS);
            CompletableFuture<AdapterOutcome> answer;
            try {
                answer = slot.adapter().verifyAsync(request);
            } catch (Throwable thrown) {
                returnGuard.cancel(false);
                outcome.complete(timed(AdapterOutcome.crash("the adapter threw " + thrown + " instead of answering; "
                        + "an adapter reports its failures as outcomes (dev.suitcase.adapters.Adapter)"), start));
                return;
            }
            returnGuard.cancel(false);
            releaseCompute();
            if (outcome.isDone()) {
                // timed out before it returned: the vector is judged already, and the run may be over
                return;
            }
            if (answer == null) {
                outcome.complete(timed(AdapterOutcome.crash("the adapter's verifyAsync returned no future"), start));
                return;
            }
            Duration backstop = timeout.multipliedBy(BACKSTOP_FACTOR);
            ScheduledFuture<?> answerGuard = clock.schedule(() -> outcome.complete(AdapterOutcome.timeout("the adapter "
                    + "did not complete its answer within " + describe(backstop) + " (" + BACKSTOP_FACTOR
                    + " times suitcase.timeout)").withDuration(backstop)), backstop.toNanos(), TimeUnit.NANOSECONDS);
            answer.whenComplete((answered, failed) -> {
                answerGuard.cancel(false);
                if (answered != null) {
                    outcome.complete(timed(answered, start));
                } else {
                    outcome.complete(timed(AdapterOutcome.crash(failed == null ? "the adapter completed its answer with null"
                            : "the adapter's answer failed with " + failed + "; an adapter reports its failures as outcomes"),
                            start));
                }
            });
        }

        private void releaseCompute() {
            if (computing.compareAndSet(true, false)) {
                compute.release();
            }
        }
    }

    /** The outcome with its duration: the adapter's own measure when it took one, else the call's. */
    private static AdapterOutcome timed(AdapterOutcome outcome, long startNanos) {
        return outcome.duration().isPresent() ? outcome : outcome.withDuration(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
