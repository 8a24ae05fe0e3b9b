package dev.suitcase.runner.report;

import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;

import java.util.Objects;

/**
 * A failure that is new: not in the baseline the gate held the run against, or not a failure in
 * the previous run.
 *
 * @param severity    the vector's severity, e.g. {@code high}; {@code advisory} for an ADVISORY,
 *                    which is never a security failure whatever the vector's severity
 * @param adapter     the adapter
 * @param vector      the vector id
 * @param anchor      the HTML id of the vector's detail
 * @param legend      the verdict and how it is shown
 * @param explanation the verdict's explanation
 * @param since       what it was before, e.g. {@code not in the baseline} or {@code was PASS}
 */
public record NewFailure(String severity, String adapter, String vector, String anchor, VerdictLegend legend,
                         String explanation, String since) {

    public NewFailure {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(legend, "legend");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(since, "since");
    }

    static NewFailure of(Result result, String since) {
        String severity = result.verdict() == Verdict.ADVISORY ? "advisory" : result.severity().wireName();
        return new NewFailure(severity, result.adapter(), result.vector().toString(),
                VectorDetail.anchor(result.vector()), VerdictLegend.of(result.verdict()), result.explanation(), since);
    }
}
