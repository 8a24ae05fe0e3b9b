package dev.suitcase.perf.report;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The report as plain-text tables, for the terminal perf/run prints to. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(PerfReport report) {
        StringBuilder out = new StringBuilder();
        out.append("suitcase perf: ").append(count(report)).append(" from ").append(report.source())
                .append('\n').append(report.environment()).append('\n')
                .append(RATIO_EXPLAINED).append('\n');
        for (FigureGroup group : report.groups()) {
            out.append('\n').append(group.title()).append('\n');
            out.append(String.format("  %-22s %10s %9s %10s %9s %24s%n", "benchmark", "time/op", "error", "cpu/op",
                    "x raw", "alloc/op"));
            for (Figure figure : group.figures()) {
                BenchmarkResult result = figure.result();
                out.append(String.format("  %-22s %10s %9s %10s %9s %24s%n", result.methodName(),
                        Format.time(result.nanosPerOp()), Format.error(result), cpuTime(result), ratio(figure),
                        allocation(figure)));
            }
        }
        out.append("\nTargets (issue 7)\n");
        for (Map.Entry<Target, List<Target.Check>> target : report.targets().entrySet()) {
            out.append("  ").append(target.getKey().statement()).append('\n');
            if (target.getValue().isEmpty()) {
                out.append("    not measured in this run\n");
            }
            for (Target.Check check : target.getValue()) {
                BenchmarkResult result = check.figure().result();
                out.append(String.format("    %-6s %-60s %s%n", status(check),
                        label(result),
                        Format.ratio(check.value()) + " " + target.getKey().unit()));
            }
        }
        return out.toString();
    }

    /** How the ratios are computed, for the head of each rendering. */
    static final String RATIO_EXPLAINED = "x raw = CPU time per operation (every thread of the benchmark JVM) divided "
            + "by that of the class's raw primitive with the same parameters, in this run; a ratio marked w "
            + "divides wall-clock times instead (CPU time not measured, or the work runs partly in another process). "
            + "time/op is JMH's wall-clock score.";

    static String count(PerfReport report) {
        int figures = report.figures().size();
        return figures + (figures == 1 ? " figure" : " figures");
    }

    static String cpuTime(BenchmarkResult result) {
        return result.cpuNanosPerOp().isPresent() ? Format.time(result.cpuNanosPerOp().getAsDouble()) : "-";
    }

    static String ratio(Figure figure) {
        String ratio = Format.ratio(figure.ratio());
        return figure.ratio().isPresent() && !figure.comparesCpuTime() ? ratio + " w" : ratio;
    }

    /** Bytes per operation, and for a large payload or envelope what multiple of its size that is. */
    static String allocation(Figure figure) {
        String bytes = Format.bytes(figure.result().allocatedBytesPerOp());
        OptionalDouble perInputByte = figure.allocationPerInputByte(Target.LARGE_INPUT);
        return perInputByte.isPresent()
                ? bytes + " (" + Format.ratio(perInputByte) + "x " + figure.inputName().orElseThrow() + ")" : bytes;
    }

    /** A figure as target lists name it: {@code SuitVerification.suitLayer (algorithm=ES256)}. */
    static String label(BenchmarkResult result) {
        String name = result.simpleClassName() + "." + result.methodName();
        return result.params().isEmpty() ? name : name + " (" + result.describeParams() + ")";
    }

    /** Where a figure stands against a target: met, MISSED, or n/a when the run lacks what the value needs. */
    static String status(Target.Check check) {
        if (check.value().isEmpty()) {
            return "n/a";
        }
        return check.met() ? "met" : "MISSED";
    }
}
