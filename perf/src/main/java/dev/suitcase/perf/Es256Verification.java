package dev.suitcase.perf;

import dev.suitcase.perf.fixture.BouncyCastleVerifier;
import dev.suitcase.perf.fixture.FixtureCheck;
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

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
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
    private static final int ELEMENT_LENGTH = 32;

    /** The attached payload: a SUIT_Digest-sized one, or a 1 MiB image. */
    @Param({"64", "1048576"})
    public int payloadBytes;

    private SignedCoseMessage message;
    private BouncyCastleVerifier bouncyCastle;
    private PublicKey jdkKey;
    private ReferencePaths reference;

    @Setup
    public void signFixture() throws GeneralSecurityException {
        message = MessageFixtures.es256(payloadBytes);
        bouncyCastle = BouncyCastleVerifier.of(message);
        jdkKey = jdkPublicKey(message.publicKey());

        FixtureCheck.requireVerified(bouncyCastle.verify(message.toBeSigned(), message.signature()),
                "BouncyCastle ECDSASigner");
        FixtureCheck.requireVerified(verifyWithJdk(), "the JDK's SHA256withECDSAinP1363Format");
        reference = new ReferencePaths(Algorithm.ES256, message);
    }

    @Benchmark
    @RawPrimitive
    public void rawBouncyCastle(Blackhole blackhole) {
        blackhole.consume(bouncyCastle.verify(message.toBeSigned(), message.signature()));
    }

    @Benchmark
    public void rawJdk(Blackhole blackhole) throws GeneralSecurityException {
        blackhole.consume(verifyWithJdk());
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

    private boolean verifyWithJdk() throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(jdkKey);
        verifier.update(message.toBeSigned());
        return verifier.verify(message.signature());
    }

    /** The JDK's key for an uncompressed SEC 1 point 04 ‖ x ‖ y on secp256r1. */
    private static PublicKey jdkPublicKey(byte[] uncompressed) throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 1 + ELEMENT_LENGTH)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 1 + ELEMENT_LENGTH, 1 + 2 * ELEMENT_LENGTH)));
        return KeyFactory.getInstance("EC").generatePublic(
                new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
    }
}
