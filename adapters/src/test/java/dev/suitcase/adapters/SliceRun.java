package dev.suitcase.adapters;

import dev.suitcase.vectors.model.Vector;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a runner does with an adapter and a list of vectors, reduced to what the adapter tests
 * check: vectors the statement covers are sent and their raw outcomes kept; the others are never
 * sent and are recorded with the statement's reason for leaving them out (NOT_APPLICABLE).
 */
public record SliceRun(Map<String, AdapterOutcome> outcomes, Map<String, String> notApplicable) {

    public static SliceRun of(Adapter adapter, Iterable<Vector> vectors) {
        Map<String, AdapterOutcome> outcomes = new LinkedHashMap<>();
        Map<String, String> notApplicable = new LinkedHashMap<>();
        Ics ics = adapter.describe();
        for (Vector vector : vectors) {
            ics.exclusion(vector).ifPresentOrElse(why -> notApplicable.put(vector.id().toString(), why),
                    () -> outcomes.put(vector.id().toString(), adapter.verify(VerifyRequest.of(vector))));
        }
        return new SliceRun(outcomes, notApplicable);
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
