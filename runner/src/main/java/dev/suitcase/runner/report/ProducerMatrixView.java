package dev.suitcase.runner.report;

import dev.suitcase.adapters.Operation;
import dev.suitcase.runner.interop.InteropId;
import dev.suitcase.runner.interop.InteropManifests;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.FailureOrder;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.verifier.Algorithm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The producer × verifier tables of {@code suitcase interop}, drawn from the judged results of the
 * vectors the matrix made ({@link InteropId}): nothing is judged here, every cell shows verdicts
 * the {@link dev.suitcase.runner.verdict.Judge} gave. Per algorithm, one row per producer; the
 * {@value #CONFORMANCE_COLUMN} column holds the producer's own results (did the reference verifier
 * accept its envelopes), then one column per verifier of the run (an adapter whose statement lists
 * verify) holds its results on the producer's envelopes.
 *
 * <p>A cell stands for the producer's envelopes of every manifest, so it shows the most costly of
 * their verdicts ({@link FailureOrder} first) and its explanation gives each one's. A verifier's
 * verdict on an envelope is its result on the whole envelope when its statement covers the suit
 * layer, else on the envelope's COSE_Sign1 (the cell is marked {@code (cose)}), else
 * NOT_APPLICABLE; a producer that made no envelope leaves its verifier cells not run, and why.
 */
public final class ProducerMatrixView {
    /** The column of each producer's own conformance. */
    public static final String CONFORMANCE_COLUMN = "conformance";
    /** Between the manifests' explanations in a cell's one line. */
    static final String SEPARATOR = " | ";
    /** After {@link FailureOrder}'s failures, the other verdicts from the most to the least telling. */
    private static final List<Verdict> REST = List.of(Verdict.ERROR, Verdict.PASS_OTHER_REASON, Verdict.INFO, Verdict.PASS,
            Verdict.NOT_APPLICABLE);
    private static final Comparator<Verdict> MOST_COSTLY_FIRST = Comparator.comparingInt(FailureOrder::rank)
            .thenComparingInt(REST::indexOf);

    private final Map<InteropId, Map<String, Result>> byId = new HashMap<>();
    private final Map<String, String> adapterByToken = new HashMap<>();
    private final Results results;

    private ProducerMatrixView(Results results) {
        this.results = results;
        results.run().adapterNames().forEach(name -> adapterByToken.put(InteropId.token(name), name));
        for (Result result : results.results()) {
            InteropId.of(result.vector()).ifPresent(id -> byId.computeIfAbsent(id, key -> new HashMap<>()).put(result.adapter(), result));
        }
    }

    /** The tables of {@code results}; none when the run made no vector of the producer matrix. */
    public static InteropView of(Results results) {
        return new ProducerMatrixView(results).view();
    }

    private InteropView view() {
        EnumSet<Algorithm> algorithms = EnumSet.noneOf(Algorithm.class);
        byId.keySet().forEach(id -> algorithms.add(id.algorithm()));
        List<String> verifiers = results.run().adapters().stream()
                .filter(adapter -> adapter.ics().operations().contains(Operation.VERIFY))
                .map(AdapterUnderTest::name)
                .filter(name -> byId.entrySet().stream().anyMatch(entry -> entry.getKey().kind() != InteropId.Kind.SIGNED
                        && entry.getValue().containsKey(name)))
                .toList();
        List<InteropView.Table> tables = new ArrayList<>();
        for (Algorithm algorithm : algorithms) {
            List<String> columns = new ArrayList<>();
            columns.add(CONFORMANCE_COLUMN);
            columns.addAll(verifiers);
            List<String> manifests = manifests(algorithm);
            Set<String> notes = new LinkedHashSet<>();
            List<InteropView.Row> rows = new ArrayList<>();
            for (String producer : producers(algorithm)) {
                List<InteropView.Cell> cells = new ArrayList<>();
                cells.add(conformance(producer, algorithm, manifests, notes));
                verifiers.forEach(verifier -> cells.add(verified(verifier, producer, algorithm, manifests, notes)));
                rows.add(new InteropView.Row(producer, cells));
            }
            tables.add(new InteropView.Table(algorithm.displayName(), columns, rows, List.copyOf(notes)));
        }
        return new InteropView(tables);
    }

    /** The producers of {@code algorithm}, in run order: those with a result of their own, or whose envelope has results. */
    private List<String> producers(Algorithm algorithm) {
        Set<String> producers = new LinkedHashSet<>();
        byId.forEach((id, answers) -> {
            if (id.algorithm() == algorithm && adapterByToken.containsKey(id.producer())) {
                producers.add(adapterByToken.get(id.producer()));
            }
        });
        return results.run().adapterNames().stream().filter(producers::contains).toList();
    }

    /** The manifests of {@code algorithm}'s envelopes: the standard ones in their order, any other after them by name. */
    private List<String> manifests(Algorithm algorithm) {
        Set<String> names = new TreeSet<>();
        byId.keySet().stream().filter(id -> id.algorithm() == algorithm).forEach(id -> names.add(id.manifest()));
        List<String> standard = InteropManifests.names();
        return names.stream().sorted(Comparator.comparingInt((String name) -> standard.contains(name)
                ? standard.indexOf(name) : standard.size())).toList();
    }

    private Optional<Result> result(InteropId.Kind kind, Algorithm algorithm, String manifest, String producer, String adapter) {
        return Optional.ofNullable(byId.get(InteropId.of(kind, algorithm, manifest, producer))).map(answers -> answers.get(adapter));
    }

    /** The producer's own results: is each of its envelopes conformant? */
    private InteropView.Cell conformance(String producer, Algorithm algorithm, List<String> manifests, Set<String> notes) {
        List<Result> own = new ArrayList<>();
        for (String manifest : manifests) {
            result(InteropId.Kind.SIGNED, algorithm, manifest, producer, producer).ifPresent(own::add);
        }
        own.forEach(result -> note(result, notes));
        if (own.isEmpty()) {
            return InteropView.Cell.notRun("not in this run: the selection (--layer, --filter, --shard) left the producer's "
                    + "own vectors out");
        }
        return InteropView.Cell.of(own.stream().map(Result::verdict).min(MOST_COSTLY_FIRST).orElseThrow(),
                joined(own.stream().map(Result::explanation).toList()));
    }

    /** One verifier's results on the producer's envelopes, the whole envelope's when its statement covers it. */
    private InteropView.Cell verified(String verifier, String producer, Algorithm algorithm, List<String> manifests,
                                      Set<String> notes) {
        List<Result> chosen = new ArrayList<>();
        boolean cose = true;
        List<String> unrun = new ArrayList<>();
        for (String manifest : manifests) {
            Optional<Result> envelope = result(InteropId.Kind.ENVELOPE, algorithm, manifest, producer, verifier);
            Optional<Result> coseSign1 = result(InteropId.Kind.COSE_SIGN1, algorithm, manifest, producer, verifier);
            if (envelope.filter(ProducerMatrixView::applicable).isPresent()) {
                chosen.add(envelope.get());
                cose = false;
            } else if (coseSign1.filter(ProducerMatrixView::applicable).isPresent()) {
                chosen.add(coseSign1.get());
            } else if (envelope.isPresent() || coseSign1.isPresent()) {
                envelope.ifPresent(chosen::add);
                coseSign1.ifPresent(chosen::add);
                cose = false;
            } else {
                unrun.add(result(InteropId.Kind.SIGNED, algorithm, manifest, producer, producer)
                        .map(own -> "no envelope of " + manifest + " to verify: " + own.explanation())
                        .orElse("no envelope of " + manifest + " in this run"));
            }
        }
        chosen.forEach(result -> note(result, notes));
        if (chosen.isEmpty()) {
            return InteropView.Cell.notRun(joined(unrun));
        }
        List<String> explanations = new ArrayList<>(chosen.stream().map(Result::explanation).toList());
        explanations.addAll(unrun);
        Verdict shown = chosen.stream().map(Result::verdict).min(MOST_COSTLY_FIRST).orElseThrow();
        boolean onCose = cose && shown != Verdict.NOT_APPLICABLE;
        return onCose ? InteropView.Cell.ofCose(shown, joined(explanations)) : InteropView.Cell.of(shown, joined(explanations));
    }

    private static boolean applicable(Result result) {
        return result.verdict() != Verdict.NOT_APPLICABLE;
    }

    /** What to look at under the table: every result that is not a pass, and why an adapter is not applicable. */
    private static void note(Result result, Set<String> notes) {
        if (!result.verdict().isPass() && result.verdict() != Verdict.INFO) {
            notes.add(result.adapter() + ": " + result.explanation());
        }
    }

    /** The explanations in manifest order, each once: a verifier that is not applicable says so once, not per manifest. */
    private static String joined(List<String> explanations) {
        return String.join(SEPARATOR, new LinkedHashSet<>(explanations));
    }
}
