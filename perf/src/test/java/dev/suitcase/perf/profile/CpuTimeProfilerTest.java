package dev.suitcase.perf.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

class CpuTimeProfilerTest {

    @Test
    void countsTheCpuTimeThisJvmSpends() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux /proc only");
        OptionalLong before = CpuTimeProfiler.cpuNanos();
        long busyUntil = System.nanoTime() + 50_000_000L;
        long spin = 0;
        while (System.nanoTime() < busyUntil) {
            spin++;
        }
        OptionalLong after = CpuTimeProfiler.cpuNanos();
        assertTrue(before.isPresent() && after.isPresent());
        long spent = after.getAsLong() - before.getAsLong();
        // At least 50 ms of wall time spinning is at least ~50 ms on a CPU, unless the thread waited for
        // one; 10 ms is a bound no busy machine breaks, and a profiler reading nothing would.
        assertTrue(spent >= 10_000_000L, "CPU time grew by " + spent + " ns over " + spin + " spins");
    }
}
