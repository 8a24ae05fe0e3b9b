package dev.suitcase.runner.engine;

import dev.suitcase.vectors.model.VectorId;

/**
 * The vectors of one layer and algorithm on one adapter, {@code [algorithm:<token>]}, the token
 * of the vector ids ({@code es256}, ..., {@code any} for vectors that depend on no algorithm);
 * legacy name {@code <adapter>.<layer>.<algorithm>}, the class name JUnit XML gives the vectors below.
 */
public final class AlgorithmDescriptor extends VectorGroupDescriptor {
    public static final String SEGMENT = "algorithm";

    AlgorithmDescriptor(LayerDescriptor parent, VectorId example) {
        super(parent.getUniqueId(), parent.getLegacyReportingName(), SEGMENT, example.algorithmToken(), displayName(example));
    }

    private static String displayName(VectorId id) {
        return id.algorithm().map(algorithm -> algorithm.displayName()).orElse("any algorithm");
    }
}
