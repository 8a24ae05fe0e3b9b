package dev.suitcase.runner.cli;

import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.BaselineEntry;
import dev.suitcase.runner.baseline.BaselineJson;
import dev.suitcase.runner.fixtures.TestAdapters;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.results.ResultsMerger;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.VectorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunCommandTest {
    /** The ES256 COSE_Sign1 structure family: the reference verifier gets all of them right. */
    private static final String STRUCTURE = "cose.es256.structure.*";
    private static final String ACCEPTS_EVERYTHING = TestAdapters.spec(TestAdapters.AcceptsEverything.class);

    @TempDir
    Path temp;

    @Test
    void exitsZeroOnACleanRunAndWritesEveryReport() throws Exception {
        Path out = temp.resolve("report");
        CommandRun run = CommandRun.of("run", "--adapter", "reference", "--filter", STRUCTURE, "--out", out.toString(),
                "--quiet");
        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("gate passed (exit 0)"), run.out());
        assertTrue(run.out().contains("reports in " + out + ": results.json, junit.xml, open-test-report.xml, report.html, summary.md"),
                run.out());

        Results results = ResultsJson.read(out.resolve("results.json"));
        assertTrue(results.run().finishedAt().isPresent(), "a complete run says when it finished");
        assertEquals(List.of("reference"), results.run().adapterNames());
        int vectors = results.results().size();
        assertTrue(vectors >= 10, "the structure family: " + vectors);
        assertTrue(results.results().stream().allMatch(result -> result.duration().isPresent()
                || result.verdict() == Verdict.NOT_APPLICABLE));

        Document junit = xml(out.resolve("junit.xml"));
        assertEquals(vectors, junit.getElementsByTagName("testcase").getLength());
        assertEquals("0", junit.getDocumentElement().getAttribute("failures"));
        Document events = xml(out.resolve("open-test-report.xml"));
        assertEquals("events", events.getDocumentElement().getLocalName());
        assertTrue(Files.readString(out.resolve("report.html")).contains("structure"), "report.html lists the vectors run");
        assertTrue(Files.readString(out.resolve("summary.md")).contains("reference"), "summary.md scores the adapter");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("junit.xml", "open-test-report.xml", "report.html", "results.json", "summary.md"),
                    files.map(file -> file.getFileName().toString()).sorted().toList(), "no staging directory is left behind");
        }
    }

    @Test
    void exitsOneOnUnexpectedFailuresAndListsTheMostSevereFirst() {
        CommandRun run = CommandRun.of("run", "--adapter", ACCEPTS_EVERYTHING, "--filter", STRUCTURE, "--out", temp.toString(),
                "--quiet");
        assertEquals(1, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("gate failed (exit 1)"), run.out());
        assertTrue(run.out().contains("unexpected failures, accepted must-reject first, most severe first:\n    critical  "), run.out());
        assertTrue(run.out().contains(ACCEPTS_EVERYTHING + " cose.es256.structure."), run.out());
    }

    @Test
    void listsTheAcceptedMustRejectVectorFirstAndTheUnsupportedAnswersAsOneGroupWithoutTheirSeverity() {
        String adapter = TestAdapters.spec(TestAdapters.UnsupportedButOneForgery.class);
        CommandRun run = CommandRun.of("run", "--adapter", adapter, "--filter", STRUCTURE, "--out", temp.toString(), "--quiet");

        assertEquals(1, run.exit(), run.err() + run.out());
        String out = run.out();
        int accepted = out.indexOf("    low  " + adapter + " " + TestAdapters.UnsupportedButOneForgery.ACCEPTED + ": FAIL_ACCEPTED: ");
        int unsupported = out.indexOf("    " + adapter + ": cose/ES256: 13 vectors answered unsupported although the statement claims them");
        assertTrue(accepted > 0 && unsupported > accepted, "the forgery first, then one line for the unsupported: " + out);
        assertTrue(out.contains("1 unexpected failures, 0 baselined, 0 below --fail-on, 13 unsupported though claimed"), out);
        assertFalse(out.lines().anyMatch(line -> line.startsWith("    critical")), "no unsupported answer is a critical failure: " + out);
        assertTrue(out.contains("failures 1 (1 low)"), "the score line counts the one wrong answer only: " + out);
        String summary = read(temp.resolve("summary.md"));
        assertTrue(summary.startsWith("## suitcase: 1 failure, 1 security failure; 13 unsupported\n"), summary);
        assertTrue(summary.indexOf("### Security failures") < summary.indexOf("### Unsupported although claimed (13 answers)"), summary);
    }

    @Test
    void reportsACombinationThatAcceptsNoValidInputAsNotImplementedAndCreditsNoneOfItsRejections() {
        String adapter = TestAdapters.spec(TestAdapters.RejectsEverything.class);
        CommandRun run = CommandRun.of("run", "--adapter", adapter, "--filter", "cose.es256.*", "--out", temp.toString(), "--quiet");

        assertEquals(1, run.exit(), run.err() + run.out());
        Results results = ResultsJson.read(temp.resolve("results.json"));
        long mustAccept = results.results().stream().filter(result -> result.expected().result() == ExpectedResult.ACCEPT).count();
        long rejectionsPassed = results.results().stream()
                .filter(result -> result.expected().result() == ExpectedResult.REJECT && result.verdict().isPass()).count();
        assertTrue(mustAccept > 0 && rejectionsPassed > 0, results.results().size() + " results");
        assertTrue(run.out().contains("not implemented, their must-reject passes not credited:\n    " + adapter
                + ": cose/ES256 looks not implemented: 0 of " + mustAccept + " must-accept vectors accepted; take it out of the "
                + "statement or fix it"), run.out());
        assertTrue(run.out().contains("score 0/" + mustAccept + " 0.0%"), "only the must-accept vectors are scored: " + run.out());
        assertTrue(run.out().contains("; " + rejectionsPassed + " must-reject passes not credited (not implemented)"), run.out());
        assertEquals(rejectionsPassed, results.scores().forAdapter(adapter).uncredited());
    }

    @Test
    void countsAnAdvisoryLevelAsEveryFailure() {
        CommandRun run = CommandRun.of("run", "--adapter", ACCEPTS_EVERYTHING, "--filter", STRUCTURE, "--fail-on", "advisory",
                "--out", temp.toString(), "--quiet");

        assertEquals(1, run.exit(), run.err() + run.out());
        assertEquals(Optional.of(FailOn.ADVISORY), ResultsJson.read(temp.resolve("results.json")).run().options().failOn());
        assertTrue(run.out().contains("10 unexpected failures, 0 baselined, 0 below --fail-on"), run.out());
    }

    @Test
    void writesABaselineThatMakesTheSameRunPassAndReportsStaleEntries() throws IOException {
        Path baseline = temp.resolve("baseline.json");
        CommandRun first = CommandRun.of("run", "--adapter", ACCEPTS_EVERYTHING, "--adapter", "reference", "--filter", STRUCTURE,
                "--out", temp.resolve("first").toString(), "--write-baseline", baseline.toString(), "--quiet");
        assertEquals(1, first.exit(), "writing a baseline does not change the gate: " + first.out());
        assertTrue(first.err().contains("wrote " + baseline), first.err());
        Baseline written = BaselineJson.read(baseline);
        assertFalse(written.entries().isEmpty());
        assertTrue(written.entries().stream().allMatch(entry -> entry.adapter().equals(ACCEPTS_EVERYTHING)));

        CommandRun second = CommandRun.of("run", "--adapter", ACCEPTS_EVERYTHING, "--adapter", "reference", "--filter", STRUCTURE,
                "--out", temp.resolve("second").toString(), "--baseline", baseline.toString(), "--quiet");
        assertEquals(0, second.exit(), second.out() + second.err());
        assertTrue(second.out().contains("0 unexpected failures, " + written.entries().size() + " baselined"), second.out());

        BaselineEntry stale = new BaselineEntry("reference", VectorId.parse("cose.es256.structure.trailing-byte"),
                Verdict.FAIL_ACCEPTED, "was accepted before 1.2");
        BaselineJson.write(new Baseline(Stream.concat(written.entries().stream(), Stream.of(stale)).toList()), baseline);
        CommandRun third = CommandRun.of("run", "--adapter", ACCEPTS_EVERYTHING, "--adapter", "reference", "--filter", STRUCTURE,
                "--out", temp.resolve("third").toString(), "--baseline", baseline.toString(), "--quiet");
        assertEquals(0, third.exit(), "stale entries are reported, not failed: " + third.out());
        assertTrue(third.out().contains("stale baseline entries:\n    reference cose.es256.structure.trailing-byte: now PASS"),
                third.out());
        assertTrue(third.out().contains("unexpected passes:\n    reference cose.es256.structure.trailing-byte: PASS where the "
                + "baseline expects FAIL_ACCEPTED; remove the entry"), third.out());
    }

    @Test
    void shardsMergeIntoTheUnshardedRun() {
        String filter = "cose.es256.*";
        CommandRun whole = CommandRun.of("run", "--adapter", "reference", "--filter", filter, "--out",
                temp.resolve("whole").toString(), "--quiet");
        CommandRun first = CommandRun.of("run", "--adapter", "reference", "--filter", filter, "--shard", "1/2", "--out",
                temp.resolve("1").toString(), "-q");
        CommandRun second = CommandRun.of("run", "--adapter", "reference", "--filter", filter, "--shard", "2/2", "--out",
                temp.resolve("2").toString(), "-q");
        assertEquals(List.of(0, 0, 0), List.of(whole.exit(), first.exit(), second.exit()), whole.err() + first.err() + second.err());
        Results unsharded = ResultsJson.read(temp.resolve("whole/results.json"));
        Results shard1 = ResultsJson.read(temp.resolve("1/results.json"));
        Results shard2 = ResultsJson.read(temp.resolve("2/results.json"));
        assertFalse(shard1.results().isEmpty() || shard2.results().isEmpty(), "both shards hold vectors");
        Results merged = ResultsMerger.merge(List.of(shard1, shard2));
        assertEquals(withoutTimes(unsharded.results()), withoutTimes(merged.results()));
        assertEquals(unsharded.scores(), merged.scores());
    }

    @Test
    void refusesBadOptionsWithOneLineAndExitTwo() throws IOException {
        Path notJson = Files.writeString(temp.resolve("baseline.json"), "{ not json");
        assertUsageError("--shard: shard 3/2 does not exist", "--shard", "3/2");
        assertUsageError("--adapter: unknown adapter 'refernce'; choose one of: reference, jdk", "--adapter", "refernce");
        assertUsageError("--layer: ", "--layer", "transport");
        assertUsageError("--alg: unknown algorithm 'RS256'", "--alg", "RS256");
        assertUsageError("--filter: 'cose.[a' is not a valid glob", "--filter", "cose.[a");
        assertUsageError("no active vector of corpus 0.2.0 has filter 'nothing.*'; compare with the ids 'suitcase list' prints",
                "--filter", "nothing.*");
        assertUsageError("--fail-on: unknown level 'urgent'; expected a severity (critical, high, medium, low, info) or advisory",
                "--fail-on", "urgent");
        assertUsageError("--timeout: 'soon' is not a duration", "--timeout", "soon");
        assertUsageError("--profile: unknown profile 'strict'", "--profile", "strict");
        assertUsageError(notJson + ": is not valid JSON", "--baseline", notJson.toString());
        assertUsageError("the corpus in " + temp.toAbsolutePath() + " is not usable: ... no corpus index here", "--corpus", temp.toString());
        assertUsageError("cannot be used: its constructor threw java.lang.IllegalStateException: native library",
                "--adapter", TestAdapters.spec(TestAdapters.CannotStart.class), "--filter", STRUCTURE);
        String only = "cose.es256.sig-structure.array-head-not-minimal";
        String emptyShard = (3 - Shard.bucket(VectorId.parse(only), 2)) + "/2";
        assertUsageError("--shard: shard " + emptyShard + " holds none of the vectors the other options select",
                "--filter", only, "--shard", emptyShard);
    }

    @Test
    void refusesOutputsThatCannotBeWrittenBeforeTheRunStarts() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("a-directory"));
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Path foreign = Files.createDirectories(temp.resolve("project"));
        Files.writeString(foreign.resolve("pom.xml"), "<project/>");
        Path out = temp.resolve("out");
        String[][] cases = {
            {"--write-baseline: " + directory + " is a directory", "--out", out.toString(), "--write-baseline", directory.toString()},
            {"--write-baseline: " + out.resolve("baseline.json") + " is inside --out", "--out", out.toString(),
                "--write-baseline", out.resolve("baseline.json").toString()},
            {"--write-baseline: cannot create " + file.resolve("sub") + ": " + file + " is not a directory", "--out",
                out.toString(), "--write-baseline", file.resolve("sub/baseline.json").toString()},
            {"--out: " + file + " is a file, not a directory", "--out", file.toString()},
            {"--out: cannot create " + file + ": " + file + " is not a directory", "--out", file.resolve("report").toString()},
            {"--out: " + foreign + " holds pom.xml, which is not a report; a run replaces the whole directory",
                "--out", foreign.toString()},
        };
        for (String[] wrong : cases) {
            String[] args = Stream.concat(Stream.of("run", "--adapter", "reference", "--filter", STRUCTURE, "-q"),
                    Arrays.stream(wrong, 1, wrong.length)).toArray(String[]::new);
            CommandRun run = CommandRun.of(args).assertUsageError("run");
            assertTrue(run.err().lines().findFirst().orElseThrow().contains(wrong[0]), run.err());
            assertEquals(2, run.err().lines().count(), run.err());
            assertFalse(Files.exists(out), "nothing ran, nothing was written: " + run.err());
        }
        assertEquals("<project/>", Files.readString(foreign.resolve("pom.xml")));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("."))
                    .toList(), "no staging directory left");
        }
    }

    private void assertUsageError(String expected, String... options) {
        String[] args = Stream.concat(Stream.of("run", "--out", temp.resolve("usage").toString(), "-q"), Stream.of(options))
                .toArray(String[]::new);
        CommandRun run = CommandRun.of(args);
        String shown = String.join(" ", options) + " gave " + run.exit() + ":\n" + run.err() + run.out();
        assertEquals(2, run.exit(), shown);
        String[] lines = run.err().strip().split("\n");
        assertEquals(2, lines.length, "one line and where to get help: " + shown);
        assertTrue(lines[0].startsWith("suitcase run: "), shown);
        for (String part : expected.split("\\.\\.\\. ")) {
            assertTrue(lines[0].contains(part), "'" + part + "' in " + shown);
        }
        assertEquals("Try 'suitcase run --help' for usage.", lines[1], shown);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Results as measured; durations differ between any two runs. */
    private static List<Result> withoutTimes(List<Result> results) {
        return results.stream().map(result -> new Result(result.vector(), result.adapter(), result.severity(), result.expected(),
                result.outcome(), result.reason(), result.detail(), result.location(), result.stderr(), Optional.empty(),
                result.verdict(), result.explanation())).toList();
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
