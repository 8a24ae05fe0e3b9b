package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the importer concluded about one Wycheproof test: the expectation in our taxonomy, what
 * getting it wrong costs, the requirements it exercises, the explanation for its description, and,
 * for a test that must be rejected but isolates no check (a processor that skips the check that
 * rejects it still rejects it for another rule), why: it is imported as a robustness vector.
 */
record Classification(Expectation expect, Severity severity, List<String> requirements, String explanation,
                      Optional<String> robustness) {
    Classification {
        requirements = List.copyOf(requirements);
        Objects.requireNonNull(robustness, "robustness");
    }

    /** A test that isolates a check, or needs none. */
    Classification(Expectation expect, Severity severity, List<String> requirements, String explanation) {
        this(expect, severity, requirements, explanation, Optional.empty());
    }
}
