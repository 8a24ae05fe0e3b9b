package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;

/**
 * The rules of the SUIT envelope, manifest and command interpreter (draft-ietf-suit-manifest).
 * One constant per rule; see {@link Check} for what the fields mean.
 */
public enum SuitCheck implements Check {
    ;

    private final String id;
    private final String section;
    private final Reason reason;
    private final Layer layer;
    private final boolean skippable;

    SuitCheck(String id, String section, Reason reason, Layer layer, boolean skippable) {
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
