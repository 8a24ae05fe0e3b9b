package dev.suitcase.runner.report;

import dev.suitcase.runner.json.AtomicFiles;
import dev.suitcase.runner.results.Results;
import dev.suitcase.vectors.corpus.Corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a run's human reports into the output directory, each atomically (a temporary file, then
 * a rename), so a reader never sees half a report: {@value #HTML}, one self-contained page, and
 * {@value #SUMMARY}, for CI step summaries and pull-request comments.
 */
public final class Reports {
    public static final String HTML = "report.html";
    public static final String SUMMARY = "summary.md";

    private Reports() {
    }

    /** The reports of a run on its corpus, without a baseline or a previous run to compare with. */
    public static void write(Results results, Corpus corpus, Path outDir) throws IOException {
        write(ReportInputs.of(results, corpus), outDir);
    }

    /** The reports of a run, with what else the run has: the gate's findings, a previous run, producer x verifier tables. */
    public static void write(ReportInputs inputs, Path outDir) throws IOException {
        ReportModel model = ReportModel.of(inputs);
        AtomicFiles.write(outDir.resolve(SUMMARY), SummaryMarkdown.render(model).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(outDir.resolve(HTML), HtmlReport.render(model).getBytes(StandardCharsets.UTF_8));
    }
}
