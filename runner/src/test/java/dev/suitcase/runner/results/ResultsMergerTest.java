package dev.suitcase.runner.results;

import dev.suitcase.runner.fixtures.FakeRun;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.fixtures.InteropResults;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.suitcase.runner.fixtures.FakeRun.ADAPTERS;
import static dev.suitcase.runner.fixtures.FakeRun.ALPHA;
import static dev.suitcase.runner.fixtures.FakeRun.SHARDS;
import static dev.suitcase.runner.fixtures.FakeRun.runOf;
import static dev.suitcase.runner.fixtures.FakeRun.shard;
import static dev.suitcase.runner.fixtures.FakeRun.unsharded;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsMergerTest {
    @TempDir
    Path directory;

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
        Results alphaOnly = new Results(new RunInfo("0.1.0-test", CorpusInfo.of(FakeRun.corpus()),
                RunOptions.defaults().withShard(Optional.of(new Shard(2, SHARDS))), List.of(ALPHA), Fixtures.STARTED,
                Optional.of(Fixtures.FINISHED)), List.of());

        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(List.of(shard(1), alphaOnly, shard(3))));
        assertTrue(e.getMessage().contains("its adapters differ ([alpha] against [alpha, beta]"), e.getMessage());
    }

    @Test
    void refusesShardsRunWithOtherOptions() {
        RunOptions strict = new RunOptions(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                Optional.of(new Shard(2, SHARDS)), false, Optional.of(FailOn.HIGH));
        Results other = new Results(new RunInfo("0.1.0-test", CorpusInfo.of(FakeRun.corpus()), strict, ADAPTERS, Fixtures.STARTED,
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

    /** The ES256 producer matrix run split into {@code count} shards, as --shard i/n would have run it. */
    private static List<Results> matrixShards(int count) {
        Results whole = InteropResults.es256();
        List<Results> parts = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            Shard shard = new Shard(index, count);
            RunInfo run = whole.run();
            parts.add(new Results(new RunInfo(run.suiteVersion(), run.corpus(), run.options().withShard(Optional.of(shard)),
                    run.adapters(), run.startedAt(), run.finishedAt()),
                    whole.results().stream().filter(result -> shard.contains(result.vector())).toList(),
                    whole.interopVectors().stream().filter(vector -> shard.contains(vector.id())).toList()));
        }
        return parts;
    }

    @Test
    void mergesTheShardsOfAProducerMatrixRunWithTheVectorsItMade() {
        Results whole = InteropResults.es256();

        assertEquals(whole, ResultsMerger.merge(matrixShards(3)));
        assertEquals(whole, ResultsMerger.merge(List.of(whole)), "one unsharded run merges into itself");
    }

    @Test
    void refusesAShardHoldingAVectorOfTheProducerMatrixOfAnotherShard() {
        List<Results> parts = matrixShards(2);
        Results first = parts.get(0);
        Vector stray = parts.get(1).interopVectors().get(0);
        List<Vector> vectors = new ArrayList<>(first.interopVectors());
        vectors.add(stray);
        parts.set(0, new Results(first.run(), first.results(), vectors));

        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class, () -> ResultsMerger.merge(parts));
        assertTrue(e.getMessage().contains("holds the producer matrix's vector " + stray.id() + ", which belongs to shard 2/2"),
                e.getMessage());
    }

    @Test
    void refusesToMergeARunOfTheProducerMatrixWithOneWithout() {
        List<Results> parts = matrixShards(2);
        Results second = parts.get(1);
        RunOptions without = new RunOptions(second.run().options().layer(), second.run().options().algorithm(),
                second.run().options().filter(), second.run().options().profiles(), second.run().options().shard(),
                second.run().options().allowUnimplemented(), second.run().options().failOn());
        parts.set(1, new Results(new RunInfo(second.run().suiteVersion(), second.run().corpus(), without, second.run().adapters(),
                second.run().startedAt(), second.run().finishedAt()), second.results()));

        IncompatibleResultsException e = assertThrows(IncompatibleResultsException.class,
                () -> ResultsMerger.merge(parts, List.of("one.json", "two.json")));
        assertTrue(e.getMessage().startsWith("two.json cannot be merged with one.json: one is from suitcase interop, the "
                + "other from suitcase run"), e.getMessage());
    }

    @Test
    void refusesToMergeNothing() {
        assertThrows(IncompatibleResultsException.class, () -> ResultsMerger.merge(List.of()));
    }
}
