package dev.suitcase.runner.baseline;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineJsonTest {
    private static final AdapterUnderTest ALPHA = Fixtures.adapter("alpha");
    private static final AdapterUnderTest BETA = Fixtures.adapter("beta");

    @TempDir
    Path directory;

    private static Results results() {
        return new Results(Fixtures.run(List.of(ALPHA, BETA)), List.of(
                Fixtures.judged(Fixtures.accepting("signature.es256.test.valid"), ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(Fixtures.rejecting("signature.es256.test.bitflip", Reason.SIGNATURE_INVALID, Severity.CRITICAL),
                        BETA, AdapterOutcome.accept()),
                Fixtures.judged(Fixtures.accepting("cose.ed25519.test.valid"), ALPHA, AdapterOutcome.crash("exit 139")),
                Fixtures.judged(Fixtures.rejecting("signature.es256.test.bitflip", Reason.SIGNATURE_INVALID, Severity.CRITICAL),
                        ALPHA, AdapterOutcome.reject(Reason.BAD_STRUCTURE, ""))));
    }

    private static Path write(Path file, String json) throws IOException {
        Files.writeString(file, json);
        return file;
    }

    @Test
    void listsEveryFailureOfARunByAdapterThenVectorWithItsExplanation() {
        Baseline baseline = Baseline.fromResults(results());

        assertEquals(List.of("alpha cose.ed25519.test.valid CRASH", "beta signature.es256.test.bitflip FAIL_ACCEPTED"),
                baseline.entries().stream().map(entry -> entry.adapter() + " " + entry.vector() + " " + entry.verdict()).toList());
        assertTrue(baseline.entries().get(1).reason().startsWith("accepted \"Runner test bitflip\": must reject with SIGNATURE_INVALID"),
                baseline.entries().get(1).reason());
    }

    @Test
    void writesAFileThatValidatesAgainstTheCommittedSchemaAndReadsBack() throws IOException {
        Baseline baseline = Baseline.fromResults(results());
        Path file = directory.resolve("baseline.json");

        BaselineJson.write(baseline, file);

        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        assertEquals(List.of(), registry.getSchema(Files.readString(Path.of("schema", "baseline.schema.json")))
                .validate(JsonFormat.read(Files.readAllBytes(file))));
        assertEquals(baseline, BaselineJson.read(file));
    }

    @Test
    void refusesAnEntryThatExpectsAPass() throws IOException {
        Path file = write(directory.resolve("b.json"), """
                {"formatVersion": 1, "entries": [
                  {"adapter": "alpha", "vector": "signature.es256.test.valid", "verdict": "PASS", "reason": "why"}]}""");

        JsonFileException e = assertThrows(JsonFileException.class, () -> BaselineJson.read(file));
        assertEquals("/entries/0/verdict", e.pointer());
    }

    @Test
    void readsAnEntryThatExpectsAnAdvisory() throws IOException {
        Path file = write(directory.resolve("b.json"), """
                {"formatVersion": 1, "entries": [
                  {"adapter": "alpha", "vector": "cose.es256.test.alg-in-both", "verdict": "ADVISORY",
                   "reason": "we take alg from the protected bucket and ignore the other"}]}""");

        assertEquals(Verdict.ADVISORY, BaselineJson.read(file).entries().get(0).verdict());
    }

    @Test
    void refusesAnEntryWithoutAReason() throws IOException {
        Path file = write(directory.resolve("b.json"), """
                {"formatVersion": 1, "entries": [
                  {"adapter": "alpha", "vector": "signature.es256.test.valid", "verdict": "CRASH"}]}""");

        JsonFileException e = assertThrows(JsonFileException.class, () -> BaselineJson.read(file));
        assertEquals("/entries/0/reason", e.pointer());
    }

    @Test
    void refusesTwoEntriesForOneAdapterAndVector() throws IOException {
        Path file = write(directory.resolve("b.json"), """
                {"formatVersion": 1, "entries": [
                  {"adapter": "alpha", "vector": "signature.es256.test.valid", "verdict": "CRASH", "reason": "a"},
                  {"adapter": "alpha", "vector": "signature.es256.test.valid", "verdict": "TIMEOUT", "reason": "b"}]}""");

        JsonFileException e = assertThrows(JsonFileException.class, () -> BaselineJson.read(file));
        assertTrue(e.getMessage().contains("lists signature.es256.test.valid on alpha twice"), e.getMessage());
    }

    @Test
    void refusesABlankReasonInCode() {
        assertThrows(IllegalArgumentException.class,
                () -> new BaselineEntry("alpha", VectorId.parse("signature.es256.test.valid"), Verdict.CRASH, " "));
    }
}
