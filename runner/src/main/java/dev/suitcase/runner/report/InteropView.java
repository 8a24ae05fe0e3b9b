package dev.suitcase.runner.report;

import dev.suitcase.runner.verdict.Verdict;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The producer x verifier tables of report.html, summary.md and the console, as they are drawn:
 * per algorithm, one table whose rows are the producers, whose columns are each producer's own
 * conformance and then the verifiers, and whose cells say what was judged of the producer's
 * envelopes, and under it the notes on what to look at. {@link ProducerMatrixView} makes it from the
 * judged results of {@code suitcase interop}; {@link InteropTable} prints it as text.
 *
 * @param tables one per algorithm, in the order shown
 */
public record InteropView(List<Table> tables) {

    public InteropView {
        tables = List.copyOf(tables);
    }

    /**
     * The envelopes of one algorithm.
     *
     * @param algorithm the algorithm's display name, e.g. {@code ES256}
     * @param verifiers the column headings, unique: {@value ProducerMatrixView#CONFORMANCE_COLUMN}, then the verifiers
     * @param rows      one per producer, each with one cell per verifier, in column order
     * @param notes     one line per thing an implementer should look at, shown under the table
     */
    public record Table(String algorithm, List<String> verifiers, List<Row> rows, List<String> notes) {
        public Table {
            requireText(algorithm, "algorithm");
            verifiers = List.copyOf(verifiers);
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
            Set<String> seen = new HashSet<>();
            for (String verifier : verifiers) {
                if (!seen.add(verifier)) {
                    throw new IllegalArgumentException("verifier '" + verifier + "' heads two columns of the " + algorithm
                            + " table; each verifier has one column");
                }
            }
            for (Row row : rows) {
                if (row.cells().size() != verifiers.size()) {
                    throw new IllegalArgumentException("producer '" + row.producer() + "' has " + row.cells().size()
                            + " cells in the " + algorithm + " table, which has " + verifiers.size() + " verifiers");
                }
            }
        }
    }

    /**
     * One producer's envelopes as each verifier judged them.
     *
     * @param producer the producer's name in the run
     * @param cells    one per verifier, in the table's column order
     */
    public record Row(String producer, List<Cell> cells) {
        public Row {
            requireText(producer, "producer");
            cells = List.copyOf(cells);
        }
    }

    /**
     * What one verifier made of one producer's envelopes, or whether the producer's envelopes conform.
     *
     * @param verdict     the verdict; empty when the pair was not run (say why in the explanation)
     * @param explanation one line: what happened, or why nothing was run
     * @param cose        whether the verdict is on the envelopes' COSE_Sign1 only: the verifier
     *                    checks COSE_Sign1 messages, not SUIT envelopes
     */
    public record Cell(Optional<Verdict> verdict, String explanation, boolean cose) {
        public Cell {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(explanation, "explanation");
            if (cose && verdict.isEmpty()) {
                throw new IllegalArgumentException("a cell that was not run has no verdict on a COSE_Sign1 either");
            }
        }

        public static Cell of(Verdict verdict, String explanation) {
            return new Cell(Optional.of(verdict), explanation, false);
        }

        /** A verdict on the envelopes' COSE_Sign1 only. */
        public static Cell ofCose(Verdict verdict, String explanation) {
            return new Cell(Optional.of(verdict), explanation, true);
        }

        public static Cell notRun(String why) {
            return new Cell(Optional.empty(), why, false);
        }

        /** The colour class of the cell. */
        public String css() {
            return verdict.map(shown -> VerdictLegend.of(shown).css()).orElse(VerdictLegend.NO_RESULT_CSS);
        }

        /** What the cell reads: the verdict, marked {@code (cose)} when on the COSE_Sign1 only, or {@code not run}. */
        public String label() {
            return verdict.map(shown -> shown.name() + (cose ? " (cose)" : "")).orElse("not run");
        }
    }

    private static void requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) {
            throw new IllegalArgumentException("the " + field + " of a producer x verifier table must not be blank");
        }
    }
}
