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
        out.append("suitcase perf: ").append(report.figures().size()).append(" figures from ").append(report.source())
                .append('\n').append(report.environment()).append('\n')
                .append("x raw = time / time of the raw BouncyCastle primitive with the same parameters, in this run.\n");
        for (FigureGroup group : report.groups()) {
            out.append('\n').append(group.title()).append('\n');
            out.append(String.format("  %-22s %12s %9s %8s %22s%n", "benchmark", "time/op", "error", "x raw",
                    "alloc/op"));
            for (Figure figure : group.figures()) {
                BenchmarkResult result = figure.result();
                out.append(String.format("  %-22s %12s %9s %8s %22s%n", result.methodName(),
                        Format.time(result.nanosPerOp()), Format.error(result), Format.ratio(figure.ratio()),
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
                out.append(String.format("    %-6s %-60s %s%n", check.met() ? "met" : "MISSED",
                        result.simpleClassName() + "." + result.methodName() + " (" + result.describeParams() + ")",
                        Format.ratio(check.value()) + " " + target.getKey().unit()));
            }
        }
        return out.toString();
    }

    /** Bytes per operation, and for a large payload what multiple of the payload that is. */
    static String allocation(Figure figure) {
        String bytes = Format.bytes(figure.result().allocatedBytesPerOp());
        OptionalDouble perPayloadByte = figure.allocationPerPayloadByte(Target.LARGE_PAYLOAD);
        return perPayloadByte.isPresent() ? bytes + " (" + Format.ratio(perPayloadByte) + "x payload)" : bytes;
    }
}
