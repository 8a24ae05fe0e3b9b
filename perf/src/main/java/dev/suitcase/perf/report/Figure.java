package dev.suitcase.perf.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One measured figure and the raw primitive it is compared with, taken in the same run.
 *
 * @param baseline      the {@code @RawPrimitive} result with the same parameters; empty when the class
 *                      has none (key generation) or the run left it out
 * @param wallClockOnly whether the figure's class compares wall-clock times even when CPU times were
 *                      measured ({@link dev.suitcase.perf.WallClockRatio})
 */
public record Figure(BenchmarkResult result, Optional<BenchmarkResult> baseline, boolean wallClockOnly) {

    /**
     * The parameters that give the size of what one operation verifies, by name, with the word the
     * report uses for it.
     */
    private static final Map<String, String> SIZE_PARAMETERS = Map.of(
            "payloadBytes", "payload",
            "envelopeBytes", "envelope");

    /**
     * Time per operation divided by the raw primitive's, when there is one: CPU time when both were
     * measured with it (robust on a shared machine), else wall-clock time.
     */
    public OptionalDouble ratio() {
        if (baseline.isEmpty()) {
            return OptionalDouble.empty();
        }
        BenchmarkResult raw = baseline.get();
        if (comparesCpuTime()) {
            return OptionalDouble.of(result.cpuNanosPerOp().getAsDouble() / raw.cpuNanosPerOp().getAsDouble());
        }
        return OptionalDouble.of(result.nanosPerOp() / raw.nanosPerOp());
    }

    /** Whether {@link #ratio} divides CPU times (true) or wall-clock times (false). */
    public boolean comparesCpuTime() {
        return !wallClockOnly && baseline.isPresent() && result.cpuNanosPerOp().isPresent()
                && baseline.get().cpuNanosPerOp().isPresent();
    }

    /** Whether this figure is the raw primitive itself. */
    public boolean isBaseline() {
        return baseline.filter(result::equals).isPresent();
    }

    /** The figure of the same class and parameters measured by {@code method} in {@code run}, if it ran. */
    public Optional<Figure> sibling(List<Figure> run, String method) {
        return run.stream()
                .filter(other -> other.result.className().equals(result.className())
                        && other.result.methodName().equals(method)
                        && other.result.params().equals(result.params()))
                .findFirst();
    }

    /**
     * What one operation verifies, as the report names it ({@code payload}, {@code envelope}), for a
     * figure whose parameters give its size.
     */
    public Optional<String> inputName() {
        return sizeParameter().map(SIZE_PARAMETERS::get);
    }

    /**
     * Bytes allocated per operation divided by the size of what it verifies (its payload or its
     * envelope), for figures whose size parameter is at least {@code minimumSize} bytes.
     */
    public OptionalDouble allocationPerInputByte(int minimumSize) {
        Optional<String> parameter = sizeParameter();
        if (parameter.isEmpty() || result.allocatedBytesPerOp().isEmpty()) {
            return OptionalDouble.empty();
        }
        long inputBytes;
        try {
            inputBytes = Long.parseLong(result.params().get(parameter.get()));
        } catch (NumberFormatException notASize) {
            return OptionalDouble.empty();
        }
        if (inputBytes < minimumSize) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(result.allocatedBytesPerOp().getAsDouble() / inputBytes);
    }

    private Optional<String> sizeParameter() {
        return SIZE_PARAMETERS.keySet().stream().filter(result.params()::containsKey).sorted().findFirst();
    }
}
