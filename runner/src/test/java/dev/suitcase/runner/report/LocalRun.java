package dev.suitcase.runner.report;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.CorpusInfo;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.model.Vector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real run for the report tests: every vector through every adapter, judged as a run judges it,
 * NOT_APPLICABLE for what a statement excludes. The adapters are closed afterwards.
 */
final class LocalRun {
    private LocalRun() {
    }

    static Results of(Corpus corpus, List<Vector> vectors, Map<String, Adapter> adapters, RunOptions options) {
        Map<AdapterUnderTest, Adapter> judged = new LinkedHashMap<>();
        adapters.forEach((name, adapter) -> judged.put(AdapterUnderTest.of(name, adapter.describe()), adapter));
        Instant started = Instant.now();
        List<Result> results = new ArrayList<>();
        try {
            for (Vector vector : vectors) {
                judged.forEach((adapter, driver) -> results.add(adapter.ics().covers(vector) && vector.active()
                        ? Fixtures.judge().judge(vector, adapter, driver.verify(VerifyRequest.of(vector)))
                        : Fixtures.judge().notApplicable(vector, adapter)));
            }
        } finally {
            adapters.values().forEach(Adapter::close);
        }
        RunInfo run = new RunInfo("0.1.0-test", CorpusInfo.of(corpus), options, List.copyOf(judged.keySet()), started,
                Optional.of(Instant.now()));
        return new Results(run, results);
    }
}
