package dev.suitcase.runner.report;

import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.FailurePolicy;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The vector x adapter matrix: a row per vector with a result, in id order, and what its filters
 * offer.
 *
 * @param adapters        the column headings, in run order
 * @param rows            one per vector
 * @param layers          the layers of the rows, for the layer filter
 * @param algorithms      the algorithm tokens of the rows, in {@link Algorithm} order then {@code any}
 * @param severities      the severities of the rows, critical first
 * @param verdicts        the verdicts the matrix shows, for the verdict filter and the legend
 * @param failureVerdicts the verdicts that are failures under the run's policy, space-separated:
 *                        what the filter's "any failure" selects
 * @param missingResults  whether some cell has no result (an interrupted run), so the legend explains it
 */
public record Matrix(List<String> adapters, List<MatrixRow> rows, List<String> layers, List<String> algorithms,
                     List<String> severities, List<VerdictLegend> verdicts, String failureVerdicts,
                     boolean missingResults) {

    public Matrix {
        adapters = List.copyOf(adapters);
        rows = List.copyOf(rows);
        layers = List.copyOf(layers);
        algorithms = List.copyOf(algorithms);
        severities = List.copyOf(severities);
        verdicts = List.copyOf(verdicts);
    }

    /**
     * @param results  the run
     * @param vectors  the corpus's vectors by id; a result whose vector is missing still gets its row
     * @param detailed the vectors whose detail the report holds
     */
    public static Matrix of(Results results, Map<VectorId, Vector> vectors, Set<VectorId> detailed) {
        List<String> adapters = results.run().adapterNames();
        Map<VectorId, Map<String, Result>> byVector = new LinkedHashMap<>();
        for (Result result : results.results()) {
            byVector.computeIfAbsent(result.vector(), id -> new LinkedHashMap<>()).put(result.adapter(), result);
        }
        List<MatrixRow> rows = new ArrayList<>();
        Set<Layer> layers = new TreeSet<>();
        Set<String> tokens = new TreeSet<>();
        Set<Severity> severities = new TreeSet<>();
        Set<Verdict> verdicts = new TreeSet<>();
        boolean missing = false;
        for (Map.Entry<VectorId, Map<String, Result>> entry : byVector.entrySet()) {
            VectorId id = entry.getKey();
            Map<String, Result> answers = entry.getValue();
            Optional<Vector> vector = Optional.ofNullable(vectors.get(id));
            Severity severity = vector.map(Vector::severity).orElse(answers.values().iterator().next().severity());
            List<MatrixCell> cells = adapters.stream()
                    .map(adapter -> MatrixCell.of(adapter, Optional.ofNullable(answers.get(adapter)))).toList();
            rows.add(new MatrixRow(id.toString(), VectorDetail.anchor(id),
                    vector.map(Vector::title).orElse("(not in the corpus this report was given)"), id.layer().wireName(),
                    id.algorithmToken(), severity.wireName(), cells, detailed.contains(id)));
            layers.add(id.layer());
            tokens.add(id.algorithmToken());
            severities.add(severity);
            answers.values().forEach(result -> verdicts.add(result.verdict()));
            missing |= answers.size() < adapters.size();
        }
        FailurePolicy policy = results.run().options().policy();
        String failures = Arrays.stream(Verdict.values()).filter(policy::isFailure)
                .map(Verdict::name).collect(Collectors.joining(" "));
        return new Matrix(adapters, rows, layers.stream().map(Layer::wireName).toList(), algorithmOrder(tokens),
                severities.stream().map(Severity::wireName).toList(), verdicts.stream().map(VerdictLegend::of).toList(),
                failures, missing);
    }

    private static List<String> algorithmOrder(Set<String> tokens) {
        List<String> ordered = new ArrayList<>();
        for (Algorithm algorithm : Algorithm.values()) {
            if (tokens.contains(algorithm.idName())) {
                ordered.add(algorithm.idName());
            }
        }
        tokens.stream().filter(token -> !ordered.contains(token)).forEach(ordered::add);
        return ordered;
    }
}
