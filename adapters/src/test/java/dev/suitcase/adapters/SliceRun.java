package dev.suitcase.adapters;

import dev.suitcase.vectors.model.Vector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a runner does with an adapter and a list of vectors, reduced to what the adapter tests
 * check: vectors the statement covers are sent and their raw outcomes kept; the others are never
 * sent and are recorded with the statement's reason for leaving them out (NOT_APPLICABLE).
 *
 * @param ics           the statement the adapter gave
 * @param outcomes      the raw outcome of each vector sent, by id
 * @param notApplicable why each vector not sent was left out, by id
 */
public record SliceRun(Ics ics, Map<String, AdapterOutcome> outcomes, Map<String, String> notApplicable) {

    public static SliceRun of(Adapter adapter, Iterable<Vector> vectors) {
        Map<String, AdapterOutcome> outcomes = new LinkedHashMap<>();
        Map<String, String> notApplicable = new LinkedHashMap<>();
        Ics ics = adapter.describe();
        for (Vector vector : vectors) {
            ics.exclusion(vector).ifPresentOrElse(why -> notApplicable.put(vector.id().toString(), why),
                    () -> outcomes.put(vector.id().toString(), adapter.verify(VerifyRequest.of(vector))));
        }
        return new SliceRun(ics, outcomes, notApplicable);
    }

    /**
     * The whole active corpus through the adapter {@code name} of {@code registry} (built first if its
     * entry says how), as {@code --adapter name} runs it; fails unless the implementation answers every
     * vector it is sent (no CRASH, TIMEOUT or protocol violation) and is sent at least {@code atLeast}.
     */
    public static SliceRun ofCorpus(AdapterRegistry registry, String name, int atLeast) throws Exception {
        SliceRun run;
        try (Adapter adapter = registry.open(name)) {
            run = of(adapter, CorpusSlice.active());
        }
        List<String> broken = run.outcomes().entrySet().stream().filter(entry -> !entry.getValue().kind().answered())
                .map(entry -> entry.getKey() + ": " + entry.getValue()).toList();
        assertEquals(List.of(), broken, "the " + name + " adapter must answer every vector it is sent");
        assertTrue(run.outcomes().size() >= atLeast, "the " + name + " adapter was sent " + run.outcomes().size()
                + " vectors, fewer than " + atLeast);
        return run;
    }

    public AdapterOutcome outcome(Vector vector) {
        AdapterOutcome outcome = outcomes.get(vector.id().toString());
        if (outcome == null) {
            throw new AssertionError(vector.id() + " was not sent: " + notApplicable.get(vector.id().toString()));
        }
        return outcome;
    }

    /** Whether every vector sent got an answer of the implementation (no CRASH, TIMEOUT or protocol violation). */
    public boolean allAnswered() {
        return outcomes.values().stream().allMatch(outcome -> outcome.kind().answered());
    }
}
