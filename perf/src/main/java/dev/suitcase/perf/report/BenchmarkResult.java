package dev.suitcase.perf.report;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One benchmark with one set of parameters, as JMH measured it: the primary score (time per
 * operation) and, when the run used {@code -prof gc}, the bytes allocated per operation.
 *
 * @param benchmark          the JMH name, {@code <class>.<method>}
 * @param params             the parameters, by name, in name order
 * @param score              the mean time per operation, in {@code unit}
 * @param scoreError         the half-width of JMH's 99.9% confidence interval; NaN when too few
 *                           iterations to compute one
 * @param unit               JMH's unit, e.g. {@code us/op}
 * @param allocatedBytesPerOp {@code gc.alloc.rate.norm}, when measured
 * @param cpuNanosPerOp      the CPU time of the whole JVM per operation, when the run used
 *                           {@link dev.suitcase.perf.profile.CpuTimeProfiler}
 */
public record BenchmarkResult(String benchmark, Map<String, String> params, double score, double scoreError,
                              String unit, OptionalDouble allocatedBytesPerOp, OptionalDouble cpuNanosPerOp) {

    public BenchmarkResult {
        if (benchmark.lastIndexOf('.') <= 0) {
            throw new IllegalArgumentException("a JMH benchmark name is <class>.<method>, not '" + benchmark + "'");
        }
        params = Map.copyOf(new TreeMap<>(params));
        nanosPerUnit(unit);
    }

    /** The benchmark class's fully qualified name. */
    public String className() {
        return benchmark.substring(0, benchmark.lastIndexOf('.'));
    }

    /** The class name without its package, as tables show it. */
    public String simpleClassName() {
        String className = className();
        return className.substring(className.lastIndexOf('.') + 1);
    }

    public String methodName() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** The parameters in name order, for display: {@code payloadBytes=64}. */
    public String describeParams() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) ->
                text.append(text.length() == 0 ? "" : ", ").append(name).append('=').append(value));
        return text.toString();
    }

    /** The score in nanoseconds per operation, whatever unit JMH reported it in. */
    public double nanosPerOp() {
        return score * nanosPerUnit(unit);
    }

    /** The score error in nanoseconds per operation (NaN when JMH gave none). */
    public double errorNanosPerOp() {
        return scoreError * nanosPerUnit(unit);
    }

    /** Whether every parameter both results have has the same value in both. */
    public boolean agreesWith(BenchmarkResult other) {
        for (Map.Entry<String, String> param : params.entrySet()) {
            String theirs = other.params.get(param.getKey());
            if (theirs != null && !theirs.equals(param.getValue())) {
                return false;
            }
        }
        return true;
    }

    static double nanosPerUnit(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new IllegalArgumentException("unit '" + unit + "' is not a time per operation; run the "
                    + "benchmarks in average-time or single-shot mode (ns/op, us/op, ms/op or s/op)");
        };
    }
}
