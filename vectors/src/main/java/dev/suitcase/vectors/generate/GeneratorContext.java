package dev.suitcase.vectors.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What families may use besides their own code: the generator's name for provenance, and the
 * upstream inputs in {@code vectors/sources/} (committed, so regeneration needs nothing outside
 * the repository).
 *
 * @param sources   the sources directory
 * @param generator name and version of the generator, e.g. {@code suitcase-vectors 0.2.0}
 */
public record GeneratorContext(Path sources, String generator) {
    public GeneratorContext {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(generator, "generator");
    }

    /** A file under the sources directory; fails, naming it, when it is missing. */
    public Path source(String relativePath) {
        Path file = sources.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("generator input " + file + " is missing; vectors/sources/ holds the "
                    + "committed upstream files the families import");
        }
        return file;
    }

    public String readSource(String relativePath) {
        try {
            return Files.readString(source(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generator input " + relativePath, e);
        }
    }
}
