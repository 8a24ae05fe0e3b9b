package dev.suitcase.adapters.reference;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.corpus.CorpusSchemas;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus is what the oracle says, and the oracle is what the specifications say: every active
 * vector of the committed corpus runs on the reference verifier, which must give the expected result
 * and, for a rejection, exactly the expected reason. Every vector whose expectation differs under a
 * profile runs again under that profile and must give that result; the reference verifier implements
 * every profile the vector schema names, and a test fails the day it does not.
 */
class CorpusAgreesWithReferenceVerifierTest {
    private static final Corpus CORPUS = CorpusLoader.fromDirectory(
            Path.of(System.getProperty("suitcase.root", "..")).resolve("vectors/corpus"));

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

    /**
     * Every profile override of the corpus, under the profile it names, whichever it is: a profile
     * the reference verifier cannot be switched to fails here rather than going unchecked.
     */
    @TestFactory
    List<DynamicTest> everyProfileOverrideUnderItsProfile() {
        Map<Profile, ReferenceOracle> oracles = new EnumMap<>(Profile.class);
        List<DynamicTest> tests = new ArrayList<>();
        Set<Profile> overridden = EnumSet.noneOf(Profile.class);
        for (Vector vector : CORPUS.active()) {
            for (Profile profile : vector.expect().profiles().keySet()) {
                overridden.add(profile);
                tests.add(DynamicTest.dynamicTest(vector.id() + " under " + profile, () -> {
                    ReferenceOracle oracle = oracles.computeIfAbsent(profile, p ->
                            new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT.with(p))));
                    assertAgrees(vector, vector.expect().resultUnder(profile), false, oracle.run(vector));
                }));
            }
        }
        assertTrue(overridden.contains(Profile.ED25519_ZIP215), "the corpus has no ed25519-zip215 override: " + overridden);
        return tests;
    }

    /** The profiles a vector may name are those of the schema; the reference verifier must run each. */
    @Test
    void theReferenceVerifierRunsEveryProfileTheVectorSchemaNames() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream(CorpusSchemas.RESOURCE_DIRECTORY + CorpusSchemas.VECTOR.fileName())) {
            schema = JsonFormat.read(in.readAllBytes());
        }
        List<String> named = new ArrayList<>();
        schema.get("$defs").get("profile").get("enum").forEach(value -> named.add(value.stringValue()));
        assertFalse(named.isEmpty(), "the schema names no profile");
        for (String name : named) {
            Profile profile = Profile.fromWireName(name)
                    .orElseThrow(() -> new AssertionError("the schema names " + name + ", which the verifier does not know"));
            VerifierOptions options = assertDoesNotThrow(() -> VerifierOptions.DEFAULT.with(profile),
                    "the reference verifier cannot be switched to " + name);
            assertTrue(new ReferenceVerifier(options).options().has(profile), name);
        }
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
