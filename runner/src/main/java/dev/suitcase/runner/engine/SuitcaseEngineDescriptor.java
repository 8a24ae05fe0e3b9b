package dev.suitcase.runner.engine;

import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.vectors.corpus.Corpus;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

import java.util.Objects;
import java.util.Optional;

/**
 * The root of the suitcase engine's tree: the adapters, each with the vectors selected for it,
 * and what the run needs besides: its configuration, corpus and baseline. Without a selector the
 * engine answers to, the tree is empty and no corpus is loaded.
 */
public final class SuitcaseEngineDescriptor extends EngineDescriptor {
    private final SuitcaseConfiguration configuration;
    private final Optional<Corpus> corpus;
    private final Baseline baseline;

    SuitcaseEngineDescriptor(UniqueId uniqueId, SuitcaseConfiguration configuration, Optional<Corpus> corpus,
                             Baseline baseline) {
        super(uniqueId, "suitcase");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    public SuitcaseConfiguration configuration() {
        return configuration;
    }

    /** The corpus the vectors come from; empty when nothing was selected. */
    public Optional<Corpus> corpus() {
        return corpus;
    }

    /** The known deviations ({@value SuitcaseConfiguration#BASELINE}); empty when none was given. */
    public Baseline baseline() {
        return baseline;
    }
}
