package dev.suitcase.perf.profile;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code -prof dev.suitcase.perf.profile.CpuTimeProfiler}: the CPU time the benchmark JVM spends
 * per operation, as the secondary result {@value #METRIC} in ns/op.
 *
 * <p>Why: JMH's score is wall-clock time, which on a machine shared with other work includes the
 * time the benchmark thread waited for a core. Two benchmarks measured a minute apart under
 * different load then give a ratio that says more about the load than about the code. CPU time is
 * what the operation costs wherever it waits, so ratios of CPU times stay meaningful on a busy
 * machine; on an idle one the two agree for single-threaded work.
 *
 * <p>It counts every thread of the JVM but the JIT compilers, from Linux's per-thread
 * {@code /proc/self/task/<tid>/schedstat} (nanoseconds on CPU). GC threads count: an operation
 * that allocates pays for its collections. Compiler threads do not: compiling is a warmup cost,
 * and one that lasts longer for bigger code paths, so counting it would tilt short runs against
 * the reference verifier. Elsewhere than Linux, or if the files cannot be read, it reports
 * nothing and the report falls back to wall-clock time.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    /** The name of the secondary result. */
    public static final String METRIC = "cpu.time.norm";

    private static final Path TASKS = Path.of("/proc/self/task");

    private OptionalLong before = OptionalLong.empty();

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM per operation, every thread but the JIT compilers (Linux /proc)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = cpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        OptionalLong after = cpuNanos();
        long operations = result.getMetadata().getAllOps();
        if (before.isEmpty() || after.isEmpty() || after.getAsLong() < before.getAsLong() || operations <= 0) {
            return List.of();
        }
        double perOperation = (double) (after.getAsLong() - before.getAsLong()) / operations;
        return List.of(new ScalarResult(METRIC, perOperation, "ns/op", AggregationPolicy.AVG));
    }

    /** Linux thread names (15 characters at most) of HotSpot's C1 and C2 compiler threads. */
    private static final String COMPILER_THREAD = "CompilerThre";

    /** The nanoseconds on CPU of the live threads of this JVM but its compilers; empty when /proc cannot tell. */
    static OptionalLong cpuNanos() {
        if (!Files.isDirectory(TASKS)) {
            return OptionalLong.empty();
        }
        long total = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(TASKS)) {
            for (Path thread : threads) {
                try {
                    if (Files.readString(thread.resolve("comm")).contains(COMPILER_THREAD)) {
                        continue;
                    }
                    String schedstat = Files.readString(thread.resolve("schedstat"));
                    total += Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
                } catch (IOException ended) {
                    // The thread ended between listing and reading; its time is lost, which a steady
                    // benchmark (no threads starting or ending) never meets.
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(total);
    }
}
