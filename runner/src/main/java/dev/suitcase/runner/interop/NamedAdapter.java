package dev.suitcase.runner.interop;

import dev.suitcase.adapters.Adapter;

import java.util.Objects;

/**
 * An open adapter and the name a run gives it (the spec given to {@code --adapter}).
 *
 * @param name    unique within a run
 * @param adapter the adapter; its owner closes it
 */
public record NamedAdapter(String name, Adapter adapter) {
    public NamedAdapter {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an adapter's name must not be blank");
        }
        Objects.requireNonNull(adapter, "adapter");
    }
}
