package dev.suitcase.runner.score;

import dev.suitcase.runner.verdict.FailurePolicy;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores of a run (vectors/README.md, "Outcomes and verdicts"): each adapter's conformance score by layer,
 * algorithm and overall, and the interop score of all the run's adapters.
 *
 * <p>Ways the scores can be gamed, which reports should keep in view: a statement that leaves out
 * what an implementation gets wrong turns failures into NOT_APPLICABLE (the statement is printed
 * beside every score for that reason); {@code --allow-unimplemented} does the same for UNSUPPORTED;
 * a rejection that names no reason always matches the expected one; an implementation that rejects
 * everything of a combination it cannot do would pass its must-reject vectors, which is why those
 * passes are not credited ({@link NotImplemented}). Scores weigh every vector alike; the failure
 * counts by severity are what tells a critical failure from a cosmetic one.
 *
 * @param adapters       per adapter, in run order
 * @param interop        the interop score of all the adapters
 * @param notImplemented the combinations that look not implemented, in run order of their adapters
 */
public record Scores(List<AdapterScores> adapters, InteropScore interop, List<NotImplemented> notImplemented) {

    public Scores {
        adapters = List.copyOf(adapters);
        notImplemented = List.copyOf(notImplemented);
    }

    /**
     * Scores {@code results} of the adapters named (in that order); results of other adapters are
     * not counted. {@code policy} is the run's: whether UNSUPPORTED ({@code --allow-unimplemented})
     * and ADVISORY ({@code --fail-on advisory}) count as failures or neither way. Passes on
     * must-reject vectors of a combination that is not implemented count neither way.
     */
    public static Scores of(Collection<Result> results, List<String> adapterNames, FailurePolicy policy) {
        List<Result> ofAdapters = results.stream().filter(result -> adapterNames.contains(result.adapter())).toList();
        List<NotImplemented> notImplemented = NotImplemented.find(ofAdapters, adapterNames);
        Set<Combination> uncrediting = NotImplemented.combinations(notImplemented);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        adapterNames.forEach(name -> tallies.put(name, new Tally(name)));
        for (Result result : ofAdapters) {
            tallies.get(result.adapter()).add(result, policy, NotImplemented.uncredits(uncrediting, result));
        }
        return new Scores(tallies.values().stream().map(Tally::scores).toList(),
                interop(ofAdapters, adapterNames, policy, uncrediting), notImplemented);
    }

    /** The interop score of the adapters named, from {@code results} (which may hold others too). */
    public static InteropScore interop(Collection<Result> results, List<String> adapterNames, FailurePolicy policy) {
        List<Result> ofAdapters = results.stream().filter(result -> adapterNames.contains(result.adapter())).toList();
        return interop(ofAdapters, adapterNames, policy,
                NotImplemented.combinations(NotImplemented.find(ofAdapters, adapterNames)));
    }

    private static InteropScore interop(List<Result> results, List<String> adapterNames, FailurePolicy policy,
                                        Set<Combination> uncrediting) {
        Set<String> set = new LinkedHashSet<>(adapterNames);
        Map<VectorId, Map<String, Result>> byVector = new HashMap<>();
        for (Result result : results) {
            byVector.computeIfAbsent(result.vector(), id -> new HashMap<>()).put(result.adapter(), result);
        }
        int common = 0;
        int allPass = 0;
        for (Map<String, Result> answers : byVector.values()) {
            // an uncredited pass says nothing about agreement, as a vector outside a statement does not
            boolean scoredByAll = answers.size() == set.size() && answers.values().stream()
                    .allMatch(result -> policy.isScored(result.verdict()) && !NotImplemented.uncredits(uncrediting, result));
            if (scoredByAll) {
                common++;
                if (answers.values().stream().allMatch(result -> result.verdict().isPass())) {
                    allPass++;
                }
            }
        }
        return new InteropScore(List.copyOf(set), common, allPass, byVector.size() - common);
    }

    /** The scores of one adapter; throws {@link IllegalArgumentException} naming the adapters there are. */
    public AdapterScores forAdapter(String adapter) {
        return adapters.stream().filter(scores -> scores.adapter().equals(adapter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scores for adapter '" + adapter + "'; the run has "
                        + adapters.stream().map(AdapterScores::adapter).toList()));
    }

    /** The combinations of one adapter that look not implemented. */
    public List<NotImplemented> notImplemented(String adapter) {
        return notImplemented.stream().filter(entry -> entry.combination().adapter().equals(adapter)).toList();
    }

    /** Counts one adapter's results. */
    private static final class Tally {
        private final String adapter;
        private Score overall = Score.NONE;
        private final Map<Layer, Score> byLayer = new EnumMap<>(Layer.class);
        private final Map<String, Score> byAlgorithm = new HashMap<>();
        private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        private final Map<Severity, Integer> failures = new EnumMap<>(Severity.class);
        private int uncredited;

        Tally(String adapter) {
            this.adapter = adapter;
        }

        void add(Result result, FailurePolicy policy, boolean uncredit) {
            Verdict verdict = result.verdict();
            verdicts.merge(verdict, 1, Integer::sum);
            if (verdict.isAlwaysFailure()) {
                failures.merge(result.severity(), 1, Integer::sum);
            }
            if (uncredit) {
                uncredited++;
            } else if (policy.isScored(verdict)) {
                boolean pass = verdict.isPass();
                overall = overall.add(pass);
                byLayer.merge(result.vector().layer(), Score.NONE.add(pass), Tally::sum);
                byAlgorithm.merge(result.vector().algorithmToken(), Score.NONE.add(pass), Tally::sum);
            }
        }

        AdapterScores scores() {
            Map<String, Score> ordered = new LinkedHashMap<>();
            for (Algorithm algorithm : Algorithm.values()) {
                Score score = byAlgorithm.get(algorithm.idName());
                if (score != null) {
                    ordered.put(algorithm.idName(), score);
                }
            }
            byAlgorithm.forEach(ordered::putIfAbsent);
            return new AdapterScores(adapter, overall, byLayer, ordered, verdicts, failures, uncredited);
        }

        private static Score sum(Score a, Score b) {
            return new Score(a.passes() + b.passes(), a.applicable() + b.applicable());
        }
    }
}
