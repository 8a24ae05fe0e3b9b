package dev.suitcase.perf;

import dev.suitcase.perf.fixture.BouncyCastleVerifier;
import dev.suitcase.perf.fixture.FixtureCheck;
import dev.suitcase.perf.fixture.ReferencePaths;
import dev.suitcase.perf.fixture.HssHierarchy;
import dev.suitcase.perf.fixture.MessageFixtures;
import dev.suitcase.perf.fixture.SignatureCache;
import dev.suitcase.perf.fixture.SignedCoseMessage;
import dev.suitcase.verifier.Algorithm;

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
 * What does verifying one HSS-LMS signature cost, per tree height H and Winternitz width W, at each
 * layer of the reference verifier against BouncyCastle's {@code HSSSigner}? The cost of the
 * primitive is about p(W) · (2^W - 1) hashes for the one-time signature (p = 265, 133, 67, 34 chains
 * for W = 1, 2, 4, 8; RFC 8554 Table 1) plus H hashes for the path, per level; the signature is
 * about p(W) · 32 + H · 32 bytes per level. The methods are those of {@link Es256Verification}; the
 * payload is 64 bytes, as the hashing of a large one does not depend on the parameter set.
 *
 * <p>Keys come from {@link SignatureCache}: H15/W8 takes about 85 s to generate, once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HssLmsVerification {
    private static final int PAYLOAD_BYTES = 64;

    /** The LMS parameter sets, top level first (see {@link HssHierarchy}); SHA-256, n = m = 32. */
    @Param({"H5/W1", "H5/W2", "H5/W4", "H5/W8",
            "H10/W1", "H10/W2", "H10/W4", "H10/W8",
            "H15/W1", "H15/W2", "H15/W4", "H15/W8",
            "H10/W4+H10/W4"})
    public String hierarchy;

    private SignedCoseMessage message;
    private BouncyCastleVerifier bouncyCastle;
    private ReferencePaths reference;

    @Setup
    public void signFixture() {
        message = MessageFixtures.hssLms(HssHierarchy.parse(hierarchy), PAYLOAD_BYTES,
                SignatureCache.fromSystemProperty());
        bouncyCastle = BouncyCastleVerifier.of(message);

        FixtureCheck.requireVerified(bouncyCastle.verify(message.toBeSigned(), message.signature()),
                "BouncyCastle HSSSigner");
        reference = new ReferencePaths(Algorithm.HSS_LMS, message);
    }

    @Benchmark
    @RawPrimitive
    public void rawBouncyCastle(Blackhole blackhole) {
        blackhole.consume(bouncyCastle.verify(message.toBeSigned(), message.signature()));
    }

    @Benchmark
    public void signatureLayer(Blackhole blackhole) {
        blackhole.consume(reference.signatureLayer());
    }

    @Benchmark
    public void coseLayer(Blackhole blackhole) {
        blackhole.consume(reference.coseLayer());
    }

    @Benchmark
    public void coseLayerKeyParsed(Blackhole blackhole) {
        blackhole.consume(reference.coseLayerKeyParsed());
    }
}
