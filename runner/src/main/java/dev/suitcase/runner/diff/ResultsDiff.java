package dev.suitcase.runner.diff;

import dev.suitcase.runner.results.CorpusInfo;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.Result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The differences between two runs ({@code suitcase diff OLD NEW}), per vector and adapter:
 * results added, removed, and changed in verdict, outcome or the reason named. Details, stderr,
 * durations and explanations are not compared: they vary between runs without the behaviour
 * changing. Runs on different corpora can be compared; {@link #sameCorpus()} says whether they were.
 *
 * @param before    the old run's corpus
 * @param after     the new run's corpus
 * @param changes   every difference, by vector id then adapter name
 * @param unchanged how many results both runs have alike
 */
public record ResultsDiff(CorpusInfo before, CorpusInfo after, List<ResultChange> changes, int unchanged) {

    public ResultsDiff {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
        if (unchanged < 0) {
            throw new IllegalArgumentException("unchanged must not be negative, not " + unchanged);
        }
    }

    public static ResultsDiff between(Results old, Results current) {
        Map<Results.Key, Result> before = old.byKey();
        Map<Results.Key, Result> after = current.byKey();
        List<ResultChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<Results.Key, Result> entry : before.entrySet()) {
            Results.Key key = entry.getKey();
            Result was = entry.getValue();
            Result now = after.get(key);
            if (now == null) {
                changes.add(new ResultChange(key.vector(), key.adapter(), ResultChange.Kind.REMOVED,
                        Optional.of(was), Optional.empty()));
            } else if (differ(was, now)) {
                changes.add(new ResultChange(key.vector(), key.adapter(), ResultChange.Kind.CHANGED,
                        Optional.of(was), Optional.of(now)));
            } else {
                unchanged++;
            }
        }
        for (Map.Entry<Results.Key, Result> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                changes.add(new ResultChange(entry.getKey().vector(), entry.getKey().adapter(), ResultChange.Kind.ADDED,
                        Optional.empty(), Optional.of(entry.getValue())));
            }
        }
        changes.sort(Comparator.comparing((ResultChange change) -> change.vector().toString())
                .thenComparing(ResultChange::adapter));
        return new ResultsDiff(old.run().corpus(), current.run().corpus(), changes, unchanged);
    }

    public boolean sameCorpus() {
        return before.equals(after);
    }

    public List<ResultChange> added() {
        return of(ResultChange.Kind.ADDED);
    }

    public List<ResultChange> removed() {
        return of(ResultChange.Kind.REMOVED);
    }

    public List<ResultChange> changed() {
        return of(ResultChange.Kind.CHANGED);
    }

    /** New failures: what a pull-request comment leads with. */
    public List<ResultChange> regressions() {
        return changes.stream().filter(ResultChange::isRegression).toList();
    }

    private List<ResultChange> of(ResultChange.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    private static boolean differ(Result was, Result now) {
        return was.verdict() != now.verdict() || !was.outcome().equals(now.outcome()) || !was.reason().equals(now.reason());
    }
}
