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
 * run} creates it with its own {@link Corpora} to reuse the corpus for its reports. Either way the
 * same code discovers, runs and judges.
 */
public final class SuitcaseTestEngine implements TestEngine {
    public static final String ID = "suitcase";

    private final Corpora corpora;

    /** The engine as the launcher's service loader creates it. */
    public SuitcaseTestEngine() {
        this(new Corpora());
    }

    /** An engine that loads corpora through {@code corpora}, so its creator sees the corpus the run used. */
    public SuitcaseTestEngine(Corpora corpora) {
        this.corpora = Objects.requireNonNull(corpora, "corpora");
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
        return new CorpusDiscovery(request, uniqueId, corpora).discover();
    }

    @Override
    public void execute(ExecutionRequest request) {
        new SuitcaseExecution(request).execute();
    }
}
