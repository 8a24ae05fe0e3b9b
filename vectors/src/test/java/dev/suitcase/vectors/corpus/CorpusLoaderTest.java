package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.crypto.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusLoaderTest {
    @TempDir
    Path directory;

    private CorpusException loadFails() {
        return assertThrows(CorpusException.class, () -> CorpusLoader.fromDirectory(directory));
    }

    private static void assertNames(CorpusException e, Path file, String pointer, String... words) {
        assertAll(
                () -> assertEquals(file.toString(), e.file()),
                () -> assertEquals(pointer, e.pointer()),
                () -> assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage()));
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), () -> "'" + word + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void loadsEveryVectorTheWriterWrote() {
        TestCorpus.write(directory, SampleVectors.all());

        Corpus corpus = CorpusLoader.fromDirectory(directory);

        assertEquals(SampleVectors.all().stream().sorted(java.util.Comparator.comparing(v -> v.id().toString())).toList(),
                corpus.vectors());
        assertEquals(TestCorpus.VERSION, corpus.corpusVersion());
        assertEquals(3, corpus.active().size());
    }

    @Test
    void corpusDigestIsTheSha256OfTheIndexFile() throws IOException {
        TestCorpus.write(directory, SampleVectors.all());

        Corpus corpus = CorpusLoader.fromDirectory(directory);

        assertEquals(Sha256.hex(Files.readAllBytes(directory.resolve("index.json"))), corpus.digest());
    }

    @Test
    void rewritingALoadedVectorGivesTheSameBytes() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());

        for (Vector vector : CorpusLoader.fromDirectory(directory).vectors()) {
            assertArrayEquals(Files.readAllBytes(corpus.file(vector)), CorpusWriter.encode(vector), vector.id().toString());
        }
    }

    @Test
    void readsBackTheAlgorithmACoseInputAllows() throws IOException {
        Vector allowing = SampleVectors.coseAllowingOnlyEsp256();
        TestCorpus corpus = TestCorpus.write(directory, List.of(allowing, SampleVectors.cose()));

        Corpus loaded = CorpusLoader.fromDirectory(directory);

        assertEquals(Optional.of(Algorithm.ESP256), cose(loaded, allowing).allowedAlgorithm());
        assertEquals(allowing, loaded.byId(allowing.id().toString()).orElseThrow());
        assertTrue(corpus.text(allowing).contains("\"allowedAlgorithm\": \"ESP256\""), corpus.text(allowing));
    }

    @Test
    void aCoseInputWithoutAnAllowedAlgorithmIsWrittenWithoutTheField() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, List.of(SampleVectors.cose()));

        Corpus loaded = CorpusLoader.fromDirectory(directory);

        assertEquals(Optional.empty(), cose(loaded, SampleVectors.cose()).allowedAlgorithm());
        assertEquals(SampleVectors.cose(), loaded.byId(SampleVectors.cose().id().toString()).orElseThrow());
        assertFalse(corpus.text(SampleVectors.cose()).contains("allowedAlgorithm"));
    }

    @Test
    void rejectsAnAllowedAlgorithmThatIsNotADisplayName() throws IOException {
        Vector vector = SampleVectors.coseAllowingOnlyEsp256();
        TestCorpus corpus = TestCorpus.write(directory, List.of(vector));
        corpus.edit(vector, "\"allowedAlgorithm\": \"ESP256\"", "\"allowedAlgorithm\": \"esp256\"");

        assertNames(loadFails(), corpus.file(vector), "/input/allowedAlgorithm", "enum");
    }

    private static CoseInput cose(Corpus corpus, Vector vector) {
        return (CoseInput) corpus.byId(vector.id().toString()).orElseThrow().input();
    }

    @Test
    void rejectsAFileThatIsNotJson() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.cose();
        corpus.edit(vector, "\"title\":", "\"title\"");

        assertNames(loadFails(), corpus.file(vector), "", "not valid JSON", "line 3");
    }

    @Test
    void rejectsAFieldOfTheWrongType() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.suit();
        corpus.edit(vector, "\"sequenceNumber\": 7", "\"sequenceNumber\": \"7\"");

        assertNames(loadFails(), corpus.file(vector), "/input/device/sequenceNumber", "integer");
    }

    @Test
    void rejectsAMissingField() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.signature();
        corpus.edit(vector, "  \"title\": \"A valid signature with high s\",\n", "");

        assertNames(loadFails(), corpus.file(vector), "/title", "title");
    }

    @Test
    void rejectsAnUnknownField() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.signature();
        corpus.edit(vector, "\"severity\":", "\"severty\": \"low\",\n  \"severity\":");

        assertNames(loadFails(), corpus.file(vector), "/severty", "severty");
    }

    @Test
    void rejectsUppercaseHex() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.signature();
        corpus.edit(vector, "\"message\": \"313233\"", "\"message\": \"31323A\"");

        assertNames(loadFails(), corpus.file(vector), "/input/message", "lowercase hexadecimal");
    }

    @Test
    void rejectsHexWithAnOddNumberOfDigits() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.suit();
        corpus.edit(vector, "\"image\": \"cafe\"", "\"image\": \"caf\"");

        assertNames(loadFails(), corpus.file(vector), "/input/device/components/0/image", "two digits per byte");
    }

    @Test
    void rejectsADescribedImageWhoseDigestIsNotSha256Sized() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.suit();
        corpus.edit(vector, "\"sha256\": \"0011", "\"sha256\": \"");

        assertNames(loadFails(), corpus.file(vector), "/input/device/payloads/http:~1~1example.com~1b.bin", "sha256");
    }

    @Test
    void rejectsADescribedImageWithoutItsSize() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.suit();
        corpus.edit(vector, "\"size\": 34768,", "");

        assertNames(loadFails(), corpus.file(vector), "/input/device/payloads/http:~1~1example.com~1b.bin", "size");
    }

    @Test
    void rejectsAFileWhoseDigestDiffersFromTheIndex() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.cose();
        Path file = corpus.file(vector);
        Files.writeString(file, Files.readString(file).replace("\"high\"", "\"low\""));

        assertNames(loadFails(), file, "", "SHA-256", "index.json", "regenerate");
    }

    @Test
    void rejectsAnUnknownReason() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.cose();
        corpus.edit(vector, "\"HEADER_INVALID\"", "\"HEADER_BROKEN\"");

        assertNames(loadFails(), corpus.file(vector), "/expect/reason", "enum");
    }

    @Test
    void rejectsARejectionWithoutAReason() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.cose();
        corpus.edit(vector, ",\n    \"reason\": \"HEADER_INVALID\"", "");

        assertNames(loadFails(), corpus.file(vector), "/expect/reason", "reason");
    }

    @Test
    void rejectsAnAcceptanceWithAReason() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.signature();
        corpus.edit(vector, "\"result\": \"accept\"", "\"result\": \"accept\", \"reason\": \"BAD_KEY\"");

        assertNames(loadFails(), corpus.file(vector), "/expect/reason", "only a reject expectation");
    }

    @Test
    void rejectsAnIdWhoseAlgorithmTokenContradictsTheAlgorithm() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.signature();
        corpus.edit(vector, "\"algorithm\": \"ES256\"", "\"algorithm\": \"ESP256\"");

        assertNames(loadFails(), corpus.file(vector), "/id", "algorithm token 'esp256'");
    }

    @Test
    void rejectsADuplicatedJsonKey() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.signature();
        corpus.edit(vector, "\"severity\": \"low\"", "\"severity\": \"low\", \"severity\": \"critical\"");

        assertNames(loadFails(), corpus.file(vector), "", "not valid JSON", "severity");
    }

    @Test
    void rejectsAFileTheIndexDoesNotList() throws IOException {
        TestCorpus.write(directory, SampleVectors.all());
        Path stray = directory.resolve("signature/es256/signature.es256.sample.stray.json");
        Files.writeString(stray, "{}");

        assertNames(loadFails(), stray, "", "not listed in index.json");
    }

    @Test
    void rejectsAListedFileThatIsMissing() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Path file = corpus.file(SampleVectors.suit());
        Files.delete(file);

        assertNames(loadFails(), file, "", "missing");
    }

    @Test
    void rejectsAFileWhoseIdIsNotTheOneTheIndexLists() throws IOException {
        TestCorpus corpus = TestCorpus.write(directory, SampleVectors.all());
        Vector vector = SampleVectors.signature();
        corpus.edit(vector, "\"id\": \"signature.es256.sample.high-s\"", "\"id\": \"signature.es256.sample.low-s\"");

        assertNames(loadFails(), corpus.file(vector), "/id", "index.json");
    }

    @Test
    void rejectsAnIndexEntryWhosePathDoesNotMatchItsId() throws IOException {
        TestCorpus.write(directory, SampleVectors.all());
        Path index = directory.resolve("index.json");
        Files.writeString(index, Files.readString(index).replace(
                "\"path\": \"suit/any/suit.any.auth.missing.json\"", "\"path\": \"suit/any/elsewhere.json\""));

        assertNames(loadFails(), index, "/entries/3", "must live at suit/any/suit.any.auth.missing.json");
    }

    @Test
    void rejectsADirectoryWithoutIndex() {
        assertNames(loadFails(), directory.resolve("index.json"), "", "no corpus index");
    }

    @Test
    void compilesEachSchemaOnce() {
        assertTrue(CorpusSchemas.VECTOR.schema() == CorpusSchemas.VECTOR.schema());
    }
}
