package dev.suitcase.runner.score;

import dev.suitcase.runner.verdict.Result;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a conformance statement claims, as one adapter's results split it: a layer with an algorithm,
 * on one adapter. UNSUPPORTED answers are grouped by it and a combination that accepts none of its
 * must-accept vectors is not implemented ({@link NotImplemented}).
 *
 * @param adapter   the adapter's name in the run
 * @param layer     the layer
 * @param algorithm the algorithm token of the vector ids, e.g. {@code ed25519}, or {@code any}
 */
public record Combination(String adapter, Layer layer, String algorithm) {

    public Combination {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    public static Combination of(Result result) {
        return new Combination(result.adapter(), result.vector().layer(), result.vector().algorithmToken());
    }

    /** By the adapters' order in the run, then layer, then algorithm in {@link Algorithm} order, {@code any} last. */
    public static Comparator<Combination> order(List<String> adapterNames) {
        return Comparator.comparingInt((Combination combination) -> position(adapterNames, combination.adapter()))
                .thenComparing(Combination::layer)
                .thenComparingInt(combination -> Algorithm.fromName(combination.algorithm())
                        .map(Enum::ordinal).orElse(Algorithm.values().length));
    }

    /** The algorithm as people write it, e.g. {@code Ed25519}, or {@code any}. */
    public String algorithmName() {
        return Algorithm.fromName(algorithm).map(Algorithm::displayName).orElse(algorithm);
    }

    /** E.g. {@code python: cose/Ed25519}. */
    public String describe() {
        return adapter + ": " + layer.wireName() + "/" + algorithmName();
    }

    private static int position(List<String> adapterNames, String adapter) {
        int at = adapterNames.indexOf(adapter);
        return at < 0 ? adapterNames.size() : at;
    }
}
