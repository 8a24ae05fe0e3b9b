package dev.suitcase.runner.cli;

import dev.suitcase.runner.fixtures.TestAdapters;
import dev.suitcase.runner.interop.ProducerMatrix;
import dev.suitcase.runner.json.RunnerSchemas;
import dev.suitcase.runner.report.Reports;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixCommandTest {
    /** The SUIT vectors: about a hundred per algorithm, which the JVM adapters but the reference leave to it. */
    private static final String SUIT = "suit.*";
    /** The ES256 COSE_Sign1 structure family: the reference verifier gets all of them right, an accept-all adapter not. */
    private static final String STRUCTURE = "cose.es256.structure.*";

    @TempDir
    Path directory;

    @Test
    void runsTheVectorsAndTheProducerMatrixIntoOneResultsFileAndReport() throws IOException {
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--adapter", "jdk", "--adapter", "tink",
                "--alg", "ESP256", "--filter", SUIT, "--out", directory.toString(), "--quiet");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("", run.err(), "--quiet prints no progress");
        List<String> lines = run.out().lines().toList();
        long vectors = suitVectors("esp256");
        assertTrue(lines.get(0).startsWith("suitcase matrix: " + 3 * vectors + " results, " + vectors
                + " vectors on 3 adapters"), run.out());
        assertTrue(run.out().contains("gate passed (exit 0)"), run.out());
        assertTrue(run.out().contains("reports in " + directory + ": results.json, junit.xml, open-test-report.xml, "
                + "report.html, summary.md"), run.out());
        assertTrue(run.out().contains("ESP256 (-9): producers down, verifiers across; each producer signed example-0, "
                + "example-1, install\n  producer   reference  jdk            tink\n  reference  accept     accept (cose)  n/a\n"),
                run.out());
        assertTrue(run.out().contains("  - tink: not applicable: Google Tink"), run.out());
        assertTrue(run.out().contains("producer matrix: 1 producer, 2 verifiers, 1 algorithm; 3 of 3 envelopes signed, "
                + "3 conformant, 0 not; 0 disagreements with the reference verifier; 0 crashes or timeouts"), run.out());
        assertEquals("suitcase matrix: exit 0: no unexpected vector result, every envelope conformant, every verifier in "
                + "agreement with the reference verifier", lines.get(lines.size() - 1));

        Path file = directory.resolve(ResultsJson.FILE_NAME);
        assertEquals(List.of(), RunnerSchemas.RESULTS.problems(JsonFormat.read(Files.readAllBytes(file))));
        Results results = ResultsJson.read(file);
        assertEquals(List.of("reference", "jdk", "tink"), results.run().adapterNames());
        assertEquals("ESP256", results.run().options().algorithm().orElseThrow());
        assertEquals(SUIT, results.run().options().filter().orElseThrow());
        assertTrue(results.run().complete(), "the run finished once the producer matrix joined the vector results");
        assertEquals(3 * suitVectors("esp256"), results.results().size(), "the vector table is real: every selected vector on every adapter");
        assertTrue(results.results().stream().allMatch(result -> result.vector().toString().startsWith("suit.esp256.")));
        assertTrue(results.results().stream().filter(result -> result.adapter().equals("reference"))
                .allMatch(result -> result.verdict().isPass() || result.verdict() == Verdict.INFO));
        ProducerMatrix matrix = results.producerMatrix().orElseThrow();
        assertEquals(List.of(Algorithm.ESP256), matrix.algorithms());
        assertEquals(3, matrix.productions().size());

        String html = Files.readString(directory.resolve(Reports.HTML));
        assertTrue(html.contains("<section id=\"interop\">"), "report.html has the producer x verifier section");
        assertTrue(html.contains("<h3>ESP256</h3>"));
        assertTrue(html.contains("<th scope=\"col\">reference</th><th scope=\"col\">jdk</th><th scope=\"col\">tink</th>"), html);
        assertTrue(html.contains("<td class=\"c v-pass\" title=\"reference signs conformantly: the reference verifier accepts "
                + "the ESP256 envelope of example-0 from reference | "), "the reference column is the producer's conformance");
        assertTrue(html.contains("<td class=\"c v-not-applicable\" title=\"not applicable: Google Tink"));
        assertTrue(html.contains("<ul class=\"notes\"><li>tink: not applicable: Google Tink"), "the notes go under the table");
        String summary = Files.readString(directory.resolve(Reports.SUMMARY));
        assertTrue(summary.contains("### Producers × verifiers"), summary);
        assertTrue(summary.contains("| producer | reference | jdk | tink |\n|---|---|---|---|\n"
                + "| reference | PASS | PASS | NOT\\_APPLICABLE |\n"), summary);
        assertTrue(Files.exists(directory.resolve("junit.xml")));
    }

    @Test
    void reportsTheEnginesProgressThenTheProducersOnStandardError() {
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--alg", "Ed25519", "--filter", SUIT,
                "--out", directory.toString());

        assertEquals(0, run.exit(), run.err());
        List<String> progress = run.err().lines().toList();
        assertEquals("suitcase: running " + suitVectors("ed25519") + " vectors", progress.get(0));
        assertEquals("suitcase matrix: reference signs 3 manifests with Ed25519", progress.get(progress.size() - 1));
        assertTrue(run.out().contains("Ed25519 (-19): producers down"), run.out());
    }

    @Test
    void aProducerOverTheProtocolWhoseEnvelopeIsNotConformantExitsOneThoughTheVectorsPass() throws IOException {
        String producer = GarbageProducer.command();
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--adapter", producer, "--adapter", "jdk",
                "--alg", "ES256", "--filter", SUIT, "--out", directory.toString(), "--quiet");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("gate passed (exit 0)"), "a producer that only signs gets no vector: " + run.out());
        assertTrue(run.out().contains("  " + producer + "  reject BAD_STRUCTURE  n/a"), run.out());
        assertTrue(run.out().contains("  - " + producer + " produced a non-conformant envelope signing example-0 with ES256: "
                + "the reference verifier rejects it with BAD_STRUCTURE ("), run.out());
        assertTrue(run.out().contains("jdk: not applicable: JDK (SunEC) does not implement layer suit (its statement lists "
                + "signature, cose), and no COSE_Sign1 can be cut out of the envelope for its cose layer: the envelope has no "
                + "authentication wrapper byte string at key 2"), run.out());
        assertTrue(run.out().endsWith("suitcase matrix: exit 1: 3 things to fix in the producer matrix: the notes under the "
                + "tables, report.html, and the producerMatrix member of results.json with each envelope" + System.lineSeparator()),
                run.out());
        String html = Files.readString(directory.resolve(Reports.HTML));
        assertTrue(html.contains("<td class=\"c v-fail-rejected\" title=\"" + producer.replace("'", "&#39;")
                + " produced a non-conformant envelope signing example-0 with ES256"), "the producer's own column");
    }

    @Test
    void anUnexpectedVectorFailureFailsTheMatrixWhoseEnvelopesAreAllFine() {
        String acceptsEverything = TestAdapters.spec(TestAdapters.AcceptsEverything.class);
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--adapter", acceptsEverything, "--alg", "ES256",
                "--filter", STRUCTURE, "--out", directory.toString(), "--quiet");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("gate failed (exit 1)"), run.out());
        assertTrue(run.out().contains("  reference  accept     accept"), "it accepts the conformant envelopes: " + run.out());
        assertTrue(run.out().contains("0 disagreements with the reference verifier"), run.out());
        assertTrue(run.out().lines().reduce((first, second) -> second).orElseThrow()
                .matches("suitcase matrix: exit 1: \\d+ unexpected vector failures \\(the gate above\\)"), run.out());
    }

    @Test
    void anUnknownAdapterIsAUsageErrorListingTheChoices() {
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--adapter", "no-such-adapter", "--out",
                directory.toString()).assertUsageError("matrix");

        assertTrue(run.err().contains("unknown adapter 'no-such-adapter'; choose one of: reference, jdk"), run.err());
    }

    @Test
    void adaptersThatCannotSignAreAUsageErrorBeforeAnyVectorRuns() {
        CommandRun run = CommandRun.of("matrix", "--adapter", "jdk", "--adapter", "tink", "--out", directory.toString())
                .assertUsageError("matrix");

        assertTrue(run.err().contains("none of the adapters signs any algorithm"), run.err());
        assertTrue(run.err().contains("add --adapter reference"), run.err());
        assertFalse(Files.exists(directory.resolve(ResultsJson.FILE_NAME)), "nothing ran");
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        String out = directory.toString();
        CommandRun twice = CommandRun.of("matrix", "--adapter", "reference", "--adapter", "reference", "--out", out)
                .assertUsageError("matrix");
        assertTrue(twice.err().contains("--adapter lists 'reference' twice"), twice.err());
        CommandRun algorithm = CommandRun.of("matrix", "--adapter", "reference", "--alg", "RS256", "--out", out)
                .assertUsageError("matrix");
        assertTrue(algorithm.err().contains("--alg: unknown algorithm 'RS256'"), algorithm.err());
        CommandRun any = CommandRun.of("matrix", "--adapter", "reference", "--alg", "any", "--out", out).assertUsageError("matrix");
        assertTrue(any.err().contains("--alg any selects the vectors that depend on no algorithm"), any.err());
        CommandRun timeout = CommandRun.of("matrix", "--adapter", "reference", "--timeout", "soon", "--out", out)
                .assertUsageError("matrix");
        assertTrue(timeout.err().contains("--timeout: 'soon' is not a duration"), timeout.err());
        CommandRun nothing = CommandRun.of("matrix", "--adapter", "reference", "--filter", "no.such.vector.*", "--out", out)
                .assertUsageError("matrix");
        assertTrue(nothing.err().contains("no.such.vector.*"), nothing.err());
        CommandRun.of("matrix").assertUsageError("matrix");
    }

    /** How many SUIT vectors of the built-in corpus carry the algorithm token. */
    private static long suitVectors(String algorithmToken) {
        return CorpusLoader.fromClasspath().vectors().stream()
                .filter(vector -> vector.id().toString().startsWith("suit." + algorithmToken + "."))
                .count();
    }
}
