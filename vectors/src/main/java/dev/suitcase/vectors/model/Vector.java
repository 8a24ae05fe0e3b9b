package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One test vector: an input for one layer, the outcome a correct implementation gives, and why.
 * A vector that exists is consistent: its id names its layer and algorithm, its expectation
 * names a reason exactly when it rejects, and it cites at least one requirement.
 *
 * @param id           the stable id
 * @param title        one line, at most 120 characters
 * @param description  what is wrong (or exercised), what a correct implementation does, and what a wrong answer costs
 * @param algorithm    the algorithm the vector is for; empty when it does not depend on one
 * @param expect       the expected outcome
 * @param severity     what getting it wrong costs
 * @param requirements ids from the requirement catalogue
 * @param flags        tags for filtering
 * @param input        the layer's input
 * @param provenance   where it comes from
 * @param status       whether it is run
 * @param robustness   present on a must-reject vector (by default or under a profile) that isolates no check
 *                     of the reference verifier (no processor can go on with its input, so none can skip the
 *                     check it fires): why
 */
public record Vector(VectorId id, String title, String description, Optional<Algorithm> algorithm,
                     Expectation expect, Severity severity, List<String> requirements, List<String> flags,
                     VectorInput input, Provenance provenance, VectorStatus status, Optional<String> robustness) {

    public static final int MAX_TITLE_LENGTH = 120;

    public Vector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(algorithm, "algorithm");
        if (!id.algorithm().equals(algorithm)) {
            throw new IllegalArgumentException("vector " + id + ": the id's algorithm token '" + id.algorithmToken()
                    + "' does not match algorithm " + algorithm.map(Algorithm::displayName).orElse("null"));
        }
        if (id.layer() != input.layer()) {
            throw new IllegalArgumentException("vector " + id + ": the id names layer " + id.layer().wireName()
                    + " but the input is for layer " + input.layer().wireName());
        }
        if (title.isBlank() || title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("vector " + id + ": the title must be 1 to " + MAX_TITLE_LENGTH
                    + " characters, not " + title.length());
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("vector " + id + ": the description must not be blank");
        }
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(severity, "severity");
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("vector " + id + " must cite at least one requirement");
        }
        requirements = distinct(requirements, "requirement", id);
        flags = distinct(flags, "flag", id);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(robustness, "robustness");
        if (robustness.isPresent() && (robustness.get().isBlank() || (expect.result() != ExpectedResult.REJECT
                && !expect.profiles().containsValue(ExpectedResult.REJECT)))) {
            throw new IllegalArgumentException("vector " + id + ": only a vector that must be rejected, by default or "
                    + "under a profile, is a robustness vector, and it says why in a non-blank line");
        }
    }

    /** A vector that isolates a check, or needs none (accept, either). */
    public Vector(VectorId id, String title, String description, Optional<Algorithm> algorithm,
                  Expectation expect, Severity severity, List<String> requirements, List<String> flags,
                  VectorInput input, Provenance provenance, VectorStatus status) {
        this(id, title, description, algorithm, expect, severity, requirements, flags, input, provenance, status,
                Optional.empty());
    }

    /** This vector marked as a robustness vector, for {@code why}. */
    public Vector asRobustness(String why) {
        return new Vector(id, title, description, algorithm, expect, severity, requirements, flags, input, provenance,
                status, Optional.of(why));
    }

    public Layer layer() {
        return id.layer();
    }

    public boolean active() {
        return status == VectorStatus.ACTIVE;
    }

    private static List<String> distinct(List<String> values, String what, VectorId id) {
        if (new LinkedHashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("vector " + id + " lists a " + what + " twice: " + values);
        }
        return List.copyOf(values);
    }
}
