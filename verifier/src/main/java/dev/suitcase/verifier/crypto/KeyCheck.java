package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;

/**
 * The rules of public keys and signatures of each algorithm (RFC 8032, RFC 9053 §2.1, FIPS 186-5, RFC 8554).
 * One constant per rule; see {@link Check} for what the fields mean.
 */
public enum KeyCheck implements Check {
    ;

    private final String id;
    private final String section;
    private final Reason reason;
    private final Layer layer;
    private final boolean skippable;

    KeyCheck(String id, String section, Reason reason, Layer layer, boolean skippable) {
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
