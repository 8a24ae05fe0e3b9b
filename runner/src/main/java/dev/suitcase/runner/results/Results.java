package dev.suitcase.runner.results;

import dev.suitcase.runner.interop.ProducerMatrix;
import dev.suitcase.runner.score.Scores;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.VectorId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The results of a run: what {@code results.json} holds. The results are kept in one canonical
 * order, by vector id and then by the run's adapter order, whatever order they were measured in,
 * so two runs of the same selection produce files that diff line by line, and a merged set of
 * shards equals the unsharded run.
 *
 * @param run            what the run was
 * @param results        at most one result per vector and adapter, each for an adapter of the run
 * @param producerMatrix the producer × verifier matrix, from {@code suitcase matrix}; its producers
 *                       and verifiers are adapters of the run
 */
public record Results(RunInfo run, List<Result> results, Optional<ProducerMatrix> producerMatrix) {

    public Results {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(producerMatrix, "producerMatrix");
        producerMatrix.ifPresent(matrix -> matrix.adapterNames().forEach(name -> {
            if (run.adapter(name).isEmpty()) {
                throw new IllegalArgumentException("the producer matrix names adapter '" + name
                        + "', which is not one of the run's adapters " + run.adapterNames());
            }
        }));
        List<String> adapters = run.adapterNames();
        Set<Key> seen = new HashSet<>();
        for (Result result : results) {
            if (!adapters.contains(result.adapter())) {
                throw new IllegalArgumentException("result of " + result.vector() + " is for adapter '" + result.adapter()
                        + "', which is not one of the run's adapters " + adapters);
            }
            if (!seen.add(Key.of(result))) {
                throw new IllegalArgumentException("vector " + result.vector() + " has two results for adapter '"
                        + result.adapter() + "'; a run judges each vector once per adapter");
            }
        }
        List<Result> ordered = new ArrayList<>(results);
        ordered.sort(Comparator.comparing((Result result) -> result.vector().toString())
                .thenComparingInt(result -> adapters.indexOf(result.adapter())));
        results = List.copyOf(ordered);
    }

    /** Results without a producer matrix: what {@code suitcase run} writes. */
    public Results(RunInfo run, List<Result> results) {
        this(run, results, Optional.empty());
    }

    /** The same results with {@code matrix} as their producer × verifier matrix. */
    public Results withProducerMatrix(ProducerMatrix matrix) {
        return new Results(run, results, Optional.of(matrix));
    }

    /** The scores of these results under the run's policy ({@code --allow-unimplemented}, {@code --fail-on advisory}). */
    public Scores scores() {
        return Scores.of(results, run.adapterNames(), run.options().policy());
    }

    /** The result of one vector on one adapter, if there is one. */
    public Optional<Result> find(VectorId vector, String adapter) {
        return results.stream().filter(result -> result.vector().equals(vector) && result.adapter().equals(adapter)).findFirst();
    }

    /** The results indexed by vector and adapter. */
    public Map<Key, Result> byKey() {
        Map<Key, Result> index = new HashMap<>();
        results.forEach(result -> index.put(Key.of(result), result));
        return index;
    }

    /** Identifies a result within a run. */
    public record Key(VectorId vector, String adapter) {
        public Key {
            Objects.requireNonNull(vector, "vector");
            Objects.requireNonNull(adapter, "adapter");
        }

        public static Key of(Result result) {
            return new Key(result.vector(), result.adapter());
        }

        @Override
        public String toString() {
            return vector + " on " + adapter;
        }
    }
}
