package dev.suitcase.runner.score;

import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Layer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One adapter's conformance scores and failure counts.
 *
 * @param adapter            the adapter's name in the run
 * @param overall            over every scored vector
 * @param byLayer            per layer with at least one scored vector, in {@link Layer} order
 * @param byAlgorithm        per algorithm token of the vector ids ({@code es256} ... {@code hss-lms},
 *                           then {@code any}), for tokens with at least one scored vector
 * @param verdicts           how many results had each verdict, every verdict listed
 * @param failuresBySeverity how many failures that always are one (FAIL_ACCEPTED, FAIL_REJECTED,
 *                           TIMEOUT, CRASH) each severity had, every severity listed. UNSUPPORTED
 *                           and ADVISORY do not take their vector's severity: they are counted in
 *                           {@code verdicts} only
 * @param uncredited         must-reject vectors passed in a combination that is not implemented
 *                           ({@link NotImplemented}): left out of every score
 */
public record AdapterScores(String adapter, Score overall, Map<Layer, Score> byLayer, Map<String, Score> byAlgorithm,
                            Map<Verdict, Integer> verdicts, Map<Severity, Integer> failuresBySeverity, int uncredited) {

    public AdapterScores {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(overall, "overall");
        EnumMap<Layer, Score> layers = new EnumMap<>(Layer.class);
        layers.putAll(byLayer);
        byLayer = Collections.unmodifiableMap(layers);
        byAlgorithm = Collections.unmodifiableMap(new LinkedHashMap<>(byAlgorithm));
        verdicts = Collections.unmodifiableMap(complete(verdicts, Verdict.class));
        failuresBySeverity = Collections.unmodifiableMap(complete(failuresBySeverity, Severity.class));
        if (uncredited < 0) {
            throw new IllegalArgumentException("uncredited passes must not be negative, not " + uncredited);
        }
    }

    /** How many failures with a severity in all: FAIL_ACCEPTED, FAIL_REJECTED, TIMEOUT and CRASH. */
    public int failures() {
        return failuresBySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many results had {@code verdict}. */
    public int count(Verdict verdict) {
        return verdicts.get(verdict);
    }

    private static <E extends Enum<E>> EnumMap<E, Integer> complete(Map<E, Integer> counts, Class<E> type) {
        EnumMap<E, Integer> all = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            int count = counts.getOrDefault(key, 0);
            if (count < 0) {
                throw new IllegalArgumentException("count of " + key + " must not be negative, not " + count);
            }
            all.put(key, count);
        }
        return all;
    }
}
