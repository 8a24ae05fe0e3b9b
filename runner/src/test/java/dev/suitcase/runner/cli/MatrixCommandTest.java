package dev.suitcase.runner.cli;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.interop.NamedAdapter;
import dev.suitcase.runner.interop.ProducerMatrix;
import dev.suitcase.runner.json.RunnerSchemas;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.corpus.JsonFormat;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixCommandTest {
    @TempDir
    Path directory;

    @Test
    void printsATablePerAlgorithmAndWritesResultsWithTheMatrix() throws IOException {
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--adapter", "jdk", "--adapter", "tink",
                "--alg", "ESP256", "--out", directory.toString(), "--quiet");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("", run.err(), "--quiet prints no progress");
        List<String> lines = run.out().lines().toList();
        assertEquals("ESP256 (-9): producers down, verifiers across; each producer signed example-0, example-1, install",
                lines.get(0));
        assertEquals("  producer   reference  jdk            tink", lines.get(1));
        assertEquals("  reference  accept     accept (cose)  n/a", lines.get(2));
        assertTrue(run.out().contains("  - tink: not applicable: Google Tink"), run.out());
        assertTrue(run.out().contains("producer matrix: 1 producer, 2 verifiers, 1 algorithm; 3 of 3 envelopes signed, "
                + "3 conformant, 0 not; 0 disagreements with the reference verifier; 0 crashes or timeouts"), run.out());
        Path file = directory.resolve(ResultsJson.FILE_NAME);
        assertTrue(run.out().endsWith("results written to " + file + System.lineSeparator()), run.out());
        assertEquals(List.of(), RunnerSchemas.RESULTS.problems(JsonFormat.read(Files.readAllBytes(file))));
        Results results = ResultsJson.read(file);
        assertEquals(List.of("reference", "jdk", "tink"), results.run().adapterNames());
        assertEquals("ESP256", results.run().options().algorithm().orElseThrow());
        assertTrue(results.run().complete());
        ProducerMatrix matrix = results.producerMatrix().orElseThrow();
        assertEquals(List.of(Algorithm.ESP256), matrix.algorithms());
        assertEquals(3, matrix.productions().size());
    }

    @Test
    void reportsProgressOnStandardErrorAndPrintsWithoutOut() {
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--alg", "Ed25519");

        assertEquals(0, run.exit(), run.err());
        assertEquals("suitcase matrix: reference signs 3 manifests with Ed25519" + System.lineSeparator(), run.err());
        assertTrue(run.out().startsWith("Ed25519 (-19): producers down"), run.out());
    }

    @Test
    void aProducerOverTheProtocolWhoseEnvelopeIsNotConformantExitsOne() {
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--adapter", GarbageProducer.command(),
                "--adapter", "jdk", "--alg", "ES256", "--quiet");

        assertEquals(1, run.exit(), run.out() + run.err());
        String producer = GarbageProducer.command();
        assertTrue(run.out().contains("  " + producer + "  reject BAD_STRUCTURE  n/a"), run.out());
        assertTrue(run.out().contains("  - " + producer + " produced a non-conformant envelope signing example-0 with ES256: "
                + "the reference verifier rejects it with BAD_STRUCTURE ("), run.out());
        assertTrue(run.out().contains("jdk: not applicable: JDK (SunEC) does not implement layer suit (its statement lists "
                + "signature, cose), and no COSE_Sign1 can be cut out of the envelope for its cose layer: the envelope has no "
                + "authentication wrapper byte string at key 2"), run.out());
        assertTrue(run.out().contains("3 things to fix"), run.out());
    }

    @Test
    void theVectorTableComesFromTheCorpusRunIntoTheSameResults() throws IOException {
        List<String> given = new ArrayList<>();
        CorpusRun corpusRun = (run, corpus, adapters) -> {
            adapters.stream().map(NamedAdapter::name).forEach(given::add);
            Vector example0 = corpus.byId("suit.es256.spec-example.example-0").orElseThrow();
            Result rejected = Fixtures.judged(example0, run.adapter("reference").orElseThrow(),
                    AdapterOutcome.reject(dev.suitcase.verifier.Reason.ROLLBACK, "a fake refusal"));
            return new Results(run, List.of(rejected));
        };
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);

        CommandRun run = CommandRun.of(new MatrixCommand(corpusRun, clock), "--adapter", "reference", "--alg", "ES256",
                "--out", directory.toString(), "--quiet");

        assertEquals(1, run.exit(), "a failing vector result fails the matrix: " + run.out() + run.err());
        assertEquals(List.of("reference"), given);
        Results results = ResultsJson.read(directory.resolve(ResultsJson.FILE_NAME));
        assertEquals(Verdict.FAIL_REJECTED, results.results().get(0).verdict());
        assertEquals(Instant.parse("2025-06-01T10:00:00Z"), results.run().finishedAt().orElseThrow());
        assertTrue(results.producerMatrix().isPresent());
    }

    @Test
    void anUnknownAdapterIsAUsageErrorListingTheChoices() {
        CommandRun run = CommandRun.of("matrix", "--adapter", "reference", "--adapter", "no-such-adapter").assertUsageError("matrix");

        assertTrue(run.err().contains("unknown adapter 'no-such-adapter'; choose one of: reference, jdk"), run.err());
    }

    @Test
    void adaptersThatCannotSignAreAUsageError() {
        CommandRun run = CommandRun.of("matrix", "--adapter", "jdk", "--adapter", "tink").assertUsageError("matrix");

        assertTrue(run.err().contains("none of the adapters signs any algorithm"), run.err());
        assertTrue(run.err().contains("add --adapter reference"), run.err());
    }

    @Test
    void aRepeatedAdapterOrUnknownAlgorithmIsAUsageError() {
        CommandRun twice = CommandRun.of("matrix", "--adapter", "reference", "--adapter", "reference").assertUsageError("matrix");
        assertTrue(twice.err().contains("--adapter reference is given twice"), twice.err());
        CommandRun algorithm = CommandRun.of("matrix", "--adapter", "reference", "--alg", "RS256").assertUsageError("matrix");
        assertTrue(algorithm.err().contains("--alg: unknown algorithm 'RS256'"), algorithm.err());
        CommandRun.of("matrix").assertUsageError("matrix");
    }
}
