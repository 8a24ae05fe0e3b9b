package dev.suitcase.runner.report;

import java.util.List;
import java.util.Objects;

/**
 * One vector's row of the matrix: what the filters select on, and one cell per adapter.
 *
 * @param id        the vector id
 * @param anchor    the HTML id of its detail, when it has one
 * @param title     its title, or a note that the corpus given does not hold it
 * @param layer     its layer's wire name
 * @param algorithm its algorithm token, e.g. {@code es256} or {@code any}
 * @param severity  its severity's wire name
 * @param cells     one per adapter, in run order
 * @param detailed  whether report.html holds its detail ({@link DetailChoice})
 */
public record MatrixRow(String id, String anchor, String title, String layer, String algorithm, String severity,
                        List<MatrixCell> cells, boolean detailed) {

    public MatrixRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        cells = List.copyOf(cells);
    }

    /** The verdicts across adapters, the row's behaviour: what the pruned matrix groups by. */
    public List<String> pattern() {
        return cells.stream().map(MatrixCell::verdict).toList();
    }
}
