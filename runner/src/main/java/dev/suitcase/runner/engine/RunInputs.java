package dev.suitcase.runner.engine;

import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.BaselineJson;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusException;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the suitcase engine loads for a run, each loaded once: the corpus (loading and validating
 * it takes about a second), the baseline, and the adapter registry (which reads the repository's
 * {@code adapters/adapters.json}). One launcher may discover several times (an IDE, a suite), and
 * whoever creates the engine with inputs of its own ({@code suitcase run} and {@code suitcase
 * interop} do) gets the very corpus and baseline the run used, for its reports and its gate,
 * without loading them again.
 */
public final class RunInputs {
    private final Function<CorpusLocation, Corpus> corpusLoader;
    private final Function<Path, Baseline> baselineLoader;
    private final Function<ProcessSettings, AdapterRegistry> registryLoader;
    private final Map<CorpusLocation, Corpus> corpora = new ConcurrentHashMap<>();
    private final Map<Path, Baseline> baselines = new ConcurrentHashMap<>();
    private final Map<ProcessSettings, AdapterRegistry> registries = new ConcurrentHashMap<>();

    /** Inputs loaded from where the run's configuration says. */
    public RunInputs() {
        this(CorpusLocation::load, BaselineJson::read, AdapterRegistry::forRepository);
    }

    /**
     * Inputs loaded by the functions given, each called once per location, file or settings (a test
     * counts the loads through them).
     */
    public RunInputs(Function<CorpusLocation, Corpus> corpusLoader, Function<Path, Baseline> baselineLoader,
                     Function<ProcessSettings, AdapterRegistry> registryLoader) {
        this.corpusLoader = Objects.requireNonNull(corpusLoader, "corpusLoader");
        this.baselineLoader = Objects.requireNonNull(baselineLoader, "baselineLoader");
        this.registryLoader = Objects.requireNonNull(registryLoader, "registryLoader");
    }

    /** The corpus at {@code location}; a corpus that cannot be loaded is a configuration error naming the file. */
    public Corpus corpus(CorpusLocation location) {
        try {
            return corpora.computeIfAbsent(location, corpusLoader);
        } catch (CorpusException e) {
            throw new SuitcaseConfigurationException(location + " is not usable: " + e.getMessage(), e);
        }
    }

    /**
     * The baseline in {@code file}; one that cannot be read or used throws what the loader throws
     * (a {@link dev.suitcase.runner.json.JsonFileException} naming the file and field).
     */
    public Baseline baseline(Path file) {
        return baselines.computeIfAbsent(file, baselineLoader);
    }

    /**
     * The adapter registry for {@code settings}; one that cannot be made throws what the loader
     * throws (an {@link dev.suitcase.adapters.AdapterException}, or an {@link java.io.UncheckedIOException}
     * for an {@code adapters/adapters.json} that cannot be read).
     */
    public AdapterRegistry registry(ProcessSettings settings) {
        return registries.computeIfAbsent(settings, registryLoader);
    }
}
