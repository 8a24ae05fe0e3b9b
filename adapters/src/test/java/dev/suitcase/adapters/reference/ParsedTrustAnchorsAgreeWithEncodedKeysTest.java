package dev.suitcase.adapters.reference;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.TrustAnchors;
import dev.suitcase.verifier.VerifierOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holding parsed trust anchors must not change a verdict. Every active vector of the corpus runs on
 * the reference verifier three ways: on a verifier of its own, which parses the vector's keys for
 * the first time; on one verifier shared by the whole corpus, after a first pass over it, so that
 * every key comes from the verifier's cache of parsed keys; and, for the COSE and SUIT layers, with
 * the keys parsed beforehand into {@link TrustAnchors}. The outcomes must be equal in every part:
 * reason, detail, location and trace.
 */
class ParsedTrustAnchorsAgreeWithEncodedKeysTest {
    private static final Corpus CORPUS = CorpusLoader.fromDirectory(
            Path.of(System.getProperty("suitcase.root", "..")).resolve("vectors/corpus"));

    @TestFactory
    List<DynamicTest> everyVectorHasOneOutcomeHoweverItsKeysArePassed() {
        ReferenceVerifier shared = new ReferenceVerifier(VerifierOptions.DEFAULT);
        ReferenceOracle warmed = new ReferenceOracle(shared);
        CORPUS.active().forEach(warmed::run);
        List<DynamicTest> tests = new ArrayList<>();
        for (Vector vector : CORPUS.active()) {
            tests.add(DynamicTest.dynamicTest(vector.id().toString(), () -> {
                ReferenceVerifier own = new ReferenceVerifier(VerifierOptions.DEFAULT);
                Outcome firstParse = new ReferenceOracle(own).run(vector);
                assertEquals(firstParse, warmed.run(vector), "with the keys from the shared verifier's cache");
                parsedBeforehand(own, vector).ifPresent(outcome ->
                        assertEquals(firstParse, outcome, "with the keys parsed into TrustAnchors"));
            }));
        }
        assertTrue(tests.size() > 1000, "the committed corpus has only " + tests.size() + " active vectors");
        return tests;
    }

    /** The outcome with the vector's trusted keys parsed first, for the layers that take TrustAnchors. */
    private static Optional<Outcome> parsedBeforehand(ReferenceVerifier verifier, Vector vector) {
        if (vector.input() instanceof CoseInput cose) {
            return Optional.of(Outcome.failClosed(Reason.BAD_STRUCTURE, () -> verifier.verifyCose(
                    cose.coseSign1().toByteArray(), cose.detachedPayload().map(Bytes::toByteArray),
                    cose.externalAad().map(Bytes::toByteArray).orElse(new byte[0]),
                    TrustAnchors.parse(ReferenceOracle.trusted(cose.keys())), cose.allowedAlgorithm())));
        }
        if (vector.input() instanceof SuitInput suit) {
            return Optional.of(Outcome.failClosed(Reason.BAD_STRUCTURE, () -> verifier.processSuit(
                    suit.envelope().toByteArray(), TrustAnchors.parse(ReferenceOracle.trusted(suit.keys())),
                    ReferenceOracle.device(suit.device()), suit.scope())));
        }
        return Optional.empty();
    }
}
