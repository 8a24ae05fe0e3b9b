package dev.suitcase.runner.engine;

import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.SuiteVersion;
import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.GateOptions;
import dev.suitcase.runner.execution.AdapterSlot;
import dev.suitcase.runner.execution.RunAdapters;
import dev.suitcase.runner.execution.VectorCalls;
import dev.suitcase.runner.results.CorpusInfo;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.verdict.Judge;
import dev.suitcase.runner.verdict.Result;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Executes the suitcase tree: opens the adapters, announces the run, runs the producer × verifier
 * matrix when configured ({@link InteropRound}: the producers sign, and the vectors their envelopes
 * make join the tree), then runs each adapter's vectors, all adapters side by side, and reports
 * every vector as its answer is judged. An adapter that cannot be opened fails the engine, as does
 * a matrix none of whose adapters signs (nothing is run, since the run's adapters are fixed before
 * it starts); anything that goes wrong with one vector, or one sign request, costs that one only.
 */
final class SuitcaseExecution {
    private final SuitcaseEngineDescriptor engine;
    private final EngineExecutionListener listener;
    private final CancellationToken cancellation;

    SuitcaseExecution(ExecutionRequest request) {
        this.engine = (SuitcaseEngineDescriptor) request.getRootTestDescriptor();
        this.listener = request.getEngineExecutionListener();
        this.cancellation = request.getCancellationToken();
    }

    void execute() {
        listener.executionStarted(engine);
        if (engine.getChildren().isEmpty()) {
            listener.executionFinished(engine, TestExecutionResult.successful());
            return;
        }
        SuitcaseConfiguration configuration = engine.configuration();
        int parallelism = Runtime.getRuntime().availableProcessors();
        List<String> specs = engine.getChildren().stream().map(child -> ((AdapterDescriptor) child).spec()).toList();
        Instant startedAt = Instant.now();
        RunAdapters adapters;
        try {
            // requests in flight per adapter: the process adapter's window, and at least one per core
            adapters = RunAdapters.open(specs, engine.registry().orElseThrow(), configuration.options().profiles(),
                    Math.max(configuration.processSettings().window(), parallelism));
        } catch (AdapterException e) {
            listener.executionFinished(engine, TestExecutionResult.failed(e));
            return;
        }
        TreeEvents events = new TreeEvents(listener, engine);
        Optional<InteropRound> interop = engine.interop().map(plan -> new InteropRound(engine, plan, adapters, events));
        Optional<String> withoutProducer = interop.flatMap(InteropRound::withoutProducer);
        if (withoutProducer.isPresent()) {
            adapters.close();
            listener.executionFinished(engine, TestExecutionResult.failed(
                    SuitcaseConfigurationException.of(SuitcaseConfiguration.ADAPTERS, withoutProducer.get())));
            return;
        }
        Judge judge = Judge.withCatalogueFromClasspath();
        try (adapters; VectorCalls calls = new VectorCalls(judge, configuration.timeout(), parallelism)) {
            listener.reportingEntryPublished(engine, ResultEntries.run(new RunInfo(SuiteVersion.get(),
                    CorpusInfo.of(engine.corpus().orElseThrow()), configuration.options(), adapters.underTest(), startedAt,
                    Optional.empty())));
            Map<VectorDescriptor, Result> produced = interop.map(round -> round.run(calls, judge)).orElse(Map.of());
            List<Thread> dispatchers = new ArrayList<>();
            for (TestDescriptor child : engine.getChildren()) {
                AdapterDescriptor adapter = (AdapterDescriptor) child;
                Thread dispatcher = new Thread(() -> dispatch(adapter, adapters.slot(adapter.spec()), calls, produced, events),
                        "suitcase-dispatch-" + adapter.spec());
                dispatcher.setDaemon(true);
                dispatchers.add(dispatcher);
                dispatcher.start();
            }
            for (Thread dispatcher : dispatchers) {
                dispatcher.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.executionFinished(engine, TestExecutionResult.aborted(e));
            return;
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    /**
     * Runs one adapter's vectors in the tree's order, as fast as its window and the compute permits
     * allow, and waits until each is reported; once the run is cancelled the rest are skipped. A
     * producer's own vector of the producer × verifier matrix is judged already: it is reported as it comes.
     */
    private void dispatch(AdapterDescriptor adapter, AdapterSlot slot, VectorCalls calls, Map<VectorDescriptor, Result> produced,
                          TreeEvents events) {
        Baseline baseline = engine.baseline();
        GateOptions gate = GateOptions.of(engine.configuration().options());
        List<CompletableFuture<Void>> reported = new ArrayList<>();
        boolean stopped = false;
        for (VectorDescriptor test : vectors(adapter)) {
            if (stopped || cancellation.isCancellationRequested()) {
                stopped = true;
                events.skipped(test, "the run was cancelled before this vector was sent");
                continue;
            }
            events.started(test);
            Result judged = produced.get(test);
            if (judged != null) {
                report(test, judged, baseline, gate, events);
                continue;
            }
            try {
                reported.add(calls.start(test.vector(), slot).thenAccept(result -> report(test, result, baseline, gate, events)));
            } catch (InterruptedException e) {
                stopped = true;
                events.finished(test, TestExecutionResult.aborted(e));
            }
        }
        CompletableFuture.allOf(reported.toArray(CompletableFuture[]::new)).join();
    }

    private static void report(VectorDescriptor test, Result result, Baseline baseline, GateOptions gate, TreeEvents events) {
        TestExecutionResult outcome;
        try {
            events.published(test, ResultEntries.result(result));
            outcome = ExecutionResults.of(test.vector(), result, baseline.find(result.adapter(), result.vector()), gate);
        } catch (RuntimeException e) {
            outcome = TestExecutionResult.failed(e);
        }
        events.finished(test, outcome);
    }

    private static List<VectorDescriptor> vectors(TestDescriptor container) {
        List<VectorDescriptor> vectors = new ArrayList<>();
        for (TestDescriptor child : container.getChildren()) {
            if (child instanceof VectorDescriptor vector) {
                vectors.add(vector);
            } else {
                vectors.addAll(vectors(child));
            }
        }
        return vectors;
    }
}
