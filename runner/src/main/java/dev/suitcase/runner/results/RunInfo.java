package dev.suitcase.runner.results;

import dev.suitcase.runner.verdict.AdapterUnderTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a results file is about: the suite and corpus that produced it, the options, the adapters
 * with their statements, and when it ran.
 *
 * @param suiteVersion the version of suitcase
 * @param corpus       the corpus
 * @param options      the run's options
 * @param adapters     the adapters, in the order given; names unique
 * @param startedAt    when the run started, to the millisecond
 * @param finishedAt   when it finished; empty while it runs and when it was interrupted, so an
 *                     incomplete file says so
 */
public record RunInfo(String suiteVersion, CorpusInfo corpus, RunOptions options, List<AdapterUnderTest> adapters,
                      Instant startedAt, Optional<Instant> finishedAt) {

    public RunInfo {
        Objects.requireNonNull(suiteVersion, "suiteVersion");
        if (suiteVersion.isBlank()) {
            throw new IllegalArgumentException("the suite version must not be blank");
        }
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(options, "options");
        adapters = List.copyOf(adapters);
        Set<String> names = new HashSet<>();
        for (AdapterUnderTest adapter : adapters) {
            if (!names.add(adapter.name())) {
                throw new IllegalArgumentException("adapter '" + adapter.name() + "' is given twice; each adapter of a run has its own name");
            }
        }
        startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
        finishedAt = finishedAt.map(at -> at.truncatedTo(ChronoUnit.MILLIS));
        if (finishedAt.isPresent() && finishedAt.get().isBefore(startedAt)) {
            throw new IllegalArgumentException("the run finished at " + finishedAt.get() + ", before it started at " + startedAt);
        }
    }

    public boolean complete() {
        return finishedAt.isPresent();
    }

    public List<String> adapterNames() {
        return adapters.stream().map(AdapterUnderTest::name).toList();
    }

    public Optional<AdapterUnderTest> adapter(String name) {
        return adapters.stream().filter(adapter -> adapter.name().equals(name)).findFirst();
    }

    public RunInfo finished(Instant at) {
        return new RunInfo(suiteVersion, corpus, options, adapters, startedAt, Optional.of(at));
    }
}
