package dev.suitcase.perf.report;

import dev.suitcase.perf.RatioTo;
import dev.suitcase.perf.RawPrimitive;
import dev.suitcase.perf.WallClockRatio;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pairs every result with its raw primitive: the method marked {@link RawPrimitive} in the result's
 * own class, or in the class its {@link RatioTo} names, measured with the same parameters (those the
 * two classes share) in the same run. A class marked {@link WallClockRatio} has its ratios computed
 * from wall-clock times.
 */
public final class Baselines {
    private final Function<String, Optional<String>> baselineOfClass;
    private final Predicate<String> wallClockClass;
    private final Map<String, Optional<String>> known = new HashMap<>();

    /**
     * @param baselineOfClass for a benchmark class name, the JMH name ({@code <class>.<method>}) of the
     *                        raw primitive its figures are divided by, if any
     * @param wallClockClass  whether a benchmark class, by name, compares wall-clock times only
     */
    public Baselines(Function<String, Optional<String>> baselineOfClass, Predicate<String> wallClockClass) {
        this.baselineOfClass = baselineOfClass;
        this.wallClockClass = wallClockClass;
    }

    /** Baselines found from the annotations of the benchmark classes on the class path. */
    public static Baselines fromAnnotations() {
        return new Baselines(Baselines::annotatedBaseline,
                className -> benchmarkClass(className).filter(c -> c.isAnnotationPresent(WallClockRatio.class))
                        .isPresent());
    }

    /** Every result, in run order, with its baseline. */
    public List<Figure> pair(List<BenchmarkResult> results) {
        List<Figure> figures = new ArrayList<>();
        for (BenchmarkResult result : results) {
            Optional<String> baselineName = known.computeIfAbsent(result.className(), baselineOfClass);
            Optional<BenchmarkResult> baseline = baselineName.flatMap(name -> results.stream()
                    .filter(candidate -> candidate.benchmark().equals(name) && candidate.agreesWith(result))
                    .findFirst());
            figures.add(new Figure(result, baseline, wallClockClass.test(result.className())));
        }
        return figures;
    }

    private static Optional<String> annotatedBaseline(String className) {
        Optional<Class<?>> benchmarkClass = benchmarkClass(className);
        if (benchmarkClass.isEmpty()) {
            return Optional.empty();
        }
        RatioTo ratioTo = benchmarkClass.get().getAnnotation(RatioTo.class);
        Class<?> baselineClass = ratioTo == null ? benchmarkClass.get() : ratioTo.value();
        for (Method method : baselineClass.getMethods()) {
            if (method.isAnnotationPresent(RawPrimitive.class)) {
                return Optional.of(baselineClass.getName() + "." + method.getName());
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> benchmarkClass(String className) {
        try {
            return Optional.of(Class.forName(className));
        } catch (ClassNotFoundException e) {
            // Results of a class this jar no longer has: shown without a ratio.
            return Optional.empty();
        }
    }
}
