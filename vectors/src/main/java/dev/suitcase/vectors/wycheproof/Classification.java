package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;

import java.util.List;

/**
 * What the importer concluded about one Wycheproof test: the expectation in our taxonomy, what
 * getting it wrong costs, the requirements it exercises, and the explanation for its description.
 */
record Classification(Expectation expect, Severity severity, List<String> requirements, String explanation) {
    Classification {
        requirements = List.copyOf(requirements);
    }
}
