package dev.suitcase.adapters.tink;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.TestKeys;
import dev.suitcase.adapters.TestVectors;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import dev.suitcase.adapters.CorpusSlice;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TinkPrimitivesTest {
    private final Adapter adapter = TinkPrimitives.adapter();

    @Test
    void statementClaimsTheSignatureLayerForEcdsaAndEd25519() {
        assertEquals(EnumSet.of(Layer.SIGNATURE), adapter.describe().layers());
        assertEquals(EnumSet.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519),
                adapter.describe().algorithms());
        assertEquals("1.24.0", adapter.describe().version());
    }

    @Test
    void runsTheSliceAndKeepsCoseSuitAndHssOut() {
        SliceRun run = SliceRun.of(adapter, TestVectors.slice());
        assertTrue(run.allAnswered(), run.outcomes().toString());
        for (Algorithm algorithm : Algorithm.values()) {
            String cose = TestVectors.validCose(algorithm).id().toString();
            assertTrue(run.notApplicable().get(cose).contains("layer cose"), run.notApplicable().get(cose));
        }
        assertTrue(run.notApplicable().get(TestVectors.validSignature(Algorithm.HSS_LMS).id().toString()).contains("HSS-LMS"));
        for (Algorithm algorithm : adapter.describe().algorithms()) {
            assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcome(TestVectors.validSignature(algorithm)).kind(), algorithm.toString());
            assertEquals(AdapterOutcome.Kind.REJECT, run.outcome(TestVectors.alteredMessage(algorithm)).kind());
        }
        assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcome(TestVectors.es256HighS()).kind());
        assertEquals(AdapterOutcome.Kind.REJECT, run.outcome(TestVectors.es256PaddedTo66Bytes()).kind());
        assertEquals(AdapterOutcome.Kind.REJECT, run.outcome(TestVectors.ed25519SPlusL(Algorithm.ED25519)).kind());
    }

    @Test
    void rejectsAPointOffTheCurveAsBadKeyBecauseTinkChecksIt() {
        byte[] x = TestKeys.P256.x();
        byte[] y = TestKeys.unsigned32(new java.math.BigInteger(1, TestKeys.P256.y()).add(java.math.BigInteger.ONE));
        Vector offCurve = TestVectors.vector("signature.es256.key.off-curve", Expectation.reject(Reason.BAD_KEY),
                new SignatureInput(-7, Bytes.of(TestVectors.MESSAGE), Bytes.of(TestKeys.sign(Algorithm.ES256, TestVectors.MESSAGE)),
                        TestKeys.ec2(x, y)));
        AdapterOutcome outcome = adapter.verify(VerifyRequest.of(offCurve));
        assertEquals(Optional.of(Reason.BAD_KEY), outcome.reason(), outcome.toString());
        assertTrue(outcome.detail().startsWith("Tink refused"), outcome.detail());
    }

    @Test
    void runsTheCorpusAnsweringEveryVectorItsStatementCovers() {
        SliceRun run = SliceRun.of(adapter, CorpusSlice.active());
        assertTrue(run.allAnswered(), run.outcomes().toString());
        assertEquals(CorpusSlice.excludedBy(adapter.describe()), run.notApplicable().keySet());
        assertTrue(CorpusSlice.structuralDisagreements(run).isEmpty(), CorpusSlice.structuralDisagreements(run).toString());
        assertTrue(run.outcomes().size() > 250, "sent " + run.outcomes().size());
    }
}
