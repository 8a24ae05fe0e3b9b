package dev.suitcase.perf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

class JmhResultsTest {
    @TempDir
    Path directory;

    @Test
    void readsScoreUnitParamsAndAllocation() throws IOException {
        Path file = write(JmhJson.array(List.of(
                JmhJson.entry("dev.suitcase.perf.Es256Verification.coseLayer", Map.of("payloadBytes", "64"),
                        172.5, "3.5", 165_000.0))));
        BenchmarkResult result = JmhResults.read(file).results().get(0);
        assertEquals("dev.suitcase.perf.Es256Verification", result.className());
        assertEquals("coseLayer", result.methodName());
        assertEquals(Map.of("payloadBytes", "64"), result.params());
        assertEquals(172_500, result.nanosPerOp(), 1e-6);
        assertEquals(3_500, result.errorNanosPerOp(), 1e-6);
        assertEquals(OptionalDouble.of(165_000), result.allocatedBytesPerOp());
    }

    @Test
    void readsCpuTimeOfTheCpuTimeProfiler() throws IOException {
        Path file = write(JmhJson.array(List.of(
                JmhJson.entry("a.B.c", Map.of(), 172.5, "3.5", null, 150_250.0))));
        assertEquals(OptionalDouble.of(150_250), JmhResults.read(file).results().get(0).cpuNanosPerOp());
    }

    @Test
    void readsNaNErrorOfTooFewIterationsAndMissingProfiler() throws IOException {
        Path file = write(JmhJson.array(List.of(
                JmhJson.entry("dev.suitcase.perf.CoseDecoding.cborDecode", Map.of(), 0.5, "\"NaN\"", null))));
        BenchmarkResult result = JmhResults.read(file).results().get(0);
        assertTrue(Double.isNaN(result.scoreError()));
        assertEquals(OptionalDouble.empty(), result.allocatedBytesPerOp());
    }

    @Test
    void readsAllocationUnderThePre136Name() throws IOException {
        String entry = JmhJson.entry("a.B.c", Map.of(), 1, "0.1", 10.0)
                .replace("\"gc.alloc.rate.norm\"", "\"\u00b7gc.alloc.rate.norm\"");
        assertEquals(OptionalDouble.of(10), JmhResults.read(write(JmhJson.array(List.of(entry))))
                .results().get(0).allocatedBytesPerOp());
    }

    @Test
    void describesTheRunFromItsFirstEntry() throws IOException {
        Path file = write(JmhJson.array(List.of(JmhJson.entry("a.B.c", Map.of(), 1, "0.1", null))));
        String environment = JmhResults.read(file).environment();
        assertTrue(environment.contains("JMH 1.37") && environment.contains("17.0.15")
                && environment.contains("5 x 1 s measurement"), environment);
    }

    @Test
    void rejectsAnEmptyRunSayingWhy() throws IOException {
        IllegalArgumentException rejection = assertThrows(IllegalArgumentException.class,
                () -> JmhResults.read(write("[]")));
        assertTrue(rejection.getMessage().contains("no JMH results"), rejection.getMessage());
    }

    @Test
    void rejectsTextThatIsNotJson() throws IOException {
        IllegalArgumentException rejection = assertThrows(IllegalArgumentException.class,
                () -> JmhResults.read(write("Benchmark  Mode  Cnt  Score")));
        assertTrue(rejection.getMessage().contains("-rf json"), rejection.getMessage());
    }

    @Test
    void rejectsAThroughputScoreItCannotTurnIntoTimePerOperation() throws IOException {
        String entry = JmhJson.entry("a.B.c", Map.of(), 1, "0.1", null).replace("us/op", "ops/s");
        IllegalArgumentException rejection = assertThrows(IllegalArgumentException.class,
                () -> JmhResults.read(write(JmhJson.array(List.of(entry)))));
        assertTrue(rejection.getMessage().contains("ops/s"), rejection.getMessage());
    }

    private Path write(String json) throws IOException {
        Path file = directory.resolve("jmh.json");
        Files.writeString(file, json);
        return file;
    }
}
