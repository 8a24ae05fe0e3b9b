package dev.suitcase.runner.report;

import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.Gate;
import dev.suitcase.runner.baseline.GateOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {
    @TempDir
    Path out;

    @Test
    void writesTheHtmlReportAndTheSummaryAndNothingElse() throws IOException {
        Reports.write(ReportFixtures.finished(), ReportFixtures.corpus(), out);

        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(Reports.HTML, Reports.SUMMARY),
                    files.map(file -> file.getFileName().toString()).sorted().toList(), "no temporary file is left behind");
        }
        assertTrue(html().startsWith("<!DOCTYPE html>"));
        assertTrue(summary().startsWith("## suitcase: 4 failures, 2 security failures\n"), summary());
    }

    @Test
    void replacesTheReportsOfAnEarlierRun() throws IOException {
        Files.writeString(out.resolve(Reports.HTML), "old");
        Files.writeString(out.resolve(Reports.SUMMARY), "old");

        Reports.write(ReportFixtures.finished(), ReportFixtures.corpus(), out);

        assertTrue(html().contains("signature.es256.test.bitflip"));
        assertTrue(summary().contains("signature.es256.test.bitflip"));
    }

    @Test
    void escapesEveryAdapterStringInTheHtmlSoOnlyTheReportsOwnScriptIsThere() throws IOException {
        Reports.write(ReportFixtures.finished(), ReportFixtures.corpus(), out);
        String html = html();

        assertEquals(1, count(html, "<script"), "only the report's own script element");
        assertFalse(html.contains("suitcaseInjected=1</script>"), "the adapter's script element is escaped");
        assertTrue(html.contains("&lt;script&gt;window.suitcaseInjected=1&lt;/script&gt;"));
        assertFalse(html.contains("<img"), "no element from an adapter string");
        assertFalse(html.contains("onerror=\""), "an attribute-shaped string cannot open an attribute");
        assertTrue(html.contains("&quot;double&quot; &#39;single&#39; &amp;"), "quotes and ampersands are escaped");
        // every quote in the page opens or closes an attribute the template wrote, never one a string brought
        Matcher attributes = Pattern.compile("title=\"([^\"]*)\"").matcher(html);
        while (attributes.find()) {
            assertFalse(attributes.group(1).contains("<"), attributes.group());
        }
    }

    @Test
    void escapesEveryAdapterStringInTheSummary() throws IOException {
        Reports.write(ReportFixtures.finished(), ReportFixtures.corpus(), out);
        String summary = summary();

        assertFalse(summary.contains("<script"), summary);
        assertFalse(summary.contains("<img"), summary);
        assertTrue(summary.contains("&lt;script&gt;window.suitcaseInjected=1&lt;/script&gt;"), summary);
        assertTrue(summary.contains("\\*\\*bold\\*\\* \\[link\\](https://example.invalid) \\| pipe"), summary);
        assertTrue(summary.contains("@\u200Bsomeone #\u200B123"), "no mention, no issue link");
        for (String line : summary.split("\n")) {
            if (line.startsWith("| alpha ")) {
                assertTrue(line.endsWith("|"), "the adapter's line break stays inside its table row: " + line);
            }
        }
    }

    @Test
    void theContentSecurityPolicyNamesTheReportsOwnScriptByItsHash() throws IOException {
        Reports.write(ReportFixtures.finished(), ReportFixtures.corpus(), out);
        String html = html();
        String script = new String(Templates.resource(HtmlReport.SCRIPT), StandardCharsets.UTF_8);

        assertTrue(html.contains("<script>" + script + "</script>"), "the script is inlined byte for byte, so its hash holds");
        assertTrue(html.contains("script-src '" + HtmlReport.SCRIPT_HASH + "'"));
        assertTrue(html.contains("default-src 'none'"), "nothing is loaded from the network");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resource");
    }

    @Test
    void noTemplatePrintsAValueUnescaped() throws IOException {
        for (String template : List.of(HtmlReport.TEMPLATE, SummaryMarkdown.TEMPLATE)) {
            String text = new String(Templates.resource(template), StandardCharsets.UTF_8);
            assertFalse(Pattern.compile("\\|\\s*raw\\b|autoescape\\s+false").matcher(text).find(), template);
        }
    }

    @Test
    void theSummaryListsWhatTheGateDidNotExpect() throws IOException {
        var results = ReportFixtures.finished();
        var gate = Gate.evaluate(results, Baseline.empty(), new GateOptions(false, Optional.empty(), false));

        Reports.write(ReportInputs.of(results, ReportFixtures.corpus()).withGate(gate), out);

        String summary = summary();
        assertTrue(summary.contains("### Not in the baseline (4)"), summary);
        assertTrue(summary.contains("The gate: exit 1: 4 unexpected failures"), summary);
        assertTrue(summary.indexOf("**critical** FAIL\\_ACCEPTED") < summary.indexOf("**low** CRASH"), "critical first");
        assertTrue(html().contains("<h3>Not in the baseline (4)</h3>"));
    }

    @Test
    void listsAdvisoriesUnsupportedAnswersAndWhatIsNotImplementedApartAfterTheSecurityFailures() throws IOException {
        Reports.write(ReportFixtures.results(ReportFixtures.withAdvisoryAndUnsupported()), ReportFixtures.corpus(), out);
        String summary = summary();
        String html = html();

        assertTrue(summary.startsWith("## suitcase: 4 failures, 2 security failures; 1 unsupported; 1 advisory\n"), summary);
        assertInOrder(summary, "### Security failures (2 vectors)", "### Advisories (1 vector)",
                "- alpha accepted cose.es256.test.alg-in-both (a recipient SHOULD, not a MUST): " + ReportFixtures.SAME_LABEL,
                "### Unsupported although claimed (1 answer)",
                "- alpha: signature/HSS-LMS: 1 vector answered unsupported although the statement claims it",
                "### Not implemented (2)",
                "- alpha: signature/Ed25519 looks not implemented: 0 of 1 must-accept vector accepted",
                "- alpha: signature/HSS-LMS looks not implemented: 0 of 1 must-accept vector accepted");
        assertFalse(summary.contains("**critical** alpha accepted cose.es256.test.alg-in-both"), "an advisory is no security failure");
        assertInOrder(html, "<section id=\"security\">", "<section id=\"advisories\">", "<h2>Advisories (1 vector)</h2>",
                "<section id=\"unsupported\">", "<section id=\"not-implemented\">",
                "signature/HSS-LMS looks not implemented: 0 of 1 must-accept vector accepted; take it out of the statement or fix it "
                        + "(1 must-reject pass not credited)");
        assertTrue(html.contains("2 failures · 1 unsupported · 1 advisory · 1 must-reject pass uncredited"),
                "alpha's card counts them apart from its two wrong answers");
    }

    @Test
    void leavesOutTheSectionsOfWhatARunDoesNotHave() throws IOException {
        Reports.write(ReportFixtures.finished(), ReportFixtures.corpus(), out);

        assertFalse(summary().contains("### Advisories"), summary());
        assertFalse(summary().contains("### Unsupported although claimed"), summary());
        assertFalse(html().contains("<section id=\"advisories\">"));
        assertFalse(html().contains("<section id=\"unsupported\">"));
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "'" + part + "' after the part before it in:\n" + text);
            at = next;
        }
    }

    private String html() throws IOException {
        return Files.readString(out.resolve(Reports.HTML), StandardCharsets.UTF_8);
    }

    private String summary() throws IOException {
        return Files.readString(out.resolve(Reports.SUMMARY), StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
