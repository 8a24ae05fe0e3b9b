package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.verdict.Result;

import java.util.Objects;
import java.util.Optional;

/**
 * One adapter's verdict on one vector, as a matrix cell.
 *
 * @param adapter the adapter's name in the run
 * @param verdict the verdict's name, or {@value #NO_RESULT} when the run has no result for the pair
 * @param css     the colour class
 * @param code    the short code shown in the cell
 * @param tooltip one line: adapter, verdict and what the adapter answered
 */
public record MatrixCell(String adapter, String verdict, String css, String code, String tooltip) {
    /** The verdict of a cell the run has no result for, e.g. a run interrupted before it got there. */
    public static final String NO_RESULT = "NONE";

    public MatrixCell {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(css, "css");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(tooltip, "tooltip");
    }

    static MatrixCell of(String adapter, Optional<Result> result) {
        if (result.isEmpty()) {
            return new MatrixCell(adapter, NO_RESULT, VerdictLegend.NO_RESULT_CSS, VerdictLegend.NO_RESULT_CODE,
                    adapter + ": no result in this run");
        }
        VerdictLegend legend = VerdictLegend.of(result.get().verdict());
        return new MatrixCell(adapter, legend.verdict().name(), legend.css(), legend.code(),
                adapter + ": " + legend.verdict() + answered(result.get()));
    }

    /** The same verdict, described for every vector that shares it rather than for one. */
    MatrixCell withoutAnswer() {
        return new MatrixCell(adapter, verdict, css, code, adapter + ": " + verdict);
    }

    private static String answered(Result result) {
        return result.outcome().map(kind -> " (" + ResultsJson.outcomeName(kind)
                + (kind == AdapterOutcome.Kind.REJECT ? result.reason().map(reason -> " " + reason.name()).orElse("") : "")
                + ")").orElse("");
    }
}
