package dev.suitcase.vectors.oracle;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.suit.SuitCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A must-reject SUIT vector catches the bug it names: a processor that skips exactly the check the
 * vector fires accepts it. The reference verifier stands in for that processor, with the check knocked
 * out; the vector isolates its check when the knocked-out verifier accepts it, under the vector's scope,
 * device and a profile under which it must be rejected (a vector breaking canonical order and a rule
 * the cbor-lenient profile keeps isolates that rule under cbor-lenient). A vector that isolates no
 * check is marked as a robustness vector, and then it must really isolate none.
 *
 * <p>SUIT-scoped: it covers the vectors that the reference verifier rejects with a {@link SuitCheck};
 * those rejected by the CBOR decoder's, the COSE verifier's or the primitives' checks are left to the
 * corpus-wide sensitivity test.
 */
class SuitVectorsIsolateTheirCheckTest {
    private static final Corpus CORPUS = CorpusLoader.fromDirectory(
            Path.of(System.getProperty("suitcase.root", "..")).resolve("vectors/corpus"));
    /** The profiles the reference verifier can be switched to that change a SUIT expectation. */
    private static final List<Profile> PROFILES = List.of(Profile.CBOR_LENIENT, Profile.SUIT_SEQ_STRICT);

    /** One run of a vector under one profile: the check that rejected it, and whether knocking it out accepts. */
    private record Run(Profile profile, Optional<Check> check, boolean acceptedWithout) {
        boolean isolates() {
            return acceptedWithout;
        }

        boolean bySuitCheck() {
            return check.filter(SuitCheck.class::isInstance).isPresent();
        }

        @Override
        public String toString() {
            return (profile == null ? "default profile" : profile.wireName()) + ": "
                    + check.map(Check::id).orElse("no check") + (acceptedWithout ? " isolated" : " not isolated");
        }
    }

    private static Run run(Vector vector, Profile profile) {
        VerifierOptions options = profile == null ? VerifierOptions.DEFAULT : VerifierOptions.DEFAULT.with(profile);
        Outcome outcome = new ReferenceOracle(new ReferenceVerifier(options)).run(vector);
        assertFalse(outcome.accepted(), vector.id() + " must be rejected under " + options);
        Optional<Check> check = outcome.check();
        boolean acceptedWithout = check.filter(Check::skippable)
                .map(skippable -> new ReferenceOracle(new ReferenceVerifier(Knockouts.without(options, skippable)))
                        .run(vector).accepted())
                .orElse(false);
        return new Run(profile, check, acceptedWithout);
    }

    /** The runs of a must-reject vector: under the default profile, and under each profile it must be rejected under too. */
    private static List<Run> runs(Vector vector) {
        List<Run> runs = new ArrayList<>();
        runs.add(run(vector, null));
        for (Profile profile : PROFILES) {
            if (vector.expect().profiles().get(profile) == ExpectedResult.REJECT) {
                runs.add(run(vector, profile));
            }
        }
        return runs;
    }

    private static List<Vector> mustReject() {
        return CORPUS.active().stream()
                .filter(vector -> vector.layer() == Layer.SUIT && vector.expect().result() == ExpectedResult.REJECT)
                .toList();
    }

    @TestFactory
    List<DynamicTest> everyMustRejectSuitVectorIsolatesTheSuitCheckItFires() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Vector vector : mustReject()) {
            if (vector.robustness().isPresent()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(vector.id().toString(), () -> {
                List<Run> runs = runs(vector);
                if (runs.stream().noneMatch(Run::bySuitCheck)) {
                    return; // rejected by another package's check: the corpus-wide test's
                }
                if (runs.stream().noneMatch(Run::isolates)) {
                    fail(vector.id() + " isolates no check (" + runs + "): a processor without the check it fires"
                            + " still rejects it, so the vector cannot catch that processor; make the rest of the input"
                            + " valid, or mark the vector as a robustness vector if no processor can go on with it");
                }
            }));
        }
        assertTrue(tests.size() > 100, "the corpus has only " + tests.size() + " must-reject SUIT vectors");
        return tests;
    }

    @TestFactory
    List<DynamicTest> everySuitRobustnessVectorReallyIsolatesNoCheck() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Vector vector : mustReject()) {
            if (vector.robustness().isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(vector.id().toString(), () -> {
                List<Run> runs = runs(vector);
                assertTrue(runs.stream().noneMatch(Run::isolates), () -> vector.id() + " is marked as a robustness vector ("
                        + vector.robustness().orElseThrow() + ") but isolates a check: " + runs);
            }));
        }
        assertFalse(tests.isEmpty(), "no SUIT robustness vector: the nesting bombs are");
        return tests;
    }
}
