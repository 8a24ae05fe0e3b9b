package dev.suitcase.runner.engine;

import dev.suitcase.verifier.Layer;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** The vectors of one layer on one adapter, {@code [layer:<layer>]}, by algorithm. */
public final class LayerDescriptor extends AbstractTestDescriptor {
    public static final String SEGMENT = "layer";

    private final String legacyName;

    LayerDescriptor(AdapterDescriptor parent, Layer layer) {
        super(parent.getUniqueId().append(SEGMENT, layer.wireName()), layer.wireName());
        this.legacyName = parent.spec() + "." + layer.wireName();
    }

    /** {@code <adapter>.<layer>}: JUnit XML names a test's class after its parent's legacy name. */
    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
