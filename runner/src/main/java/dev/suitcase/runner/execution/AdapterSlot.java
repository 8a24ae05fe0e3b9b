package dev.suitcase.runner.execution;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.runner.verdict.AdapterUnderTest;

import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * An open adapter of a run and its window: how many of its requests may be in flight at once, so a
 * process adapter pipelines while the run keeps no more outstanding than it can send.
 *
 * @param underTest how verdicts and reports name and judge it
 * @param adapter   the running adapter
 * @param window    permits for requests in flight
 */
public record AdapterSlot(AdapterUnderTest underTest, Adapter adapter, Semaphore window) {
    public AdapterSlot {
        Objects.requireNonNull(underTest, "underTest");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(window, "window");
    }

    public String name() {
        return underTest.name();
    }
}
