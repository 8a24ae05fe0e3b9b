package dev.suitcase.runner.cli;

import dev.suitcase.runner.interop.NamedAdapter;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.vectors.corpus.Corpus;

import java.util.List;

/**
 * Runs the corpus on the adapters of {@code suitcase matrix} side by side: the cross-implementation
 * vector table, whose results go into the same {@code results.json} as the producer matrix. It is
 * the execution path of {@code suitcase run}, called once with every adapter of the matrix.
 */
@FunctionalInterface
interface CorpusRun {
    /**
     * Runs {@code run}'s selection of {@code corpus} on {@code adapters}, which {@code run} lists
     * under the same names, and returns the judged results with {@code run} as their run.
     */
    Results run(RunInfo run, Corpus corpus, List<NamedAdapter> adapters);

    /** No vector is run: the matrix is the producer × verifier part alone, and results.json lists no vector result. */
    CorpusRun PRODUCERS_ONLY = (run, corpus, adapters) -> new Results(run, List.of());
}
