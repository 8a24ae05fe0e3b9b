package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.vectors.model.VectorStatus;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of {@code corpus/index.json}.
 *
 * @param id     the vector's id
 * @param path   the vector file, relative to the corpus directory; always {@code id.path()}
 * @param sha256 the SHA-256 of the file's bytes, lowercase hex
 * @param status whether the vector is run
 */
public record IndexEntry(VectorId id, String path, String sha256, VectorStatus status) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public IndexEntry {
        Objects.requireNonNull(id, "id");
        if (!id.path().equals(path)) {
            throw new IllegalArgumentException("vector " + id + " must live at " + id.path() + ", not " + path);
        }
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 of " + id + " must be 64 lowercase hex digits");
        }
        Objects.requireNonNull(status, "status");
    }
}
