package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.interop.InteropCell;
import dev.suitcase.runner.interop.InteropTable;
import dev.suitcase.runner.interop.ProducerMatrix;
import dev.suitcase.runner.interop.Production;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.verifier.Algorithm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The producer × verifier matrix of {@code suitcase matrix} as report.html and summary.md draw it
 * ({@link InteropView}): per algorithm, one row per producer and one column per verifier, the
 * {@value InteropTable#REFERENCE_COLUMN} column (the producer's own conformance) first, as in the
 * text tables of {@link InteropTable}, whose notes go under each table.
 *
 * <p>A cell stands for the producer's envelopes of every manifest, so it shows the most costly of
 * their verdicts and its explanation says, manifest by manifest, what happened. The reference
 * verifier is the oracle: a verifier's answer is judged against the reference verifier's answer to
 * the very same request, the producer's envelope against conformance.
 * <ul>
 *   <li>verifier columns: PASS when it answers as the reference verifier does (PASS_OTHER_REASON
 *       when both reject for different reasons), FAIL_ACCEPTED when it accepts what the reference
 *       verifier rejects, FAIL_REJECTED when it rejects what the reference verifier accepts,
 *       UNSUPPORTED, CRASH (a broken protocol included) or TIMEOUT as answered, NOT_APPLICABLE when its
 *       statement does not cover the envelope; not run when the producer made no envelope;</li>
 *   <li>the reference column: PASS for a conformant envelope, FAIL_REJECTED for one the reference
 *       verifier rejects (a conformant verifier will refuse it too), and the producer's UNSUPPORTED,
 *       CRASH or TIMEOUT when it made none.</li>
 * </ul>
 */
public final class ProducerMatrixView {
    /** The verdicts a cell may show, the most costly first: a cell shows the first any of its envelopes has. */
    private static final List<Verdict> COST = List.of(Verdict.FAIL_ACCEPTED, Verdict.FAIL_REJECTED, Verdict.CRASH,
            Verdict.TIMEOUT, Verdict.UNSUPPORTED, Verdict.PASS_OTHER_REASON, Verdict.PASS, Verdict.NOT_APPLICABLE);

    /** Between the manifests' explanations in a cell's one line. */
    static final String SEPARATOR = " | ";

    private ProducerMatrixView() {
    }

    public static InteropView of(ProducerMatrix matrix) {
        List<InteropView.Table> tables = new ArrayList<>();
        for (Algorithm algorithm : matrix.algorithms()) {
            List<String> columns = new ArrayList<>();
            columns.add(InteropTable.REFERENCE_COLUMN);
            columns.addAll(matrix.verifiers());
            List<InteropView.Row> rows = new ArrayList<>();
            for (String producer : matrix.producers(algorithm)) {
                List<Production> envelopes = matrix.row(producer, algorithm);
                List<InteropView.Cell> cells = new ArrayList<>();
                cells.add(conformance(envelopes));
                matrix.verifiers().forEach(verifier -> cells.add(verified(verifier, envelopes)));
                rows.add(new InteropView.Row(producer, cells));
            }
            tables.add(new InteropView.Table(algorithm.displayName(), columns, rows, InteropTable.notes(matrix, algorithm)));
        }
        return new InteropView(tables);
    }

    /** The reference column: is each of the producer's envelopes conformant? */
    static InteropView.Cell conformance(List<Production> envelopes) {
        List<Verdict> verdicts = envelopes.stream().map(ProducerMatrixView::conformance).toList();
        return InteropView.Cell.of(mostCostly(verdicts).orElseThrow(),
                joined(envelopes.stream().map(Production::explanation).toList()));
    }

    /** One verifier's column: what it made of each envelope the producer made. */
    static InteropView.Cell verified(String verifier, List<Production> envelopes) {
        List<Verdict> verdicts = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        for (Production production : envelopes) {
            Optional<InteropCell> cell = production.cell(verifier);
            if (cell.isPresent()) {
                verdicts.add(verdict(cell.get()));
                explanations.add(cell.get().explanation());
            } else {
                explanations.add("no envelope to verify: " + production.explanation());
            }
        }
        String explanation = joined(explanations);
        return mostCostly(verdicts).map(verdict -> InteropView.Cell.of(verdict, explanation))
                .orElseGet(() -> InteropView.Cell.notRun(explanation));
    }

    /** A verifier's answer to one envelope, judged against the reference verifier's answer to the same request. */
    static Verdict verdict(InteropCell cell) {
        return switch (cell.kind()) {
            case ACCEPT -> cell.disagrees() ? Verdict.FAIL_ACCEPTED : Verdict.PASS;
            case REJECT -> {
                if (cell.disagrees()) {
                    yield Verdict.FAIL_REJECTED;
                }
                // as the judge of a vector run: a rejection naming no reason, or the reference's, is a plain pass
                AdapterOutcome answer = cell.outcome().orElseThrow();
                boolean sameReason = answer.reason().isEmpty() || answer.reason().equals(cell.reference().orElseThrow().reason());
                yield sameReason ? Verdict.PASS : Verdict.PASS_OTHER_REASON;
            }
            case UNSUPPORTED -> Verdict.UNSUPPORTED;
            case CRASH -> Verdict.CRASH;
            case TIMEOUT -> Verdict.TIMEOUT;
            case NOT_APPLICABLE -> Verdict.NOT_APPLICABLE;
        };
    }

    /** The producer's answer to one sign request, judged by the reference verifier when it made an envelope. */
    static Verdict conformance(Production production) {
        return switch (production.signing().kind()) {
            case SIGNED -> production.conformant() ? Verdict.PASS : Verdict.FAIL_REJECTED;
            case UNSUPPORTED -> Verdict.UNSUPPORTED;
            case TIMEOUT -> Verdict.TIMEOUT;
            case CRASH, PROTOCOL_VIOLATION -> Verdict.CRASH;
        };
    }

    private static Optional<Verdict> mostCostly(List<Verdict> verdicts) {
        return verdicts.stream().min(Comparator.comparingInt(COST::indexOf));
    }

    /** The explanations in manifest order, each once: a verifier that is not applicable says so once, not per manifest. */
    private static String joined(List<String> explanations) {
        Set<String> distinct = new LinkedHashSet<>(explanations);
        return String.join(SEPARATOR, distinct);
    }
}
