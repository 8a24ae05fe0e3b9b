package dev.suitcase.perf;

import static dev.suitcase.verifier.suit.Scope.APPLICABILITY;

import dev.suitcase.perf.fixture.BouncyCastleVerifier;
import dev.suitcase.perf.fixture.FixtureCheck;
import dev.suitcase.perf.fixture.SignedCoseMessage;
import dev.suitcase.perf.fixture.SignedEnvelope;
import dev.suitcase.perf.fixture.SpecExample0;
import dev.suitcase.perf.fixture.SuitEnvelopes;
import dev.suitcase.perf.fixture.SuitPaths;
import dev.suitcase.verifier.crypto.Sha256;

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

import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;

/**
 * What do the reference verifier's time and memory grow to with a large image carried in the
 * envelope? The envelope ({@link SuitEnvelopes#integratedPayload}) has example 0's manifest shape
 * with the digest and size of an integrated payload, an install sequence that fetches it, and an
 * ES256 signature; {@code envelopeBytes} is its exact size, the payload all but about 330 bytes of it.
 * The image work does not depend on the signature algorithm, so one algorithm suffices.
 *
 * <ul>
 *   <li>{@link #rawPrimitives}: the least any SUIT processor must compute: BouncyCastle's ES256
 *       verification of the wrapper's signature and one SHA-256 of the image (the JDK's, which the
 *       reference verifier uses for images), compared with the manifest's digest.</li>
 *   <li>{@link #suitInstall}: {@code ReferenceVerifier.processSuit} at scope install: everything of
 *       scope applicability, then the install sequence fetches the payload into the component and
 *       checks its digest, and validate checks it again. Its allocation per envelope byte is the
 *       figure of the issue 7 memory target.</li>
 *   <li>{@link #suitApplicability}: the same envelope at scope applicability, which never touches the
 *       payload: what decoding and authenticating a large envelope cost without the image.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SuitIntegratedPayload {

    /** The size of the whole envelope, its integrated payload included: 64 KiB or 1 MiB. */
    @Param({"65536", "1048576"})
    public int envelopeBytes;

    private SignedCoseMessage authentication;
    private byte[] image;
    private byte[] imageDigest;
    private BouncyCastleVerifier bouncyCastle;
    private SuitPaths install;
    private SuitPaths applicability;

    @Setup
    public void signFixture() {
        SignedEnvelope envelope = SuitEnvelopes.integratedPayload(SpecExample0.fromClasspathCorpus(), envelopeBytes);
        authentication = envelope.authentication();
        image = envelope.image();
        imageDigest = Sha256.digest(image);
        bouncyCastle = BouncyCastleVerifier.of(authentication);
        FixtureCheck.requireVerified(verifyWithPrimitives(), "BouncyCastle's ES256 with the JDK's SHA-256");
        install = new SuitPaths(envelope);
        applicability = new SuitPaths(envelope, APPLICABILITY);
    }

    @Benchmark
    @RawPrimitive
    public void rawPrimitives(Blackhole blackhole) {
        blackhole.consume(verifyWithPrimitives());
    }

    @Benchmark
    public void suitInstall(Blackhole blackhole) {
        blackhole.consume(install.suitLayer());
    }

    @Benchmark
    public void suitApplicability(Blackhole blackhole) {
        blackhole.consume(applicability.suitLayer());
    }

    private boolean verifyWithPrimitives() {
        boolean authentic = bouncyCastle.verify(authentication.toBeSigned(), authentication.signature());
        return MessageDigest.isEqual(Sha256.digest(image), imageDigest) && authentic;
    }
}
