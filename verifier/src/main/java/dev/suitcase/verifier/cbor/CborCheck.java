package dev.suitcase.verifier.cbor;

import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;

/**
 * The rules of the strict CBOR decoder (RFC 8949 §3, §4.2.1; RFC 9052 §3 for duplicate labels) and its limits.
 * One constant per rule; see {@link Check} for what the fields mean.
 */
public enum CborCheck implements Check {
    ;

    private final String id;
    private final String section;
    private final Reason reason;
    private final Layer layer;
    private final boolean skippable;

    CborCheck(String id, String section, Reason reason, Layer layer, boolean skippable) {
        this.id = id;
        this.section = section;
        this.reason = reason;
        this.layer = layer;
        this.skippable = skippable;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    @Override
    public Layer layer() {
        return layer;
    }

    @Override
    public boolean skippable() {
        return skippable;
    }
}
