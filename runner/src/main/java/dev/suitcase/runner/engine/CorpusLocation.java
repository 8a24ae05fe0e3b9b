package dev.suitcase.runner.engine;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.VectorId;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a run's corpus comes from: the built-in corpus the vectors jar carries, or a directory.
 * It gives each vector its test source, so IDEs open the vector file and build tools attribute
 * each test to a file.
 */
public sealed interface CorpusLocation {
    /** The classpath resource that names the built-in corpus, e.g. in {@code @SelectClasspathResource}. */
    String CLASSPATH_RESOURCE = "suitcase/corpus";

    Corpus load();

    /** Where the vector's file is. */
    TestSource source(VectorId vector);

    /** The built-in corpus. */
    record BuiltIn() implements CorpusLocation {
        @Override
        public Corpus load() {
            return CorpusLoader.fromClasspath();
        }

        @Override
        public TestSource source(VectorId vector) {
            return ClasspathResourceSource.from(CorpusLoader.CLASSPATH_DIRECTORY + vector.path());
        }

        @Override
        public String toString() {
            return "the built-in corpus";
        }
    }

    /** A corpus directory, holding {@code index.json}. */
    record Directory(Path path) implements CorpusLocation {
        public Directory {
            path = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
        }

        @Override
        public Corpus load() {
            return CorpusLoader.fromDirectory(path);
        }

        @Override
        public TestSource source(VectorId vector) {
            return FileSource.from(path.resolve(vector.path()).toFile());
        }

        @Override
        public String toString() {
            return "the corpus in " + path;
        }
    }
}
