package dev.suitcase.runner.results;

import dev.suitcase.runner.verdict.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsSinkTest {
    private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");

    @TempDir
    Path directory;

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = NOW;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock has one zone");
        }
    }

    @Test
    void writesAValidEmptyFileAsSoonAsItOpens() {
        Path file = directory.resolve("results.json");

        ResultsSink.open(SampleResults.unfinishedRun(), file, Duration.ofSeconds(2));

        Results written = ResultsJson.read(file);
        assertEquals(List.of(), written.results());
        assertEquals(Optional.empty(), written.run().finishedAt());
    }

    @Test
    void keepsWhatWasMeasuredWhenTheRunIsInterruptedAfterAFlush() {
        Path file = directory.resolve("results.json");
        ResultsSink sink = ResultsSink.open(SampleResults.unfinishedRun(), file, Duration.ofHours(1));
        List<Result> measured = SampleResults.results().subList(0, 4);

        measured.forEach(sink::add);
        sink.flush();

        Results written = ResultsJson.read(file);
        assertEquals(new Results(SampleResults.unfinishedRun(), measured), written);
        assertEquals(written.scores(), new Results(SampleResults.unfinishedRun(), measured).scores());
    }

    @Test
    void writesALastTimeOnCloseAndNeverAgainSoTheFileCanBeMovedAway() throws IOException {
        Path file = directory.resolve("results.json");
        ResultsSink sink = ResultsSink.open(SampleResults.unfinishedRun(), file, Duration.ZERO);
        List<Result> results = SampleResults.results();
        sink.add(results.get(0));

        sink.close();
        assertEquals(List.of(results.get(0)), ResultsJson.read(file).results(), "the last write holds every result");
        Files.delete(file);
        sink.add(results.get(1));
        sink.flush();
        sink.finish(NOW.plusSeconds(1));

        assertFalse(Files.exists(file), "a closed sink does not write the file again");
    }

    @Test
    void writesWhenTheFlushIntervalHasPassedAndNotBefore() {
        Path file = directory.resolve("results.json");
        ManualClock clock = new ManualClock();
        ResultsSink sink = ResultsSink.open(SampleResults.unfinishedRun(), file, Duration.ofSeconds(2), clock);
        List<Result> results = SampleResults.results();

        sink.add(results.get(0));
        clock.advance(Duration.ofMillis(1999));
        sink.add(results.get(1));
        assertEquals(0, ResultsJson.read(file).results().size());

        clock.advance(Duration.ofMillis(1));
        sink.add(results.get(2));
        assertEquals(3, ResultsJson.read(file).results().size());
        assertEquals(Optional.of(NOW.plusSeconds(2)), sink.lastWrite());
    }

    @Test
    void writesTheFinishedRunOnFinish() {
        Path file = directory.resolve("out").resolve("results.json");
        ResultsSink sink = ResultsSink.open(SampleResults.unfinishedRun(), file, Duration.ofHours(1));
        SampleResults.results().forEach(sink::add);

        Results finished = sink.finish(NOW.plusSeconds(60));

        assertEquals(Optional.of(NOW.plusSeconds(60)), finished.run().finishedAt());
        assertEquals(finished, ResultsJson.read(file));
        assertEquals(SampleResults.results().size(), finished.results().size());
    }

    @Test
    void refusesResultsAfterTheRunFinished() {
        ResultsSink sink = ResultsSink.open(SampleResults.unfinishedRun(), directory.resolve("r.json"), Duration.ZERO);
        sink.finish(NOW.plusSeconds(1));

        assertThrows(IllegalStateException.class, () -> sink.add(SampleResults.results().get(0)));
    }

    @Test
    void refusesASecondResultForTheSameVectorAndAdapter() {
        ResultsSink sink = ResultsSink.open(SampleResults.unfinishedRun(), directory.resolve("r.json"), Duration.ZERO);
        sink.add(SampleResults.results().get(0));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sink.add(SampleResults.results().get(0)));
        assertTrue(e.getMessage().contains("already has a result"), e.getMessage());
    }

    @Test
    void collectsFromManyThreadsWhileWritingAfterEveryResult() throws Exception {
        Path file = directory.resolve("results.json");
        ResultsSink sink = ResultsSink.open(SampleResults.unfinishedRun(), file, Duration.ZERO);
        List<Result> results = SampleResults.results();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> adds = new ArrayList<>();
            for (Result result : results) {
                adds.add(pool.submit(() -> sink.add(result)));
            }
            for (Future<?> add : adds) {
                add.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(results.size(), ResultsJson.read(file).results().size());
        assertEquals(new Results(SampleResults.unfinishedRun(), results), sink.snapshot());
    }
}
