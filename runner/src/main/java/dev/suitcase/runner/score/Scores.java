package dev.suitcase.runner.score;

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
 * The scores of a run (VECTORS.md, last paragraph): each adapter's conformance score by layer,
 * algorithm and overall, and the interop score of all the run's adapters.
 *
 * <p>Ways the scores can be gamed, which reports should keep in view: a statement that leaves out
 * what an implementation gets wrong turns failures into NOT_APPLICABLE (the statement is printed
 * beside every score for that reason); {@code --allow-unimplemented} does the same for UNSUPPORTED;
 * a rejection that names no reason always matches the expected one. Scores weigh every vector
 * alike; the failure counts by severity are what tells a critical failure from a cosmetic one.
 *
 * @param adapters per adapter, in run order
 * @param interop  the interop score of all the adapters
 */
public record Scores(List<AdapterScores> adapters, InteropScore interop) {

    public Scores {
        adapters = List.copyOf(adapters);
    }

    /**
     * Scores {@code results} of the adapters named (in that order); results of other adapters are
     * not counted. {@code allowUnimplemented} is the run's {@code --allow-unimplemented}: when set,
     * UNSUPPORTED is neither a pass nor a failure.
     */
    public static Scores of(Collection<Result> results, List<String> adapterNames, boolean allowUnimplemented) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        adapterNames.forEach(name -> tallies.put(name, new Tally(name)));
        for (Result result : results) {
            Tally tally = tallies.get(result.adapter());
            if (tally != null) {
                tally.add(result, allowUnimplemented);
            }
        }
        return new Scores(tallies.values().stream().map(Tally::scores).toList(),
                interop(results, adapterNames, allowUnimplemented));
    }

    /** The interop score of the adapters named, from {@code results} (which may hold others too). */
    public static InteropScore interop(Collection<Result> results, List<String> adapterNames, boolean allowUnimplemented) {
        Set<String> set = new LinkedHashSet<>(adapterNames);
        Map<VectorId, Map<String, Verdict>> byVector = new HashMap<>();
        for (Result result : results) {
            if (set.contains(result.adapter())) {
                byVector.computeIfAbsent(result.vector(), id -> new HashMap<>()).put(result.adapter(), result.verdict());
            }
        }
        int common = 0;
        int allPass = 0;
        for (Map<String, Verdict> verdicts : byVector.values()) {
            boolean scoredByAll = verdicts.size() == set.size()
                    && verdicts.values().stream().allMatch(verdict -> verdict.isScored(allowUnimplemented));
            if (scoredByAll) {
                common++;
                if (verdicts.values().stream().allMatch(Verdict::isPass)) {
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

    /** Counts one adapter's results. */
    private static final class Tally {
        private final String adapter;
        private Score overall = Score.NONE;
        private final Map<Layer, Score> byLayer = new EnumMap<>(Layer.class);
        private final Map<String, Score> byAlgorithm = new HashMap<>();
        private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        private final Map<Severity, Integer> failures = new EnumMap<>(Severity.class);

        Tally(String adapter) {
            this.adapter = adapter;
        }

        void add(Result result, boolean allowUnimplemented) {
            Verdict verdict = result.verdict();
            verdicts.merge(verdict, 1, Integer::sum);
            if (verdict.isFailure(allowUnimplemented)) {
                failures.merge(result.severity(), 1, Integer::sum);
            }
            if (verdict.isScored(allowUnimplemented)) {
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
            return new AdapterScores(adapter, overall, byLayer, ordered, verdicts, failures);
        }

        private static Score sum(Score a, Score b) {
            return new Score(a.passes() + b.passes(), a.applicable() + b.applicable());
        }
    }
}
