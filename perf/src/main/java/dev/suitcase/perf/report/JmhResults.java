package dev.suitcase.perf.report;

import dev.suitcase.perf.profile.CpuTimeProfiler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads the JSON file JMH writes with {@code -rf json}: an array with one object per benchmark
 * and parameter set, in the order they ran.
 */
public final class JmhResults {
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final String CPU_TIME = CpuTimeProfiler.METRIC;
    /** JMH before 1.36 prefixed profiler metrics with a middle dot. */
    private static final String ALLOCATION_BEFORE_1_36 = "\u00b7gc.alloc.rate.norm";

    private final List<BenchmarkResult> results;
    private final String environment;

    private JmhResults(List<BenchmarkResult> results, String environment) {
        this.results = List.copyOf(results);
        this.environment = environment;
    }

    /** The results in {@code file}; throws IllegalArgumentException saying what is wrong with it. */
    public static JmhResults read(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(file);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not JMH's JSON output (" + e.getOriginalMessage()
                    + "); write it with -rf json -rff " + file, e);
        }
        return parse(root, file.toString());
    }

    static JmhResults parse(JsonNode root, String source) {
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no JMH results: JMH writes a non-empty JSON array "
                    + "when at least one benchmark ran");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (JsonNode entry : root) {
            results.add(result(entry, source));
        }
        JsonNode first = root.get(0);
        String environment = "JMH " + text(first, "jmhVersion") + ", " + text(first, "vmName") + " "
                + text(first, "vmVersion") + "; " + text(first, "forks") + " fork(s), "
                + text(first, "warmupIterations") + " x " + text(first, "warmupTime") + " warmup, "
                + text(first, "measurementIterations") + " x " + text(first, "measurementTime") + " measurement";
        return new JmhResults(results, environment);
    }

    public List<BenchmarkResult> results() {
        return results;
    }

    /** The JMH and JVM versions and the iteration settings of the run's first benchmark. */
    public String environment() {
        return environment;
    }

    private static BenchmarkResult result(JsonNode entry, String source) {
        JsonNode primary = entry.path("primaryMetric");
        String benchmark = text(entry, "benchmark");
        if (benchmark.isEmpty() || primary.isMissingNode()) {
            throw new IllegalArgumentException(source + ": an entry without benchmark or primaryMetric is not a JMH "
                    + "result: " + entry);
        }
        Map<String, String> params = new LinkedHashMap<>();
        entry.path("params").forEachEntry((name, value) -> params.put(name, value.asString()));
        JsonNode secondary = entry.path("secondaryMetrics");
        JsonNode allocation = secondary.has(ALLOCATION)
                ? secondary.get(ALLOCATION) : secondary.path(ALLOCATION_BEFORE_1_36);
        OptionalDouble allocated = allocation.isMissingNode()
                ? OptionalDouble.empty() : OptionalDouble.of(number(allocation.path("score")));
        JsonNode cpu = secondary.path(CPU_TIME);
        OptionalDouble cpuNanos = cpu.isMissingNode() ? OptionalDouble.empty()
                : OptionalDouble.of(number(cpu.path("score")) * BenchmarkResult.nanosPerUnit(text(cpu, "scoreUnit")));
        return new BenchmarkResult(benchmark, params, number(primary.path("score")), number(primary.path("scoreError")),
                text(primary, "scoreUnit"), allocated, cpuNanos);
    }

    /** JMH writes NaN and the infinities as strings. */
    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isString()) {
            try {
                return Double.parseDouble(node.stringValue());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + node.stringValue() + "' is not a JMH score");
            }
        }
        throw new IllegalArgumentException("a JMH score must be a number, found " + node);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }
}
