package dev.suitcase.runner.results;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.Operation;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsMergerTest {
    private static final AdapterUnderTest ALPHA = AdapterUnderTest.of("alpha", Fixtures.ics("alpha-impl", Set.of(Profile.ECDSA_LOW_S)));
    private static final AdapterUnderTest BETA = AdapterUnderTest.of("beta", new Ics("beta-impl", "2.0",
            EnumSet.of(Layer.SIGNATURE, Layer.COSE), EnumSet.of(Algorithm.ES256, Algorithm.ED25519), Set.of(),
            Set.of(Operation.VERIFY), OptionalLong.of(200)));
    private static final List<AdapterUnderTest> ADAPTERS = List.of(ALPHA, BETA);
    private static final int SHARDS = 3;

    private static Corpus corpus;

    @TempDir
    Path directory;

    @BeforeAll
    static void loadCorpus() {
        corpus = CorpusLoader.fromClasspath();
    }

    /** A fake implementation: a fixed answer per vector and adapter, spread over every outcome kind. */
    private static Result run(Vector vector, AdapterUnderTest adapter) {
        if (!adapter.ics().covers(vector)) {
            return Fixtures.judge().notApplicable(vector, adapter);
        }
        int pick = Shard.bucket(vector.id(), 9) + (adapter == BETA ? 4 : 0);
        if (adapter == BETA && Shard.bucket(vector.id(), 40) == 1) {
            return Fixtures.judge().suiteFailure(vector, adapter, "fake suite failure");
        }
        AdapterOutcome outcome = switch (pick % 9) {
            case 0, 1 -> AdapterOutcome.accept();
            case 2 -> AdapterOutcome.reject(vector.expect().reason().orElse(Reason.SIGNATURE_INVALID), "expected reason");
            case 3 -> AdapterOutcome.reject(Reason.BAD_STRUCTURE, "some other reason");
            case 4 -> AdapterOutcome.reject(Optional.empty(), "no reason");
            case 5 -> AdapterOutcome.unsupported("not yet");
            case 6 -> AdapterOutcome.timeout("no answer in 10 s");
            case 7 -> AdapterOutcome.crash("exit status 134").withStderr("abort: " + vector.id());
            default -> AdapterOutcome.protocolViolation("answered for another id");
        };
        return Fixtures.judged(vector, adapter, outcome.withDuration(Duration.ofNanos(Shard.bucket(vector.id(), 997) * 12_345L)));
    }

    private static Results runOf(Predicate<Vector> selected, RunOptions options, Instant startedAt, Instant finishedAt) {
        List<Result> results = new ArrayList<>();
        for (Vector vector : corpus.active()) {
            if (selected.test(vector)) {
                ADAPTERS.forEach(adapter -> results.add(run(vector, adapter)));
            }
        }
        RunInfo run = new RunInfo("0.1.0-test", CorpusInfo.of(corpus), options, ADAPTERS, startedAt, Optional.of(finishedAt));
        return new Results(run, results);
    }

    private static Results unsharded() {
        return runOf(vector -> true, RunOptions.defaults(), Fixtures.STARTED, Fixtures.FINISHED);
    }

    private static Results shard(int index) {
        Shard shard = new Shard(index, SHARDS);
        // the shards ran at different times within the unsharded run's span
        return runOf(vector -> shard.contains(vector.id()), RunOptions.defaults().withShard(Optional.of(shard)),
                Fixtures.STARTED.plusSeconds(index - 1), Fixtures.FINISHED.minusSeconds(SHARDS - index));
    }

    private Results throughFile(Results results, String name) throws IOException {
        Path file = directory.resolve(name);
        ResultsJson.write(results, file);
        return ResultsJson.read(file);
    }

    @Test
    void shardsWrittenToFilesAndMergedEqualTheUnshardedRun() throws IOException {
        List<Results> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int index = SHARDS; index >= 1; index--) {
            parts.add(throughFile(shard(index), "shard-" + index + ".json"));
            names.add("shard-" + index + ".json");
        }

        Results merged = ResultsMerger.merge(parts, names);
        Results whole = unsharded();

        assertEquals(whole, merged);
        assertEquals(whole.scores(), merged.scores());
        Path mergedFile = directory.resolve("merged.json");
        Path wholeFile = directory.resolve("whole.json");
        ResultsJson.write(merged, mergedFile);
        ResultsJson.write(whole, wholeFile);
        assertArrayEquals(Files.readAllBytes(wholeFile), Files.readAllBytes(mergedFile));
    }

    /** INFO needs an 'either' vector, which the corpus need not have; every other verdict is in the merged run. */
    @Test
    void theFakeRunGivesEveryVerdictButInfo() {
        Set<String> verdicts = new TreeSet<>();
        unsharded().results().forEach(result -> verdicts.add(result.verdict().name()));
        assertTrue(verdicts.containsAll(List.of("PASS", "PASS_OTHER_REASON", "FAIL_ACCEPTED", "FAIL_REJECTED",
                "NOT_APPLICABLE", "UNSUPPORTED", "TIMEOUT", "CRASH", "ERROR")), verdicts.toString());
    }

    @Test
    void mergesOneUnshardedRunIntoItself() {
        assertEquals(unsharded(), ResultsMerger.merge(List.of(unsharded())));
    }

    @Test
    void leavesTheMergeUnfinishedWhenAShardWasInterrupted() {
        Results interrupted = shard(2);
        interrupted = new Results(new RunInfo(interrupted.run().suiteVersion(), interrupted.run().corpus(),
                interrupted.run().options(), ADAPTERS, interrupted.run().startedAt(), Optional.empty()), interrupted.results());

        Results merged = ResultsMerger.merge(List.of(shard(1), interrupted, shard(3)));

        assertEquals(Optional.empty(), merged.run().finishedAt());
    }

    @Test
    void refusesShardsOfAnotherCorpus() {
        Results other = shard(2);
        other = new Results(new RunInfo(other.run().suiteVersion(), new CorpusInfo("0.2.0", "cd".repeat(32)),
                other.run().options(), ADAPTERS, other.run().startedAt(), other.run().finishedAt()), other.results());
        List<Results> parts = List.of(shard(1), other, shard(3));

        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(parts, List.of("a.json", "b.json", "c.json")));
        assertTrue(e.getMessage().startsWith("b.json cannot be merged with a.json: it ran corpus 0.2.0"), e.getMessage());
    }

    @Test
    void refusesShardsOfOtherAdapters() {
        Results alphaOnly = new Results(new RunInfo("0.1.0-test", CorpusInfo.of(corpus),
                RunOptions.defaults().withShard(Optional.of(new Shard(2, SHARDS))), List.of(ALPHA), Fixtures.STARTED,
                Optional.of(Fixtures.FINISHED)), List.of());

        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(List.of(shard(1), alphaOnly, shard(3))));
        assertTrue(e.getMessage().contains("its adapters differ ([alpha] against [alpha, beta]"), e.getMessage());
    }

    @Test
    void refusesShardsRunWithOtherOptions() {
        RunOptions strict = new RunOptions(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                Optional.of(new Shard(2, SHARDS)), false, Optional.of(Severity.HIGH));
        Results other = new Results(new RunInfo("0.1.0-test", CorpusInfo.of(corpus), strict, ADAPTERS, Fixtures.STARTED,
                Optional.of(Fixtures.FINISHED)), List.of());

        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(List.of(shard(1), other, shard(3))));
        assertTrue(e.getMessage().contains("its options differ ('--fail-on high' against '')"), e.getMessage());
    }

    @Test
    void refusesTheSameShardTwice() {
        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(List.of(shard(1), shard(2), shard(2), shard(3))));
        assertTrue(e.getMessage().contains("is shard 2/3, which an earlier part already is"), e.getMessage());
    }

    @Test
    void refusesShardsOfDifferentSplits() {
        Results ofTwo = runOf(vector -> new Shard(2, 2).contains(vector.id()),
                RunOptions.defaults().withShard(Optional.of(new Shard(2, 2))), Fixtures.STARTED, Fixtures.FINISHED);

        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(List.of(shard(1), ofTwo)));
        assertTrue(e.getMessage().contains("is shard 2/2 but the parts before it split the run into 3"), e.getMessage());
    }

    @Test
    void refusesAnUnshardedRunAmongShards() {
        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(List.of(shard(1), unsharded())));
        assertTrue(e.getMessage().contains("is not a shard"), e.getMessage());
    }

    @Test
    void refusesAMergeWithAShardMissing() {
        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(List.of(shard(3), shard(1))));
        assertTrue(e.getMessage().startsWith("shard 2/3 is missing"), e.getMessage());
    }

    @Test
    void refusesAShardHoldingAVectorOfAnotherShard() {
        Results first = shard(1);
        Result stray = shard(2).results().get(0);
        List<Result> results = new ArrayList<>(first.results());
        results.add(stray);
        Results tampered = new Results(first.run(), results);

        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(List.of(tampered, shard(2), shard(3))));
        assertTrue(e.getMessage().contains("holds a result of " + stray.vector() + ", which belongs to shard 2/3"), e.getMessage());
    }

    @Test
    void refusesToMergeNothing() {
        assertThrows(IncompatibleResultsException.class, () -> ResultsMerger.merge(List.of()));
    }
}
