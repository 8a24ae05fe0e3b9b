package dev.suitcase.runner.report;

import dev.suitcase.runner.score.AdapterScores;
import dev.suitcase.runner.score.NotImplemented;
import dev.suitcase.runner.score.Score;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Layer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One adapter's card at the top of report.html and its row in summary.md: what it is, its
 * conformance scores overall, per layer and per algorithm, how many results had each verdict, its
 * failures by severity, and apart from them its UNSUPPORTED answers, its advisories and what it
 * does not implement.
 *
 * @param adapter        the adapter's name in the run
 * @param implementation the implementation its statement names
 * @param version        the implementation's version
 * @param overall        over every scored vector
 * @param byLayer        per layer with scored vectors
 * @param byAlgorithm    per algorithm token with scored vectors
 * @param verdicts       the verdicts the adapter had, with their counts, in {@link Verdict} order
 * @param failures       failures of a wrong answer (FAIL_ACCEPTED, FAIL_REJECTED, TIMEOUT, CRASH) per
 *                       severity, every severity listed, critical first
 * @param failureCount   those failures in all; UNSUPPORTED and ADVISORY are counted apart
 * @param unsupported    UNSUPPORTED answers, which take no severity
 * @param advisories     ADVISORY verdicts, never security failures
 * @param uncredited     must-reject passes not credited, their combination being not implemented
 * @param notImplemented the combinations of the statement that look not implemented, in words
 */
public record ScoreCard(String adapter, String implementation, String version, ScoreFigure overall,
                        List<ScoreFigure> byLayer, List<ScoreFigure> byAlgorithm, List<VerdictCount> verdicts,
                        List<SeverityCount> failures, int failureCount, int unsupported, int advisories, int uncredited,
                        List<String> notImplemented) {

    public ScoreCard {
        Objects.requireNonNull(adapter, "adapter");
        byLayer = List.copyOf(byLayer);
        byAlgorithm = List.copyOf(byAlgorithm);
        verdicts = List.copyOf(verdicts);
        failures = List.copyOf(failures);
        notImplemented = List.copyOf(notImplemented);
    }

    public static ScoreCard of(AdapterUnderTest adapter, AdapterScores scores, List<NotImplemented> notImplemented) {
        List<ScoreFigure> layers = scores.byLayer().entrySet().stream()
                .map(entry -> ScoreFigure.of(entry.getKey().wireName(), entry.getValue())).toList();
        List<ScoreFigure> algorithms = scores.byAlgorithm().entrySet().stream()
                .map(entry -> ScoreFigure.of(entry.getKey(), entry.getValue())).toList();
        List<VerdictCount> verdicts = scores.verdicts().entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> new VerdictCount(VerdictLegend.of(entry.getKey()), entry.getValue())).toList();
        List<SeverityCount> failures = scores.failuresBySeverity().entrySet().stream()
                .map(entry -> new SeverityCount(entry.getKey().wireName(), entry.getValue())).toList();
        return new ScoreCard(adapter.name(), adapter.ics().implementation(), adapter.ics().version(),
                ScoreFigure.of("overall", scores.overall()), layers, algorithms, verdicts, failures, scores.failures(),
                scores.count(Verdict.UNSUPPORTED), scores.count(Verdict.ADVISORY), scores.uncredited(),
                notImplemented.stream().map(NotImplemented::describe).toList());
    }

    /** A figure for every layer, in {@link Layer} order, {@code n/a} where nothing was scored: summary.md's columns. */
    public List<ScoreFigure> everyLayer() {
        return Arrays.stream(Layer.values()).map(layer -> byLayer.stream()
                .filter(figure -> figure.label().equals(layer.wireName())).findFirst()
                .orElse(ScoreFigure.of(layer.wireName(), Score.NONE))).toList();
    }

    /** How many must-reject vectors the adapter accepted. */
    public int securityFailures() {
        return verdicts.stream().filter(count -> count.legend().verdict() == Verdict.FAIL_ACCEPTED)
                .mapToInt(VerdictCount::count).sum();
    }

    /** The failures in words, e.g. {@code 3 (1 critical, 2 high)} or {@code none}. */
    public String failuresInWords() {
        if (failureCount == 0) {
            return "none";
        }
        return failureCount + " (" + failures.stream().filter(count -> count.count() > 0)
                .map(count -> count.count() + " " + count.severity()).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * How many results had one verdict.
     *
     * @param legend the verdict and how it is shown
     * @param count  how many
     */
    public record VerdictCount(VerdictLegend legend, int count) {
    }

    /**
     * How many failures had one severity.
     *
     * @param severity the severity's wire name, e.g. {@code critical}
     * @param count    how many
     */
    public record SeverityCount(String severity, int count) {
        public SeverityCount {
            Severity.fromWireName(severity);
        }
    }
}
