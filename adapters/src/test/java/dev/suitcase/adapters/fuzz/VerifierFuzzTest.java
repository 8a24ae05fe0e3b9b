package dev.suitcase.adapters.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of the reference verifier's three entry points (verifier/README.md, "Fuzzing"):
 * each input picks a corpus vector and mutates its bytes ({@link CborMutator}); the verifier must answer
 * without throwing, within {@link PerInputBudget#DEFAULT} ({@link PerInputBudget#SUIT} for envelopes), and
 * accept only when the signed content is that of a vector the corpus lets a verifier accept
 * ({@link FuzzSeeds}) or BouncyCastle verifies the signature ({@link IndependentSignature}). A plain
 * {@code mvn verify} replays the committed inputs under
 * {@code src/test/resources/dev/suitcase/adapters/fuzz/VerifierFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * Jazzer fuzzes one method for its {@code maxDuration} or the {@code fuzz} profile's {@code fuzz.duration}.
 */
class VerifierFuzzTest {
    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(VerifierOptions.DEFAULT);
    /** The COSE algorithm ids a mutated signature input tries besides its own: the suite's and near misses. */
    private static final Integer[] ALGORITHM_IDS = {-7, -9, -8, -19, -46, -35, -36, -47, -51, -52, -50, 0, 1, -65536};

    @FuzzTest(maxDuration = "60s")
    void signatureLayer(FuzzedDataProvider data) {
        SignatureInput seed = data.pickValue(FuzzSeeds.SIGNATURE);
        int algorithmId = seed.algorithmId();
        byte[] key = seed.coseKey().toByteArray();
        byte[] message = seed.message().toByteArray();
        byte[] signature = seed.signature().toByteArray();
        switch (data.consumeInt(0, 3)) {
            case 0 -> key = CborMutator.mutate(key, data);
            case 1 -> message = CborMutator.mutate(message, data);
            case 2 -> signature = CborMutator.mutate(signature, data);
            default -> algorithmId = data.pickValue(ALGORITHM_IDS);
        }
        int id = algorithmId;
        byte[] k = key;
        byte[] m = message;
        byte[] s = signature;
        Outcome outcome = PerInputBudget.DEFAULT.run("verifySignature", (long) k.length + m.length + s.length,
                () -> VERIFIER.verifySignature(id, k, m, s));
        if (outcome.accepted()) {
            assertTrue(FuzzSeeds.VALID_SIGNATURE.contains(FuzzSeeds.sameAlgorithm(
                            new SignatureInput(id, Bytes.of(m), Bytes.of(s), Bytes.of(k))))
                            || IndependentSignature.verifies(id, k, m, s),
                    "the signature layer accepted a key, message, signature and algorithm that no valid vector has and "
                            + "BouncyCastle does not verify: "
                            + "alg " + id + ", key " + Bytes.of(k).hex() + ", message " + Bytes.of(m).hex()
                            + ", signature " + Bytes.of(s).hex());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void coseSign1(FuzzedDataProvider data) {
        CoseInput seed = data.pickValue(FuzzSeeds.COSE);
        Optional<byte[]> detached = seed.detachedPayload().map(Bytes::toByteArray);
        byte[] aad = seed.externalAad().map(Bytes::toByteArray).orElse(new byte[0]);
        byte[] message = seed.coseSign1().toByteArray();
        switch (data.consumeInt(0, 5)) {
            case 0 -> detached = Optional.of(CborMutator.mutate(detached.orElse(new byte[0]), data));
            case 1 -> aad = CborMutator.mutate(aad, data);
            default -> message = CborMutator.mutate(message, data);
        }
        Optional<Algorithm> allowed = seed.allowedWith(Optional.empty());
        byte[] m = message;
        byte[] a = aad;
        Optional<byte[]> d = detached;
        Outcome outcome = PerInputBudget.DEFAULT.run("verifyCose", (long) m.length + a.length + d.map(p -> p.length).orElse(0),
                () -> VERIFIER.verifyCose(m, d, a, ReferenceOracle.trusted(seed.keys()), allowed));
        if (outcome.accepted()) {
            Optional<FuzzSeeds.CoseSigned> signed = FuzzSeeds.CoseSigned.of(m, d, a, seed.keys(), allowed);
            assertTrue(signed.filter(content -> FuzzSeeds.VALID_COSE.contains(content)
                            || content.independentlyVerifies()).isPresent(),
                    "the COSE layer accepted a COSE_Sign1 whose signed content no valid vector has and BouncyCastle "
                            + "does not verify: "
                            + Bytes.of(m).hex() + ", detached payload " + d.map(p -> Bytes.of(p).hex()).orElse("none")
                            + ", external AAD " + Bytes.of(a).hex() + " (signed content " + signed + ")");
        }
    }

    @FuzzTest(maxDuration = "60s")
    void suitEnvelope(FuzzedDataProvider data) {
        SuitInput seed = data.pickValue(FuzzSeeds.SUIT);
        byte[] envelope = CborMutator.mutate(seed.envelope().toByteArray(), data);
        Outcome outcome = PerInputBudget.SUIT.run("processSuit", envelope.length,
                () -> VERIFIER.processSuit(envelope, ReferenceOracle.trusted(seed.keys()),
                        ReferenceOracle.device(seed.device()), seed.scope()));
        if (outcome.accepted()) {
            Optional<FuzzSeeds.SuitSigned> signed = FuzzSeeds.SuitSigned.of(envelope, seed);
            assertTrue(signed.isPresent() && FuzzSeeds.VALID_SUIT.contains(signed.get()),
                    "the SUIT layer accepted an envelope whose manifest, device and scope no valid vector has: "
                            + Bytes.of(envelope).hex());
        }
    }

    /** Every active vector the verifier accepts, found once per JVM before any fuzz input runs. */
    private static List<Vector> acceptedSeeds;

    /**
     * Runs every seed once: it warms the verifier up, so the first fuzz input is not charged with class loading
     * and JIT compilation, and it finds the seeds {@link #everyAcceptedSeedIsRecognisedByItsSignedContent} checks.
     */
    @BeforeAll
    static void runEverySeedOnce() {
        ReferenceOracle oracle = new ReferenceOracle(VERIFIER);
        acceptedSeeds = FuzzSeeds.ACTIVE.stream().filter(vector -> oracle.run(vector).accepted()).toList();
    }

    /**
     * The oracle's premise on the seeds themselves: every vector the verifier accepts is recognised as valid by its
     * signed content; so what the fuzz tests flag is a real difference, not this test's decoder disagreeing with
     * the corpus.
     */
    @Test
    void everyAcceptedSeedIsRecognisedByItsSignedContent() {
        assertFalse(acceptedSeeds.isEmpty(), "the verifier accepts no vector of the corpus");
        for (Vector vector : acceptedSeeds) {
            boolean recognised;
            if (vector.input() instanceof SignatureInput signature) {
                recognised = FuzzSeeds.VALID_SIGNATURE.contains(FuzzSeeds.sameAlgorithm(signature));
            } else if (vector.input() instanceof CoseInput cose) {
                recognised = FuzzSeeds.CoseSigned.of(cose.coseSign1().toByteArray(),
                        cose.detachedPayload().map(Bytes::toByteArray),
                        cose.externalAad().map(Bytes::toByteArray).orElse(new byte[0]), cose.keys(),
                        cose.allowedWith(Optional.empty())).filter(FuzzSeeds.VALID_COSE::contains).isPresent();
            } else {
                SuitInput suit = (SuitInput) vector.input();
                recognised = FuzzSeeds.SuitSigned.of(suit.envelope().toByteArray(), suit)
                        .filter(FuzzSeeds.VALID_SUIT::contains).isPresent();
            }
            assertTrue(recognised, "the verifier accepts " + vector.id() + " (expected " + vector.expect().result()
                    + ") but its signed content is not that of a vector a verifier may accept");
        }
    }
}
