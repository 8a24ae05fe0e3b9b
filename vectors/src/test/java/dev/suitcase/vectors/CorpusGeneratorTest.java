package dev.suitcase.vectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed corpus is exactly what the generator writes: regenerating into a fresh directory
 * must reproduce vectors/corpus/ byte for byte, no file more, no file less.
 */
class CorpusGeneratorTest {
    /** The module directory; surefire runs tests there and names it in basedir. */
    static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path COMMITTED = MODULE.resolve("corpus");
    static final Path SOURCES = MODULE.resolve("sources");

    @TempDir
    Path regenerated;

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void committedCorpusIsWhatTheGeneratorWrites() throws IOException {
        assertTrue(Files.isDirectory(COMMITTED), "no committed corpus at " + COMMITTED);
        CorpusGenerator.standard().write(regenerated, SOURCES);

        Set<String> committed = files(COMMITTED);
        Set<String> expected = files(regenerated);
        List<String> drift = new ArrayList<>();
        for (String file : expected) {
            if (!committed.contains(file)) {
                drift.add("missing from the committed corpus: " + file);
            } else if (!Arrays.equals(Files.readAllBytes(COMMITTED.resolve(file)), Files.readAllBytes(regenerated.resolve(file)))) {
                drift.add("differs from the generator's output: " + file);
            }
        }
        for (String file : committed) {
            if (!expected.contains(file)) {
                drift.add("not written by the generator: " + file);
            }
        }
        if (!drift.isEmpty()) {
            fail("vectors/corpus/ has drifted from the generator (" + drift.size() + " files); run vectors/generate "
                    + "and commit the result, or revert the hand edits:\n  "
                    + String.join("\n  ", drift.subList(0, Math.min(drift.size(), 20)))
                    + (drift.size() > 20 ? "\n  ..." : ""));
        }
    }
}
