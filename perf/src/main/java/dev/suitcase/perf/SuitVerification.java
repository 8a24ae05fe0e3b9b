package dev.suitcase.perf;

import dev.suitcase.perf.fixture.BouncyCastleVerifier;
import dev.suitcase.perf.fixture.FixtureCheck;
import dev.suitcase.perf.fixture.MessageFixtures;
import dev.suitcase.perf.fixture.SignatureCache;
import dev.suitcase.perf.fixture.SignedCoseMessage;
import dev.suitcase.perf.fixture.SignedEnvelope;
import dev.suitcase.perf.fixture.SpecExample0;
import dev.suitcase.perf.fixture.SuitEnvelopes;
import dev.suitcase.perf.fixture.SuitPaths;
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
 * What does the reference verifier cost at the SUIT layer, against the raw primitive? The envelope
 * is spec example 0 (draft-ietf-suit-manifest-37 Appendix B.1), its manifest unchanged and re-signed
 * per algorithm with the fixture keys of the COSE-layer classes (HSS-LMS with
 * {@link MessageFixtures#REPRESENTATIVE_HSS}); it is processed on the example's device at scope
 * applicability: envelope, authentication wrapper, COSE_Sign1, manifest digest, version, sequence
 * number, then suit-common and the shared sequence with its vendor and class checks.
 *
 * <ul>
 *   <li>{@link #rawBouncyCastle}: BouncyCastle's verification of the wrapper's signature over the
 *       same Sig_structure bytes (the detached SUIT_Digest), the key decoded once; the floor.</li>
 *   <li>{@link #suitLayer}: {@code ReferenceVerifier.processSuit} with encoded trust anchors (parsed,
 *       or found in the verifier's small cache of parsed keys); the figure of the issue 7 target.</li>
 *   <li>{@link #suitLayerKeyParsed}: {@code ReferenceVerifier.processSuit} with {@code TrustAnchors}
 *       parsed once, as a device holds its keys.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SuitVerification {

    /** The signature algorithm of the envelope's COSE_Sign1, by its COSE name. */
    @Param({"ES256", "Ed25519", "HSS-LMS"})
    public String algorithm;

    private SignedCoseMessage authentication;
    private BouncyCastleVerifier bouncyCastle;
    private SuitPaths reference;

    @Setup
    public void signFixture() {
        Algorithm signedWith = Algorithm.fromName(algorithm).orElseThrow(() -> new IllegalArgumentException(
                "algorithm '" + algorithm + "' is not a COSE algorithm name; use ES256, Ed25519 or HSS-LMS"));
        SignedEnvelope envelope = SuitEnvelopes.example0(SpecExample0.fromClasspathCorpus(), signedWith,
                SignatureCache.fromSystemProperty());
        authentication = envelope.authentication();
        bouncyCastle = BouncyCastleVerifier.of(authentication);
        FixtureCheck.requireVerified(bouncyCastle.verify(authentication.toBeSigned(), authentication.signature()),
                "BouncyCastle's " + algorithm);
        reference = new SuitPaths(envelope);
    }

    @Benchmark
    @RawPrimitive
    public void rawBouncyCastle(Blackhole blackhole) {
        blackhole.consume(bouncyCastle.verify(authentication.toBeSigned(), authentication.signature()));
    }

    @Benchmark
    public void suitLayer(Blackhole blackhole) {
        blackhole.consume(reference.suitLayer());
    }

    @Benchmark
    public void suitLayerKeyParsed(Blackhole blackhole) {
        blackhole.consume(reference.suitLayerKeyParsed());
    }
}
