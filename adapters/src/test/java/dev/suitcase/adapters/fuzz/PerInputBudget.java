package dev.suitcase.adapters.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * The cost one fuzz input may have: the thread CPU time and the bytes allocated by the calling thread
 * while the target runs, measured with the JVM's {@code com.sun.management.ThreadMXBean}. The limits are
 * generous (a seed takes milliseconds and a few hundred KiB; the slowest, HSS-LMS, tens of ms) so they flag
 * blow-ups, not noise, and hold under Jazzer's coverage instrumentation.
 *
 * @param cpuMillis      the most thread CPU time per input
 * @param fixedBytes     the allocation any input may have
 * @param bytesPerInput  the further allocation per byte of input
 */
public record PerInputBudget(long cpuMillis, long fixedBytes, long bytesPerInput) {

    /** The budget of every fuzz test in the suite: 5 s of CPU, 64 MiB plus 64 bytes per input byte. */
    public static final PerInputBudget DEFAULT = new PerInputBudget(5_000, 64L << 20, 64);

    /**
     * The budget of the SUIT layer: the default plus twice the 256 MiB of image bytes the verifier lets one
     * envelope move (its ProcessingLimits, verifier/README.md), which a short envelope of Fetch and Copy commands
     * over a device's images reaches by design.
     */
    public static final PerInputBudget SUIT = new PerInputBudget(5_000, (64L << 20) + 2 * (256L << 20), 64);

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * Runs {@code target} on one input of {@code inputBytes} bytes and fails the test when it goes over the
     * budget twice in a row; an exception escaping {@code target} fails it too, with the exception as cause. The
     * first run of a code path pays for loading and (under Jazzer) instrumenting its classes on this thread, so
     * an input over the budget is run once more and only its second, warm, cost counts: a real blow-up is
     * deterministic and repeats.
     */
    public <T> T run(String what, long inputBytes, Supplier<T> target) {
        Cost<T> first = measure(what, target);
        if (within(first, inputBytes)) {
            return first.result();
        }
        Cost<T> warm = measure(what, target);
        if (warm.cpuMillis() > cpuMillis) {
            fail(what + " took " + warm.cpuMillis() + " ms of CPU on a " + inputBytes + "-byte input, over the budget of "
                    + cpuMillis + " ms");
        }
        if (warm.allocated() > allocationLimit(inputBytes)) {
            fail(what + " allocated " + warm.allocated() + " bytes on a " + inputBytes + "-byte input, over the budget of "
                    + allocationLimit(inputBytes));
        }
        return warm.result();
    }

    private boolean within(Cost<?> cost, long inputBytes) {
        return cost.cpuMillis() <= cpuMillis && cost.allocated() <= allocationLimit(inputBytes);
    }

    private long allocationLimit(long inputBytes) {
        return fixedBytes + bytesPerInput * inputBytes;
    }

    private static <T> Cost<T> measure(String what, Supplier<T> target) {
        long thread = Thread.currentThread().getId();
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        T result;
        try {
            result = target.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError escaped) {
            throw new AssertionError(what + " threw instead of failing closed: " + escaped, escaped);
        }
        return new Cost<>(result, (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000,
                THREADS.getThreadAllocatedBytes(thread) - allocatedBefore);
    }

    private record Cost<T>(T result, long cpuMillis, long allocated) {
    }
}
