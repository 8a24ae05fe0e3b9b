package dev.suitcase.vectors.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a vector comes from.
 *
 * @param source     {@code generated}, {@code wycheproof}, or the specification it is taken from
 * @param family     the generator family that wrote it
 * @param generator  name and version of the generator
 * @param url        where the original can be read, for imported vectors
 * @param file       the source file an imported vector was read from
 * @param originalId the vector's name in its source, e.g. {@code tcId 42}
 */
public record Provenance(String source, String family, String generator, Optional<String> url,
                         Optional<String> file, Optional<String> originalId) {
    public Provenance {
        requireText(source, "source");
        requireText(family, "family");
        requireText(generator, "generator");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(originalId, "originalId");
    }

    private static void requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) {
            throw new IllegalArgumentException("provenance " + field + " must not be blank");
        }
    }
}
