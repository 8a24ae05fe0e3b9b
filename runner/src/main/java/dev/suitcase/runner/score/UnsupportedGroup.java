package dev.suitcase.runner.score;

import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UNSUPPORTED answers of one adapter for one layer and algorithm, counted. UNSUPPORTED is not
 * a wrong answer to a vector but a part of the statement the implementation does not do, so it is
 * reported once per combination, after the real failures, and never at the vectors' severity: a
 * stack without Ed25519 answering unsupported to 96 critical vectors has one thing to fix, not 96
 * critical ones.
 *
 * @param combination the adapter, layer and algorithm
 * @param count       how many vectors were answered unsupported
 */
public record UnsupportedGroup(Combination combination, int count) {

    public UnsupportedGroup {
        if (count < 1) {
            throw new IllegalArgumentException("a group of UNSUPPORTED answers has at least one, not " + count);
        }
    }

    /** The UNSUPPORTED results among {@code results}, grouped, in {@link Combination#order} of {@code adapterNames}. */
    public static List<UnsupportedGroup> of(Collection<Result> results, List<String> adapterNames) {
        Map<Combination, Integer> counts = new LinkedHashMap<>();
        for (Result result : results) {
            if (result.verdict() == Verdict.UNSUPPORTED) {
                counts.merge(Combination.of(result), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(entry -> new UnsupportedGroup(entry.getKey(), entry.getValue()))
                .sorted((a, b) -> Combination.order(adapterNames).compare(a.combination(), b.combination())).toList();
    }

    /** E.g. {@code python: cose/Ed25519: 96 vectors answered unsupported although the statement claims them}. */
    public String describe() {
        return combination.describe() + ": " + count + (count == 1 ? " vector" : " vectors") + " answered unsupported "
                + "although the statement claims " + (count == 1 ? "it" : "them");
    }
}
