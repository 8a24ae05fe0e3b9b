package dev.suitcase.perf;

import dev.suitcase.perf.fixture.HssHierarchy;
import dev.suitcase.perf.fixture.SigningKey;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * What does a signer pay, once, for an HSS-LMS key of each parameter set? BouncyCastle computes
 * all 2^H leaves of the top tree (and of the first tree of each lower level), each leaf a one-time
 * public key of p(W) chains of 2^W - 1 hashes. One cold shot per parameter set, as a signer would
 * generate a key: a single figure, with no ratio, for choosing H and W from the signer's side.
 * perf/run --quick leaves it out.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HssLmsKeyGeneration {

    /** The LMS parameter sets, top level first (see {@link HssHierarchy}); SHA-256, n = m = 32. */
    @Param({"H5/W1", "H5/W2", "H5/W4", "H5/W8",
            "H10/W1", "H10/W2", "H10/W4", "H10/W8",
            "H15/W1", "H15/W2", "H15/W4", "H15/W8",
            "H10/W4+H10/W4"})
    public String hierarchy;

    private HssHierarchy parameterSets;

    @Setup
    public void parseHierarchy() {
        parameterSets = HssHierarchy.parse(hierarchy);
    }

    @Benchmark
    public void generateKey(Blackhole blackhole) {
        blackhole.consume(SigningKey.hssLms(parameterSets, "suitcase perf key generation " + hierarchy));
    }
}
