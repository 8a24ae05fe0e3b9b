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
 * What does verifying one ES256 signature cost at each layer of the reference verifier, against
 * the raw ECDSA P-256 primitive? Every method verifies the same signature over the same
 * Sig_structure bytes with the same key.
 *
 * <ul>
 *   <li>{@link #rawBouncyCastle}: BouncyCastle's {@code ECDSASigner} over SHA-256, the key decoded
 *       once; the arithmetic the reference verifier uses, so the floor of every ratio.</li>
 *   <li>{@link #rawJdk}: the JDK's {@code SHA256withECDSAinP1363Format}, the key decoded once.</li>
 *   <li>{@link #signatureLayer}: {@code ReferenceVerifier.verifySignature} with the encoded COSE_Key,
 *       which the verifier parses and checks on the first call and then finds in its cache of parsed
 *       keys.</li>
 *   <li>{@link #coseLayer}: {@code ReferenceVerifier.verifyCose} on the whole COSE_Sign1 with the
 *       encoded key: decode, header rules, Sig_structure, key lookup, signature.</li>
 *   <li>{@link #coseLayerKeyParsed}: the same call with the trust anchor parsed once into
 *       {@code TrustAnchors}, as a device or a long-running verifier holds it.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class Es256Verification {
    /** The attached payload: a SUIT_Digest-sized one, or a 1 MiB image. */
    @Param({"64", "1048576"})
    public int payloadBytes;

    private SignedCoseMessage message;
    private BouncyCastleVerifier bouncyCastle;
    private JdkVerifier jdk;
    private ReferencePaths reference;

    @Setup
    public void signFixture() throws GeneralSecurityException {
        message = MessageFixtures.es256(payloadBytes);
        bouncyCastle = BouncyCastleVerifier.of(message);
        jdk = JdkVerifier.of(message);

        FixtureCheck.requireVerified(bouncyCastle.verify(message.toBeSigned(), message.signature()),
                "BouncyCastle ECDSASigner");
        FixtureCheck.requireVerified(jdk.verify(message.toBeSigned(), message.signature()), "the JDK's " + jdk.scheme());
        reference = new ReferencePaths(Algorithm.ES256, message);
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
