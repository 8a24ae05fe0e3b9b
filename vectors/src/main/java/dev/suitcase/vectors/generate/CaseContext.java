package dev.suitcase.vectors.generate;

import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;

import java.util.Objects;

/**
 * What a case builder is given: the id of the vector it builds, the algorithm, the family's fixture for
 * that algorithm, and the generator context.
 *
 * @param id        the vector's id, words filled in
 * @param fixture   the family's fixture for the algorithm, or {@code null} for a family that has none
 * @param family    the family's name
 * @param generator the generator context (sources, generator name)
 * @param <F>       the family's fixture type
 */
public record CaseContext<F>(VectorId id, F fixture, String family, GeneratorContext generator) {
    public CaseContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(generator, "generator");
    }

    /** The family's fixture for this algorithm; fails for a family that declares none. */
    @Override
    public F fixture() {
        if (fixture == null) {
            throw new IllegalStateException(id + ": the family declares no fixture (see CaseFamily#fixtures)");
        }
        return fixture;
    }

    /** The algorithm the vector is built for; fails for an {@code any} vector. */
    public Algorithm algorithm() {
        return id.algorithm().orElseThrow(() -> new IllegalStateException(id + " names no algorithm"));
    }

    /** The id's last part, e.g. {@code sha256-m32-h5-w1}. */
    public String caseName() {
        return id.caseName();
    }

    /**
     * A label for seeded randomness ({@code SeededRandom}) that no other vector shares:
     * {@code <family>: <id>}.
     */
    public String seedLabel() {
        return family + ": " + id;
    }
}
