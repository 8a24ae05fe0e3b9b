package dev.suitcase.perf.report;

import dev.suitcase.perf.CorpusThroughput;
import dev.suitcase.perf.ProcessAdapterOverhead;
import dev.suitcase.perf.SuitIntegratedPayload;
import dev.suitcase.perf.SuitVerification;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * A performance target of issue 7, checked against the figures it applies to. Targets are
 * benchmarks, not timed tests: the report says where each stands, nothing fails on them.
 *
 * @param statement what the target asks, as the report prints it
 * @param appliesTo which figures it is about
 * @param measure   the figure's value to hold against the limit (empty when not measured)
 * @param bound     whether the value must stay at most or reach at least the limit
 * @param limit     the value that just meets the target
 * @param unit      how to print the value, e.g. {@code x} for a ratio
 */
public record Target(String statement, Predicate<Figure> appliesTo, Measure measure, Bound bound, double limit,
                     String unit) {

    /** Payloads and envelopes from this size up count as large for the allocation targets. */
    static final int LARGE_INPUT = 1 << 20;

    private static final double NANOS_PER_MILLI = 1e6;
    private static final double NANOS_PER_SECOND = 1e9;

    /** The value of a figure, which may depend on other figures of the same run. */
    @FunctionalInterface
    public interface Measure {
        OptionalDouble of(Figure figure, List<Figure> run);
    }

    /** Which side of the limit meets the target. */
    public enum Bound {
        AT_MOST, AT_LEAST;

        boolean holds(double value, double limit) {
            return this == AT_MOST ? value <= limit : value >= limit;
        }
    }

    private static final List<Target> ISSUE_7 = issue7();

    /** The targets of issue 7 that the benchmarks of this module measure; the same instances on every call. */
    public static List<Target> ofIssue7() {
        return ISSUE_7;
    }

    private static List<Target> issue7() {
        return List.of(
                new Target("reference COSE verify <= 1.10 x the raw primitive (ES256, Ed25519, HSS-LMS)",
                        method("coseLayer"), (figure, run) -> figure.ratio(), Bound.AT_MOST, 1.10, "x"),
                new Target("verifying a 1 MiB COSE message allocates at most 3 x its size",
                        method("coseLayer").and(figure -> figure.allocationPerInputByte(LARGE_INPUT).isPresent()),
                        (figure, run) -> figure.allocationPerInputByte(LARGE_INPUT), Bound.AT_MOST, 3.0,
                        "x payload"),
                new Target("reference SUIT verify (scope applicability, spec example 0) <= 1.25 x the raw primitive",
                        benchmark(SuitVerification.class, "suitLayer"), (figure, run) -> figure.ratio(),
                        Bound.AT_MOST, 1.25, "x"),
                new Target("verifying a 1 MiB SUIT envelope (scope install, integrated payload) allocates at most "
                        + "3 x its size",
                        benchmark(SuitIntegratedPayload.class, "suitInstall")
                                .and(figure -> figure.allocationPerInputByte(LARGE_INPUT).isPresent()),
                        (figure, run) -> figure.allocationPerInputByte(LARGE_INPUT), Bound.AT_MOST, 3.0,
                        "x envelope"),
                new Target("batch process-adapter overhead <= 0.1 ms per vector (pipelined, minus the in-process "
                        + "adapter's time)",
                        benchmark(ProcessAdapterOverhead.class, "batchPipelined"), Target::overheadOverInProcess,
                        Bound.AT_MOST, 0.1, "ms"),
                new Target("batch protocol at least 100 x cheaper per vector than one-shot mode",
                        ofClass(ProcessAdapterOverhead.class).and(figure -> figure.result().methodName()
                                .startsWith("oneShot")),
                        (figure, run) -> figure.ratio(), Bound.AT_LEAST, 100, "x batch"),
                new Target("the whole built-in corpus through the reference adapter in under 10 s (in the JVM, "
                        + "wall clock)",
                        ofClass(CorpusThroughput.class),
                        (figure, run) -> OptionalDouble.of(figure.result().nanosPerOp() / NANOS_PER_SECOND),
                        Bound.AT_MOST, 10, "s"));
    }

    /** One figure held against this target. */
    public record Check(Figure figure, OptionalDouble value, boolean met) {
    }

    /** This target held against every figure of the run it applies to, in run order. */
    public List<Check> check(List<Figure> figures) {
        List<Check> checks = new ArrayList<>();
        for (Figure figure : figures) {
            if (appliesTo.test(figure)) {
                OptionalDouble value = measure.of(figure, figures);
                checks.add(new Check(figure, value, value.isPresent() && bound.holds(value.getAsDouble(), limit)));
            }
        }
        return checks;
    }

    /** The wall-clock time per vector the protocol adds: the figure's minus the in-process adapter's, in ms. */
    private static OptionalDouble overheadOverInProcess(Figure figure, List<Figure> run) {
        return figure.sibling(run, "inProcess")
                .map(inProcess -> OptionalDouble.of(
                        (figure.result().nanosPerOp() - inProcess.result().nanosPerOp()) / NANOS_PER_MILLI))
                .orElse(OptionalDouble.empty());
    }

    private static Predicate<Figure> method(String methodName) {
        return figure -> figure.result().methodName().equals(methodName);
    }

    private static Predicate<Figure> ofClass(Class<?> benchmarkClass) {
        return figure -> figure.result().className().equals(benchmarkClass.getName());
    }

    private static Predicate<Figure> benchmark(Class<?> benchmarkClass, String methodName) {
        return ofClass(benchmarkClass).and(method(methodName));
    }
}
