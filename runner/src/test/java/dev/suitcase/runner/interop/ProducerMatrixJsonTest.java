package dev.suitcase.runner.interop;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.vectors.json.JsonFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProducerMatrixJsonTest {
    private static final Path SCHEMA_FILE = Path.of("schema", "results.schema.json");

    @TempDir
    Path directory;

    private static Schema committedSchema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(SCHEMA_FILE));
    }

    private ObjectNode written(Results results) throws IOException {
        Path file = directory.resolve(ResultsJson.FILE_NAME);
        ResultsJson.write(results, file);
        return (ObjectNode) JsonFormat.read(Files.readAllBytes(file));
    }

    @Test
    void aResultsFileWithTheMatrixValidatesAgainstTheCommittedSchemaAndReadsBackEqual() throws IOException {
        Results results = SampleMatrix.results();
        ObjectNode json = written(results);

        assertEquals(List.of(), committedSchema().validate(json));
        assertEquals(results, ResultsJson.read(directory.resolve(ResultsJson.FILE_NAME)));
    }

    @Test
    void theMatrixIsAnOptionalMemberThatFilesWithoutItStillLackAndPass() throws IOException {
        ObjectNode json = written(new Results(Fixtures.run(SampleMatrix.underTest()), List.of()));

        assertFalse(json.has(ProducerMatrixJson.MEMBER));
        assertEquals(List.of(), committedSchema().validate(json));
    }

    @Test
    void recordsEverythingNeededToReproduceACell() throws IOException {
        JsonNode matrix = written(SampleMatrix.results()).get(ProducerMatrixJson.MEMBER);

        JsonNode manifest = matrix.get("manifests").get(0);
        assertEquals("suit.es256.spec-example.example-0", manifest.get("vector").stringValue());
        assertEquals("fa6b4a53d5ad5fdfbe9de663e4d41ffe", manifest.get("device").get("vendorId").stringValue());
        assertEquals(List.of("ES256", "Ed25519", "HSS-LMS"),
                matrix.get("trustAnchors").valueStream().map(anchor -> anchor.get("algorithm").stringValue()).toList());
        JsonNode first = matrix.get("envelopes").get(0);
        assertEquals("reference", first.get("producer").stringValue());
        assertTrue(first.get("envelope").stringValue().startsWith("d86b"), "a tagged SUIT envelope in hex");
        assertEquals("accept", first.get("reference").get("outcome").stringValue());
        assertEquals(List.of("jdk", "tink", "yes", "no <b>"),
                first.get("cells").valueStream().map(cell -> cell.get("verifier").stringValue()).toList());
    }

    @Test
    void aMatrixNamesOnlyAdaptersOfTheRun() {
        Results withoutTink = new Results(Fixtures.run(SampleMatrix.underTest().stream()
                .filter(adapter -> !adapter.name().equals("tink")).toList()), List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withoutTink.withProducerMatrix(SampleMatrix.matrix()));
        assertTrue(e.getMessage().contains("names adapter 'tink', which is not one of the run's adapters"), e.getMessage());
    }

    @Test
    void theSchemaRefusesAnOutcomeOnANotApplicableCell() throws IOException {
        ObjectNode json = written(SampleMatrix.results());
        ObjectNode tink = (ObjectNode) json.get(ProducerMatrixJson.MEMBER).get("envelopes").get(0).get("cells").get(1);
        assertFalse(tink.has("outcome"));
        tink.put("outcome", "accept");

        assertFalse(committedSchema().validate(json).isEmpty());
    }

    @Test
    void theSchemaRefusesCellsForAnEnvelopeThatWasNeverSigned() throws IOException {
        ObjectNode json = written(SampleMatrix.results());
        ArrayNode envelopes = (ArrayNode) json.get(ProducerMatrixJson.MEMBER).get("envelopes");
        ObjectNode crashed = (ObjectNode) envelopes.valueStream()
                .filter(envelope -> envelope.get("signing").get("outcome").stringValue().equals("crash")).findFirst().orElseThrow();
        crashed.set("cells", envelopes.get(0).get("cells"));

        assertFalse(committedSchema().validate(json).isEmpty());
    }

    @Test
    void refusesVerifiersThatTheCellsDoNotFollowNamingTheMatrix() throws IOException {
        ObjectNode json = written(SampleMatrix.results());
        ((ArrayNode) json.get(ProducerMatrixJson.MEMBER).get("verifiers")).set(0, "ghost");

        JsonFileException e = assertThrows(JsonFileException.class, () -> ResultsJson.fromJson(json, "edited.json"));
        assertEquals("/producerMatrix", e.pointer());
        assertTrue(e.getMessage().contains("cells are for [jdk, tink, yes, no <b>], not one for each verifier"), e.getMessage());
    }

    @Test
    void refusesAnEnvelopeOfAManifestTheMatrixDoesNotHave() throws IOException {
        ObjectNode json = written(SampleMatrix.results());
        ((ObjectNode) json.get(ProducerMatrixJson.MEMBER).get("envelopes").get(2)).put("manifest", "no-such-manifest");

        JsonFileException e = assertThrows(JsonFileException.class, () -> ResultsJson.fromJson(json, "edited.json"));
        assertEquals("/producerMatrix", e.pointer());
        assertTrue(e.getMessage().contains("no interop manifest is named no-such-manifest"), e.getMessage());
    }
}
