package dev.suitcase.runner.cli;

import dev.suitcase.runner.fixtures.FakeRun;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.vectors.json.JsonFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergeCommandTest {
    private static Results whole;
    private static final List<Results> SHARDS = new ArrayList<>();

    @TempDir
    Path directory;

    @BeforeAll
    static void runTheFakeImplementations() {
        whole = FakeRun.unsharded();
        for (int index = 1; index <= FakeRun.SHARDS; index++) {
            SHARDS.add(FakeRun.shard(index));
        }
    }

    /** Each shard's results.json in a directory of its own, as each CI job's --out leaves it. */
    private List<String> shardDirectories(int... indices) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int index : indices) {
            Path shard = directory.resolve("shard-" + index);
            ResultsJson.write(SHARDS.get(index - 1), shard.resolve(ResultsJson.FILE_NAME));
            paths.add(shard.toString());
        }
        return paths;
    }

    private static String[] args(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    @Test
    void shardFilesMergedByTheCommandEqualTheUnshardedRunByteForByte() throws IOException {
        Path merged = directory.resolve("merged");

        CommandRun run = CommandRun.of(args(List.of("merge", "--out", merged.toString()), shardDirectories(3, 1, 2)));

        assertEquals(0, run.exit(), run.err());
        Path file = merged.resolve(ResultsJson.FILE_NAME);
        assertTrue(run.out().startsWith("merged 3 shards into " + file + ": " + whole.results().size() + " results of [alpha, beta]"),
                run.out());
        Path unshardedFile = directory.resolve("whole.json");
        ResultsJson.write(whole, unshardedFile);
        assertArrayEquals(Files.readAllBytes(unshardedFile), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(merged)) {
            assertEquals(Set.of(file), Set.copyOf(files.toList()), "written atomically: no temporary file is left");
        }
    }

    @Test
    void writesAJsonFileWhenOutNamesOneAndStandardOutputWithoutOut() throws IOException {
        List<String> shards = shardDirectories(1, 2, 3);
        Path file = directory.resolve("all.json");

        CommandRun toFile = CommandRun.of(args(List.of("merge", "--out", file.toString()), shards));
        CommandRun toStandardOutput = CommandRun.of(args(List.of("merge"), shards));

        assertEquals(0, toFile.exit(), toFile.err());
        assertEquals(whole, ResultsJson.read(file));
        assertEquals(0, toStandardOutput.exit(), toStandardOutput.err());
        assertEquals(whole, ResultsJson.fromJson(JsonFormat.read(toStandardOutput.out().getBytes(StandardCharsets.UTF_8)), "stdout"));
    }

    @Test
    void aMissingShardIsAUsageErrorAndWritesNothing() throws IOException {
        Path out = directory.resolve("merged");

        CommandRun run = CommandRun.of(args(List.of("merge", "--out", out.toString()), shardDirectories(1, 3)))
                .assertUsageError("merge");

        assertTrue(run.err().contains("shard 2/3 is missing; a merge needs every shard of the split"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theSameShardTwiceIsAUsageErrorNamingIt() throws IOException {
        List<String> shards = shardDirectories(1, 2, 3);
        shards.add(shards.get(1));

        CommandRun run = CommandRun.of(args(List.of("merge"), shards)).assertUsageError("merge");

        assertTrue(run.err().contains(shards.get(1) + " is shard 2/3, which an earlier part already is"), run.err());
    }

    @Test
    void aCorruptShardIsAUsageErrorNamingTheFile() throws IOException {
        List<String> shards = shardDirectories(1, 2, 3);
        Path corrupt = Path.of(shards.get(2)).resolve(ResultsJson.FILE_NAME);
        Files.writeString(corrupt, "[]");

        CommandRun run = CommandRun.of(args(List.of("merge"), shards)).assertUsageError("merge");

        assertTrue(run.err().contains(corrupt.toString()), run.err());
    }

    @Test
    void aShardThatIsNotJsonIsOneLineNamingTheFile() throws IOException {
        List<String> shards = shardDirectories(1, 2, 3);
        Path corrupt = Path.of(shards.get(1)).resolve(ResultsJson.FILE_NAME);
        Files.writeString(corrupt, "{\"formatVersion\": [1,");

        CommandRun run = CommandRun.of(args(List.of("merge"), shards)).assertUsageError("merge");

        assertTrue(run.err().startsWith("suitcase merge: " + corrupt + ": is not valid JSON: Unexpected end-of-input"), run.err());
        assertEquals(2, run.err().lines().count(), "one line and the hint: " + run.err());
        assertFalse(run.err().contains("Source"), run.err());
    }

    @Test
    void anOutThatCannotBeWrittenIsAUsageError() throws IOException {
        Path blocker = directory.resolve("blocker");
        Files.writeString(blocker, "a file, not a directory");

        CommandRun run = CommandRun.of(args(List.of("merge", "--out", blocker.resolve("merged").toString()),
                shardDirectories(1, 2, 3))).assertUsageError("merge");

        assertTrue(run.err().contains("--out: cannot write " + blocker.resolve("merged").resolve(ResultsJson.FILE_NAME)), run.err());
    }
}
