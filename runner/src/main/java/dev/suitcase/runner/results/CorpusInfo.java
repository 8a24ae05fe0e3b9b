package dev.suitcase.runner.results;

import dev.suitcase.vectors.corpus.Corpus;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which corpus a run used: results are comparable, mergeable and diffable as like for like only
 * when these agree.
 *
 * @param version the corpus version from its index
 * @param digest  SHA-256 of the index file, lowercase hex (vectors/README.md)
 */
public record CorpusInfo(String version, String digest) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public CorpusInfo {
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("the corpus version must not be blank");
        }
        if (!SHA256_HEX.matcher(Objects.requireNonNull(digest, "digest")).matches()) {
            throw new IllegalArgumentException("the corpus digest must be SHA-256 as 64 lowercase hex digits, not '" + digest + "'");
        }
    }

    public static CorpusInfo of(Corpus corpus) {
        return new CorpusInfo(corpus.corpusVersion(), corpus.digest());
    }

    @Override
    public String toString() {
        return version + " (" + digest + ")";
    }
}
