package dev.suitcase.perf.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -cp benchmarks.jar dev.suitcase.perf.report.ReportCommand <jmh.json> <perf.html>}: prints
 * the tables of one JMH run with every ratio to the raw primitive, and writes the HTML page. perf/run
 * calls it after JMH.
 */
public final class ReportCommand {
    private ReportCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ReportCommand <JMH results, written with -rf json> <HTML page to write>");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        Path page = Path.of(args[1]);
        try {
            PerfReport report = PerfReport.of(results.toString(), JmhResults.read(results),
                    Baselines.fromAnnotations());
            System.out.print(TextReport.render(report));
            Path directory = page.toAbsolutePath().getParent();
            if (directory != null) {
                Files.createDirectories(directory);
            }
            Files.writeString(page, HtmlReport.render(report), StandardCharsets.UTF_8);
            System.out.println("\nHTML report: " + page);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("perf report: " + e.getMessage());
            System.exit(1);
        }
    }
}
