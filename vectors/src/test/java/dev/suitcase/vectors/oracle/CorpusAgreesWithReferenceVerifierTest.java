package dev.suitcase.vectors.oracle;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus is what the oracle says, and the oracle is what the specifications say: every active
 * vector of the committed corpus runs on the reference verifier, which must give the expected result
 * and, for a rejection, exactly the expected reason. Vectors whose expectation differs under a profile
 * the reference verifier implements run again under that profile and must give that result.
 */
class CorpusAgreesWithReferenceVerifierTest {
    private static final Corpus CORPUS = CorpusLoader.fromDirectory(
            Path.of(System.getProperty("suitcase.root", "..")).resolve("vectors/corpus"));
    /** The profiles the reference verifier can be switched to, besides its default ed25519-rfc8032. */
    private static final Set<Profile> SWITCHABLE =
            EnumSet.of(Profile.ED25519_STRICT, Profile.ECDSA_LOW_S, Profile.SUIT_SEQ_STRICT, Profile.CBOR_LENIENT);

    @TestFactory
    List<DynamicTest> everyVectorUnderTheDefaultProfile() {
        ReferenceOracle oracle = new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT));
        List<DynamicTest> tests = new ArrayList<>();
        for (Vector vector : CORPUS.active()) {
            tests.add(DynamicTest.dynamicTest(vector.id().toString(), () -> {
                Outcome outcome = oracle.run(vector);
                assertAgrees(vector, vector.expect().resultUnder(Profile.ED25519_RFC8032), true, outcome);
            }));
        }
        assertFalse(tests.isEmpty(), "the committed corpus has no active vector");
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyProfileOverrideUnderItsProfile() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Profile profile : SWITCHABLE) {
            ReferenceOracle oracle = new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT.with(profile)));
            for (Vector vector : CORPUS.active()) {
                if (!vector.expect().profiles().containsKey(profile)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(vector.id() + " under " + profile, () ->
                        assertAgrees(vector, vector.expect().resultUnder(profile), false, oracle.run(vector))));
            }
        }
        return tests;
    }

    private static void assertAgrees(Vector vector, ExpectedResult expected, boolean checkReason, Outcome outcome) {
        String context = vector.id() + " (" + vector.title() + "): reference verifier says " + outcome;
        switch (expected) {
            case ACCEPT -> assertTrue(outcome.accepted(), context);
            case REJECT -> {
                assertFalse(outcome.accepted(), context);
                if (checkReason && vector.expect().reason().isPresent()) {
                    assertEquals(vector.expect().reason().get(), outcome.reason().orElseThrow(), context);
                }
            }
            case EITHER -> { }
        }
    }
}
