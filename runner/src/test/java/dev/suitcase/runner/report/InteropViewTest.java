package dev.suitcase.runner.report;

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
            List.of("reference", "jdk"),
            List.of(new InteropView.Row("reference", List.of(
                            InteropView.Cell.of(Verdict.PASS, "accepted the envelope, as required"),
                            InteropView.Cell.of(Verdict.FAIL_REJECTED, "rejected with SIGNATURE_INVALID"))),
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
    }

    @Test
    void aRowHasOneCellPerVerifierAndAVerifierOneColumn() {
        assertThrows(IllegalArgumentException.class, () -> new InteropView.Table("ES256", List.of("a", "b"),
                List.of(new InteropView.Row("p", List.of(InteropView.Cell.notRun("x")))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new InteropView.Table("ES256", List.of("a", "a"), List.of(), List.of()));
    }

    @Test
    void theReportDrawsTheTablesWhenTheRunHasThemWithEveryStringEscaped() throws IOException {
        Reports.write(ReportInputs.of(ReportFixtures.finished(), ReportFixtures.corpus()).withInterop(TABLES), out);
        String html = Files.readString(out.resolve(Reports.HTML));

        assertTrue(html.contains("<section id=\"interop\">"));
        assertTrue(html.contains("<h3>ES256</h3>"));
        assertTrue(html.contains("<th scope=\"row\">python &lt;script&gt;window.suitcaseInjected=1&lt;/script&gt;</th>"));
        assertTrue(html.contains("<td class=\"c v-fail-rejected\" title=\"rejected with SIGNATURE_INVALID\">FAIL_REJECTED</td>"));
        assertTrue(html.contains("<td class=\"c v-none\" title=\"python does not sign with ES256\">not run</td>"));
        assertTrue(html.contains("<ul class=\"notes\"><li>jdk rejects a conformant envelope</li><li>python crashed: "));
        assertEquals(1, html.split("<script", -1).length - 1);
    }

    @Test
    void theSummaryHasTheTablesAndTheirNotesWithEveryStringEscaped() throws IOException {
        Reports.write(ReportInputs.of(ReportFixtures.finished(), ReportFixtures.corpus()).withInterop(TABLES), out);
        String summary = Files.readString(out.resolve(Reports.SUMMARY));

        assertTrue(summary.contains("### Producers × verifiers"), summary);
        assertTrue(summary.contains("**ES256**\n\n| producer | reference | jdk |\n|---|---|---|\n"
                + "| reference | PASS | FAIL\\_REJECTED |\n"), summary);
        assertTrue(summary.contains("| python &lt;script&gt;window.suitcaseInjected=1&lt;/script&gt; | not run | CRASH |\n"), summary);
        assertTrue(summary.contains("\n- jdk rejects a conformant envelope\n- python crashed: "), summary);
        assertFalse(summary.contains("<script"), summary);
    }

    @Test
    void theReportLeavesTheSectionOutWhenTheRunHasNoTables() throws IOException {
        Reports.write(ReportFixtures.finished(), ReportFixtures.corpus(), out);

        assertFalse(Files.readString(out.resolve(Reports.HTML)).contains("id=\"interop\""));
        assertFalse(Files.readString(out.resolve(Reports.SUMMARY)).contains("Producers × verifiers"));
    }
}
