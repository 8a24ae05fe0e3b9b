package dev.suitcase.perf.report;

import dev.suitcase.perf.RatioTo;
import dev.suitcase.perf.RawPrimitive;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs every result with its raw primitive: the method marked {@link RawPrimitive} in the result's
 * own class, or in the class its {@link RatioTo} names, measured with the same parameters (those the
 * two classes share) in the same run.
 */
public final class Baselines {
    private final Function<String, Optional<String>> baselineOfClass;
    private final Map<String, Optional<String>> known = new HashMap<>();

    /**
     * @param baselineOfClass for a benchmark class name, the JMH name ({@code <class>.<method>}) of the
     *                        raw primitive its figures are divided by, if any
     */
    public Baselines(Function<String, Optional<String>> baselineOfClass) {
        this.baselineOfClass = baselineOfClass;
    }

    /** Baselines found from the annotations of the benchmark classes on the class path. */
    public static Baselines fromAnnotations() {
        return new Baselines(Baselines::annotatedBaseline);
    }

    /** Every result, in run order, with its baseline. */
    public List<Figure> pair(List<BenchmarkResult> results) {
        List<Figure> figures = new ArrayList<>();
        for (BenchmarkResult result : results) {
            Optional<String> baselineName = known.computeIfAbsent(result.className(), baselineOfClass);
            Optional<BenchmarkResult> baseline = baselineName.flatMap(name -> results.stream()
                    .filter(candidate -> candidate.benchmark().equals(name) && candidate.agreesWith(result))
                    .findFirst());
            figures.add(new Figure(result, baseline));
        }
        return figures;
    }

    private static Optional<String> annotatedBaseline(String className) {
        Class<?> benchmarkClass;
        try {
            benchmarkClass = Class.forName(className);
        } catch (ClassNotFoundException e) {
            // Results of a class this jar no longer has: shown without a ratio.
            return Optional.empty();
        }
        RatioTo ratioTo = benchmarkClass.getAnnotation(RatioTo.class);
        Class<?> baselineClass = ratioTo == null ? benchmarkClass : ratioTo.value();
        for (Method method : baselineClass.getMethods()) {
            if (method.isAnnotationPresent(RawPrimitive.class)) {
                return Optional.of(baselineClass.getName() + "." + method.getName());
            }
        }
        return Optional.empty();
    }
}
