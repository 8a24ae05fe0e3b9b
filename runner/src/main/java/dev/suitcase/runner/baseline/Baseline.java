package dev.suitcase.runner.baseline;

import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.VectorId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The known deviations of some adapters: per adapter and
 * vector, the failure expected and why. {@link Gate} holds a run against it, so CI fails only on
 * what is new. Entries are kept sorted by adapter, then vector id, and are unique per pair.
 */
public final class Baseline {
    private final List<BaselineEntry> entries;
    private final Map<Key, BaselineEntry> byKey;

    private record Key(String adapter, VectorId vector) {
    }

    public Baseline(List<BaselineEntry> entries) {
        Map<Key, BaselineEntry> index = new HashMap<>();
        for (BaselineEntry entry : entries) {
            if (index.put(new Key(entry.adapter(), entry.vector()), entry) != null) {
                throw new IllegalArgumentException("the baseline lists " + entry.vector() + " on " + entry.adapter()
                        + " twice; one entry per adapter and vector");
            }
        }
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(BaselineEntry::adapter).thenComparing(entry -> entry.vector().toString()));
        this.entries = List.copyOf(sorted);
        this.byKey = Map.copyOf(index);
    }

    public static Baseline empty() {
        return new Baseline(List.of());
    }

    /**
     * The baseline that makes {@code results} pass the gate ({@code --write-baseline}): an entry for
     * every result whose verdict is a failure under any policy (ADVISORY and UNSUPPORTED included, so
     * the baseline holds under {@code --fail-on advisory} too), its reason the result's explanation
     * until someone writes why the deviation is tolerated.
     */
    public static Baseline fromResults(Results results) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (Result result : results.results()) {
            if (result.verdict().isFailureKind()) {
                entries.add(new BaselineEntry(result.adapter(), result.vector(), result.verdict(), result.explanation()));
            }
        }
        return new Baseline(entries);
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    public Optional<BaselineEntry> find(String adapter, VectorId vector) {
        return Optional.ofNullable(byKey.get(new Key(adapter, vector)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Baseline that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Baseline" + entries;
    }
}
