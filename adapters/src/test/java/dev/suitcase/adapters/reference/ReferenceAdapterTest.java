package dev.suitcase.adapters.reference;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.TestKeys;
import dev.suitcase.adapters.TestVectors;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.adapters.CorpusSlice;
import dev.suitcase.verifier.ReferenceVerifier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceAdapterTest {
    private final ReferenceAdapter adapter = new ReferenceAdapter();

    @Test
    void statementClaimsEveryAlgorithmAndItsProfilesAtEveryLayer() {
        assertEquals(java.util.EnumSet.allOf(Layer.class), adapter.describe().layers());
        for (Layer layer : Layer.values()) {
            assertEquals(java.util.EnumSet.allOf(Algorithm.class), adapter.describe().algorithmsFor(layer), layer.wireName());
            assertEquals(java.util.Set.of(Profile.ED25519_RFC8032), adapter.describe().profilesFor(layer), layer.wireName());
        }
        assertFalse(adapter.describe().version().contains("${"), "the build fills in the suite's version");
    }

    @Test
    void runsTheSlice() {
        SliceRun run = SliceRun.of(adapter, TestVectors.slice());
        assertTrue(run.allAnswered(), run.outcomes().toString());
        assertTrue(run.notApplicable().isEmpty(), run.notApplicable().toString());
        assertEquals(Optional.of(Reason.BAD_STRUCTURE), run.outcome(TestVectors.suitVector()).reason());
        for (Algorithm algorithm : Algorithm.values()) {
            assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcome(TestVectors.validSignature(algorithm)).kind(), algorithm.toString());
            assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcome(TestVectors.validCose(algorithm)).kind(), algorithm.toString());
            assertEquals(Optional.of(Reason.SIGNATURE_INVALID), run.outcome(TestVectors.alteredMessage(algorithm)).reason());
        }
    }

    @Test
    void answersEachEdgeCaseWithTheReasonItsVectorExpects() {
        for (Vector vector : List.of(TestVectors.es256PaddedTo66Bytes(), TestVectors.ed25519SPlusL(Algorithm.ED25519),
                TestVectors.ed25519IdentityKeyForgery(), TestVectors.es256HighS())) {
            AdapterOutcome outcome = adapter.verify(VerifyRequest.of(vector));
            assertEquals(vector.expect().reason(), outcome.reason(), vector.id() + ": " + outcome);
            assertTrue(outcome.duration().isPresent());
        }
    }

    @Test
    void rejectsAnAlgorithmIdItDoesNotKnowAsUnsupportedAlgorithm() {
        Vector valid = TestVectors.validSignature(Algorithm.ED25519);
        var input = (dev.suitcase.vectors.model.SignatureInput) valid.input();
        var unknown = new dev.suitcase.vectors.model.SignatureInput(-50, input.message(), input.signature(), input.coseKey());
        AdapterOutcome outcome = adapter.verify(new VerifyRequest("signature.any.alg.minus-50", unknown, Optional.empty()));
        assertEquals(Optional.of(Reason.UNSUPPORTED_ALGORITHM), outcome.reason());
    }

    @Test
    void passesTheAllowedAlgorithmOfACoseRequestToTheVerifier() {
        CoseInput input = (CoseInput) TestVectors.validCose(Algorithm.ES256).input();
        assertEquals(AdapterOutcome.Kind.ACCEPT,
                adapter.verify(new VerifyRequest("cose.es256.allowed.same", input, Optional.of(Algorithm.ES256))).kind());
        assertEquals(Optional.of(Reason.UNSUPPORTED_ALGORITHM),
                adapter.verify(new VerifyRequest("cose.es256.allowed.other", input, Optional.of(Algorithm.ESP256))).reason());
    }

    @Test
    void verifiesAVectorUnderTheAlgorithmItsInputAllows() {
        CoseInput input = ((CoseInput) TestVectors.validCose(Algorithm.ES256).input()).allowingOnly(Algorithm.ESP256);
        Vector vector = TestVectors.vector("cose.es256.allowed.sibling-only",
                Expectation.reject(Reason.UNSUPPORTED_ALGORITHM), input);
        assertEquals(Optional.of(Reason.UNSUPPORTED_ALGORITHM), adapter.verify(VerifyRequest.of(vector)).reason());
    }

    @Test
    void givesTheVerifierOnlyTheTrustedKeys() {
        Bytes message = TestKeys.coseSign1(Algorithm.EDDSA, TestVectors.MESSAGE, false, new byte[0]);
        CoseInput untrustedSigner = new CoseInput(message, Optional.empty(), Optional.empty(),
                List.of(new KeyEntry(TestKeys.coseKeyEd25519(), false), KeyEntry.trusted(TestKeys.coseKeyP256())));
        AdapterOutcome outcome = adapter.verify(new VerifyRequest("cose.eddsa.keys.untrusted-signer", untrustedSigner,
                Optional.empty()));
        assertEquals(Optional.of(Reason.ALGORITHM_KEY_MISMATCH), outcome.reason(), outcome.toString());
    }

    @Test
    void followsTheProfilesItIsGiven() {
        ReferenceAdapter lowS = new ReferenceAdapter(VerifierOptions.DEFAULT.with(Profile.ECDSA_LOW_S));
        assertTrue(lowS.describe().profilesFor(Layer.SIGNATURE).contains(Profile.ECDSA_LOW_S));
        assertEquals(Optional.of(Reason.SIGNATURE_MALFORMED),
                lowS.verify(VerifyRequest.of(TestVectors.es256HighS())).reason());
    }

    @Test
    void agreesWithTheReferenceOracleOnEveryCorpusVector() {
        ReferenceOracle oracle = new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT));
        SliceRun run = SliceRun.of(adapter, CorpusSlice.active());
        assertTrue(run.notApplicable().isEmpty(), run.notApplicable().toString());
        int located = 0;
        for (Vector vector : CorpusSlice.active()) {
            AdapterOutcome expected = AdapterOutcome.of(oracle.run(vector));
            AdapterOutcome actual = run.outcome(vector);
            assertEquals(expected.kind(), actual.kind(), vector.id().toString());
            assertEquals(expected.reason(), actual.reason(), vector.id().toString());
            assertEquals(expected.detail(), actual.detail(), vector.id().toString());
            assertEquals(expected.location(), actual.location(), vector.id().toString());
            located += actual.location().isPresent() ? 1 : 0;
        }
        assertTrue(located > 0, "the bytes the reference verifier blames come with its rejections");
        assertTrue(CorpusSlice.disagreements(run).isEmpty(), "the corpus expectations are the reference's");
    }
}
