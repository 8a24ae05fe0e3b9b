package dev.suitcase.runner.cli;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.VectorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner under faults from outside (issue 15): an adapter killed with SIGKILL in the middle of a batch, an
 * {@code --out} that cannot be written, a corpus file that changes while the run reads it. Each ends with a clear
 * message, and every selected vector keeps its result. The adapter is {@link FaultyProgram}, beside the reference
 * verifier in the same run, so the vectors the run selected are known from the reference's results.
 */
class FaultInjectionTest {
    /** The ES256 COSE_Sign1 structure family: 14 vectors, every one answered by the faulty program. */
    private static final String STRUCTURE = "cose.es256.structure.*";
    private static final Path CORPUS = Path.of("..", "vectors", "corpus");

    @TempDir
    Path temp;

    /**
     * Killed once in the middle of a batch, with requests in flight: the runner restarts the program and sends
     * the requests it had in flight again, so every vector gets the program's own answer and none is lost.
     */
    @Test
    void anAdapterKilledOnceMidBatchIsRestartedAndAnswersEveryVector() {
        Path marker = temp.resolve("killed");
        String adapter = FaultyProgram.command("kill-once", marker, 5);
        Results results = run(adapter);
        assertTrue(Files.exists(marker), "the program killed itself with SIGKILL after 5 requests");
        Map<VectorId, Result> faulty = resultsOf(results, adapter);
        assertEquals(selected(results), faulty.keySet(), "every selected vector has a result");
        faulty.values().forEach(result -> assertEquals(Optional.of(AdapterOutcome.Kind.REJECT),
                result.outcome(), result.vector() + ": " + result.detail()));
    }

    /**
     * A program that SIGKILLs itself whenever one particular request comes: that request is CRASH, with a detail
     * saying how the program ended, and every other vector gets the program's own answer.
     */
    @Test
    void aRequestThatGetsTheAdapterKilledIsTheOnlyCrashAndSaysHow() throws IOException {
        Path marker = temp.resolve("fatal-id");
        String adapter = FaultyProgram.command("kill-on", marker, 5);
        Results results = run(adapter);
        VectorId fatal = VectorId.parse(Files.readString(marker));
        Map<VectorId, Result> faulty = resultsOf(results, adapter);
        assertEquals(selected(results), faulty.keySet(), "every selected vector has a result");

        Result crash = faulty.get(fatal);
        assertEquals(Verdict.CRASH, crash.verdict(), crash.toString());
        assertTrue(crash.detail().contains("exited with status 137 (killed by signal 9?)"), crash.detail());
        faulty.values().stream().filter(result -> !result.vector().equals(fatal)).forEach(result -> assertEquals(
                Optional.of(AdapterOutcome.Kind.REJECT), result.outcome(), result.vector() + ": " + result.detail()));
    }

    /**
     * An {@code --out} that cannot be created: under {@code /proc}, where not even root may create a directory, and
     * beneath a regular file. chmod cannot make a directory read-only here: the tests run as root in CI, and root
     * writes through any mode bits, so these two stand in for a read-only mount. The run refuses before it starts:
     * exit 2, one line naming the directory, no results.json anywhere, nothing run and so nothing lost.
     */
    @Test
    void anOutThatCannotBeCreatedIsAUsageErrorBeforeTheRun() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        for (Path out : List.of(Path.of("/proc/suitcase-report"), file.resolve("report"))) {
            CommandRun run = CommandRun.of("run", "--adapter", "reference", "--filter", STRUCTURE, "--out",
                    out.toString(), "--quiet");
            assertEquals(SuitcaseCommand.EXIT_USAGE, run.exit(), run.err() + run.out());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertTrue(run.err().startsWith("suitcase run: --out: ") && run.err().lines().findFirst().orElseThrow()
                    .contains(out.getParent().toString()), run.err());
            assertEquals("", run.out(), "nothing ran");
            assertFalse(Files.exists(out), out + " was not created");
        }
    }

    /**
     * A corpus file overwritten while the run is under way, a vector's or the index: the runner judges every
     * vector by the corpus as it loaded it before the first request, and records the digest of that index, so the
     * results are those of one corpus and every selected vector has one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cose/es256/cose.es256.structure.unprotected-wrapped.json", "index.json"})
    void aCorpusFileChangedDuringTheRunLeavesTheRunOnTheCorpusItLoaded(String changed) throws IOException {
        Path corpus = copyOfTheCorpus();
        String digest = sha256(corpus.resolve("index.json"));
        Path file = corpus.resolve(changed);
        String adapter = FaultyProgram.command("mutate", file, 2);
        Path out = temp.resolve("report");
        CommandRun run = CommandRun.of("run", "--corpus", corpus.toString(), "--adapter", "reference", "--adapter",
                adapter, "--filter", STRUCTURE, "--out", out.toString(), "--quiet");
        assertEquals(0, run.exit(), run.err() + run.out());
        assertEquals("this vector was changed during the run", Files.readString(file), "the file changed mid-run");

        Results results = ResultsJson.read(out.resolve("results.json"));
        assertEquals(digest, results.run().corpus().digest(), "the digest of the index the run loaded");
        Map<VectorId, Result> faulty = resultsOf(results, adapter);
        assertEquals(selected(results), faulty.keySet(), "every selected vector has a result");
        assertEquals(14, faulty.size());
        Result wrapped = faulty.get(VectorId.parse("cose.es256.structure.unprotected-wrapped"));
        assertEquals(Verdict.PASS_OTHER_REASON, wrapped.verdict(), "judged by the vector as loaded: " + wrapped);
    }

    private Results run(String adapter) {
        Path out = temp.resolve("report");
        CommandRun run = CommandRun.of("run", "--adapter", "reference", "--adapter", adapter, "--filter", STRUCTURE,
                "--out", out.toString(), "--quiet");
        assertTrue(run.exit() == 0 || run.exit() == 1, "a gate verdict, not an error: " + run.err() + run.out());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        return ResultsJson.read(out.resolve("results.json"));
    }

    /** The vectors the run selected: those the reference verifier, which takes every one, was given. */
    private static Set<VectorId> selected(Results results) {
        Set<VectorId> vectors = resultsOf(results, "reference").keySet();
        assertEquals(14, vectors.size(), "the structure family");
        return vectors;
    }

    private static Map<VectorId, Result> resultsOf(Results results, String adapter) {
        return results.results().stream().filter(result -> result.adapter().equals(adapter))
                .collect(Collectors.toMap(Result::vector, result -> result));
    }

    private Path copyOfTheCorpus() throws IOException {
        Path copy = temp.resolve("corpus");
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(CORPUS.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
