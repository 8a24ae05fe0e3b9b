package dev.suitcase.perf.report;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One measured figure and the raw primitive it is compared with, taken in the same run.
 *
 * @param baseline the {@code @RawPrimitive} result with the same parameters; empty when the class
 *                 has none (key generation) or the run left it out
 */
public record Figure(BenchmarkResult result, Optional<BenchmarkResult> baseline) {

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
        return baseline.isPresent() && result.cpuNanosPerOp().isPresent()
                && baseline.get().cpuNanosPerOp().isPresent();
    }

    /** Whether this figure is the raw primitive itself. */
    public boolean isBaseline() {
        return baseline.filter(result::equals).isPresent();
    }

    /**
     * Bytes allocated per operation divided by the payload size, for figures with a
     * {@code payloadBytes} parameter of at least {@code minimumPayload} bytes.
     */
    public OptionalDouble allocationPerPayloadByte(int minimumPayload) {
        String payload = result.params().get("payloadBytes");
        if (payload == null || result.allocatedBytesPerOp().isEmpty()) {
            return OptionalDouble.empty();
        }
        long payloadBytes = Long.parseLong(payload);
        if (payloadBytes < minimumPayload) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(result.allocatedBytesPerOp().getAsDouble() / payloadBytes);
    }
}
