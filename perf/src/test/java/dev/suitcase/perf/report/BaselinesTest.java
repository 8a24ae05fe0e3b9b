package dev.suitcase.perf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

class BaselinesTest {
    private static final String ES256 = "dev.suitcase.perf.Es256Verification.";
    private static final String HSS = "dev.suitcase.perf.HssLmsVerification.";

    @Test
    void dividesByTheRawPrimitiveOfTheSameClassAndParameters() {
        List<Figure> figures = Baselines.fromAnnotations().pair(List.of(
                result(ES256 + "rawBouncyCastle", Map.of("payloadBytes", "64"), 100),
                result(ES256 + "rawBouncyCastle", Map.of("payloadBytes", "1048576"), 4000),
                result(ES256 + "coseLayer", Map.of("payloadBytes", "64"), 105),
                result(ES256 + "coseLayer", Map.of("payloadBytes", "1048576"), 4400)));
        assertEquals(1.0, figures.get(0).ratio().getAsDouble(), 1e-9);
        assertTrue(figures.get(0).isBaseline());
        assertEquals(1.05, figures.get(2).ratio().getAsDouble(), 1e-9);
        assertEquals(1.10, figures.get(3).ratio().getAsDouble(), 1e-9);
        assertFalse(figures.get(3).isBaseline());
    }

    @Test
    void classWithRatioToUsesTheNamedClassesRawPrimitive() {
        List<Figure> figures = Baselines.fromAnnotations().pair(List.of(
                result(ES256 + "rawBouncyCastle", Map.of("payloadBytes", "64"), 100),
                result("dev.suitcase.perf.CoseDecoding.cborDecode", Map.of("payloadBytes", "64"), 0.5)));
        assertEquals(0.005, figures.get(1).ratio().getAsDouble(), 1e-12);
    }

    @Test
    void matchesHssParameterSetsOneByOne() {
        List<Figure> figures = Baselines.fromAnnotations().pair(List.of(
                result(HSS + "rawBouncyCastle", Map.of("hierarchy", "H5/W1"), 200),
                result(HSS + "rawBouncyCastle", Map.of("hierarchy", "H15/W8"), 1300),
                result(HSS + "coseLayer", Map.of("hierarchy", "H15/W8"), 1313)));
        assertEquals(1.01, figures.get(2).ratio().getAsDouble(), 1e-9);
    }

    @Test
    void figureWithoutRawPrimitiveHasNoRatio() {
        List<Figure> figures = Baselines.fromAnnotations().pair(List.of(
                result("dev.suitcase.perf.HssLmsKeyGeneration.generateKey", Map.of("hierarchy", "H5/W1"), 90_000),
                result(HSS + "coseLayer", Map.of("hierarchy", "H5/W1"), 210),
                result("org.example.Gone.bench", Map.of(), 1)));
        for (Figure figure : figures) {
            assertEquals(OptionalDouble.empty(), figure.ratio(), figure.result().benchmark());
        }
    }

    @Test
    void dividesCpuTimesWhenBothFiguresHaveThem() {
        List<Figure> figures = Baselines.fromAnnotations().pair(List.of(
                withCpu(result(ES256 + "rawBouncyCastle", Map.of(), 300), 100_000),
                withCpu(result(ES256 + "coseLayer", Map.of(), 150), 104_000),
                result(ES256 + "signatureLayer", Map.of(), 330)));
        assertTrue(figures.get(1).comparesCpuTime());
        assertEquals(1.04, figures.get(1).ratio().getAsDouble(), 1e-9, "wall-clock says 0.5, CPU time 1.04");
        assertFalse(figures.get(2).comparesCpuTime());
        assertEquals(1.10, figures.get(2).ratio().getAsDouble(), 1e-9, "no CPU time: wall-clock ratio");
    }

    @Test
    void processAdapterRatiosDivideWallClockTimesEvenWithCpuTimes() {
        String process = "dev.suitcase.perf.ProcessAdapterOverhead.";
        List<Figure> figures = Baselines.fromAnnotations().pair(List.of(
                withCpu(result(process + "batchPipelined", Map.of(), 40), 10_000),
                withCpu(result(process + "oneShotPython", Map.of(), 40_000), 2_000_000)));
        assertFalse(figures.get(1).comparesCpuTime(), "the adapter program's CPU time is not the JVM's");
        assertEquals(1000, figures.get(1).ratio().getAsDouble(), 1e-9);
    }

    @Test
    void suitClassesHaveTheirOwnRawPrimitives() {
        String suit = "dev.suitcase.perf.SuitVerification.";
        String payload = "dev.suitcase.perf.SuitIntegratedPayload.";
        List<Figure> figures = Baselines.fromAnnotations().pair(List.of(
                result(suit + "rawBouncyCastle", Map.of("algorithm", "ES256"), 80),
                result(suit + "rawBouncyCastle", Map.of("algorithm", "Ed25519"), 90),
                result(suit + "suitLayer", Map.of("algorithm", "Ed25519"), 108),
                result(payload + "rawPrimitives", Map.of("envelopeBytes", "1048576"), 800),
                result(payload + "suitInstall", Map.of("envelopeBytes", "1048576"), 2000)));
        assertEquals(1.2, figures.get(2).ratio().getAsDouble(), 1e-9);
        assertEquals(2.5, figures.get(4).ratio().getAsDouble(), 1e-9);
    }

    private static BenchmarkResult withCpu(BenchmarkResult result, double cpuNanos) {
        return new BenchmarkResult(result.benchmark(), result.params(), result.score(), result.scoreError(),
                result.unit(), result.allocatedBytesPerOp(), OptionalDouble.of(cpuNanos));
    }

    static BenchmarkResult result(String benchmark, Map<String, String> params, double microseconds) {
        return new BenchmarkResult(benchmark, params, microseconds, Double.NaN, "us/op", OptionalDouble.empty(),
                OptionalDouble.empty());
    }
}
