package dev.suitcase.perf.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A performance target of issue 7, checked against the figures it applies to. Targets are
 * benchmarks, not timed tests: the report says where each stands, nothing fails on them.
 *
 * @param statement what the target asks, as the report prints it
 * @param appliesTo which figures it is about
 * @param measure   the figure's value to hold against the limit (empty when not measured)
 * @param limit     the largest value that meets the target
 * @param unit      how to print the value, e.g. {@code ×} for a ratio
 */
public record Target(String statement, Predicate<Figure> appliesTo, Function<Figure, OptionalDouble> measure,
                     double limit, String unit) {

    /** Payloads from this size up count as large for the allocation target. */
    static final int LARGE_PAYLOAD = 1 << 20;

    /** The targets of issue 7 that the benchmarks of this module measure. */
    public static List<Target> ofIssue7() {
        return List.of(
                new Target("reference COSE verify <= 1.10 x the raw primitive (ES256, Ed25519, HSS-LMS)",
                        figure -> figure.result().methodName().equals("coseLayer"), Figure::ratio, 1.10, "x"),
                new Target("verifying a 1 MiB message allocates at most 3 x its size",
                        figure -> figure.result().methodName().equals("coseLayer")
                                && figure.allocationPerPayloadByte(LARGE_PAYLOAD).isPresent(),
                        figure -> figure.allocationPerPayloadByte(LARGE_PAYLOAD), 3.0, "x payload"));
    }

    /** One figure held against this target. */
    public record Check(Figure figure, OptionalDouble value, boolean met) {
    }

    /** This target held against every figure it applies to, in run order. */
    public List<Check> check(List<Figure> figures) {
        List<Check> checks = new ArrayList<>();
        for (Figure figure : figures) {
            if (appliesTo.test(figure)) {
                OptionalDouble value = measure.apply(figure);
                checks.add(new Check(figure, value, value.isPresent() && value.getAsDouble() <= limit));
            }
        }
        return checks;
    }
}
