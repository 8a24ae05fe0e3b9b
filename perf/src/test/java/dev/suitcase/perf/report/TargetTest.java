package dev.suitcase.perf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

class TargetTest {
    private static final String SUIT = "dev.suitcase.perf.SuitVerification.";
    private static final String PAYLOAD = "dev.suitcase.perf.SuitIntegratedPayload.";
    private static final String PROCESS = "dev.suitcase.perf.ProcessAdapterOverhead.";
    private static final String CORPUS = "dev.suitcase.perf.CorpusThroughput.";

    private static List<Target.Check> checks(String statementStart, List<BenchmarkResult> run) {
        Target target = Target.ofIssue7().stream().filter(t -> t.statement().startsWith(statementStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no target starts with " + statementStart));
        return target.check(Baselines.fromAnnotations().pair(run));
    }

    private static BenchmarkResult result(String benchmark, Map<String, String> params, double micros,
                                          OptionalDouble allocated) {
        return new BenchmarkResult(benchmark, params, micros, Double.NaN, "us/op", allocated, OptionalDouble.empty());
    }

    private static BenchmarkResult result(String benchmark, double micros) {
        return result(benchmark, Map.of(), micros, OptionalDouble.empty());
    }

    @Test
    void suitLayerIsHeldToOnePointTwoFiveTimesItsRawPrimitive() {
        List<Target.Check> checks = checks("reference SUIT verify", List.of(
                result(SUIT + "rawBouncyCastle", Map.of("algorithm", "ES256"), 100, OptionalDouble.empty()),
                result(SUIT + "suitLayer", Map.of("algorithm", "ES256"), 124, OptionalDouble.empty()),
                result(SUIT + "rawBouncyCastle", Map.of("algorithm", "Ed25519"), 100, OptionalDouble.empty()),
                result(SUIT + "suitLayer", Map.of("algorithm", "Ed25519"), 126, OptionalDouble.empty()),
                result(SUIT + "suitLayerKeyParsed", Map.of("algorithm", "Ed25519"), 300, OptionalDouble.empty())));
        assertEquals(2, checks.size(), "the key-parsed diagnostic is not the target's figure");
        assertTrue(checks.get(0).met());
        assertFalse(checks.get(1).met());
    }

    @Test
    void envelopeAllocationIsDividedByTheEnvelopeSize() {
        List<Target.Check> checks = checks("verifying a 1 MiB SUIT envelope", List.of(
                result(PAYLOAD + "suitInstall", Map.of("envelopeBytes", "65536"), 500, OptionalDouble.of(1e6)),
                result(PAYLOAD + "suitInstall", Map.of("envelopeBytes", "1048576"), 5000,
                        OptionalDouble.of(2.5 * (1 << 20)))));
        assertEquals(1, checks.size(), "only the 1 MiB envelope is held to the memory target");
        assertEquals(2.5, checks.get(0).value().getAsDouble(), 1e-9);
        assertTrue(checks.get(0).met());
    }

    @Test
    void batchOverheadIsTheBatchTimeMinusTheInProcessAdapters() {
        List<Target.Check> checks = checks("batch process-adapter overhead", List.of(
                result(PROCESS + "batchPipelined", 120.5),
                result(PROCESS + "inProcess", 0.5)));
        assertEquals(0.12, checks.get(0).value().getAsDouble(), 1e-9, "in ms");
        assertFalse(checks.get(0).met(), "0.12 ms is above 0.1 ms");
    }

    @Test
    void batchOverheadIsNotMeasuredWithoutTheInProcessFigure() {
        List<Target.Check> checks = checks("batch process-adapter overhead",
                List.of(result(PROCESS + "batchPipelined", 40)));
        assertEquals(OptionalDouble.empty(), checks.get(0).value());
        assertEquals("n/a", TextReport.status(checks.get(0)));
    }

    @Test
    void oneShotMustCostAtLeastAHundredBatchVectors() {
        List<Target.Check> checks = checks("batch protocol at least 100 x", List.of(
                result(PROCESS + "batchPipelined", 40),
                result(PROCESS + "oneShotPython", 40_000),
                result(PROCESS + "oneShotShell", 2_000),
                result(PROCESS + "batchOneAtATime", 100)));
        assertEquals(2, checks.size(), "both one-shot figures, nothing else");
        assertTrue(checks.get(0).met(), "1000 x");
        assertFalse(checks.get(1).met(), "50 x");
    }

    @Test
    void wholeCorpusIsHeldToTenSecondsOfWallClock() {
        BenchmarkResult corpus = new BenchmarkResult(CORPUS + "referenceAdapterJudged", Map.of(), 1234, Double.NaN,
                "ms/op", OptionalDouble.empty(), OptionalDouble.of(9e9));
        List<Target.Check> checks = checks("the whole built-in corpus", List.of(corpus));
        assertEquals(1.234, checks.get(0).value().getAsDouble(), 1e-9);
        assertTrue(checks.get(0).met());
    }
}
