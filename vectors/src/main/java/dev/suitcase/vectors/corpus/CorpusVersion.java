package dev.suitcase.vectors.corpus;

/**
 * The version of the corpus this code generates, and the generator name every vector's
 * provenance carries. A change to the format or to an existing vector's meaning bumps it.
 */
public final class CorpusVersion {
    public static final String CURRENT = "0.2.0";
    public static final String GENERATOR = "suitcase-vectors " + CURRENT;

    private CorpusVersion() {
    }
}
