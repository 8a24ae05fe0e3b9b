package dev.suitcase.runner.interop;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.runner.fixtures.TestAdapters;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteropVectorsTest {
    private static List<InteropManifest> manifests;

    @BeforeAll
    static void loadManifests() {
        manifests = InteropManifests.standard(dev.suitcase.vectors.corpus.CorpusLoader.fromClasspath());
    }

    private static InteropManifest manifest(String name) {
        return manifests.stream().filter(manifest -> manifest.name().equals(name)).findFirst().orElseThrow();
    }

    /** What {@code producer} answers to the request for {@code manifest} and {@code algorithm}, made into vectors. */
    private static InteropVectors.Made made(InteropVectors maker, String spec, ReferenceAdapter producer, Algorithm algorithm,
                                            String manifest) {
        SignRequest request = maker.request(spec, algorithm, manifest(manifest));
        assertEquals(InteropId.of(InteropId.Kind.SIGNED, algorithm, manifest, spec).toString(), request.id());
        return maker.of(spec, algorithm, manifest(manifest), producer.sign(request));
    }

    @Test
    void theReferenceProducersEnvelopeOfEveryAlgorithmIsConformantAndExpectedToBeAccepted() {
        InteropVectors maker = new InteropVectors(InteropKeys.standard());
        try (ReferenceAdapter reference = new ReferenceAdapter()) {
            for (Algorithm algorithm : Algorithm.values()) {
                for (InteropManifest manifest : manifests) {
                    InteropVectors.Made made = made(maker, "reference", reference, algorithm, manifest.name());
                    assertEquals(AdapterOutcome.Kind.ACCEPT, made.production().kind(), made.production().toString());
                    assertEquals(ExpectedResult.ACCEPT, made.signed().expect().result());
                    assertEquals(List.of(InteropId.Kind.ENVELOPE, InteropId.Kind.COSE_SIGN1), made.verification().stream()
                            .map(vector -> InteropId.of(vector.id()).orElseThrow().kind()).toList());
                    for (Vector vector : made.verification()) {
                        assertEquals(ExpectedResult.ACCEPT, vector.expect().result(), vector.id().toString());
                        assertEquals(manifest.source().severity(), vector.severity());
                        assertEquals(manifest.source().requirements(), vector.requirements());
                        assertEquals("signed by reference", vector.provenance().source());
                        assertEquals(List.of(InteropVectors.FLAG), vector.flags());
                    }
                    SuitInput envelope = (SuitInput) made.verification().get(0).input();
                    assertEquals(manifest.device(), envelope.device());
                    assertEquals(manifest.scope(), envelope.scope());
                    CoseInput cose = (CoseInput) made.verification().get(1).input();
                    assertEquals(Optional.of(algorithm), cose.allowedAlgorithm(), "the algorithm signed with is the one allowed");
                    assertTrue(cose.detachedPayload().isPresent());
                }
            }
        }
    }

    @Test
    void aProfileUnderWhichTheReferenceVerifierAnswersOtherwiseGetsItsOwnExpectation() {
        try (ReferenceAdapter reference = new ReferenceAdapter()) {
            InteropVectors.Made made = made(new InteropVectors(InteropKeys.standard()), "reference", reference, Algorithm.ES256,
                    "example-0");
            // example 0 runs sequence number 0 on a device at 0, which suit-seq-strict refuses
            assertEquals(Map.of(Profile.SUIT_SEQ_STRICT, ExpectedResult.REJECT), made.verification().get(0).expect().profiles());
            assertEquals(Map.of(), made.verification().get(1).expect().profiles(), "the COSE_Sign1 has no sequence number");
            assertEquals(Map.of(), made.signed().expect().profiles(), "a producer is judged under the default profiles");
        }
    }

    @Test
    void aNonConformantEnvelopeIsExpectedToBeRejectedWithTheReferenceVerifiersReason() {
        InteropVectors maker = new InteropVectors(InteropKeys.standard());
        InteropManifest install = manifest("install");
        try (TestAdapters.WrongKeyProducer impostor = new TestAdapters.WrongKeyProducer();
             TestAdapters.BitFlippingProducer flipper = new TestAdapters.BitFlippingProducer()) {
            InteropVectors.Made forged = maker.of("impostor", Algorithm.ESP256, install,
                    impostor.sign(maker.request("impostor", Algorithm.ESP256, install)));
            assertEquals(Optional.of(Reason.SIGNATURE_INVALID), forged.production().reason(), forged.production().toString());
            forged.verification().forEach(vector -> assertEquals(Optional.of(Reason.SIGNATURE_INVALID), vector.expect().reason()));

            InteropVectors.Made flipped = maker.of("flipper", Algorithm.ES256, install,
                    flipper.sign(maker.request("flipper", Algorithm.ES256, install)));
            assertEquals(Optional.of(Reason.DIGEST_MISMATCH), flipped.production().reason());
            assertEquals(Optional.of(Reason.DIGEST_MISMATCH), flipped.verification().get(0).expect().reason());
            // the flipped bit is in the manifest, not in the COSE_Sign1 over its digest
            assertEquals(ExpectedResult.ACCEPT, flipped.verification().get(1).expect().result());
        }
    }

    @Test
    void noEnvelopeMakesOnlyTheProducersVectorWithItsFailureAndTheUnsignedManifest() {
        InteropVectors maker = new InteropVectors(InteropKeys.standard());
        InteropManifest example1 = manifest("example-1");
        InteropVectors.Made crashed = maker.of("broken", Algorithm.EDDSA, example1,
                SignOutcome.crash("no signer configured").withStderr("trace").withDuration(Duration.ofMillis(3)));

        assertEquals(List.of(), crashed.verification());
        assertEquals(AdapterOutcome.Kind.CRASH, crashed.production().kind());
        assertEquals("no signer configured", crashed.production().detail());
        assertEquals("trace", crashed.production().stderr());
        assertEquals(Optional.of(Duration.ofMillis(3)), crashed.production().duration());
        String envelope = ((SuitInput) crashed.signed().input()).envelope().hex();
        assertTrue(envelope.startsWith("d86ba103") && envelope.endsWith(example1.manifest().hex()),
                "the input is the manifest alone in an envelope: " + envelope);
        assertEquals(AdapterOutcome.Kind.UNSUPPORTED, maker.of("picky", Algorithm.HSS_LMS, example1,
                SignOutcome.unsupported("signs ES256 only")).production().kind());
        assertEquals(AdapterOutcome.Kind.TIMEOUT, maker.of("slow", Algorithm.HSS_LMS, example1,
                SignOutcome.timeout("no envelope")).production().kind());
    }

    @Test
    void everyHssLmsSigningKeyIsAFreshOneTimeKeyOfTheSamePublicKey() {
        InteropKeys keys = InteropKeys.standard();
        assertFalse(keys.signingKey(Algorithm.HSS_LMS).equals(keys.signingKey(Algorithm.HSS_LMS)));
        assertEquals(keys.signingKey(Algorithm.ES256), keys.signingKey(Algorithm.ESP256));
        assertEquals(InteropKeys.standard().publicKey(Algorithm.HSS_LMS), keys.publicKey(Algorithm.HSS_LMS),
                "the HSS-LMS test key is the same on every run");
    }
}
