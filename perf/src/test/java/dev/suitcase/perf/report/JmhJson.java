package dev.suitcase.perf.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds JSON the way JMH 1.37 writes it with {@code -rf json}, for the report tests. */
final class JmhJson {
    private JmhJson() {
    }

    /** One entry: a benchmark, its parameters, its score in us/op and, if not null, its bytes per op. */
    static String entry(String benchmark, Map<String, String> params, double microseconds, String error,
                        Double allocatedBytes) {
        return entry(benchmark, params, microseconds, error, allocatedBytes, null);
    }

    /** As above, with the CPU time in ns/op of CpuTimeProfiler when not null. */
    static String entry(String benchmark, Map<String, String> params, double microseconds, String error,
                        Double allocatedBytes, Double cpuNanos) {
        String paramsJson = params.entrySet().stream()
                .map(p -> "\"" + p.getKey() + "\": \"" + p.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
        List<String> metrics = new ArrayList<>();
        if (allocatedBytes != null) {
            metrics.add(String.format(Locale.ROOT,
                    "\"gc.alloc.rate.norm\": {\"score\": %s, \"scoreError\": \"NaN\", \"scoreUnit\": \"B/op\"}",
                    allocatedBytes));
        }
        if (cpuNanos != null) {
            metrics.add(String.format(Locale.ROOT,
                    "\"cpu.time.norm\": {\"score\": %s, \"scoreError\": 1.0, \"scoreUnit\": \"ns/op\"}", cpuNanos));
        }
        String secondary = metrics.stream().collect(Collectors.joining(", ", "{", "}"));
        return String.format(Locale.ROOT, """
                {"jmhVersion": "1.37", "benchmark": "%s", "mode": "avgt", "threads": 1, "forks": 1,
                 "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "17.0.15", "warmupIterations": 3,
                 "warmupTime": "1 s", "measurementIterations": 5, "measurementTime": "1 s", "params": %s,
                 "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "us/op", "rawData": [[1.0]]},
                 "secondaryMetrics": %s}""", benchmark, paramsJson, microseconds, error, secondary);
    }

    static String array(List<String> entries) {
        return entries.stream().collect(Collectors.joining(",\n", "[\n", "\n]"));
    }
}
