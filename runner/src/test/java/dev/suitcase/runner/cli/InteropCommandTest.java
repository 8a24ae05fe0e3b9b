package dev.suitcase.runner.cli;

import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.BaselineJson;
import dev.suitcase.runner.engine.RunInputs;
import dev.suitcase.runner.fixtures.TestAdapters;
import dev.suitcase.runner.interop.InteropId;
import dev.suitcase.runner.json.RunnerSchemas;
import dev.suitcase.runner.report.Reports;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteropCommandTest {
    /** Only the vectors the producer matrix makes. */
    private static final String MATRIX = "*.interop*";
    /** The ES256 COSE_Sign1 structure family: the reference verifier gets all of them right, an accept-all adapter not. */
    private static final String STRUCTURE = "cose.es256.structure.*";
    private static final String IMPOSTOR = TestAdapters.spec(TestAdapters.WrongKeyProducer.class);
    private static final String YES = TestAdapters.spec(TestAdapters.AcceptingVerifier.class);

    @TempDir
    Path directory;

    @Test
    void runsTheCorpusAndTheProducersEnvelopesAsVectorsIntoOneResultsFileAndReport() throws IOException {
        CommandRun run = CommandRun.of("interop", "--adapter", "reference", "--adapter", "jdk", "--adapter", "tink",
                "--alg", "ESP256", "--filter", "{suit.*,*.interop*}", "--out", directory.toString(), "--quiet");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("", run.err(), "--quiet prints no progress");
        List<String> lines = run.out().lines().toList();
        long corpus = suitVectors("esp256");
        // the reference signs 3 manifests: its own 3 vectors, and 3 envelopes and 3 COSE_Sign1 for every adapter
        long results = 3 * corpus + 3 + 6 * 3;
        assertTrue(lines.get(0).startsWith("suitcase interop: " + results + " results, " + (corpus + 9)
                + " vectors on 3 adapters"), run.out());
        assertTrue(run.out().contains("gate passed (exit 0)"), run.out());
        assertTrue(run.out().contains("ESP256 (-9): producers down, verifiers across\n"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches(
                "  reference +PASS +PASS +PASS \\(cose\\) +NOT_APPLICABLE")), run.out());
        assertTrue(run.out().contains("  - tink: not applicable: Google Tink"), run.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("reports in " + directory + ": results.json, junit.xml, "
                + "open-test-report.xml, report.html, summary.md"), run.out());

        Path file = directory.resolve(ResultsJson.FILE_NAME);
        assertEquals(List.of(), RunnerSchemas.RESULTS.problems(JsonFormat.read(Files.readAllBytes(file))));
        Results read = ResultsJson.read(file);
        assertTrue(read.run().options().interop());
        assertTrue(read.run().complete());
        assertEquals(results, read.results().size(), "every vector, the matrix's included, on every adapter");
        assertEquals(9, read.interopVectors().size(), "what every matrix result was judged on");
        Result jdk = read.find(InteropId.of(InteropId.Kind.COSE_SIGN1, Algorithm.ESP256, "example-1", "reference").vectorId(),
                "jdk").orElseThrow();
        assertEquals(Verdict.PASS, jdk.verdict(), jdk.explanation());
        assertEquals(Verdict.PASS, read.find(InteropId.of(InteropId.Kind.SIGNED, Algorithm.ESP256, "install", "reference")
                .vectorId(), "reference").orElseThrow().verdict());

        String html = Files.readString(directory.resolve(Reports.HTML));
        assertTrue(html.contains("<section id=\"interop\">"), "report.html has the producer x verifier section");
        assertTrue(html.contains("<th scope=\"col\">conformance</th><th scope=\"col\">reference</th><th scope=\"col\">jdk</th>"
                + "<th scope=\"col\">tink</th>"), html);
        String summary = Files.readString(directory.resolve(Reports.SUMMARY));
        assertTrue(summary.contains("| producer | conformance | reference | jdk | tink |\n|---|---|---|---|---|\n"
                + "| reference | PASS | PASS | PASS (cose) | NOT\\_APPLICABLE |\n"), summary);
        String junit = Files.readString(directory.resolve("junit.xml"));
        assertTrue(junit.contains("suit.esp256.interop-sign.example-0-from-reference"), "the matrix's vectors are tests too");
    }

    @Test
    void matrixIsAnotherNameForIt() {
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--alg", "Ed25519", "--filter", MATRIX,
                "--out", directory.toString());

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.err().startsWith("suitcase: running 0 vectors\nsuitcase: the producer matrix adds 9 vectors of its "
                + "producers' envelopes, 9 in all\n"), "progress on standard error: " + run.err());
        assertTrue(run.out().startsWith("suitcase interop: 9 results, 9 vectors on 1 adapters"), run.out());
        assertTrue(run.out().contains("Ed25519 (-19): producers down"), run.out());
    }

    @Test
    void aProducerOverTheProtocolWhoseEnvelopeIsNotConformantFailsTheGate() throws IOException {
        String producer = GarbageProducer.command();
        CommandRun run = CommandRun.of("interop", "--adapter", "reference", "--adapter", producer, "--adapter", "jdk",
                "--alg", "ES256", "--filter", MATRIX, "--out", directory.toString(), "--quiet");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("gate failed (exit 1): 3 unexpected failures"), run.out());
        String signed = InteropId.of(InteropId.Kind.SIGNED, Algorithm.ES256, "example-0", producer).toString();
        assertTrue(run.out().contains("high  " + producer + " " + signed + ": FAIL_REJECTED: "), run.out());
        assertTrue(run.out().contains("an envelope that does not conform, which the reference verifier rejects with "
                + "BAD_STRUCTURE ("), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("  " + Pattern.quote(producer)
                + " +FAIL_REJECTED +PASS +NOT_APPLICABLE")), run.out());
        assertTrue(run.out().contains("jdk: not applicable: JDK (SunEC) does not implement layer suit"), run.out());
        String html = Files.readString(directory.resolve(Reports.HTML));
        assertTrue(html.contains("<td class=\"c v-fail-rejected\" title=\"&quot;"), "the producer's own column");
    }

    @Test
    void anUnexpectedVectorFailureFailsTheRunWhoseEnvelopesAreAllFine() {
        String acceptsEverything = TestAdapters.spec(TestAdapters.AcceptsEverything.class);
        CommandRun run = CommandRun.of("interop", "--adapter", "reference", "--adapter", acceptsEverything, "--alg", "ES256",
                "--filter", "{" + STRUCTURE + "," + MATRIX + "}", "--out", directory.toString(), "--quiet");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("gate failed (exit 1)"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("  reference +PASS +PASS +PASS")),
                "it accepts the conformant envelopes: " + run.out());
        assertTrue(run.out().contains("cose.es256.structure."), run.out());
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHangingInProcessAdapterCostsOnlyTimeoutsWithinTheDeadline() throws IOException {
        String hangs = TestAdapters.spec(TestAdapters.NeverAnswers.class);
        long start = System.nanoTime();
        CommandRun run = CommandRun.of("interop", "--adapter", "reference", "--adapter", hangs, "--alg", "ES256",
                "--filter", MATRIX, "--timeout", "200ms", "--out", directory.toString(), "--quiet");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(1, run.exit(), run.out() + run.err());
        // its sign calls never return (TIMEOUT after 200 ms), its verify futures never complete (after 10 times that)
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "the run ended in " + took);
        Results results = ResultsJson.read(directory.resolve(ResultsJson.FILE_NAME));
        List<Result> hung = results.results().stream().filter(result -> result.adapter().equals(hangs)).toList();
        assertEquals(3 + 6, hung.size(), "its own 3 sign requests and the reference's 3 envelopes and COSE_Sign1: " + hung);
        assertTrue(hung.stream().allMatch(result -> result.verdict() == Verdict.TIMEOUT), hung.toString());
        assertTrue(run.out().lines().anyMatch(line -> line.matches(
                "  " + Pattern.quote(hangs) + " +TIMEOUT +not run +not run")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("  reference +PASS +PASS +TIMEOUT")), run.out());
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHangingProcessAdapterCostsOnlyTimeoutsWithinTheDeadline() throws IOException {
        String hangs = HangingProgram.command();
        long start = System.nanoTime();
        CommandRun run = CommandRun.of("interop", "--adapter", "reference", "--adapter", hangs, "--alg", "ES256",
                "--filter", MATRIX, "--timeout", "300ms", "--out", directory.toString(), "--quiet");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "the run ended in " + took);
        Results results = ResultsJson.read(directory.resolve(ResultsJson.FILE_NAME));
        List<Result> hung = results.results().stream().filter(result -> result.adapter().equals(hangs)).toList();
        assertEquals(3 + 6, hung.size(), hung.toString());
        assertTrue(hung.stream().allMatch(result -> result.verdict() == Verdict.TIMEOUT), hung.toString());
    }

    @Test
    void theBaselineGatesTheMatrixAsItGatesTheCorpus() throws IOException {
        Path baseline = directory.resolve("baseline.json");
        CommandRun first = CommandRun.of("interop", "--adapter", "reference", "--adapter", IMPOSTOR, "--alg", "ES256",
                "--filter", MATRIX, "--out", directory.resolve("first").toString(), "--write-baseline", baseline.toString(),
                "--quiet");
        assertEquals(1, first.exit(), "a non-conformant producer fails the gate: " + first.out());
        Baseline written = BaselineJson.read(baseline);
        assertEquals(3, written.entries().size(), written.toString());
        assertTrue(written.entries().stream().allMatch(entry -> entry.adapter().equals(IMPOSTOR)
                && entry.verdict() == Verdict.FAIL_REJECTED), written.toString());

        CommandRun known = CommandRun.of("interop", "--adapter", "reference", "--adapter", IMPOSTOR, "--alg", "ES256",
                "--filter", MATRIX, "--out", directory.resolve("second").toString(), "--baseline", baseline.toString(), "--quiet");
        assertEquals(0, known.exit(), "the baselined deviations do not fail it: " + known.out());
        assertTrue(known.out().contains("0 unexpected failures, 3 baselined"), known.out());

        CommandRun worse = CommandRun.of("interop", "--adapter", "reference", "--adapter", IMPOSTOR, "--adapter", YES,
                "--alg", "ES256", "--filter", MATRIX, "--out", directory.resolve("third").toString(), "--baseline",
                baseline.toString(), "--quiet");
        assertEquals(1, worse.exit(), "a verifier accepting the forged envelopes is new: " + worse.out());
        assertTrue(worse.out().contains("3 unexpected failures, 3 baselined"), worse.out());
        assertTrue(worse.out().contains("high  " + YES + " suit.es256.interop.example-0-from-"), worse.out());
        assertTrue(worse.out().contains(": FAIL_ACCEPTED: accepted \"ES256 envelope of example-0 from "), worse.out());

        CommandRun severe = CommandRun.of("interop", "--adapter", "reference", "--adapter", IMPOSTOR, "--alg", "ES256",
                "--filter", MATRIX, "--out", directory.resolve("fourth").toString(), "--fail-on", "critical", "--quiet");
        assertEquals(0, severe.exit(), "the non-conformant envelopes are of high severity, below --fail-on critical: "
                + severe.out());
    }

    @Test
    void theShardsOfAMatrixRunMergeAndDiffLikeAnyResults() throws IOException {
        String[] common = {"--adapter", "reference", "--adapter", IMPOSTOR, "--adapter", "jdk", "--alg", "ES256", "--filter",
            MATRIX, "--quiet"};
        CommandRun whole = CommandRun.of(concat(new String[] {"interop", "--out", directory.resolve("whole").toString()}, common));
        assertEquals(1, whole.exit(), whole.out());
        for (int index = 1; index <= 2; index++) {
            CommandRun shard = CommandRun.of(concat(new String[] {"interop", "--shard", index + "/2", "--out",
                directory.resolve("shard" + index).toString()}, common));
            assertEquals(1, shard.exit(), shard.out() + shard.err());
        }
        Path merged = directory.resolve("merged.json");
        CommandRun merge = CommandRun.of("merge", "--out", merged.toString(), directory.resolve("shard1").toString(),
                directory.resolve("shard2").toString());
        assertEquals(0, merge.exit(), merge.err());

        Results unsharded = ResultsJson.read(directory.resolve("whole").resolve(ResultsJson.FILE_NAME));
        Results recombined = ResultsJson.read(merged);
        assertEquals(verdicts(unsharded), verdicts(recombined), "the cells of the shards are the cells of the whole run");
        assertEquals(unsharded.interopVectors().stream().map(vector -> vector.id()).toList(),
                recombined.interopVectors().stream().map(vector -> vector.id()).toList());
        CommandRun same = CommandRun.of("diff", directory.resolve("whole").toString(), merged.toString());
        assertEquals(0, same.exit(), same.out());
        assertTrue(same.out().contains(": 0 regressions, 0 other changed, 0 added, 0 removed, " + unsharded.results().size()
                + " unchanged"), same.out());

        CommandRun worse = CommandRun.of(concat(new String[] {"interop", "--adapter", YES, "--out",
            directory.resolve("worse").toString()}, common));
        assertEquals(1, worse.exit(), worse.out());
        CommandRun diff = CommandRun.of("diff", merged.toString(), directory.resolve("worse").toString());
        assertEquals(1, diff.exit(), "a verifier accepting forged envelopes is a regression: " + diff.out());
        assertTrue(diff.out().contains("3 regressions"), diff.out());
        assertTrue(diff.out().lines().anyMatch(line -> line.startsWith("  suit.es256.interop.install-from-")
                && line.contains(YES + "  - -> FAIL_ACCEPTED (accept): ")), diff.out());
    }

    @Test
    void loadsTheCorpusTheBaselineAndTheAdapterRegistryOnce() throws IOException {
        Path baseline = directory.resolve("baseline.json");
        BaselineJson.write(Baseline.empty(), baseline);
        AtomicInteger corpora = new AtomicInteger();
        AtomicInteger baselines = new AtomicInteger();
        AtomicInteger registries = new AtomicInteger();
        RunInputs counted = new RunInputs(location -> {
            corpora.incrementAndGet();
            return location.load();
        }, file -> {
            baselines.incrementAndGet();
            return BaselineJson.read(file);
        }, settings -> {
            registries.incrementAndGet();
            return AdapterRegistry.forRepository(settings);
        });

        CommandRun run = CommandRun.of(new InteropCommand(counted), "--adapter", "reference", "--adapter", "jdk", "--alg",
                "ES256", "--filter", MATRIX, "--baseline", baseline.toString(), "--out", directory.resolve("report").toString(), "--quiet");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals(List.of(1, 1, 1), List.of(corpora.get(), baselines.get(), registries.get()),
                "corpus, baseline and registry each loaded once");
    }

    @Test
    void anUnknownAdapterIsAUsageErrorListingTheChoices() {
        CommandRun run = CommandRun.of("interop", "--adapter", "reference", "--adapter", "no-such-adapter", "--out",
                directory.toString()).assertUsageError("interop");

        assertTrue(run.err().contains("unknown adapter 'no-such-adapter'; choose one of: reference, jdk"), run.err());
    }

    @Test
    void adaptersThatCannotSignAreAUsageErrorBeforeAnyVectorRuns() {
        CommandRun run = CommandRun.of("interop", "--adapter", "jdk", "--adapter", "tink", "--out", directory.toString(), "--quiet")
                .assertUsageError("interop");

        assertTrue(run.err().contains("--adapter: none of the adapters jdk, tink signs any algorithm"), run.err());
        assertTrue(run.err().contains("add the reference adapter"), run.err());
        assertFalse(Files.exists(directory.resolve(ResultsJson.FILE_NAME)), "nothing ran");
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        String out = directory.toString();
        CommandRun twice = CommandRun.of("interop", "--adapter", "reference", "--adapter", "reference", "--out", out)
                .assertUsageError("interop");
        assertTrue(twice.err().contains("--adapter: lists 'reference' twice"), twice.err());
        CommandRun algorithm = CommandRun.of("interop", "--adapter", "reference", "--alg", "RS256", "--out", out)
                .assertUsageError("interop");
        assertTrue(algorithm.err().contains("--alg: unknown algorithm 'RS256'"), algorithm.err());
        CommandRun any = CommandRun.of("interop", "--adapter", "reference", "--alg", "any", "--out", out)
                .assertUsageError("interop");
        assertTrue(any.err().contains("--alg any selects the vectors that depend on no algorithm"), any.err());
        CommandRun timeout = CommandRun.of("interop", "--adapter", "reference", "--timeout", "soon", "--out", out)
                .assertUsageError("interop");
        assertTrue(timeout.err().contains("--timeout: 'soon' is not a duration"), timeout.err());
        CommandRun nothing = CommandRun.of("interop", "--adapter", "reference", "--filter", "no.such.vector.*", "--out", out)
                .assertUsageError("interop");
        assertTrue(nothing.err().contains("no.such.vector.*"), nothing.err());
        assertTrue(nothing.err().contains("nor does any vector the producer matrix can make"), nothing.err());
    }

    /** Each result's verdict, by vector and adapter. */
    private static Map<String, Verdict> verdicts(Results results) {
        return results.results().stream().collect(Collectors.toMap(result -> result.vector() + " on " + result.adapter(),
                Result::verdict));
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** How many SUIT vectors of the built-in corpus carry the algorithm token. */
    private static long suitVectors(String algorithmToken) {
        return CorpusLoader.fromClasspath().vectors().stream()
                .filter(vector -> vector.id().toString().startsWith("suit." + algorithmToken + "."))
                .count();
    }
}
