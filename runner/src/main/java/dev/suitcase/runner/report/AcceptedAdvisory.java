package dev.suitcase.runner.report;

import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.Expected;
import dev.suitcase.runner.verdict.Judge;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.VectorId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A vector adapters accepted that the suite recommends rejecting, though the specification does not
 * bind a recipient to (ADVISORY): listed after the real failures, with the rule the recommendation
 * rests on, and never as a security failure. Adapters that accepted the same vector under the same
 * expectation share one entry.
 *
 * @param vector      the vector id
 * @param anchor      the HTML id of the vector's detail
 * @param adapters    the adapters that accepted it, in run order
 * @param basis       what the rejection rests on, in words, e.g. {@code a recipient SHOULD, not a MUST}
 * @param rule        the rule, quoted with its section, or the hardening choice and why
 * @param explanation the verdict's explanation
 */
public record AcceptedAdvisory(String vector, String anchor, List<String> adapters, String basis, String rule,
                               String explanation) {

    public AcceptedAdvisory {
        Objects.requireNonNull(vector, "vector");
        adapters = List.copyOf(adapters);
        if (adapters.isEmpty()) {
            throw new IllegalArgumentException("an accepted advisory of " + vector + " names the adapters that accepted it");
        }
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(rule, "rule");
    }

    /** The ADVISORY results of a run, one entry per vector and expectation: by severity (critical first), then vector id. */
    public static List<AcceptedAdvisory> of(Results results) {
        Map<Key, List<Result>> byVector = new LinkedHashMap<>();
        for (Result result : results.results()) {
            if (result.verdict() == Verdict.ADVISORY) {
                byVector.computeIfAbsent(new Key(result.vector(), result.expected()), key -> new ArrayList<>()).add(result);
            }
        }
        return byVector.values().stream()
                .sorted(Comparator.comparing((List<Result> accepted) -> accepted.get(0).severity())
                        .thenComparing(accepted -> accepted.get(0).vector().toString()))
                .map(AcceptedAdvisory::of)
                .toList();
    }

    /** The adapters in one line, e.g. {@code jdk, python}. */
    public String adapterList() {
        return String.join(", ", adapters);
    }

    private static AcceptedAdvisory of(List<Result> accepted) {
        Result first = accepted.get(0);
        Advisory advisory = first.expected().advisory().orElseThrow();
        return new AcceptedAdvisory(first.vector().toString(), VectorDetail.anchor(first.vector()),
                accepted.stream().map(Result::adapter).toList(), Judge.describe(advisory.basis()), advisory.rule(),
                first.explanation());
    }

    /** Results in the run's canonical order are by vector then adapter, so one vector's results arrive together. */
    private record Key(VectorId vector, Expected expected) {
    }
}
