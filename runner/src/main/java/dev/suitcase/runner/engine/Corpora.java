package dev.suitcase.runner.engine;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The corpora an engine has loaded, each loaded once: loading and validating the whole corpus takes
 * about a second, and one launcher may discover several times (an IDE, a suite). Whoever creates the
 * engine with a {@code Corpora} of its own ({@code suitcase run} does) gets the very corpus the run
 * used, for its reports, without loading it again.
 */
public final class Corpora {
    private final Map<CorpusLocation, Corpus> loaded = new ConcurrentHashMap<>();

    /** The corpus at {@code location}; a corpus that cannot be loaded is a configuration error naming the file. */
    public Corpus load(CorpusLocation location) {
        try {
            return loaded.computeIfAbsent(location, CorpusLocation::load);
        } catch (CorpusException e) {
            throw new SuitcaseConfigurationException(location + " is not usable: " + e.getMessage(), e);
        }
    }
}
