package dev.suitcase.runner.report;

import dev.suitcase.runner.baseline.GateReport;
import dev.suitcase.runner.results.Results;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.requirements.RequirementCatalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the reports are made from. A run passes what it has: the results and corpus always;
 * the gate's findings when it held the run against a baseline; the previous run's results when it
 * was given one. The producer x verifier tables come from the results ({@link ProducerMatrixView}).
 *
 * @param results   the run
 * @param corpus    the corpus the run used: titles, descriptions, requirements and inputs
 * @param catalogue the requirement catalogue the vectors cite
 * @param gate      what the gate found, listed as new failures (not in the baseline)
 * @param previous  an earlier run, whose results this one is compared with for new failures
 */
public record ReportInputs(Results results, Corpus corpus, RequirementCatalogue catalogue, Optional<GateReport> gate,
                           Optional<Results> previous) {

    public ReportInputs {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(previous, "previous");
    }

    /** The run and its corpus, citing the catalogue the vectors jar carries; no gate or previous run. */
    public static ReportInputs of(Results results, Corpus corpus) {
        return new ReportInputs(results, corpus, RequirementCatalogue.fromClasspath(), Optional.empty(), Optional.empty());
    }

    public ReportInputs withGate(GateReport report) {
        return new ReportInputs(results, corpus, catalogue, Optional.of(report), previous);
    }

    public ReportInputs withPrevious(Results earlier) {
        return new ReportInputs(results, corpus, catalogue, gate, Optional.of(earlier));
    }
}
