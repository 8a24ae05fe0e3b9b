package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.crypto.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus written into a temporary directory, with ways to damage one file while keeping the
 * index consistent, so that each test trips exactly the check it is about.
 */
final class TestCorpus {
    static final String VERSION = "0.1.0";

    final Path directory;

    private TestCorpus(Path directory) {
        this.directory = directory;
    }

    static TestCorpus write(Path directory, List<Vector> vectors) {
        CorpusWriter.write(directory, VERSION, vectors);
        return new TestCorpus(directory);
    }

    Path file(Vector vector) {
        return directory.resolve(vector.id().path());
    }

    String text(Vector vector) throws IOException {
        return Files.readString(file(vector));
    }

    /** Replaces the file's content and records its new SHA-256 in the index. */
    void replace(Vector vector, String content) throws IOException {
        Path file = file(vector);
        String oldDigest = Sha256.hex(Files.readAllBytes(file));
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        Path index = directory.resolve(CorpusIndex.FILE_NAME);
        Files.writeString(index, Files.readString(index).replace(oldDigest, Sha256.hex(bytes)));
    }

    /** Replaces the first occurrence of {@code from} in the file, keeping the index consistent. */
    void edit(Vector vector, String from, String to) throws IOException {
        String text = text(vector);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(vector.id() + " does not contain " + from);
        }
        replace(vector, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }
}
