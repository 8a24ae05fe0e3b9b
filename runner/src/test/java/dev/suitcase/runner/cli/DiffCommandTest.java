package dev.suitcase.runner.cli;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.json.RunnerSchemas;
import dev.suitcase.runner.results.CorpusInfo;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffCommandTest {
    private static final AdapterUnderTest JDK = Fixtures.adapter("jdk");
    private static final Vector VALID = Fixtures.accepting("signature.es256.diff.valid");
    private static final Vector BITFLIP = Fixtures.rejecting("signature.es256.diff.bitflip", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
    private static final Vector HIGH_R = Fixtures.rejecting("signature.es256.diff.high-r", Reason.SIGNATURE_MALFORMED, Severity.HIGH);
    private static final Vector DROPPED = Fixtures.accepting("signature.es256.diff.dropped");
    private static final Vector NEW_VALID = Fixtures.accepting("signature.es256.diff.new-valid");
    private static final Vector NEW_FORGERY = Fixtures.rejecting("signature.es256.diff.new-forgery", Reason.SIGNATURE_INVALID,
            Severity.CRITICAL);

    @TempDir
    Path directory;

    private static Results old() {
        return new Results(Fixtures.run(List.of(JDK)), List.of(
                Fixtures.judged(VALID, JDK, AdapterOutcome.accept()),
                Fixtures.judged(BITFLIP, JDK, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")),
                Fixtures.judged(HIGH_R, JDK, AdapterOutcome.accept()),
                Fixtures.judged(DROPPED, JDK, AdapterOutcome.accept())));
    }

    private static Results current() {
        return new Results(Fixtures.run(List.of(JDK)), List.of(
                Fixtures.judged(VALID, JDK, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")),
                Fixtures.judged(BITFLIP, JDK, AdapterOutcome.reject(Reason.BAD_STRUCTURE, "")),
                Fixtures.judged(HIGH_R, JDK, AdapterOutcome.reject(Reason.SIGNATURE_MALFORMED, "")),
                Fixtures.judged(NEW_VALID, JDK, AdapterOutcome.accept()),
                Fixtures.judged(NEW_FORGERY, JDK, AdapterOutcome.accept())));
    }

    private Path write(Results results, String name) throws IOException {
        Path file = directory.resolve(name);
        ResultsJson.write(results, file);
        return file;
    }

    @Test
    void listsRegressionsFirstThenChangedAddedRemovedAndExitsOneOnARegression() throws IOException {
        Path old = write(old(), "old.json");
        Path current = write(current(), "new.json");

        CommandRun run = CommandRun.of("diff", old.toString(), current.toString());

        assertEquals(1, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(old + " -> " + current + ": 2 regressions, 2 other changed, 1 added, 1 removed, 0 unchanged", lines.get(0));
        assertEquals("corpus " + Fixtures.CORPUS + " in both", lines.get(1));
        int regressions = lines.indexOf("Regressions (new failures) (2):");
        int changed = lines.indexOf("Changed (2):");
        int added = lines.indexOf("Added (1):");
        int removed = lines.indexOf("Removed (1):");
        assertTrue(0 < regressions && regressions < changed && changed < added && added < removed, run.out());
        assertTrue(lines.get(regressions + 1).startsWith("  signature.es256.diff.new-forgery  jdk  - -> FAIL_ACCEPTED (accept): "
                + "accepted \"Runner test new-forgery\": must reject with SIGNATURE_INVALID"), lines.get(regressions + 1));
        assertTrue(lines.get(regressions + 2).startsWith("  signature.es256.diff.valid        jdk  PASS (accept) -> "
                + "FAIL_REJECTED (reject SIGNATURE_INVALID): rejected \"Runner test valid\" with SIGNATURE_INVALID: must accept"),
                lines.get(regressions + 2));
        assertTrue(lines.get(changed + 1).contains("PASS (reject SIGNATURE_INVALID) -> PASS_OTHER_REASON (reject BAD_STRUCTURE)"),
                lines.get(changed + 1));
        assertTrue(lines.get(changed + 2).contains("FAIL_ACCEPTED (accept) -> PASS (reject SIGNATURE_MALFORMED)"), lines.get(changed + 2));
        assertTrue(lines.get(added + 1).contains("signature.es256.diff.new-valid  jdk  - -> PASS (accept): accepted"), lines.get(added + 1));
        assertTrue(lines.get(removed + 1).contains("signature.es256.diff.dropped  jdk  PASS (accept) -> -: was: accepted"),
                lines.get(removed + 1));
    }

    @Test
    void exitsZeroWhenNothingRegressedEvenIfResultsChanged() throws IOException {
        Path current = write(current(), "new.json");

        CommandRun same = CommandRun.of("diff", current.toString(), current.toString());
        CommandRun backwards = CommandRun.of("diff", write(current(), "a.json").toString(), write(old(), "b.json").toString());

        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().startsWith(current + " -> " + current + ": 0 regressions, 0 other changed, 0 added, 0 removed, "
                + "5 unchanged"), same.out());
        assertEquals(1, backwards.exit(), "going back to the old run brings the old failure back: " + backwards.out());
    }

    @Test
    void saysWhenTheRunsUsedDifferentCorpora() throws IOException {
        Results current = current();
        CorpusInfo newer = new CorpusInfo("0.2.0", "cd".repeat(32));
        Results onNewer = new Results(new RunInfo(current.run().suiteVersion(), newer, current.run().options(),
                current.run().adapters(), current.run().startedAt(), current.run().finishedAt()), current.results());

        CommandRun run = CommandRun.of("diff", write(old(), "old.json").toString(), write(onNewer, "new.json").toString());

        assertEquals("corpus " + Fixtures.CORPUS + " -> " + newer + ": the vectors themselves may have changed",
                run.out().lines().toList().get(1));
        assertTrue(run.err().startsWith("suitcase diff: warning: "), run.err());
        assertTrue(run.err().contains("ran corpus " + newer + "; a change may come from the vectors"), run.err());
        CommandRun json = CommandRun.of("diff", "--json", directory.resolve("old.json").toString(),
                directory.resolve("new.json").toString());
        assertTrue(json.err().startsWith("suitcase diff: warning: "), "--json warns as well: " + json.err());
        CommandRun same = CommandRun.of("diff", directory.resolve("old.json").toString(), directory.resolve("old.json").toString());
        assertEquals("", same.err(), "no warning on one corpus");
    }

    @Test
    void readsTheResultsOfRunDirectories() throws IOException {
        Files.createDirectories(directory.resolve("main"));
        Files.createDirectories(directory.resolve("pr"));
        write(old(), "main/results.json");
        write(current(), "pr/results.json");

        CommandRun run = CommandRun.of("diff", directory.resolve("main").toString(), directory.resolve("pr").toString());

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("2 regressions"), run.out());
    }

    @Test
    void printsJsonThatFollowsItsSchema() throws IOException {
        CommandRun run = CommandRun.of("diff", "--json", write(old(), "old.json").toString(), write(current(), "new.json").toString());

        assertEquals(1, run.exit(), run.err());
        JsonNode json = JsonFormat.read(run.out().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), RunnerSchemas.DIFF.problems(json));
        assertEquals(2, json.get("counts").get("regressions").intValue());
        assertEquals(3, json.get("counts").get("changed").intValue());
        JsonNode first = json.get("changes").get(0);
        assertEquals("signature.es256.diff.bitflip", first.get("vector").stringValue());
        assertEquals("PASS_OTHER_REASON", first.get("after").get("verdict").stringValue());
        assertEquals("BAD_STRUCTURE", first.get("after").get("reason").stringValue());
        JsonNode fixed = json.get("changes").get(2);
        assertEquals("signature.es256.diff.high-r", fixed.get("vector").stringValue());
        assertTrue(fixed.get("fix").booleanValue());
    }

    @Test
    void aFileThatIsNotJsonIsAUsageErrorNamingIt() throws IOException {
        Path broken = directory.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1,");

        CommandRun run = CommandRun.of("diff", broken.toString(), write(old(), "old.json").toString()).assertUsageError("diff");

        assertTrue(run.err().contains(broken + ": is not valid JSON: Unexpected end-of-input"), run.err());
        assertEquals(2, run.err().lines().count(), "one line and the hint, no Jackson internals: " + run.err());
        assertFalse(run.err().contains("Source"), run.err());
    }

    @Test
    void aFileThatBreaksTheSchemaIsAUsageErrorNamingTheField() throws IOException {
        Path file = write(old(), "old.json");
        Files.writeString(file, Files.readString(file).replace("\"formatVersion\": 1", "\"formatVersion\": 7"));

        CommandRun run = CommandRun.of("diff", file.toString(), file.toString()).assertUsageError("diff");

        assertTrue(run.err().contains(file + " at /formatVersion"), run.err());
    }

    @Test
    void aMissingFileOrArgumentIsAUsageError() {
        CommandRun missing = CommandRun.of("diff", directory.resolve("nothing.json").toString(), "also-nothing.json")
                .assertUsageError("diff");
        assertTrue(missing.err().contains("nothing.json: cannot be read"), missing.err());
        CommandRun.of("diff", "only-one.json").assertUsageError("diff");
    }
}
