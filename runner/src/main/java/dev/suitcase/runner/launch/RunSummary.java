package dev.suitcase.runner.launch;

import dev.suitcase.runner.baseline.GateReport;
import dev.suitcase.runner.report.InteropTable;
import dev.suitcase.runner.report.ProducerMatrixView;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.score.AdapterScores;
import dev.suitcase.runner.score.InteropScore;
import dev.suitcase.runner.score.NotImplemented;
import dev.suitcase.runner.score.Score;
import dev.suitcase.runner.score.UnsupportedGroup;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Severity;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines {@code suitcase run} and {@code suitcase interop} end with: what ran, each adapter's
 * score and verdict counts, the interop score, the gate's decision with the failures to fix first,
 * the producer × verifier tables when the run made them, and where the reports are. The failures come in
 * {@link dev.suitcase.runner.verdict.FailureOrder}: accepted must-reject vectors first, most severe
 * first, then the other wrong answers; then the advisories; then the UNSUPPORTED answers, one line
 * per adapter, layer and algorithm and without a severity; then the combinations that look not
 * implemented.
 */
public final class RunSummary {
    /** The most lines of each list (failures, advisories, groups, stale entries, ...); the rest are counted, all are in the reports. */
    static final int LISTED = 20;

    private RunSummary() {
    }

    /** @param command the command printing it, {@code run} or {@code interop}, which heads the first line */
    public static void print(String command, Results results, GateReport gate, Path outDirectory, List<Path> reports,
                             Duration took, PrintWriter out) {
        long vectors = results.results().stream().map(result -> result.vector()).distinct().count();
        out.printf(Locale.ROOT, "suitcase %s: %d results, %d vectors on %d adapters, corpus %s, in %.1f s%n",
                command, results.results().size(), vectors, results.run().adapters().size(), results.run().corpus().version(),
                took.toMillis() / 1000.0);
        int width = results.run().adapterNames().stream().mapToInt(String::length).max().orElse(0);
        for (AdapterScores scores : results.scores().adapters()) {
            out.printf(Locale.ROOT, "  %-" + width + "s  score %-16s failures %-22s %s%s%n", scores.adapter(), score(scores.overall()),
                    failures(scores.failuresBySeverity()), verdicts(scores.verdicts()),
                    scores.uncredited() == 0 ? "" : "; " + scores.uncredited() + " must-reject passes not credited (not implemented)");
        }
        InteropScore interop = results.scores().interop();
        if (interop.adapters().size() > 1) {
            out.printf(Locale.ROOT, "  interop: %d of the %d vectors scored on every adapter pass on all of them%s%n",
                    interop.allPass(), interop.commonVectors(),
                    interop.ratio().isPresent() ? String.format(Locale.ROOT, " (%.1f%%)", 100 * interop.ratio().getAsDouble()) : "");
        }
        printGate(gate, results.run().options().policy().advisoriesFail(), out);
        list("not implemented, their must-reject passes not credited", results.scores().notImplemented().stream()
                .map(NotImplemented::describe).toList(), out);
        List<String> tables = InteropTable.render(ProducerMatrixView.of(results));
        if (!tables.isEmpty()) {
            out.println("producer × verifier matrix, the verdicts above per producer and verifier:");
            tables.forEach(out::println);
        }
        out.println("reports in " + outDirectory + ": " + reports.stream().map(file -> file.getFileName().toString())
                .collect(Collectors.joining(", ")));
        out.flush();
    }

    private static void printGate(GateReport gate, boolean advisoriesFail, PrintWriter out) {
        int exit = gate.exitCode();
        String decision = switch (exit) {
            case GateReport.EXIT_OK -> "passed";
            case GateReport.EXIT_UNEXPECTED -> "failed";
            default -> "the suite failed";
        };
        List<Result> advisories = gate.everyAdvisory();
        out.println("gate " + decision + " (exit " + exit + "): "
                + (gate.unexpectedFailures().size() - gate.unsupportedCount()) + " unexpected failures, "
                + gate.baselinedFailures().size() + " baselined, " + gate.ignoredFailures().size() + " below --fail-on, "
                + gate.unsupportedCount() + " unsupported though claimed, " + advisories.size()
                + (advisoriesFail ? " advisories counted, " : " advisories not counted, ")
                + gate.staleEntries().size() + " stale baseline entries, " + gate.unexpectedPasses().size()
                + " unexpected passes, " + gate.suiteErrors().size() + " suite errors");
        list("suite errors (a fault of suitcase: please report it)", gate.suiteErrors().stream()
                .map(result -> result.adapter() + " " + result.vector() + ": " + result.detail()).toList(), out);
        list("unexpected failures, accepted must-reject first, most severe first", gate.wrongAnswers().stream()
                .map(failure -> failure.result().severity().wireName() + "  " + failure.describe()).toList(), out);
        list(advisoriesFail ? "advisories, failures under --fail-on advisory, never security failures"
                : "advisories, not failures: the suite recommends rejecting these (--fail-on advisory counts them)",
                advisories.stream().map(result -> result.adapter() + " " + result.vector() + ": " + result.explanation()).toList(), out);
        list("unsupported although the statement claims it, a failure unless --allow-unimplemented",
                gate.unsupported().stream().map(UnsupportedGroup::describe).toList(), out);
        list("stale baseline entries", gate.staleEntries().stream().map(GateReport.StaleEntry::describe).toList(), out);
        list("unexpected passes", gate.unexpectedPasses().stream().map(GateReport.UnexpectedPass::describe).toList(), out);
    }

    private static void list(String heading, List<String> lines, PrintWriter out) {
        if (lines.isEmpty()) {
            return;
        }
        out.println("  " + heading + ":");
        lines.stream().limit(LISTED).forEach(line -> out.println("    " + line));
        if (lines.size() > LISTED) {
            out.println("    ... and " + (lines.size() - LISTED) + " more in results.json");
        }
    }

    private static String score(Score score) {
        return score.passes() + "/" + score.applicable()
                + score.ratio().stream().mapToObj(ratio -> String.format(Locale.ROOT, " %.1f%%", 100 * ratio)).findFirst().orElse("");
    }

    private static String failures(Map<Severity, Integer> bySeverity) {
        int total = bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "0";
        }
        return total + " (" + bySeverity.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getValue() + " " + entry.getKey().wireName()).collect(Collectors.joining(", ")) + ")";
    }

    private static String verdicts(Map<Verdict, Integer> counts) {
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getKey().name() + " " + entry.getValue()).collect(Collectors.joining(", "));
    }
}
