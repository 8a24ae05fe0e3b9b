package dev.suitcase.runner.results;

import dev.suitcase.runner.interop.InteropId;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Vector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Collects a run's results as they are judged and keeps {@code results.json} up to date, so an
 * interrupted run keeps what it measured: the file is written when the sink opens, again whenever
 * a result arrives and {@code flushInterval} has passed since the last write, on {@link #flush()}
 * (what a shutdown hook calls on Ctrl-C), and on {@link #finish}. Every write is atomic and holds
 * a consistent {@link Results}: every result added before it, the scores of exactly those, and no
 * {@code finishedAt} until the run finished. Safe for concurrent use.
 */
public final class ResultsSink {
    private final Path file;
    private final Duration flushInterval;
    private final Clock clock;
    private final Object collecting = new Object();
    private final Object writing = new Object();
    private final List<Result> results = new ArrayList<>();
    private final List<Vector> vectors = new ArrayList<>();
    private final Set<Results.Key> keys = new HashSet<>();
    private RunInfo run;
    private Instant lastWrite;
    private boolean closed;

    private ResultsSink(RunInfo run, Path file, Duration flushInterval, Clock clock) {
        if (run.complete()) {
            throw new IllegalArgumentException("a sink collects a run that is going on; this one finished at " + run.finishedAt().get());
        }
        if (flushInterval.isNegative()) {
            throw new IllegalArgumentException("the flush interval must not be negative, not " + flushInterval);
        }
        this.run = run;
        this.file = Objects.requireNonNull(file, "file");
        this.flushInterval = flushInterval;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens a sink writing {@code file}, and writes it at once: an empty run is already a valid file. */
    public static ResultsSink open(RunInfo run, Path file, Duration flushInterval) {
        return open(run, file, flushInterval, Clock.systemUTC());
    }

    /** As {@link #open(RunInfo, Path, Duration)}, timing the flush interval with {@code clock}. */
    public static ResultsSink open(RunInfo run, Path file, Duration flushInterval, Clock clock) {
        ResultsSink sink = new ResultsSink(run, file, flushInterval, clock);
        sink.flush();
        return sink;
    }

    public Path file() {
        return file;
    }

    /**
     * Adds one result, and writes the file if {@code flushInterval} has passed since the last write.
     * Throws {@link IllegalArgumentException} for a second result of the same vector and adapter or
     * an adapter not in the run, and {@link IllegalStateException} once the run has finished.
     */
    public void add(Result result) {
        boolean due;
        synchronized (collecting) {
            if (run.complete()) {
                throw new IllegalStateException("the run finished at " + run.finishedAt().get() + "; no result can be added after");
            }
            if (run.adapter(result.adapter()).isEmpty()) {
                throw new IllegalArgumentException("result of " + result.vector() + " is for adapter '" + result.adapter()
                        + "', which is not one of the run's adapters " + run.adapterNames());
            }
            if (!keys.add(Results.Key.of(result))) {
                throw new IllegalArgumentException("vector " + result.vector() + " already has a result for adapter '"
                        + result.adapter() + "'; a run judges each vector once per adapter");
            }
            results.add(result);
            due = !clock.instant().isBefore(lastWrite.plus(flushInterval));
        }
        if (due) {
            flush();
        }
    }

    /**
     * Adds a vector the producer × verifier matrix made, before its results. Throws
     * {@link IllegalArgumentException} for a vector it does not make or one added already, and
     * {@link IllegalStateException} once the run has finished.
     */
    public void addVector(Vector vector) {
        synchronized (collecting) {
            if (run.complete()) {
                throw new IllegalStateException("the run finished at " + run.finishedAt().get() + "; no vector can be added after");
            }
            if (!InteropId.reserved(vector.id())) {
                throw new IllegalArgumentException("vector " + vector.id() + " is not one the producer matrix makes");
            }
            if (vectors.stream().anyMatch(known -> known.id().equals(vector.id()))) {
                throw new IllegalArgumentException("the producer matrix made vector " + vector.id() + " twice");
            }
            vectors.add(vector);
        }
    }

    /** The run so far: every result and vector added until now. */
    public Results snapshot() {
        synchronized (collecting) {
            return new Results(run, results, vectors);
        }
    }

    /**
     * Writes the run so far to the file now, unless the sink is {@link #close closed}; throws
     * {@link UncheckedIOException} when it cannot.
     */
    public void flush() {
        // one writer at a time, each writing a snapshot taken after the previous write: the file never goes back in time
        synchronized (writing) {
            if (closed) {
                return;
            }
            Results snapshot = snapshot();
            try {
                ResultsJson.write(snapshot, file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            synchronized (collecting) {
                lastWrite = clock.instant();
            }
        }
    }

    /**
     * Writes the run so far a last time and stops writing: results still added are kept in memory,
     * and the file is not touched again, so that an interrupted run's file can be moved away.
     */
    public void close() {
        synchronized (writing) {
            flush();
            closed = true;
        }
    }

    /** Marks the run finished at {@code at}, writes the file a last time and returns what it holds. */
    public Results finish(Instant at) {
        synchronized (collecting) {
            if (run.complete()) {
                throw new IllegalStateException("the run already finished at " + run.finishedAt().get());
            }
            run = run.finished(at);
        }
        flush();
        return snapshot();
    }

    /** When the file was last written. */
    public Optional<Instant> lastWrite() {
        synchronized (collecting) {
            return Optional.ofNullable(lastWrite);
        }
    }
}
