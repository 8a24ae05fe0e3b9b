package dev.suitcase.runner.score;

import dev.suitcase.runner.interop.InteropId;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.ExpectedResult;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A combination of the statement that the implementation does not do: of its must-accept vectors
 * in the run (at least one), it accepted none; each was rejected, answered unsupported, crashed or
 * timed out. A stack that cannot parse Ed25519 COSE rejects every Ed25519 message, the forged ones
 * included, so its passes on the must-reject vectors of that combination prove nothing: they are
 * not credited to its score ({@link #uncredits}). This is the one place the rule is made; the
 * scores, the console, the reports and results.json take it from here.
 *
 * @param combination the adapter, layer and algorithm
 * @param mustAccept  how many must-accept vectors of the combination were judged, none accepted
 * @param uncredited  how many must-reject vectors of the combination it passed, not credited
 */
public record NotImplemented(Combination combination, int mustAccept, int uncredited) {

    public NotImplemented {
        if (mustAccept < 1 || uncredited < 0) {
            throw new IllegalArgumentException("a combination is not implemented on at least one must-accept vector and "
                    + "credits no negative count, not " + mustAccept + " and " + uncredited);
        }
    }

    /**
     * The combinations of {@code results} that look not implemented, in {@link Combination#order}
     * of {@code adapterNames}. Only results with an answer count: NOT_APPLICABLE (outside the
     * statement) and ERROR (the suite's fault) say nothing about the implementation, nor does a
     * producer's own result in the producer × verifier matrix ({@link InteropId.Kind#SIGNED}), which
     * is the reference verifier's answer on its envelope, not the producer's on a vector.
     */
    public static List<NotImplemented> find(Collection<Result> results, List<String> adapterNames) {
        Map<Combination, Tally> tallies = new LinkedHashMap<>();
        for (Result result : results) {
            boolean production = InteropId.of(result.vector()).filter(id -> id.kind() == InteropId.Kind.SIGNED).isPresent();
            if (result.outcome().isPresent() && !production) {
                tallies.computeIfAbsent(Combination.of(result), key -> new Tally()).add(result);
            }
        }
        return tallies.entrySet().stream()
                .filter(entry -> entry.getValue().mustAccept > 0 && entry.getValue().accepted == 0)
                .map(entry -> new NotImplemented(entry.getKey(), entry.getValue().mustAccept, entry.getValue().rejectsPassed))
                .sorted((a, b) -> Combination.order(adapterNames).compare(a.combination(), b.combination()))
                .toList();
    }

    /** The combinations of {@code notImplemented}, to test results against. */
    public static Set<Combination> combinations(Collection<NotImplemented> notImplemented) {
        return notImplemented.stream().map(NotImplemented::combination).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether {@code result} is a pass the score does not credit: a must-reject vector rejected by
     * an adapter whose combination of it is in {@code notImplemented}.
     */
    public static boolean uncredits(Set<Combination> notImplemented, Result result) {
        return result.expected().result() == ExpectedResult.REJECT && result.verdict().isPass()
                && notImplemented.contains(Combination.of(result));
    }

    /** E.g. {@code jdk: cose/HSS-LMS looks not implemented: 0 of 31 must-accept vectors accepted; take it out of the statement or fix it}. */
    public String describe() {
        return combination.describe() + " looks not implemented: 0 of " + mustAccept + " must-accept "
                + (mustAccept == 1 ? "vector" : "vectors") + " accepted; take it out of the statement or fix it";
    }

    /** Counts one combination's answered results. */
    private static final class Tally {
        private int mustAccept;
        private int accepted;
        private int rejectsPassed;

        void add(Result result) {
            ExpectedResult expected = result.expected().result();
            if (expected == ExpectedResult.ACCEPT) {
                mustAccept++;
                accepted += result.verdict() == Verdict.PASS ? 1 : 0;
            } else if (expected == ExpectedResult.REJECT && result.verdict().isPass()) {
                rejectsPassed++;
            }
        }
    }
}
