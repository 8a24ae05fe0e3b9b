package dev.suitcase.runner.engine;

import dev.suitcase.vectors.model.VectorId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * The vectors of one layer and algorithm on one adapter, {@code [algorithm:<token>]}, the token
 * of the vector ids ({@code es256}, ..., {@code any} for vectors that depend on no algorithm).
 */
public final class AlgorithmDescriptor extends AbstractTestDescriptor {
    public static final String SEGMENT = "algorithm";

    private final String legacyName;

    AlgorithmDescriptor(LayerDescriptor parent, VectorId example) {
        super(parent.getUniqueId().append(SEGMENT, example.algorithmToken()), displayName(example));
        this.legacyName = parent.getLegacyReportingName() + "." + example.algorithmToken();
    }

    /** {@code <adapter>.<layer>.<algorithm>}: the class name JUnit XML gives the vectors below. */
    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    private static String displayName(VectorId id) {
        return id.algorithm().map(algorithm -> algorithm.displayName()).orElse("any algorithm");
    }
}
