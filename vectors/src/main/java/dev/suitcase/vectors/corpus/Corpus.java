package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.model.Vector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, validated corpus: every vector of the index, in index order.
 *
 * @param index   the index the vectors were loaded from
 * @param vectors every vector, withdrawn ones included, in index order
 * @param digest  the corpus digest: SHA-256 of the index file's bytes, lowercase hex; it names
 *                this exact corpus in reports
 */
public record Corpus(CorpusIndex index, List<Vector> vectors, String digest) {
    public Corpus {
        Objects.requireNonNull(index, "index");
        vectors = List.copyOf(vectors);
        Objects.requireNonNull(digest, "digest");
    }

    /** The vectors that are run: all but the withdrawn ones. */
    public List<Vector> active() {
        return vectors.stream().filter(Vector::active).toList();
    }

    public Optional<Vector> byId(String id) {
        return vectors.stream().filter(vector -> vector.id().toString().equals(id)).findFirst();
    }

    public String corpusVersion() {
        return index.corpusVersion();
    }
}
