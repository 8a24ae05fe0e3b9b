package dev.suitcase.perf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

class ReportRenderingTest {
    private static final String ES256 = "dev.suitcase.perf.Es256Verification.";
    private static final String ED25519 = "dev.suitcase.perf.Ed25519Verification.";

    private static PerfReport report(List<BenchmarkResult> results) {
        return PerfReport.of("jmh.json", "JMH 1.37", results, Baselines.fromAnnotations());
    }

    /** A result whose CPU time is 90% of its wall-clock time, as on a lightly loaded machine. */
    private static BenchmarkResult result(String benchmark, String payloadBytes, double micros, double allocated) {
        return new BenchmarkResult(benchmark, Map.of("payloadBytes", payloadBytes), micros, micros / 50, "us/op",
                OptionalDouble.of(allocated), OptionalDouble.of(900 * micros));
    }

    private static final List<BenchmarkResult> RUN = List.of(
            result(ES256 + "coseLayer", "64", 105, 160_000),
            result(ES256 + "rawBouncyCastle", "64", 100, 80_000),
            result(ES256 + "rawJdk", "64", 900, 45_000),
            result(ED25519 + "rawBouncyCastle", "1048576", 5_000, 7_000),
            result(ED25519 + "coseLayer", "1048576", 6_000, 3.5 * (1 << 20)));

    @Test
    void groupsByClassAndParametersWithTheRawPrimitiveFirst() {
        List<FigureGroup> groups = report(RUN).groups();
        assertEquals(List.of("Es256Verification (payloadBytes=64)", "Ed25519Verification (payloadBytes=1048576)"),
                groups.stream().map(FigureGroup::title).toList());
        assertEquals(List.of("rawBouncyCastle", "rawJdk", "coseLayer"),
                groups.get(0).figures().stream().map(f -> f.result().methodName()).toList());
    }

    @Test
    void holdsCoseFiguresAgainstTheTargets() {
        Map<Target, List<Target.Check>> targets = report(RUN).targets();
        List<Target.Check> ratio = targets.get(Target.ofIssue7().get(0));
        assertEquals(2, ratio.size());
        assertTrue(ratio.get(0).met(), "ES256 at 1.05 x meets 1.10 x");
        assertFalse(ratio.get(1).met(), "Ed25519 at 1.20 x misses 1.10 x");
        List<Target.Check> allocation = targets.get(Target.ofIssue7().get(1));
        assertEquals(1, allocation.size());
        assertEquals(3.5, allocation.get(0).value().getAsDouble(), 1e-9);
        assertFalse(allocation.get(0).met());
    }

    @Test
    void textTableShowsEachFigureWithItsRatioAndTheTargets() {
        String text = TextReport.render(report(RUN));
        assertTrue(text.contains("Es256Verification (payloadBytes=64)"), text);
        assertTrue(text.matches("(?s).*coseLayer\\s+105 us\\s+± 2\\.0%\\s+94\\.5 us\\s+1\\.05\\s+156 KiB.*"), text);
        assertTrue(text.matches("(?s).*rawJdk\\s+900 us.*9\\.00.*"), text);
        assertTrue(text.contains("3.50 MiB (3.50x payload)"), text);
        assertTrue(text.matches("(?s).*MISSED\\s+Ed25519Verification\\.coseLayer.*1\\.20 x.*"), text);
    }

    @Test
    void marksARatioOfWallClockTimes() {
        BenchmarkResult wallOnly = new BenchmarkResult(ES256 + "signatureLayer", Map.of("payloadBytes", "64"), 120, 1,
                "us/op", OptionalDouble.empty(), OptionalDouble.empty());
        List<BenchmarkResult> run = new ArrayList<>(RUN);
        run.add(wallOnly);
        String text = TextReport.render(report(run));
        assertTrue(text.matches("(?s).*signatureLayer\\s+120 us\\s+± 0\\.8%\\s+-\\s+1\\.20 w.*"), text);
    }

    @Test
    void htmlPageIsSelfContainedWithAChartOfTheRatios() {
        String html = HtmlReport.render(report(RUN));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"), "inline SVG chart");
        assertTrue(html.contains("Es256Verification.coseLayer payloadBytes=64"), "one bar per figure with a ratio");
        assertFalse(html.contains("Es256Verification.rawBouncyCastle payloadBytes"), "no bar for the baseline itself");
        assertFalse(html.contains("<script") || html.contains("src=") || html.contains("href="), "nothing to fetch");
    }

    @Test
    void allocationOfALargeEnvelopeIsShownAsAMultipleOfTheEnvelope() {
        BenchmarkResult install = new BenchmarkResult("dev.suitcase.perf.SuitIntegratedPayload.suitInstall",
                Map.of("envelopeBytes", "1048576"), 5_000, 50, "us/op", OptionalDouble.of(2.25 * (1 << 20)),
                OptionalDouble.empty());
        String text = TextReport.render(report(List.of(install)));
        assertTrue(text.contains("2.25 MiB (2.25x envelope)"), text);
        assertTrue(text.matches("(?s).*met\\s+SuitIntegratedPayload\\.suitInstall \\(envelopeBytes=1048576\\)"
                + "\\s+2\\.25 x envelope.*"), text);
    }

    @Test
    void chartLeavesProcessAdapterRatiosToTheirTable() {
        String process = "dev.suitcase.perf.ProcessAdapterOverhead.";
        List<BenchmarkResult> run = new ArrayList<>(RUN);
        run.add(new BenchmarkResult(process + "batchPipelined", Map.of(), 40, 1, "us/op", OptionalDouble.empty(),
                OptionalDouble.empty()));
        run.add(new BenchmarkResult(process + "oneShotPython", Map.of(), 40_000, 1, "us/op", OptionalDouble.empty(),
                OptionalDouble.empty()));
        String html = HtmlReport.render(report(run));
        assertFalse(html.contains("ProcessAdapterOverhead.oneShotPython: "), "no bar for a wall-clock class");
        assertTrue(html.contains("<td>oneShotPython</td>"), "but a row in its table");
    }

    @Test
    void htmlEscapesEveryStringFromTheResults() {
        BenchmarkResult hostile = new BenchmarkResult(ES256 + "coseLayer",
                Map.of("payloadBytes", "<script>x</script>"), 1, 0, "us/op", OptionalDouble.empty(),
                OptionalDouble.empty());
        String html = HtmlReport.render(report(List.of(hostile)));
        assertFalse(html.contains("<script>x"), html);
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"));
    }

    @Test
    void htmlEscapesAHostileBenchmarkNameInTheChartAndTheTables() {
        String hostile = "<script>alert(1)</script>";
        List<BenchmarkResult> run = new ArrayList<>(RUN);
        run.add(result(ES256 + hostile, "64", 120, 1_000));
        PerfReport report = PerfReport.of("<script>source</script>", "JMH \"<script>\"", run, Baselines.fromAnnotations());
        String html = HtmlReport.render(report);
        assertFalse(html.contains("<script"), html);
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        assertTrue(html.contains("<td>" + escaped + "</td>"), "the table row: " + html);
        assertTrue(html.contains(">Es256Verification." + escaped + " payloadBytes=64</text>"), "the bar's label: " + html);
        assertTrue(html.contains("<title>Es256Verification." + escaped + " payloadBytes=64: 1.20 x raw</title>"),
                "the bar's tooltip: " + html);
        assertTrue(html.contains("&lt;script&gt;source&lt;/script&gt;") && html.contains("JMH &quot;&lt;script&gt;&quot;"),
                "the source and the environment: " + html);
    }

    @Test
    void theTemplatePrintsNoValueUnescaped() throws IOException {
        String path = HtmlReport.DIRECTORY + "/" + HtmlReport.TEMPLATE;
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " is on the classpath");
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(Pattern.compile("\\|\\s*raw\\b|autoescape\\s+false").matcher(template).find(), template);
        }
    }

    @Test
    void pageSaysSoWhenNoFigureHasARatio() {
        BenchmarkResult keygen = new BenchmarkResult("dev.suitcase.perf.HssLmsKeyGeneration.generateKey",
                Map.of("hierarchy", "H5/W1"), 90_000, Double.NaN, "us/op", OptionalDouble.empty(),
                OptionalDouble.empty());
        String html = HtmlReport.render(report(List.of(keygen)));
        assertTrue(html.contains("No figure in this run has a raw primitive"), html);
    }
}
