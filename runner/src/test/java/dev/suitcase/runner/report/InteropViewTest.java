package dev.suitcase.runner.report;

import dev.suitcase.runner.fixtures.InteropResults;
import dev.suitcase.runner.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteropViewTest {
    private static final InteropView TABLES = new InteropView(List.of(new InteropView.Table("ES256",
            List.of("conformance", "jdk"),
            List.of(new InteropView.Row("reference", List.of(
                            InteropView.Cell.of(Verdict.PASS, "accepted the envelope, as required"),
                            InteropView.Cell.ofCose(Verdict.FAIL_REJECTED, "rejected with SIGNATURE_INVALID"))),
                    new InteropView.Row("python " + ReportFixtures.SCRIPT, List.of(
                            InteropView.Cell.notRun("python does not sign with ES256"),
                            InteropView.Cell.of(Verdict.CRASH, ReportFixtures.HOSTILE)))),
            List.of("jdk rejects a conformant envelope", "python crashed: " + ReportFixtures.HOSTILE))));

    @TempDir
    Path out;

    @Test
    void aCellShowsItsVerdictOrThatThePairWasNotRun() {
        InteropView.Cell notRun = InteropView.Cell.notRun("no ES256 producer");

        assertEquals("not run", notRun.label());
        assertEquals(VerdictLegend.NO_RESULT_CSS, notRun.css());
        assertEquals("FAIL_REJECTED", InteropView.Cell.of(Verdict.FAIL_REJECTED, "x").label());
        assertEquals("v-fail-rejected", InteropView.Cell.of(Verdict.FAIL_REJECTED, "x").css());
        assertEquals("PASS (cose)", InteropView.Cell.ofCose(Verdict.PASS, "x").label(), "a verdict on the COSE_Sign1 only");
    }

    @Test
    void theTextTablesAlignTheLabelsAndListTheNotes() {
        List<String> lines = InteropTable.render(TABLES);

        assertEquals("ES256 (-7): producers down, verifiers across", lines.get(0));
        assertTrue(lines.get(1).matches("  producer +conformance  jdk"), lines.get(1));
        assertTrue(lines.get(2).matches("  reference +PASS {9}FAIL_REJECTED \\(cose\\)"), lines.get(2));
        assertEquals(lines.get(1).indexOf("conformance"), lines.get(2).indexOf("PASS"), "the columns are aligned");
        assertEquals("  - jdk rejects a conformant envelope", lines.get(4));
        assertTrue(lines.get(lines.size() - 1).startsWith("conformance: the producer's own verdict"), lines.toString());
        assertEquals(List.of(), InteropTable.render(new InteropView(List.of())));
    }

    @Test
    void aRowHasOneCellPerVerifierAndAVerifierOneColumn() {
        assertThrows(IllegalArgumentException.class, () -> new InteropView.Table("ES256", List.of("a", "b"),
                List.of(new InteropView.Row("p", List.of(InteropView.Cell.notRun("x")))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new InteropView.Table("ES256", List.of("a", "a"), List.of(), List.of()));
    }

    @Test
    void theReportDrawsTheTablesWhenTheRunHasThemWithEveryStringEscaped() throws IOException {
        String html = HtmlReport.render(withTables(ReportModel.of(ReportInputs.of(ReportFixtures.finished(), ReportFixtures.corpus()))));

        assertTrue(html.contains("<section id=\"interop\">"));
        assertTrue(html.contains("<h3>ES256</h3>"));
        assertTrue(html.contains("<th scope=\"row\">python &lt;script&gt;window.suitcaseInjected=1&lt;/script&gt;</th>"));
        assertTrue(html.contains("<td class=\"c v-fail-rejected\" title=\"rejected with SIGNATURE_INVALID\">FAIL_REJECTED (cose)</td>"));
        assertTrue(html.contains("<td class=\"c v-none\" title=\"python does not sign with ES256\">not run</td>"));
        assertTrue(html.contains("<ul class=\"notes\"><li>jdk rejects a conformant envelope</li><li>python crashed: "));
        assertEquals(1, html.split("<script", -1).length - 1);
    }

    @Test
    void theSummaryHasTheTablesAndTheirNotesWithEveryStringEscaped() throws IOException {
        String summary = SummaryMarkdown.render(withTables(ReportModel.of(ReportInputs.of(ReportFixtures.finished(),
                ReportFixtures.corpus()))));

        assertTrue(summary.contains("### Producers × verifiers"), summary);
        assertTrue(summary.contains("**ES256**\n\n| producer | conformance | jdk |\n|---|---|---|\n"
                + "| reference | PASS | FAIL\\_REJECTED (cose) |\n"), summary);
        assertTrue(summary.contains("| python &lt;script&gt;window.suitcaseInjected=1&lt;/script&gt; | not run | CRASH |\n"), summary);
        assertTrue(summary.contains("\n- jdk rejects a conformant envelope\n- python crashed: "), summary);
        assertFalse(summary.contains("<script"), summary);
    }

    @Test
    void theReportDrawsTheTablesOfARunOfTheProducerMatrix() throws IOException {
        Reports.write(ReportInputs.of(InteropResults.es256(), ReportFixtures.corpus()), out);

        String html = Files.readString(out.resolve(Reports.HTML));
        assertTrue(html.contains("<section id=\"interop\">"), "the tables come from the results");
        assertTrue(html.contains("<th scope=\"col\">conformance</th><th scope=\"col\">reference</th>"), html);
        String summary = Files.readString(out.resolve(Reports.SUMMARY));
        assertTrue(summary.contains("| producer | conformance | reference | jdk | tink |"), summary);
    }

    /** The model with {@link #TABLES} as its producer x verifier tables, for the templates alone. */
    private static ReportModel withTables(ReportModel model) {
        return new ReportModel(model.run(), model.legend(), model.cards(), model.charts(), model.securityFailures(),
                model.advisories(), model.unsupported(), model.notImplemented(), model.newFailures(), model.matrix(),
                model.patterns(), TABLES.tables(), model.details(), model.detailsLeft(), model.statements());
    }

    @Test
    void theReportLeavesTheSectionOutWhenTheRunHasNoTables() throws IOException {
        Reports.write(ReportFixtures.finished(), ReportFixtures.corpus(), out);

        assertFalse(Files.readString(out.resolve(Reports.HTML)).contains("id=\"interop\""));
        assertFalse(Files.readString(out.resolve(Reports.SUMMARY)).contains("Producers × verifiers"));
    }
}
