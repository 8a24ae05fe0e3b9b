package dev.suitcase.runner.cli;

import dev.suitcase.runner.launch.ReportDirectory;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real {@code suitcase run} process ended by SIGTERM into an --out that holds a complete earlier
 * run: early (the run's staging directory just made, discovery under way) and mid-run (results
 * measured). Each time the earlier run's files are untouched, stderr says so on one line, no hidden
 * directory is left, and what the run measured is kept where no reader of a finished run looks.
 */
class InterruptedRunTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;
    private Path out;
    private Map<String, byte[]> earlier;

    @BeforeEach
    void anEarlierCompleteRun() throws IOException {
        out = temp.resolve("report");
        CommandRun run = CommandRun.of("run", "--adapter", "reference", "--filter", "cose.es256.structure.*", "--out",
                out.toString(), "-q");
        assertEquals(0, run.exit(), run.err());
        earlier = files(out);
        assertEquals(ReportDirectory.REPORTS, earlier.keySet(), "the earlier run wrote every report");
    }

    @Test
    void aSignalAsTheRunStartsLeavesTheEarlierReportsAndSaysSo() throws Exception {
        Process run = start();
        awaitPath(run, staging(run));
        run.destroy();
        String err = ended(run);

        assertTrue(err.lines().anyMatch(line -> line.startsWith("suitcase run: interrupted; " + out.toAbsolutePath()
                + " is left as it was; ")), err);
        assertUntouchedAndTidy();
    }

    @Test
    void aSignalMidRunKeepsItsPartialResultsApartAndLeavesTheEarlierReports() throws Exception {
        Process run = start();
        Path results = staging(run).resolve(ResultsJson.FILE_NAME);
        awaitPath(run, results);
        // results measured, the flush interval passed
        Thread.sleep(1500);
        run.destroy();
        String err = ended(run);

        Path partial = out.resolveSibling(out.getFileName() + ReportDirectory.INTERRUPTED_SUFFIX)
                .resolve(ReportDirectory.PARTIAL_RESULTS);
        assertTrue(err.contains("suitcase run: interrupted; " + out.toAbsolutePath() + " is left as it was; the results "
                + "measured so far are in " + partial.toAbsolutePath()), err);
        assertEquals(1, err.lines().filter(line -> line.contains("interrupted")).count(), "one line: " + err);
        assertUntouchedAndTidy();
        Results kept = ResultsJson.read(partial);
        assertTrue(kept.run().finishedAt().isEmpty(), "the partial results say the run is incomplete");
        assertFalse(kept.results().isEmpty(), "results were measured before the signal");

        CommandRun next = CommandRun.of("run", "--adapter", "reference", "--filter", "cose.es256.structure.*", "--out",
                out.toString(), "-q");
        assertEquals(0, next.exit(), next.err());
        assertFalse(Files.exists(partial.getParent()), "a complete run removes what an unfinished one kept");
    }

    private void assertUntouchedAndTidy() throws IOException {
        Map<String, byte[]> now = files(out);
        assertEquals(earlier.keySet(), now.keySet(), "the earlier run's reports, no more, no fewer");
        earlier.forEach((name, content) -> assertTrue(Arrays.equals(content, now.get(name)), name + " untouched"));
        try (Stream<Path> entries = Files.list(temp)) {
            assertEquals(List.of(), entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> name.startsWith(".")).toList(), "no hidden directory left beside --out");
        }
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dsuitcase.root=" + System.getProperty("suitcase.root", ".."),
                SuitcaseCommand.class.getName(), "run", "--out", out.toString(), "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(temp.resolve("stderr.txt").toFile())
                .start();
    }

    private Path staging(Process run) {
        return out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".partial-" + run.pid());
    }

    private static void awaitPath(Process run, Path path) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(path)) {
            if (!run.isAlive() || System.nanoTime() > deadline) {
                run.destroyForcibly();
                fail("the run never wrote " + path);
            }
            Thread.sleep(5);
        }
    }

    private String ended(Process run) throws Exception {
        if (!run.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            run.destroyForcibly();
            fail("the run did not end after SIGTERM");
        }
        assertEquals(143, run.exitValue(), "the status of a process ended by SIGTERM");
        String err = Files.readString(temp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        Files.delete(temp.resolve("stderr.txt"));
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        return err;
    }

    private static Map<String, byte[]> files(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : entries.filter(Predicate.not(Files::isDirectory)).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        try (Stream<Path> entries = Files.list(directory)) {
            assertEquals(0, entries.filter(Files::isDirectory).count(), "no directory inside " + directory);
        }
        return files;
    }
}
