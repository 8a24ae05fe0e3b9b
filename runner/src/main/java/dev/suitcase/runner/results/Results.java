package dev.suitcase.runner.results;

import dev.suitcase.runner.interop.InteropId;
import dev.suitcase.runner.score.Scores;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Vector;
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
 * @param interopVectors the vectors the producer × verifier matrix made ({@code suitcase interop}),
 *                       which no corpus holds: every input its results were judged on, so any of
 *                       them can be reproduced. Ids unique, each in an area the matrix reserves
 *                       ({@link InteropId#reserved}); kept in id order
 */
public record Results(RunInfo run, List<Result> results, List<Vector> interopVectors) {

    public Results {
        Objects.requireNonNull(run, "run");
        Set<VectorId> made = new HashSet<>();
        for (Vector vector : interopVectors) {
            if (!InteropId.reserved(vector.id())) {
                throw new IllegalArgumentException("vector " + vector.id() + " is not one the producer matrix makes; a "
                        + "corpus vector is in the corpus, not in the results");
            }
            if (!made.add(vector.id())) {
                throw new IllegalArgumentException("the producer matrix made vector " + vector.id() + " twice");
            }
        }
        List<Vector> inIdOrder = new ArrayList<>(interopVectors);
        inIdOrder.sort(Comparator.comparing(vector -> vector.id().toString()));
        interopVectors = List.copyOf(inIdOrder);
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
        this(run, results, List.of());
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
