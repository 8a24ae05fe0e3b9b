package dev.suitcase.runner.report;

import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.VectorId;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which vectors get a detail in report.html. A vector calls for one when some adapter's verdict is
 * not a plain PASS or NOT_APPLICABLE; the others are a compact matrix row only. So that a run of
 * the whole corpus on several broken implementations still gives a file a browser opens at once,
 * at most a limit of them get one, the most costly first: security failures, then the other
 * failures of a wrong answer, then advisories, then UNSUPPORTED, then suite errors, then passes for
 * another reason, then INFO; within each, by the vector's severity, then id.
 *
 * @param chosen    the vectors that get a detail, in id order
 * @param left      how many more called for one, over the limit
 */
public record DetailChoice(Set<VectorId> chosen, int left) {
    /** The most details report.html holds; {@code suitcase show ID} prints any vector. */
    public static final int LIMIT = 500;

    public DetailChoice {
        chosen = Set.copyOf(chosen);
    }

    /** @param byVector each vector's results, vectors in id order */
    public static DetailChoice of(Map<VectorId, List<Result>> byVector, int limit) {
        List<Map.Entry<VectorId, List<Result>>> called = byVector.entrySet().stream()
                .filter(entry -> calledFor(entry.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<VectorId, List<Result>> entry) -> cost(entry.getValue()))
                        .thenComparing(entry -> entry.getValue().get(0).severity())
                        .thenComparing(entry -> entry.getKey().toString()))
                .toList();
        Set<VectorId> chosen = new LinkedHashSet<>();
        called.stream().limit(limit).forEach(entry -> chosen.add(entry.getKey()));
        return new DetailChoice(chosen, called.size() - chosen.size());
    }

    /** Whether some adapter's verdict is not a plain PASS or NOT_APPLICABLE. */
    public static boolean calledFor(Collection<Result> results) {
        return results.stream().anyMatch(result -> result.verdict() != Verdict.PASS && result.verdict() != Verdict.NOT_APPLICABLE);
    }

    /** The rank of the vector's most costly verdict, 0 for a security failure. */
    private static int cost(List<Result> results) {
        return results.stream().mapToInt(result -> switch (result.verdict()) {
            case FAIL_ACCEPTED -> 0;
            case FAIL_REJECTED, CRASH, TIMEOUT -> 1;
            case ADVISORY -> 2;
            case UNSUPPORTED -> 3;
            case ERROR -> 4;
            case PASS_OTHER_REASON -> 5;
            case INFO -> 6;
            case PASS, NOT_APPLICABLE -> 7;
        }).min().orElse(7);
    }
}
