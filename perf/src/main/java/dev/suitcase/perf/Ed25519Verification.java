package dev.suitcase.perf;

import dev.suitcase.perf.fixture.BouncyCastleVerifier;
import dev.suitcase.perf.fixture.FixtureCheck;
import dev.suitcase.perf.fixture.JdkVerifier;
import dev.suitcase.perf.fixture.ReferencePaths;
import dev.suitcase.perf.fixture.MessageFixtures;
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

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;

/**
 * What does verifying one Ed25519 signature cost at each layer of the reference verifier, against
 * the raw primitive? Every method verifies the same signature over the same Sig_structure bytes
 * with the same key.
 *
 * <ul>
 *   <li>{@link #rawBouncyCastle}: BouncyCastle's {@code Ed25519.verify} on the encoded key, the call
 *       the reference verifier makes, so the floor of every ratio.</li>
 *   <li>{@link #rawJdk}: the JDK's {@code Ed25519} signature, the key decoded once.</li>
 *   <li>{@link #signatureLayer}, {@link #coseLayer}, {@link #coseLayerKeyParsed}: as in
 *       {@link Es256Verification}.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class Ed25519Verification {
    /** The attached payload: a SUIT_Digest-sized one, or a 1 MiB image. */
    @Param({"64", "1048576"})
    public int payloadBytes;

    private SignedCoseMessage message;
    private BouncyCastleVerifier bouncyCastle;
    private JdkVerifier jdk;
    private ReferencePaths reference;

    @Setup
    public void signFixture() throws GeneralSecurityException {
        message = MessageFixtures.ed25519(payloadBytes);
        bouncyCastle = BouncyCastleVerifier.of(message);
        jdk = JdkVerifier.of(message);

        FixtureCheck.requireVerified(bouncyCastle.verify(message.toBeSigned(), message.signature()),
                "BouncyCastle Ed25519.verify");
        FixtureCheck.requireVerified(jdk.verify(message.toBeSigned(), message.signature()), "the JDK's " + jdk.scheme());
        reference = new ReferencePaths(Algorithm.ED25519, message);
    }

    @Benchmark
    @RawPrimitive
    public void rawBouncyCastle(Blackhole blackhole) {
        blackhole.consume(bouncyCastle.verify(message.toBeSigned(), message.signature()));
    }

    @Benchmark
    public void rawJdk(Blackhole blackhole) throws GeneralSecurityException {
        blackhole.consume(jdk.verify(message.toBeSigned(), message.signature()));
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
