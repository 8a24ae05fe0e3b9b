package dev.suitcase.runner.results;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.LayerCoverage;
import dev.suitcase.adapters.Operation;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.fixtures.InteropResults;
import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.runner.json.RunnerSchemas;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsJsonTest {
    private static final Path SCHEMA_FILE = Path.of("schema", "results.schema.json");

    @TempDir
    Path directory;

    /** The schema as committed, compiled by networknt straight from the source tree. */
    private static Schema committedSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        return registry.getSchema(Files.readString(SCHEMA_FILE));
    }

    private JsonNode written(Results results) throws IOException {
        Path file = directory.resolve(ResultsJson.FILE_NAME);
        ResultsJson.write(results, file);
        return JsonFormat.read(Files.readAllBytes(file));
    }

    @Test
    void writesAFileThatValidatesAgainstTheCommittedSchema() throws IOException {
        List<Error> problems = committedSchema().validate(written(SampleResults.finished()));

        assertEquals(List.of(), problems);
    }

    @Test
    void writesAnUnfinishedRunThatValidatesAndSaysItIsUnfinished() throws IOException {
        JsonNode json = written(new Results(SampleResults.unfinishedRun(), SampleResults.results()));

        assertEquals(List.of(), committedSchema().validate(json));
        assertFalse(json.get("run").has("finishedAt"));
    }

    @Test
    void theCommittedSchemaIsAValidDraft202012Schema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema metaSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertEquals(List.of(), metaSchema.validate(JsonFormat.read(Files.readAllBytes(SCHEMA_FILE))));
    }

    @Test
    void theSchemaOnTheClasspathIsTheCommittedOne() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream(RunnerSchemas.RESOURCE_DIRECTORY + "results.schema.json")) {
            assertArrayEquals(Files.readAllBytes(SCHEMA_FILE), in.readAllBytes());
        }
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        Results results = SampleResults.finished();
        Path file = directory.resolve("results.json");

        ResultsJson.write(results, file);

        assertEquals(results, ResultsJson.read(file));
    }

    @Test
    void keepsAStatementPerLayerAndTheProfilesTheRunReplacedItsOwnWith() throws IOException {
        AdapterUnderTest stack = AdapterUnderTest.of("stack", new Ics("stack-impl", "1.0", List.of(
                new LayerCoverage(Layer.SIGNATURE, Set.of(Algorithm.ES256, Algorithm.ED25519), Set.of(Profile.ED25519_STRICT)),
                new LayerCoverage(Layer.COSE, Set.of(Algorithm.ES256), Set.of())), Set.of(Operation.VERIFY), OptionalLong.empty()));
        for (AdapterUnderTest adapter : List.of(stack, stack.withProfiles(Set.of(Profile.ECDSA_LOW_S)))) {
            Results results = new Results(Fixtures.run(List.of(adapter)),
                    List.of(Fixtures.judged(Fixtures.accepting("cose.es256.test.valid"), adapter, AdapterOutcome.accept())));
            JsonNode json = written(results);

            assertEquals(List.of(), committedSchema().validate(json));
            assertTrue(json.get("adapters").get(0).get("ics").has("coverage"), json.get("adapters").toString());
            assertEquals(results, ResultsJson.read(directory.resolve(ResultsJson.FILE_NAME)));
        }
    }

    @Test
    void recordsCorpusSuiteOptionsStatementsResultsAndScores() throws IOException {
        JsonNode json = written(SampleResults.finished());

        assertEquals(Fixtures.CORPUS.digest(), json.get("corpus").get("digest").stringValue());
        assertEquals("0.1.0-test", json.get("suite").get("version").stringValue());
        assertEquals("1/1", json.get("run").get("options").get("shard").stringValue());
        assertEquals("ES256", json.get("run").get("options").get("algorithm").stringValue());
        assertEquals("advisory", json.get("run").get("options").get("failOn").stringValue());
        assertEquals("alpha-impl <script>alert(1)</script>", json.get("adapters").get(0).get("ics").get("implementation").stringValue());
        assertEquals(SampleResults.results().size(), json.get("results").size());
        JsonNode alpha = json.get("scores").get("adapters").get(0);
        assertEquals("alpha", alpha.get("adapter").stringValue());
        assertEquals(SampleResults.finished().scores().forAdapter("alpha").overall().passes(), alpha.get("overall").get("passes").intValue());
        assertEquals(1, alpha.get("verdicts").get("FAIL_ACCEPTED").intValue());
    }

    @Test
    void recordsTheAdvisoryAnExpectationRestsOn() throws IOException {
        JsonNode advisory = find(written(SampleResults.finished()), Verdict.ADVISORY).get("expected").get("advisory");

        assertEquals("recipient-should", advisory.get("basis").stringValue());
        assertTrue(advisory.get("rule").stringValue().startsWith("RFC 9052 §3: applications SHOULD verify"), advisory.toString());
    }

    @Test
    void recordsTheCombinationsNotImplementedAndTheUncreditedPasses() throws IOException {
        JsonNode scores = written(SampleResults.finished()).get("scores");

        // alpha answers unsupported to its one valid Ed25519 vector; beta times out and fails the valid and high-s ES256 ones
        List<String> notImplemented = Stream.of(scores.get("notImplemented")).flatMap(list -> list.valueStream())
                .map(entry -> entry.get("adapter").stringValue() + " " + entry.get("layer").stringValue() + "/"
                        + entry.get("algorithm").stringValue() + " " + entry.get("mustAccept").intValue() + " "
                        + entry.get("uncredited").intValue())
                .toList();
        assertEquals(List.of("alpha signature/ed25519 1 0", "process:adapters/beta/run --flag signature/es256 2 0"), notImplemented);
        assertTrue(scores.get("notImplemented").get(0).get("explanation").stringValue().contains("looks not implemented"));
        assertEquals(0, scores.get("adapters").get(0).get("uncredited").intValue());
    }

    @Test
    void readsAFileOfAnEarlierRunThatHasNoNotImplementedListAndComputesIt() throws IOException {
        ObjectNode json = (ObjectNode) written(SampleResults.finished());
        ObjectNode scores = (ObjectNode) json.get("scores");
        scores.remove("notImplemented");
        scores.get("adapters").valueStream().forEach(adapter -> ((ObjectNode) adapter).remove("uncredited"));

        Results read = ResultsJson.fromJson(json, "earlier.json");

        assertEquals(SampleResults.finished(), read);
        assertEquals(2, read.scores().notImplemented().size());
    }

    @Test
    void recordsTheBytesARejectionBlames() throws IOException {
        JsonNode json = written(SampleResults.finished());
        JsonNode located = json.get("results").valueStream().filter(result -> result.has("location")).findFirst().orElseThrow();

        assertEquals("signature.es256.test.high-s", located.get("vector").stringValue());
        assertEquals(32, located.get("location").get("offset").intValue());
        assertEquals(32, located.get("location").get("length").intValue());
        assertEquals(1, json.get("results").valueStream().filter(result -> result.has("location")).count());
    }

    @Test
    void theSchemaRejectsABlamedByteRangeOnAnAcceptance() throws IOException {
        ObjectNode json = (ObjectNode) written(SampleResults.finished());
        ObjectNode accepted = (ObjectNode) find(json, Verdict.FAIL_ACCEPTED);
        accepted.putObject("location").put("offset", 0).put("length", 1);

        assertFalse(RunnerSchemas.RESULTS.problems(json).isEmpty());
        assertFalse(committedSchema().validate(json).isEmpty());
    }

    @Test
    void theSchemaRejectsAnAdvisoryOnAnAcceptedExpectation() throws IOException {
        ObjectNode json = (ObjectNode) written(SampleResults.finished());
        ObjectNode expected = (ObjectNode) find(json, Verdict.PASS).get("expected");
        expected.put("result", "accept");
        expected.putObject("advisory").put("basis", "hardening").put("rule", "a rule that applies to rejections only");

        assertFalse(committedSchema().validate(json).isEmpty());
    }

    @Test
    void writesResultsInVectorIdThenAdapterOrderWhateverTheOrderGiven() throws IOException {
        List<String> order = Stream.of(written(SampleResults.finished()).get("results"))
                .flatMap(list -> list.valueStream())
                .map(result -> result.get("vector").stringValue() + " " + result.get("adapter").stringValue())
                .toList();

        assertEquals(List.of("cose.any.test.crit alpha", "cose.es256.test.alg-in-both alpha",
                "signature.ed25519.test.valid alpha", "signature.ed25519.test.valid process:adapters/beta/run --flag",
                "signature.es256.test.bitflip alpha", "signature.es256.test.bitflip process:adapters/beta/run --flag",
                "signature.es256.test.either alpha", "signature.es256.test.either process:adapters/beta/run --flag",
                "signature.es256.test.high-s alpha", "signature.es256.test.high-s process:adapters/beta/run --flag",
                "signature.es256.test.valid alpha", "signature.es256.test.valid process:adapters/beta/run --flag"), order);
    }

    @Test
    void theSchemaRejectsAnOutcomeOnANotApplicableResult() throws IOException {
        ObjectNode json = (ObjectNode) written(SampleResults.finished());
        ObjectNode notApplicable = (ObjectNode) find(json, Verdict.NOT_APPLICABLE);
        notApplicable.put("outcome", "accept");

        assertFalse(RunnerSchemas.RESULTS.problems(json).isEmpty());
        assertFalse(committedSchema().validate(json).isEmpty());
    }

    @Test
    void theSchemaRejectsAReasonOnAnAcceptedExpectation() throws IOException {
        ObjectNode json = (ObjectNode) written(SampleResults.finished());
        ((ObjectNode) find(json, Verdict.PASS_OTHER_REASON).get("expected")).put("result", "accept");

        assertFalse(committedSchema().validate(json).isEmpty());
    }

    @Test
    void refusesAFileWhoseVerdictTheOutcomeDoesNotEarnAndNamesTheResult() throws IOException {
        ObjectNode json = (ObjectNode) written(SampleResults.finished());
        ArrayNode results = (ArrayNode) json.get("results");
        int index = indexOf(results, Verdict.FAIL_ACCEPTED);
        ((ObjectNode) results.get(index)).put("verdict", "PASS");

        JsonFileException e = assertThrows(JsonFileException.class, () -> ResultsJson.fromJson(json, "edited.json"));
        assertEquals("/results/" + index, e.pointer());
        assertTrue(e.getMessage().contains("is FAIL_ACCEPTED, not PASS"), e.getMessage());
    }

    @Test
    void keepsTheVectorsOfTheProducerMatrixInTheFormOfVectorFiles() throws IOException {
        Results matrix = InteropResults.es256();
        JsonNode json = written(matrix);

        assertEquals(List.of(), committedSchema().validate(json));
        assertTrue(json.get("run").get("options").get("interop").booleanValue());
        JsonNode vectors = json.get(ResultsJson.INTEROP_VECTORS);
        assertEquals(matrix.interopVectors().size(), vectors.size());
        assertEquals(List.of(), dev.suitcase.vectors.corpus.CorpusSchemas.VECTOR.schema().validate(vectors.get(0)));
        assertEquals(matrix, ResultsJson.fromJson(json, "matrix.json"));
        assertFalse(written(SampleResults.finished()).has(ResultsJson.INTEROP_VECTORS), "a run without the matrix has none");
        assertFalse(written(SampleResults.finished()).get("run").get("options").has("interop"));
    }

    @Test
    void refusesAVectorOfTheProducerMatrixThatIsNoVectorNamingIt() throws IOException {
        ObjectNode json = (ObjectNode) written(InteropResults.es256());
        ((ObjectNode) json.get(ResultsJson.INTEROP_VECTORS).get(2)).remove("expect");

        JsonFileException e = assertThrows(JsonFileException.class, () -> ResultsJson.fromJson(json, "edited.json"));
        assertEquals("/" + ResultsJson.INTEROP_VECTORS + "/2", e.pointer());
        assertTrue(e.getMessage().contains("expect"), e.getMessage());
    }

    @Test
    void refusesAFileThatBreaksTheSchemaNamingTheField() throws IOException {
        ObjectNode json = (ObjectNode) written(SampleResults.finished());
        ((ObjectNode) json.get("corpus")).put("digest", "not a digest");

        JsonFileException e = assertThrows(JsonFileException.class, () -> ResultsJson.fromJson(json, "edited.json"));
        assertEquals("/corpus/digest", e.pointer());
    }

    @Test
    void refusesAFileThatIsNotJson() throws IOException {
        Path file = directory.resolve("broken.json");
        Files.writeString(file, "{\"formatVersion\": 1,");

        JsonFileException e = assertThrows(JsonFileException.class, () -> ResultsJson.read(file));
        assertTrue(e.getMessage().startsWith(file + ": is not valid JSON"), e.getMessage());
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = directory.resolve("results.json");
        Files.writeString(file, "old");

        ResultsJson.write(SampleResults.finished(), file);

        assertEquals(SampleResults.finished(), ResultsJson.read(file));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(Set.of(file), Set.copyOf(files.toList()));
        }
    }

    private static JsonNode find(JsonNode json, Verdict verdict) {
        return json.get("results").get(indexOf(json.get("results"), verdict));
    }

    private static int indexOf(JsonNode results, Verdict verdict) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).get("verdict").stringValue().equals(verdict.name())) {
                return i;
            }
        }
        throw new AssertionError("no " + verdict + " in the sample");
    }
}
