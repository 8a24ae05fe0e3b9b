package dev.suitcase.perf;

import dev.suitcase.perf.fixture.MessageFixtures;
import dev.suitcase.perf.fixture.SignedCoseMessage;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.cose.SigStructure;

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

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * What do the two steps of the COSE layer that are not cryptography cost on their own: the strict
 * CBOR decode of a COSE_Sign1, and building its Sig_structure from the received bytes? The message
 * is the ES256 one of {@link Es256Verification}, so the ratios say what share of an ES256
 * verification each step is.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
@RatioTo(Es256Verification.class)
public class CoseDecoding {
    private static final Span NO_EXTERNAL_AAD = Span.of(new byte[0]);

    /** The attached payload: a SUIT_Digest-sized one, or a 1 MiB image. */
    @Param({"64", "1048576"})
    public int payloadBytes;

    private SignedCoseMessage message;
    private Span bodyProtected;
    private Span payload;

    @Setup
    public void signFixture() {
        message = MessageFixtures.es256(payloadBytes);
        CborItem decoded = CborDecoder.decode(message.coseSign1());
        CborArray coseSign1 = decoded.asTag("COSE_Sign1_Tagged").content().asArray("COSE_Sign1");
        bodyProtected = coseSign1.get(0).asBytes("protected").content();
        payload = coseSign1.get(2).asBytes("payload").content();
        if (!Arrays.equals(SigStructure.signature1(bodyProtected, NO_EXTERNAL_AAD, payload), message.toBeSigned())) {
            throw new IllegalStateException("the Sig_structure built from the decoded fixture differs from the one "
                    + "it was signed over; the benchmark would time other bytes than the verifier hashes");
        }
    }

    @Benchmark
    public void cborDecode(Blackhole blackhole) {
        blackhole.consume(CborDecoder.decode(message.coseSign1()));
    }

    @Benchmark
    public void sigStructure(Blackhole blackhole) {
        blackhole.consume(SigStructure.signature1(bodyProtected, NO_EXTERNAL_AAD, payload));
    }
}
