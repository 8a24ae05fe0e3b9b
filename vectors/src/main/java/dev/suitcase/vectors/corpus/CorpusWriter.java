package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.crypto.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a corpus directory: every vector at {@code <layer>/<alg>/<id>.json} in the stable JSON
 * encoding, and {@code index.json} with each file's SHA-256. Writing the same vectors twice gives
 * the same bytes. The writer replaces the corpus already in the directory, and refuses a
 * non-empty directory that holds no corpus, so it never deletes anything else.
 */
public final class CorpusWriter {
    private static final List<String> LAYER_DIRECTORIES = List.of("signature", "cose", "suit");

    private CorpusWriter() {
    }

    /** The file encoding of one vector. */
    public static byte[] encode(Vector vector) {
        return JsonFormat.write(VectorCodec.toJson(vector));
    }

    /** Writes {@code vectors} and their index into {@code directory}; returns the index written. */
    public static CorpusIndex write(Path directory, String corpusVersion, List<Vector> vectors) {
        try {
            prepare(directory);
            List<IndexEntry> entries = new ArrayList<>(vectors.size());
            for (Vector vector : vectors) {
                byte[] content = encode(vector);
                Path file = directory.resolve(vector.id().path());
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                entries.add(new IndexEntry(vector.id(), vector.id().path(), Sha256.hex(content), vector.status()));
            }
            CorpusIndex index = new CorpusIndex(corpusVersion, entries);
            Files.write(directory.resolve(CorpusIndex.FILE_NAME), JsonFormat.write(index.toJson()));
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + directory, e);
        }
    }

    private static void prepare(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            boolean empty;
            try (Stream<Path> children = Files.list(directory)) {
                empty = children.findAny().isEmpty();
            }
            if (!empty && !Files.exists(directory.resolve(CorpusIndex.FILE_NAME))) {
                throw new IllegalArgumentException(directory + " is neither empty nor a corpus directory (no "
                        + CorpusIndex.FILE_NAME + "); choose an empty or new directory");
            }
        }
        Files.createDirectories(directory);
        Files.deleteIfExists(directory.resolve(CorpusIndex.FILE_NAME));
        for (String layer : LAYER_DIRECTORIES) {
            deleteTree(directory.resolve(layer));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
