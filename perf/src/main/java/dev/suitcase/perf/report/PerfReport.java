package dev.suitcase.perf.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one JMH run, paired with their raw primitives, grouped into tables and held
 * against the targets: what {@link TextReport} prints and {@link HtmlReport} writes.
 *
 * @param source      where the JMH results were read from
 * @param environment the JMH, JVM and iteration settings of the run
 */
public record PerfReport(String source, String environment, List<Figure> figures, List<FigureGroup> groups,
                         Map<Target, List<Target.Check>> targets) {

    public PerfReport {
        figures = List.copyOf(figures);
        groups = List.copyOf(groups);
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** The report of {@code results}, with baselines from {@code baselines} and the targets of issue 7. */
    public static PerfReport of(String source, JmhResults results, Baselines baselines) {
        return of(source, results.environment(), results.results(), baselines);
    }

    static PerfReport of(String source, String environment, List<BenchmarkResult> results, Baselines baselines) {
        List<Figure> figures = baselines.pair(results);
        Map<Target, List<Target.Check>> targets = new LinkedHashMap<>();
        for (Target target : Target.ofIssue7()) {
            targets.put(target, target.check(figures));
        }
        return new PerfReport(source, environment, figures, FigureGroup.of(figures), targets);
    }
}
