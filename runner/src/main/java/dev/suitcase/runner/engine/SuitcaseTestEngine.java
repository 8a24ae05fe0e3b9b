package dev.suitcase.runner.engine;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;

import java.util.Objects;
import java.util.Optional;

/**
 * The suitcase JUnit Platform engine, id {@value #ID}: the corpus's vectors run on the configured
 * adapters, one test per vector and adapter, in a tree engine → adapter → layer → algorithm →
 * vector ({@link CorpusDiscovery} says what it answers to, {@link SuitcaseConfiguration} how it is
 * configured). Build tools and IDEs find it through {@code META-INF/services}; {@code suitcase
 * run} and {@code suitcase interop} create it with their own {@link RunInputs}, to reuse the corpus
 * and the baseline the run loaded for their reports and gate. Either way the same code discovers,
 * runs and judges.
 */
public final class SuitcaseTestEngine implements TestEngine {
    public static final String ID = "suitcase";

    private final RunInputs inputs;

    /** The engine as the launcher's service loader creates it. */
    public SuitcaseTestEngine() {
        this(new RunInputs());
    }

    /** An engine that loads its corpus, baseline and adapter registry through {@code inputs}, so its creator sees what the run used. */
    public SuitcaseTestEngine(RunInputs inputs) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.suitcase");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("suitcase-runner");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        return new CorpusDiscovery(request, uniqueId, inputs).discover();
    }

    @Override
    public void execute(ExecutionRequest request) {
        new SuitcaseExecution(request).execute();
    }
}
