package dev.suitcase.runner.report;

import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.score.NotImplemented;
import dev.suitcase.runner.score.Scores;
import dev.suitcase.runner.score.UnsupportedGroup;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Layer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything report.html and summary.md show, worked out from the run before any of it is drawn,
 * so the templates only lay it out.
 *
 * @param run              what the run was
 * @param legend           every verdict with its colour and meaning
 * @param cards            one score card per adapter, in run order
 * @param charts           verdicts per adapter, and per adapter and layer
 * @param securityFailures the FAIL_ACCEPTED results, by severity then vector
 * @param advisories       the ADVISORY results, by severity then vector: after the real failures
 * @param unsupported      the UNSUPPORTED results, grouped per adapter, layer and algorithm: after the advisories
 * @param notImplemented   the combinations that look not implemented, whose must-reject passes are not credited
 * @param newFailures      what is new against the baseline or the previous run
 * @param matrix           the vector x adapter matrix
 * @param patterns         the pruned matrix: one row per distinct behaviour
 * @param interop          the producer x verifier tables, from the results; empty when the run made none
 * @param details          the detail of the vectors with a result other than PASS or NOT_APPLICABLE,
 *                         at most {@value DetailChoice#LIMIT}, in id order ({@link DetailChoice})
 * @param detailsLeft      how many more vectors called for a detail than the report holds
 * @param statements       each adapter's conformance statement
 */
public record ReportModel(RunHeader run, List<VerdictLegend> legend, List<ScoreCard> cards,
                          List<StackedBarChart> charts, List<SecurityFailure> securityFailures,
                          List<AcceptedAdvisory> advisories, List<UnsupportedGroup> unsupported,
                          List<NotImplemented> notImplemented, NewFailures newFailures,
                          Matrix matrix, List<BehaviourPattern> patterns, List<InteropView.Table> interop,
                          List<VectorDetail> details, int detailsLeft, List<StatementView> statements) {

    public ReportModel {
        Objects.requireNonNull(run, "run");
        legend = List.copyOf(legend);
        cards = List.copyOf(cards);
        charts = List.copyOf(charts);
        securityFailures = List.copyOf(securityFailures);
        advisories = List.copyOf(advisories);
        unsupported = List.copyOf(unsupported);
        notImplemented = List.copyOf(notImplemented);
        Objects.requireNonNull(newFailures, "newFailures");
        Objects.requireNonNull(matrix, "matrix");
        patterns = List.copyOf(patterns);
        interop = List.copyOf(interop);
        details = List.copyOf(details);
        statements = List.copyOf(statements);
    }

    public static ReportModel of(ReportInputs inputs) {
        Results results = inputs.results();
        Map<VectorId, Vector> vectors = new HashMap<>();
        inputs.corpus().vectors().forEach(vector -> vectors.put(vector.id(), vector));
        results.interopVectors().forEach(vector -> vectors.put(vector.id(), vector));
        Map<VectorId, List<Result>> byVector = new LinkedHashMap<>();
        results.results().forEach(result -> byVector.computeIfAbsent(result.vector(), id -> new ArrayList<>()).add(result));

        DetailChoice choice = DetailChoice.of(byVector, DetailChoice.LIMIT);
        List<VectorDetail> details = new ArrayList<>();
        byVector.forEach((id, answers) -> {
            if (choice.chosen().contains(id)) {
                details.add(VectorDetail.of(id, Optional.ofNullable(vectors.get(id)), answers, inputs.catalogue()));
            }
        });

        Scores scores = results.scores();
        List<ScoreCard> cards = results.run().adapters().stream()
                .map(adapter -> ScoreCard.of(adapter, scores.forAdapter(adapter.name()), scores.notImplemented(adapter.name())))
                .toList();
        Matrix matrix = Matrix.of(results, vectors, choice.chosen());
        return new ReportModel(RunHeader.of(results, inputs.corpus()), VerdictLegend.all(), cards, charts(results),
                SecurityFailure.of(results, vectors, inputs.catalogue()), AcceptedAdvisory.of(results),
                UnsupportedGroup.of(results.results(), results.run().adapterNames()), scores.notImplemented(),
                NewFailures.of(results, inputs.gate(), inputs.previous()), matrix, BehaviourPattern.of(matrix),
                ProducerMatrixView.of(results).tables(), details, choice.left(),
                results.run().adapters().stream().map(StatementView::of).toList());
    }

    /** How many UNSUPPORTED answers the run has, over every group. */
    public int unsupportedCount() {
        return unsupported.stream().mapToInt(UnsupportedGroup::count).sum();
    }

    private static List<StackedBarChart> charts(Results results) {
        Map<String, Map<Verdict, Integer>> perAdapter = new LinkedHashMap<>();
        Map<String, Map<Verdict, Integer>> perLayer = new LinkedHashMap<>();
        for (AdapterUnderTest adapter : results.run().adapters()) {
            perAdapter.put(adapter.name(), new EnumMap<>(Verdict.class));
            for (Layer layer : Layer.values()) {
                perLayer.put(layerBar(adapter.name(), layer), new EnumMap<>(Verdict.class));
            }
        }
        for (Result result : results.results()) {
            perAdapter.get(result.adapter()).merge(result.verdict(), 1, Integer::sum);
            perLayer.get(layerBar(result.adapter(), result.vector().layer())).merge(result.verdict(), 1, Integer::sum);
        }
        perLayer.values().removeIf(Map::isEmpty);
        return List.of(StackedBarChart.of("Verdicts per adapter", perAdapter),
                StackedBarChart.of("Verdicts per adapter and layer", perLayer));
    }

    private static String layerBar(String adapter, Layer layer) {
        return layer.wireName() + " · " + adapter;
    }
}
