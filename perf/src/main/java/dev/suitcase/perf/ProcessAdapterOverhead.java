package dev.suitcase.perf;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.adapters.process.OneShotAdapter;
import dev.suitcase.adapters.process.ProcessAdapter;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.perf.fixture.AcceptEverythingAdapter;
import dev.suitcase.perf.fixture.AcceptEverythingPrograms;
import dev.suitcase.perf.fixture.SpecExample0;
import dev.suitcase.vectors.model.Vector;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What does it cost, per vector, to drive an implementation in another process instead of in the
 * JVM, in each mode of adapters/PROTOCOL.md? The implementation is a trivial adapter that accepts
 * every request without verifying anything ({@link AcceptEverythingPrograms}), so each figure is
 * the protocol's cost alone. Every request is the one the runner sends for spec example 0
 * ({@value SpecExample0#VECTOR_ID}: a SUIT envelope of 237 bytes, its key and its device).
 *
 * <ul>
 *   <li>{@link #batchPipelined}: the batch protocol as the runner uses it, {@value #PIPELINED_REQUESTS}
 *       requests submitted at once through {@code ProcessAdapter.verifyAsync}, the default window
 *       of 16 in flight; the score is the time per request. The floor the others are divided by.</li>
 *   <li>{@link #batchOneAtATime}: the same program, one request answered before the next is sent:
 *       the round trip that pipelining hides.</li>
 *   <li>{@link #oneShotPython}: the same Python program in one-shot mode ({@code OneShotAdapter}):
 *       one process per request, which reads and parses its request file.</li>
 *   <li>{@link #oneShotShell}: one-shot mode with a POSIX shell script that starts in about a
 *       millisecond: the cost of starting a process from the JVM, which no one-shot adapter in any
 *       language can go below.</li>
 *   <li>{@link #inProcess}: the same answer from an adapter in the JVM ({@link AcceptEverythingAdapter}):
 *       what remains when there is no process and no protocol. Batch overhead per vector is
 *       {@link #batchPipelined} minus this.</li>
 * </ul>
 *
 * <p>Ratios divide wall-clock times ({@link WallClockRatio}): the adapter program's work is done in a
 * child process, which the benchmark JVM's CPU time does not count.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
@WallClockRatio
public class ProcessAdapterOverhead {
    /** Requests per invocation of {@link #batchPipelined}: enough to keep the window full most of the time. */
    static final int PIPELINED_REQUESTS = 256;

    private AcceptEverythingPrograms programs;
    private final List<Adapter> adapters = new ArrayList<>();
    private Adapter batch;
    private Adapter oneShotPython;
    private Adapter oneShotShell;
    private Adapter inProcess;
    private VerifyRequest request;
    private VerifyRequest[] pipelined;

    @Setup
    public void startAdapters() {
        Vector example = SpecExample0.fromClasspathCorpus().vector();
        request = VerifyRequest.of(example);
        // Requests in flight together need distinct ids; the input is the same.
        pipelined = new VerifyRequest[PIPELINED_REQUESTS];
        for (int i = 0; i < PIPELINED_REQUESTS; i++) {
            pipelined[i] = new VerifyRequest(example.id() + "#" + i, example.input(), Optional.empty());
        }
        programs = AcceptEverythingPrograms.install();
        try {
            ProcessSettings settings = ProcessSettings.defaults(programs.directory());
            batch = started(ProcessAdapter.start(programs.pythonCommand(), settings));
            oneShotPython = started(OneShotAdapter.start(programs.pythonCommand(), settings));
            oneShotShell = started(OneShotAdapter.start(programs.shellCommand(), settings));
            inProcess = started(new AcceptEverythingAdapter());
            for (Adapter adapter : adapters) {
                accepted(adapter.verify(request), adapter);
            }
        } catch (RuntimeException failure) {
            stopAdapters();
            throw failure;
        }
    }

    @TearDown
    public void stopAdapters() {
        for (Adapter adapter : adapters) {
            adapter.close();
        }
        adapters.clear();
        if (programs != null) {
            programs.close();
            programs = null;
        }
    }

    @Benchmark
    @RawPrimitive
    @OperationsPerInvocation(PIPELINED_REQUESTS)
    public void batchPipelined(Blackhole blackhole) {
        List<CompletableFuture<AdapterOutcome>> answers = new ArrayList<>(PIPELINED_REQUESTS);
        for (VerifyRequest each : pipelined) {
            answers.add(batch.verifyAsync(each));
        }
        for (CompletableFuture<AdapterOutcome> answer : answers) {
            blackhole.consume(accepted(answer.join(), batch));
        }
    }

    @Benchmark
    public void batchOneAtATime(Blackhole blackhole) {
        blackhole.consume(accepted(batch.verify(request), batch));
    }

    @Benchmark
    public void oneShotPython(Blackhole blackhole) {
        blackhole.consume(accepted(oneShotPython.verify(request), oneShotPython));
    }

    @Benchmark
    public void oneShotShell(Blackhole blackhole) {
        blackhole.consume(accepted(oneShotShell.verify(request), oneShotShell));
    }

    @Benchmark
    public void inProcess(Blackhole blackhole) {
        blackhole.consume(accepted(inProcess.verify(request), inProcess));
    }

    private Adapter started(Adapter adapter) {
        adapters.add(adapter);
        return adapter;
    }

    /**
     * The outcome, checked to be the program's answer: a crash, timeout or restart is far slower or
     * faster than the protocol, and a figure that included one would time something else.
     */
    private static AdapterOutcome accepted(AdapterOutcome outcome, Adapter adapter) {
        if (outcome.kind() != AdapterOutcome.Kind.ACCEPT) {
            throw new IllegalStateException(adapter.describe().implementation() + " did not accept the request ("
                    + outcome + (outcome.stderr().isBlank() ? "" : "; stderr: " + outcome.stderr().strip())
                    + "); the benchmark would time a failure, not the protocol");
        }
        return outcome;
    }
}
