package dev.suitcase.runner.execution;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.Ics;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.verifier.Profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The adapters of a run, opened together (an external program may take a while to start, so they
 * start side by side) and closed together. An adapter that cannot be opened makes the whole set
 * unusable: the ones already open are closed again and the first failure is thrown.
 */
public final class RunAdapters implements AutoCloseable {
    private final Map<String, AdapterSlot> slots;

    private RunAdapters(Map<String, AdapterSlot> slots) {
        this.slots = slots;
    }

    /**
     * Opens the adapters {@code specs} name, in that order, each named by its spec and judged under
     * {@code profiles} when given, else under its statement's profiles; {@code window} requests of
     * each may be in flight at once. Throws an {@link AdapterException} for one that cannot be used.
     */
    public static RunAdapters open(List<String> specs, AdapterRegistry registry, Set<Profile> profiles, int window) {
        ExecutorService starters = Executors.newFixedThreadPool(Math.max(1, specs.size()), runnable -> {
            Thread thread = new Thread(runnable, "suitcase-adapter-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<Adapter>> starting = new ArrayList<>();
            for (String spec : specs) {
                starting.add(CompletableFuture.supplyAsync(() -> registry.open(spec), starters));
            }
            Map<String, AdapterSlot> slots = new LinkedHashMap<>();
            AdapterException failure = null;
            for (int i = 0; i < specs.size(); i++) {
                try {
                    Adapter adapter = starting.get(i).join();
                    slots.put(specs.get(i), new AdapterSlot(underTest(specs.get(i), adapter, profiles), adapter,
                            new Semaphore(window)));
                } catch (CompletionException | AdapterException e) {
                    if (failure == null) {
                        failure = unusable(specs.get(i), e instanceof CompletionException ? e.getCause() : e);
                    }
                }
            }
            if (failure != null) {
                slots.values().forEach(slot -> slot.adapter().close());
                throw failure;
            }
            return new RunAdapters(slots);
        } finally {
            starters.shutdown();
        }
    }

    public AdapterSlot slot(String spec) {
        return Optional.ofNullable(slots.get(spec)).orElseThrow(() -> new IllegalArgumentException("adapter '" + spec
                + "' is not one of the run's adapters " + slots.keySet()));
    }

    /** The adapters as the run's results record them, in run order. */
    public List<AdapterUnderTest> underTest() {
        return slots.values().stream().map(AdapterSlot::underTest).toList();
    }

    /**
     * Closes every adapter, then prints on stderr, once per adapter, what it did wrong that no single
     * vector is charged with ({@link Adapter#notes()}: e.g. answers for ids never asked), as
     * {@code adapter NAME: NOTE}. An adapter's own close never throws (Adapter's contract); a broken
     * one is passed over.
     */
    @Override
    public void close() {
        for (AdapterSlot slot : slots.values()) {
            try {
                slot.adapter().close();
                slot.adapter().notes().forEach(note -> System.err.println("adapter " + slot.name() + ": " + note));
            } catch (RuntimeException broken) {
                // a third-party adapter that breaks its contract on close costs nothing already measured
            }
        }
        System.err.flush();
    }

    private static AdapterUnderTest underTest(String spec, Adapter adapter, Set<Profile> profiles) {
        Ics ics;
        try {
            ics = adapter.describe();
        } catch (RuntimeException e) {
            adapter.close();
            throw new AdapterException("adapter '" + spec + "' cannot be used: describe() threw " + e, e);
        }
        if (ics == null) {
            adapter.close();
            throw new AdapterException("adapter '" + spec + "' cannot be used: describe() returned no conformance statement");
        }
        AdapterUnderTest underTest = AdapterUnderTest.of(spec, ics);
        return profiles.isEmpty() ? underTest : underTest.withProfiles(profiles);
    }

    private static AdapterException unusable(String spec, Throwable cause) {
        if (cause instanceof AdapterException adapterException) {
            return adapterException;
        }
        return new AdapterException("adapter '" + spec + "' cannot be used: opening it threw " + cause, cause);
    }
}
