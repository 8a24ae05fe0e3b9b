package dev.suitcase.perf.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark class with one set of parameters: one table of the report, the raw
 * primitive first, then the other raw primitives, then the reference verifier's figures in run order.
 *
 * @param title the class's simple name and its parameters, e.g. {@code Es256Verification (payloadBytes=64)}
 */
public record FigureGroup(String title, List<Figure> figures) {

    public FigureGroup {
        figures = List.copyOf(figures);
    }

    /** Groups {@code figures} by class and parameters, in the order each group first ran. */
    public static List<FigureGroup> of(List<Figure> figures) {
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure figure : figures) {
            BenchmarkResult result = figure.result();
            String params = result.describeParams();
            String title = result.simpleClassName() + (params.isEmpty() ? "" : " (" + params + ")");
            groups.computeIfAbsent(title, key -> new ArrayList<>()).add(figure);
        }
        List<FigureGroup> result = new ArrayList<>();
        groups.forEach((title, members) -> {
            List<Figure> ordered = new ArrayList<>(members);
            ordered.sort(Comparator.comparingInt(FigureGroup::rank));
            result.add(new FigureGroup(title, ordered));
        });
        return result;
    }

    private static int rank(Figure figure) {
        if (figure.isBaseline()) {
            return 0;
        }
        return figure.result().methodName().startsWith("raw") ? 1 : 2;
    }
}
