package dev.suitcase.runner.engine;

import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.interop.InteropPlan;
import dev.suitcase.vectors.corpus.Corpus;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

import java.util.Objects;
import java.util.Optional;

/**
 * The root of the suitcase engine's tree: the adapters, each with the vectors selected for it,
 * and what the run needs besides: its configuration, corpus, baseline, the adapter registry that
 * checked the adapters' specs and opens them, and the producer × verifier matrix's plan when it
 * runs. Without a selector the engine answers to, the tree is empty and nothing is loaded.
 */
public final class SuitcaseEngineDescriptor extends EngineDescriptor {
    private final SuitcaseConfiguration configuration;
    private final Optional<Corpus> corpus;
    private final Baseline baseline;
    private final Optional<AdapterRegistry> registry;
    private final Optional<InteropPlan> interop;

    SuitcaseEngineDescriptor(UniqueId uniqueId, SuitcaseConfiguration configuration, Optional<Corpus> corpus,
                             Baseline baseline, Optional<AdapterRegistry> registry, Optional<InteropPlan> interop) {
        super(uniqueId, "suitcase");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.interop = Objects.requireNonNull(interop, "interop");
    }

    /** The tree of a discovery that selected nothing of this engine. */
    static SuitcaseEngineDescriptor empty(UniqueId uniqueId) {
        return new SuitcaseEngineDescriptor(uniqueId, SuitcaseConfiguration.defaults(), Optional.empty(), Baseline.empty(),
                Optional.empty(), Optional.empty());
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

    /** The registry the run's adapters are opened from; empty when nothing was selected. */
    Optional<AdapterRegistry> registry() {
        return registry;
    }

    /** What the producer × verifier matrix signs ({@value SuitcaseConfiguration#INTEROP}); empty when it does not run. */
    Optional<InteropPlan> interop() {
        return interop;
    }
}
