package dev.suitcase.runner.score;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The interop score of a set of adapters (vectors/README.md): the share of vectors that every one of
 * them passes. It is taken over their common ground, the vectors every adapter of the set was
 * scored on; a vector outside some adapter's statement, INFO, an ERROR, or a pass not credited
 * (its combination not implemented, {@link NotImplemented}) for any of them says nothing about
 * whether they agree, and is counted apart.
 *
 * @param adapters            the set, in run order
 * @param commonVectors       vectors every adapter of the set was scored on
 * @param allPass             of those, vectors every adapter passes
 * @param outsideCommonGround vectors with a result for some adapter of the set that are not common
 */
public record InteropScore(List<String> adapters, int commonVectors, int allPass, int outsideCommonGround) {

    public InteropScore {
        adapters = List.copyOf(adapters);
        if (allPass < 0 || commonVectors < allPass || outsideCommonGround < 0) {
            throw new IllegalArgumentException("an interop score needs 0 <= allPass <= commonVectors and a "
                    + "non-negative outsideCommonGround, not " + allPass + "/" + commonVectors + ", " + outsideCommonGround);
        }
    }

    /** The share of common vectors every adapter passes; empty when they have no common ground. */
    public OptionalDouble ratio() {
        return commonVectors == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) allPass / commonVectors);
    }
}
