package dev.suitcase.runner.launch;

import dev.suitcase.runner.engine.ResultEntries;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsSink;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the run's results from what the suitcase engine publishes ({@link ResultEntries}) and
 * keeps results.json up to date through a {@link ResultsSink}: opened when the engine announces
 * the run, added to as the producer × verifier matrix makes its vectors and as each vector is judged, flushed at most every {@code flushInterval} and a last
 * time when it is closed (Ctrl-C), and finished when the run ends. It also keeps why the engine failed, if it did,
 * and the first problem it had itself, so nothing goes wrong unseen.
 */
public final class ResultsCollector implements TestExecutionListener {
    private final Path file;
    private final Duration flushInterval;
    private final AtomicReference<ResultsSink> sink = new AtomicReference<>();
    private final AtomicReference<Throwable> engineFailure = new AtomicReference<>();
    private final AtomicReference<RuntimeException> ownFailure = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    public ResultsCollector(Path file, Duration flushInterval) {
        this.file = file;
        this.flushInterval = flushInterval;
    }

    @Override
    public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
        try {
            ResultEntries.run(entry).filter(run -> !closed.get())
                    .ifPresent(run -> sink.set(ResultsSink.open(run, file, flushInterval)));
            ResultEntries.vector(entry).ifPresent(vector -> open("the vector " + vector.id()).addVector(vector));
            ResultEntries.result(entry).ifPresent(result -> open("the result of " + result.vector()).add(result));
        } catch (RuntimeException e) {
            ownFailure.compareAndSet(null, e);
        }
    }

    private ResultsSink open(String what) {
        ResultsSink open = sink.get();
        if (open == null) {
            throw new IllegalStateException("the engine published " + what + " before announcing the run");
        }
        return open;
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
        if (testIdentifier.getParentIdObject().isEmpty() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            engineFailure.compareAndSet(null, result.getThrowable().orElseGet(
                    () -> new IllegalStateException("the suitcase engine finished " + result.getStatus())));
        }
    }

    /** Why the engine did not run to the end, if it did not. */
    public Optional<Throwable> engineFailure() {
        return Optional.ofNullable(engineFailure.get());
    }

    /** The first problem collecting results (a file that cannot be written, a result that does not fit the run). */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(ownFailure.get());
    }

    /** Writes what was measured so far a last time and never again, if the run had started; what an interruption calls. */
    public void close() {
        closed.set(true);
        Optional.ofNullable(sink.get()).ifPresent(ResultsSink::close);
    }

    /** Marks the run finished, writes results.json a last time and returns the results; empty if the run never started. */
    public Optional<Results> finish(Instant at) {
        return Optional.ofNullable(sink.get()).map(open -> open.finish(at));
    }
}
