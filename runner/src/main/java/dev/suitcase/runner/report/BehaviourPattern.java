package dev.suitcase.runner.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of the pruned matrix: the vectors on which every adapter gave the same verdicts, so a
 * corpus of thousands of vectors reads as its few distinct behaviours (JSONTestSuite's pruned
 * matrix).
 *
 * @param cells   the verdicts across adapters, in run order
 * @param vectors the matrix rows that behave so, in id order; the first is the example
 * @param failing whether some adapter fails these vectors under the run's policy
 */
public record BehaviourPattern(List<MatrixCell> cells, List<MatrixRow> vectors, boolean failing) {

    public BehaviourPattern {
        cells = List.copyOf(cells);
        vectors = List.copyOf(vectors);
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("a behaviour pattern is shown by at least one vector");
        }
    }

    /**
     * The distinct behaviours of a matrix: failing patterns first, then the most common, then by
     * example id.
     */
    public static List<BehaviourPattern> of(Matrix matrix) {
        Set<String> failures = Arrays.stream(matrix.failureVerdicts().split(" ")).collect(Collectors.toSet());
        Map<List<String>, List<MatrixRow>> groups = new LinkedHashMap<>();
        for (MatrixRow row : matrix.rows()) {
            groups.computeIfAbsent(row.pattern(), pattern -> new ArrayList<>()).add(row);
        }
        return groups.entrySet().stream()
                .map(group -> new BehaviourPattern(
                        group.getValue().get(0).cells().stream().map(MatrixCell::withoutAnswer).toList(),
                        group.getValue(), group.getKey().stream().anyMatch(failures::contains)))
                .sorted(Comparator.comparing((BehaviourPattern pattern) -> !pattern.failing())
                        .thenComparing(Comparator.comparingInt(BehaviourPattern::count).reversed())
                        .thenComparing(BehaviourPattern::exampleId))
                .toList();
    }

    public int count() {
        return vectors.size();
    }

    public String exampleId() {
        return vectors.get(0).id();
    }
}
