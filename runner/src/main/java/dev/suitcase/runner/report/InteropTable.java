package dev.suitcase.runner.report;

import dev.suitcase.verifier.Algorithm;

import java.util.ArrayList;
import java.util.List;

/**
 * The producer × verifier tables ({@link InteropView}) as aligned text for the console, one per
 * algorithm: producers down, each producer's {@value ProducerMatrixView#CONFORMANCE_COLUMN} and the
 * verifiers across, each cell the verdict report.html shows; under each table its notes, one line
 * for each thing to look at.
 */
public final class InteropTable {
    private static final String GAP = "  ";

    private InteropTable() {
    }

    /** The tables, their notes and the legend, as lines; none when there is no table. */
    public static List<String> render(InteropView view) {
        List<String> lines = new ArrayList<>();
        for (InteropView.Table table : view.tables()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(table.algorithm() + Algorithm.fromName(table.algorithm()).map(alg -> " (" + alg.coseId() + ")").orElse("")
                    + ": producers down, verifiers across");
            lines.addAll(grid(table));
            table.notes().forEach(note -> lines.add("  - " + note));
        }
        if (!lines.isEmpty()) {
            lines.add("");
            lines.add(ProducerMatrixView.CONFORMANCE_COLUMN + ": the producer's own verdict, PASS when the strict reference "
                    + "verifier accepts its envelopes; the other columns: each verifier's verdict on them, the most costly "
                    + "over the manifests; (cose): on the envelope's COSE_Sign1 only; not run: no envelope to verify");
        }
        return lines;
    }

    private static List<String> grid(InteropView.Table table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("producer");
        header.addAll(table.verifiers());
        rows.add(header);
        for (InteropView.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.producer());
            row.cells().forEach(cell -> cells.add(cell.label()));
            rows.add(cells);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(GAP);
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                line.append(cell);
                if (column < row.size() - 1) {
                    line.append(" ".repeat(widths[column] - cell.length())).append(GAP);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
