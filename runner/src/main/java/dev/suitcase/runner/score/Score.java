package dev.suitcase.runner.score;

import java.util.OptionalDouble;

/**
 * A conformance score: passes over the vectors that were scored (vectors/README.md: "passes /
 * applicable vectors").
 *
 * @param passes     PASS and PASS_OTHER_REASON verdicts
 * @param applicable verdicts that are a pass or a failure under the run's policy; INFO,
 *                   NOT_APPLICABLE, ERROR and uncredited passes ({@link NotImplemented}) are not
 */
public record Score(int passes, int applicable) {
    public static final Score NONE = new Score(0, 0);

    public Score {
        if (passes < 0 || applicable < passes) {
            throw new IllegalArgumentException("a score needs 0 <= passes <= applicable, not " + passes + "/" + applicable);
        }
    }

    /** The share of passes; empty when nothing was applicable, since 0/0 is no score at all. */
    public OptionalDouble ratio() {
        return applicable == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passes / applicable);
    }

    public int failures() {
        return applicable - passes;
    }

    Score add(boolean pass) {
        return new Score(passes + (pass ? 1 : 0), applicable + 1);
    }

    @Override
    public String toString() {
        return passes + "/" + applicable;
    }
}
