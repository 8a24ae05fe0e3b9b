package dev.suitcase.runner.engine;

import dev.suitcase.verifier.Layer;

/** The vectors of one layer on one adapter, {@code [layer:<layer>]}, by algorithm; legacy name {@code <adapter>.<layer>}. */
public final class LayerDescriptor extends VectorGroupDescriptor {
    public static final String SEGMENT = "layer";

    LayerDescriptor(AdapterDescriptor parent, Layer layer) {
        super(parent.getUniqueId(), parent.spec(), SEGMENT, layer.wireName(), layer.wireName());
    }
}
