package dev.suitcase.runner.report;

import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.Expected;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.vectors.requirements.RequirementCatalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A vector that adapters accepted although they must reject it (FAIL_ACCEPTED): what the report
 * lists first, with everything needed to fix it. Adapters that accepted the same vector under the
 * same expectation share one entry, since the explanation and the rule are the same for each.
 *
 * @param severity     the vector's severity, e.g. {@code critical}
 * @param vector       the vector id
 * @param anchor       the HTML id of the vector's detail
 * @param adapters     the adapters that accepted it, in run order
 * @param expected     what a correct implementation does, e.g. {@code reject with SIGNATURE_INVALID}
 * @param explanation  the verdict's explanation
 * @param requirements the requirements the vector cites, with the catalogue's text
 */
public record SecurityFailure(String severity, String vector, String anchor, List<String> adapters, String expected,
                              String explanation, List<RequirementText> requirements) {

    public SecurityFailure {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(vector, "vector");
        adapters = List.copyOf(adapters);
        if (adapters.isEmpty()) {
            throw new IllegalArgumentException("a security failure of " + vector + " names the adapters that accepted it");
        }
        requirements = List.copyOf(requirements);
    }

    /** The FAIL_ACCEPTED results of a run, one entry per vector and expectation: by severity (critical first), then vector id. */
    public static List<SecurityFailure> of(Results results, Map<VectorId, Vector> vectors, RequirementCatalogue catalogue) {
        Map<Key, List<Result>> byVector = new LinkedHashMap<>();
        for (Result result : results.results()) {
            if (result.verdict() == Verdict.FAIL_ACCEPTED) {
                byVector.computeIfAbsent(new Key(result.vector(), result.expected()), key -> new ArrayList<>()).add(result);
            }
        }
        return byVector.values().stream()
                .sorted(Comparator.comparing((List<Result> accepted) -> accepted.get(0).severity())
                        .thenComparing(accepted -> accepted.get(0).vector().toString()))
                .map(accepted -> of(accepted, Optional.ofNullable(vectors.get(accepted.get(0).vector())), catalogue))
                .toList();
    }

    /** The adapters in one line, e.g. {@code jdk, python}. */
    public String adapterList() {
        return String.join(", ", adapters);
    }

    private static SecurityFailure of(List<Result> accepted, Optional<Vector> vector, RequirementCatalogue catalogue) {
        Result first = accepted.get(0);
        return new SecurityFailure(first.severity().wireName(), first.vector().toString(), VectorDetail.anchor(first.vector()),
                accepted.stream().map(Result::adapter).toList(), first.expected().describe(), first.explanation(),
                vector.map(v -> RequirementText.all(v.requirements(), catalogue)).orElse(List.of()));
    }

    /** Results in the run's canonical order are by vector then adapter, so one vector's results arrive together. */
    private record Key(VectorId vector, Expected expected) {
    }
}
