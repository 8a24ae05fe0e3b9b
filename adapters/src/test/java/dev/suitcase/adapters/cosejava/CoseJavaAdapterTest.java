package dev.suitcase.adapters.cosejava;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.TestKeys;
import dev.suitcase.adapters.TestVectors;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import dev.suitcase.adapters.CorpusSlice;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoseJavaAdapterTest {
    private final CoseJavaAdapter adapter = new CoseJavaAdapter();

    @Test
    void statementClaimsWhatCoseJavaImplementsWithTheVersionsOnTheClasspath() {
        assertEquals(EnumSet.of(Layer.SIGNATURE, Layer.COSE), adapter.describe().layers());
        assertEquals(EnumSet.of(Algorithm.ES256, Algorithm.EDDSA), adapter.describe().algorithms());
        assertEquals("1.1.0 (eddsa 0.3.0, cbor 4.5.6)", adapter.describe().version());
    }

    @Test
    void runsTheSliceOnCbor456AndKeepsTheFullySpecifiedAlgorithmsOut() {
        SliceRun run = SliceRun.of(adapter, TestVectors.slice());
        assertTrue(run.allAnswered(), run.outcomes().toString());
        for (Algorithm outside : List.of(Algorithm.ESP256, Algorithm.ED25519, Algorithm.HSS_LMS)) {
            assertTrue(run.notApplicable().containsKey(TestVectors.validSignature(outside).id().toString()));
            assertTrue(run.notApplicable().containsKey(TestVectors.validCose(outside).id().toString()));
        }
        for (Algorithm algorithm : adapter.describe().algorithms()) {
            assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcome(TestVectors.validSignature(algorithm)).kind(), algorithm.toString());
            assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcome(TestVectors.validCose(algorithm)).kind(), algorithm.toString());
            assertEquals(Optional.of(Reason.SIGNATURE_INVALID), run.outcome(TestVectors.alteredMessage(algorithm)).reason());
        }
    }

    @Test
    void showsCoseJavasKnownLaxities() {
        // i2p accepts S + L; cose-java splits ES256 signatures at len/2.
        assertEquals(AdapterOutcome.Kind.ACCEPT,
                adapter.verify(VerifyRequest.of(TestVectors.ed25519SPlusL(Algorithm.EDDSA))).kind());
        assertEquals(AdapterOutcome.Kind.ACCEPT, adapter.verify(VerifyRequest.of(TestVectors.es256PaddedTo66Bytes())).kind());
    }

    @Test
    void verifiesADetachedPayloadWithExternalAad() {
        byte[] aad = {1, 2, 3};
        CoseInput detached = new CoseInput(TestKeys.coseSign1(Algorithm.ES256, TestVectors.MESSAGE, true, aad),
                Optional.of(Bytes.of(TestVectors.MESSAGE)), Optional.of(Bytes.of(aad)),
                List.of(KeyEntry.trusted(TestKeys.coseKeyP256())));
        assertEquals(AdapterOutcome.Kind.ACCEPT, adapter.verify(new VerifyRequest("cose.es256.detached.aad", detached,
                Optional.empty())).kind());
        CoseInput withoutAad = new CoseInput(detached.coseSign1(), detached.detachedPayload(), Optional.empty(), detached.keys());
        assertEquals(AdapterOutcome.Kind.REJECT, adapter.verify(new VerifyRequest("cose.es256.detached.no-aad", withoutAad,
                Optional.empty())).kind());
    }

    @Test
    void reportsCoseJavasRefusalWithItsMessageAndNoReason() {
        Vector unknownAlgorithm = TestVectors.vector("signature.es256.alg.esp256-id", Expectation.reject(Reason.UNSUPPORTED_ALGORITHM),
                new SignatureInput(-9, Bytes.of(TestVectors.MESSAGE), Bytes.of(TestKeys.sign(Algorithm.ES256, TestVectors.MESSAGE)),
                        TestKeys.coseKeyP256()));
        AdapterOutcome outcome = adapter.verify(VerifyRequest.of(unknownAlgorithm));
        assertEquals(AdapterOutcome.Kind.REJECT, outcome.kind());
        assertEquals(Optional.empty(), outcome.reason());
        assertTrue(outcome.detail().startsWith("cose-java threw COSE.CoseException"), outcome.detail());
    }

    /**
     * cose-java is an independent implementation: where it disagrees with a vector, that is its
     * behaviour, which the reports show (it ignores crit, accepts an unprotected alg, accepts S+L
     * through i2p...). What the adapter owns is that every covered vector is sent and answered, and
     * that a library failure is reported as a crash of that vector, not of the run: i2p ed25519-java
     * 0.3.0 throws IllegalAccessError on JDK 17 when handed an EC2 key (it reaches into
     * sun.security.x509), which the adapter reports as CRASH.
     */
    @Test
    void runsTheCorpusAnsweringEveryVectorItsStatementCovers() {
        SliceRun run = SliceRun.of(adapter, CorpusSlice.active());
        run.outcomes().forEach((id, outcome) -> assertTrue(outcome.kind().answered()
                || outcome.kind() == AdapterOutcome.Kind.CRASH && outcome.detail().contains("IllegalAccessError"),
                id + ": " + outcome));
        assertEquals(CorpusSlice.excludedBy(adapter.describe()), run.notApplicable().keySet());
        assertTrue(run.outcomes().size() > 250, "sent " + run.outcomes().size());
    }
}
