package dev.suitcase.runner.results;

/** Results that cannot be combined: different corpora, adapters or options, or overlapping or missing shards. */
public final class IncompatibleResultsException extends RuntimeException {
    public IncompatibleResultsException(String message) {
        super(message);
    }
}
