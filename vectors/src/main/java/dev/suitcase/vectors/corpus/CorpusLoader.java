package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.crypto.Sha256;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a corpus: the index, then every file it lists, each checked against its SHA-256,
 * validated against the vector schema and read into the model. The first unusable file stops
 * the load with a {@link CorpusException} naming the file and the failing field; a corpus that
 * loads is entirely valid.
 *
 * <p>The corpus comes from a directory ({@code vectors/corpus} in a checkout) or from the
 * classpath, where the vectors jar carries it under {@value #CLASSPATH_DIRECTORY}.
 */
public final class CorpusLoader {
    /** Where the vectors jar carries the corpus. */
    public static final String CLASSPATH_DIRECTORY = "suitcase/corpus/";

    private final CorpusSource source;

    private CorpusLoader(CorpusSource source) {
        this.source = source;
    }

    /** Loads the corpus in {@code directory}, which holds {@code index.json}. */
    public static Corpus fromDirectory(Path directory) {
        return new CorpusLoader(new DirectorySource(directory)).load();
    }

    /** Loads the corpus the vectors jar carries. */
    public static Corpus fromClasspath() {
        return new CorpusLoader(new ClasspathSource(CLASSPATH_DIRECTORY)).load();
    }

    private Corpus load() {
        byte[] indexBytes = source.read(CorpusIndex.FILE_NAME);
        String indexName = source.describe(CorpusIndex.FILE_NAME);
        JsonNode indexJson = parse(indexBytes, indexName);
        CorpusSchemas.INDEX.validate(indexJson, indexName);
        CorpusIndex index = CorpusIndex.fromJson(indexJson, indexName);

        List<Vector> vectors = new ArrayList<>(index.entries().size());
        for (IndexEntry entry : index.entries()) {
            vectors.add(loadVector(entry));
        }
        source.checkNothingUnlisted(index);
        return new Corpus(index, vectors, Sha256.hex(indexBytes));
    }

    private Vector loadVector(IndexEntry entry) {
        String name = source.describe(entry.path());
        byte[] content = source.read(entry.path());
        String actual = Sha256.hex(content);
        if (!actual.equals(entry.sha256())) {
            throw new CorpusException(name, "", "SHA-256 is " + actual + " but index.json records " + entry.sha256()
                    + "; the file was changed by hand or the index is stale: regenerate the corpus (vectors/generate)");
        }
        JsonNode json = parse(content, name);
        CorpusSchemas.VECTOR.validate(json, name);
        Vector vector = VectorCodec.fromJson(json, name);
        if (!vector.id().equals(entry.id())) {
            throw new CorpusException(name, "/id", "is " + vector.id() + " but index.json lists this file as " + entry.id());
        }
        if (vector.status() != entry.status()) {
            throw new CorpusException(name, "/status", "the vector is " + vector.status().wireName()
                    + " but index.json records " + entry.status().wireName());
        }
        return vector;
    }

    private static JsonNode parse(byte[] content, String name) {
        try {
            return JsonFormat.read(content);
        } catch (JacksonException e) {
            throw new CorpusException(name, "", "not valid JSON: " + JsonFormat.problem(e), e);
        }
    }

    /** Where corpus files are read from. */
    private interface CorpusSource {
        /** The file's bytes; a {@link CorpusException} when it does not exist or cannot be read. */
        byte[] read(String relativePath);

        /** How messages name the file. */
        String describe(String relativePath);

        /** Fails when the source holds a vector file the index does not list, where that can be known. */
        void checkNothingUnlisted(CorpusIndex index);
    }

    private record DirectorySource(Path root) implements CorpusSource {
        @Override
        public byte[] read(String relativePath) {
            Path file = root.resolve(relativePath);
            try {
                return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new CorpusException(file.toString(), "", missing(relativePath), e);
            } catch (IOException e) {
                throw new CorpusException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        public String describe(String relativePath) {
            return root.resolve(relativePath).toString();
        }

        @Override
        public void checkNothingUnlisted(CorpusIndex index) {
            Set<Path> listed = new HashSet<>();
            index.entries().forEach(entry -> listed.add(root.resolve(entry.path()).normalize()));
            listed.add(root.resolve(CorpusIndex.FILE_NAME).normalize());
            try (Stream<Path> files = Files.walk(root)) {
                List<Path> unlisted = files
                        .filter(file -> file.getFileName().toString().endsWith(".json"))
                        .map(Path::normalize)
                        .filter(file -> !listed.contains(file))
                        .sorted()
                        .toList();
                if (!unlisted.isEmpty()) {
                    throw new CorpusException(unlisted.get(0).toString(), "", "is not listed in index.json"
                            + (unlisted.size() > 1 ? " (nor are " + (unlisted.size() - 1) + " other files)" : "")
                            + "; vector files are written by the generator, which lists them: regenerate the corpus (vectors/generate)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the corpus directory " + root, e);
            }
        }
    }

    private record ClasspathSource(String directory) implements CorpusSource {
        @Override
        public byte[] read(String relativePath) {
            String resource = directory + relativePath;
            try (InputStream in = CorpusLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CorpusException(describe(relativePath), "", missing(relativePath));
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new CorpusException(describe(relativePath), "", "cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        public String describe(String relativePath) {
            return "classpath:" + directory + relativePath;
        }

        @Override
        public void checkNothingUnlisted(CorpusIndex index) {
            // a classpath cannot be listed portably; the jar is built from a checked directory
        }
    }

    private static String missing(String relativePath) {
        return relativePath.equals(CorpusIndex.FILE_NAME)
                ? "no corpus index here; a corpus directory holds index.json and <layer>/<alg>/<id>.json files"
                : "is listed in index.json but missing";
    }
}
