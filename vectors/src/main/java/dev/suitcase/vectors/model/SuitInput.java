package dev.suitcase.vectors.model;

import dev.suitcase.verifier.suit.Scope;

import dev.suitcase.verifier.Layer;

import java.util.List;
import java.util.Objects;

/**
 * The SUIT layer: an envelope processed on a simulated device.
 *
 * @param envelope the encoded SUIT envelope as received
 * @param keys     the keys offered to the processor
 * @param device   the device the envelope is processed on
 * @param scope    how far the envelope is processed
 */
public record SuitInput(Bytes envelope, List<KeyEntry> keys, Device device, Scope scope) implements VectorInput {
    public SuitInput {
        Objects.requireNonNull(envelope, "envelope");
        keys = List.copyOf(keys);
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public Layer layer() {
        return Layer.SUIT;
    }
}
