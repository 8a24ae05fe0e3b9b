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

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * Runs {@code target} on one input of {@code inputBytes} bytes and fails the test when it went over
     * the budget; an exception escaping {@code target} fails it too, with the exception as cause.
     */
    public <T> T run(String what, long inputBytes, Supplier<T> target) {
        long thread = Thread.currentThread().getId();
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        T result;
        try {
            result = target.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError escaped) {
            throw new AssertionError(what + " threw instead of failing closed: " + escaped, escaped);
        }
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
        long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
        if (cpuMillis > this.cpuMillis) {
            fail(what + " took " + cpuMillis + " ms of CPU on a " + inputBytes + "-byte input, over the budget of "
                    + this.cpuMillis + " ms");
        }
        long allocationLimit = fixedBytes + bytesPerInput * inputBytes;
        if (allocated > allocationLimit) {
            fail(what + " allocated " + allocated + " bytes on a " + inputBytes + "-byte input, over the budget of "
                    + allocationLimit);
        }
        return result;
    }
}
