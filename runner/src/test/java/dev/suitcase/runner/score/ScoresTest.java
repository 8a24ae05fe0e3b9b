package dev.suitcase.runner.score;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.fixtures.InteropResults;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.FailurePolicy;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoresTest {
    private static final AdapterUnderTest ALPHA = Fixtures.adapter("alpha");
    private static final AdapterUnderTest BETA = AdapterUnderTest.of("beta",
            Fixtures.ics("beta-impl", EnumSet.allOf(Layer.class), Set.of(Algorithm.ES256), Set.of()));
    private static final AdapterUnderTest GAMMA = Fixtures.adapter("gamma");

    private static final Vector VALID_ES256 = Fixtures.accepting("signature.es256.test.valid");
    private static final Vector BITFLIP_ES256 = Fixtures.rejecting("cose.es256.test.bitflip", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
    private static final Vector HIGH_S = Fixtures.rejecting("signature.es256.test.high-s", Reason.SIGNATURE_MALFORMED, Severity.MEDIUM);
    private static final Vector SMALL_ORDER = Fixtures.vector("signature.ed25519.test.small-order", Expectation.either(), Severity.LOW);
    private static final Vector VALID_ED25519 = Fixtures.accepting("signature.ed25519.test.valid");
    private static final Vector ANY_HEADER = Fixtures.rejecting("cose.any.test.crit", Reason.HEADER_INVALID, Severity.HIGH);
    private static final Vector HSS_VALID = Fixtures.accepting("cose.hss-lms.test.valid");
    private static final Vector HSS_VALID_TOO = Fixtures.accepting("cose.hss-lms.test.valid-two-levels");
    private static final Vector HSS_FORGERY = Fixtures.rejecting("cose.hss-lms.test.forgery", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
    private static final Vector ES256_VALID = Fixtures.accepting("cose.es256.test.valid");
    private static final Vector ES256_FORGERY = Fixtures.rejecting("cose.es256.test.forgery", Reason.SIGNATURE_INVALID, Severity.CRITICAL);

    private static List<Result> results() {
        List<Result> results = new ArrayList<>();
        // alpha: pass, pass other reason, fail accepted, info, fail rejected, unsupported
        results.add(Fixtures.judged(VALID_ES256, ALPHA, AdapterOutcome.accept()));
        results.add(Fixtures.judged(BITFLIP_ES256, ALPHA, AdapterOutcome.reject(Reason.BAD_STRUCTURE, "")));
        results.add(Fixtures.judged(HIGH_S, ALPHA, AdapterOutcome.accept()));
        results.add(Fixtures.judged(SMALL_ORDER, ALPHA, AdapterOutcome.accept()));
        results.add(Fixtures.judged(VALID_ED25519, ALPHA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")));
        results.add(Fixtures.judged(ANY_HEADER, ALPHA, AdapterOutcome.unsupported("no crit support")));
        // beta: pass, pass, timeout, not applicable (Ed25519) twice, suite error
        results.add(Fixtures.judged(VALID_ES256, BETA, AdapterOutcome.accept()));
        results.add(Fixtures.judged(BITFLIP_ES256, BETA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")));
        results.add(Fixtures.judged(HIGH_S, BETA, AdapterOutcome.timeout("5 s")));
        results.add(Fixtures.judge().notApplicable(SMALL_ORDER, BETA));
        results.add(Fixtures.judge().notApplicable(VALID_ED25519, BETA));
        results.add(Fixtures.judge().suiteFailure(ANY_HEADER, BETA, "request could not be built"));
        return results;
    }

    @Test
    void scoresPassesOverTheVectorsJudgedPassOrFailure() {
        Scores scores = Scores.of(results(), List.of("alpha", "beta"), FailurePolicy.DEFAULT);

        assertEquals(new Score(2, 5), scores.forAdapter("alpha").overall());
        assertEquals(new Score(2, 3), scores.forAdapter("beta").overall());
        assertEquals(OptionalDouble.of(0.4), scores.forAdapter("alpha").overall().ratio());
    }

    @Test
    void scoresByLayerAndByAlgorithmInTheirOrder() {
        AdapterScores alpha = Scores.of(results(), List.of("alpha", "beta"), FailurePolicy.DEFAULT).forAdapter("alpha");

        assertEquals(Map.of(Layer.SIGNATURE, new Score(1, 3), Layer.COSE, new Score(1, 2)), alpha.byLayer());
        assertEquals(List.of(Layer.SIGNATURE, Layer.COSE), List.copyOf(alpha.byLayer().keySet()));
        assertEquals(Map.of("es256", new Score(2, 3), "ed25519", new Score(0, 1), "any", new Score(0, 1)), alpha.byAlgorithm());
        assertEquals(List.of("es256", "ed25519", "any"), List.copyOf(alpha.byAlgorithm().keySet()));
    }

    @Test
    void takesUnsupportedOutOfTheScoreWhenUnimplementedIsAllowed() {
        AdapterScores alpha = Scores.of(results(), List.of("alpha"), new FailurePolicy(true, false)).forAdapter("alpha");

        assertEquals(new Score(2, 4), alpha.overall());
        assertEquals(2, alpha.failures());
        assertEquals(new Score(2, 5), Scores.of(results(), List.of("alpha"), FailurePolicy.DEFAULT).forAdapter("alpha").overall());
    }

    @Test
    void countsVerdictsAndFailuresBySeverity() {
        Scores scores = Scores.of(results(), List.of("alpha", "beta"), FailurePolicy.DEFAULT);
        AdapterScores alpha = scores.forAdapter("alpha");
        AdapterScores beta = scores.forAdapter("beta");

        assertEquals(1, alpha.verdicts().get(Verdict.PASS));
        assertEquals(1, alpha.verdicts().get(Verdict.PASS_OTHER_REASON));
        assertEquals(1, alpha.verdicts().get(Verdict.FAIL_ACCEPTED));
        assertEquals(1, alpha.verdicts().get(Verdict.FAIL_REJECTED));
        assertEquals(1, alpha.verdicts().get(Verdict.INFO));
        assertEquals(1, alpha.verdicts().get(Verdict.UNSUPPORTED));
        assertEquals(0, alpha.verdicts().get(Verdict.CRASH));
        assertEquals(Map.of(Severity.CRITICAL, 0, Severity.HIGH, 1, Severity.MEDIUM, 1, Severity.LOW, 0, Severity.INFO, 0),
                alpha.failuresBySeverity(), "UNSUPPORTED takes no severity: only the rejected valid Ed25519 vector is high");
        assertEquals(2, beta.verdicts().get(Verdict.NOT_APPLICABLE));
        assertEquals(1, beta.verdicts().get(Verdict.ERROR));
        assertEquals(Map.of(Severity.CRITICAL, 0, Severity.HIGH, 0, Severity.MEDIUM, 1, Severity.LOW, 0, Severity.INFO, 0),
                beta.failuresBySeverity());
    }

    @Test
    void takesTheInteropScoreOverTheVectorsEveryAdapterWasScoredOn() {
        InteropScore interop = Scores.of(results(), List.of("alpha", "beta"), FailurePolicy.DEFAULT).interop();

        // common: valid es256 (both pass), bitflip (both pass), high-s (alpha fails); the other three are not common
        assertEquals(new InteropScore(List.of("alpha", "beta"), 3, 2, 3), interop);
        assertEquals(OptionalDouble.of(2.0 / 3), interop.ratio());
    }

    @Test
    void takesTheInteropScoreOfAnySubset() {
        InteropScore alphaAlone = Scores.interop(results(), List.of("alpha"), FailurePolicy.DEFAULT);

        assertEquals(new InteropScore(List.of("alpha"), 5, 2, 1), alphaAlone);
    }

    @Test
    void hasNoRatioWhenNothingWasApplicable() {
        Scores scores = Scores.of(List.of(), List.of("alpha"), FailurePolicy.DEFAULT);

        assertEquals(Score.NONE, scores.forAdapter("alpha").overall());
        assertEquals(OptionalDouble.empty(), scores.forAdapter("alpha").overall().ratio());
        assertEquals(OptionalDouble.empty(), scores.interop().ratio());
    }

    @Test
    void namesTheAdaptersThereAreWhenAskedForAnother() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scores.of(results(), List.of("alpha"), FailurePolicy.DEFAULT).forAdapter("gamma"));
        assertEquals("no scores for adapter 'gamma'; the run has [alpha]", e.getMessage());
    }

    @Test
    void scoresAnAdvisoryOnlyWhenAdvisoriesFailAndNeverAtItsSeverity() {
        Vector bothBuckets = Fixtures.vector("cose.es256.test.alg-in-both", Expectation.reject(Reason.HEADER_INVALID)
                .advisory(Advisory.Basis.RECIPIENT_SHOULD, "RFC 9052 §3: applications SHOULD verify that the same label does "
                        + "not occur in both the protected and the unprotected header parameters"), Severity.HIGH);
        List<Result> results = List.of(Fixtures.judged(VALID_ES256, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(bothBuckets, ALPHA, AdapterOutcome.accept()));

        AdapterScores recommended = Scores.of(results, List.of("alpha"), FailurePolicy.DEFAULT).forAdapter("alpha");
        AdapterScores counted = Scores.of(results, List.of("alpha"), new FailurePolicy(false, true)).forAdapter("alpha");

        assertEquals(new Score(1, 1), recommended.overall());
        assertEquals(new Score(1, 2), counted.overall());
        assertEquals(1, counted.count(Verdict.ADVISORY));
        assertEquals(0, counted.failures(), "never a security failure, never at the vector's severity");
    }

    @Test
    void findsACombinationNotImplementedWhenItAcceptsNoneOfItsMustAcceptVectors() {
        Scores scores = Scores.of(notImplementedRun(), List.of("alpha", "gamma"), FailurePolicy.DEFAULT);

        assertEquals(List.of(new NotImplemented(new Combination("alpha", Layer.COSE, "hss-lms"), 2, 1)), scores.notImplemented());
        assertEquals("alpha: cose/HSS-LMS looks not implemented: 0 of 2 must-accept vectors accepted; take it out of the "
                + "statement or fix it", scores.notImplemented().get(0).describe());
        assertEquals(List.of(), scores.notImplemented("gamma"), "gamma accepts one of them");
    }

    @Test
    void creditsNoMustRejectPassOfACombinationNotImplemented() {
        Scores scores = Scores.of(notImplementedRun(), List.of("alpha", "gamma"), FailurePolicy.DEFAULT);
        AdapterScores alpha = scores.forAdapter("alpha");

        // alpha: HSS-LMS forgery rejected but uncredited, the two valid ones failed; ES256 valid passed, forgery accepted
        assertEquals(new Score(1, 4), alpha.overall());
        assertEquals(1, alpha.uncredited());
        assertEquals(Map.of("es256", new Score(1, 2), "hss-lms", new Score(0, 2)), alpha.byAlgorithm());
        assertEquals(1, alpha.count(Verdict.PASS_OTHER_REASON), "the verdict stands; only the score leaves it out");
        // the HSS-LMS forgery is uncredited for alpha, so not common ground; ES256 forgery: alpha fails
        assertEquals(new InteropScore(List.of("alpha", "gamma"), 4, 1, 1), scores.interop());
    }

    @Test
    void neverCallsACombinationWithoutMustAcceptVectorsNotImplemented() {
        List<Result> results = List.of(Fixtures.judged(HSS_FORGERY, ALPHA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")),
                Fixtures.judge().suiteFailure(HSS_VALID, ALPHA, "request could not be built"),
                Fixtures.judge().notApplicable(VALID_ED25519, BETA));

        Scores scores = Scores.of(results, List.of("alpha", "beta"), FailurePolicy.DEFAULT);

        assertEquals(List.of(), scores.notImplemented(), "a suite error or a vector outside the statement says nothing");
        assertEquals(new Score(1, 1), scores.forAdapter("alpha").overall());
    }

    @Test
    void neverCallsAProducerNotImplementedForTheReferenceVerifiersAnswersOnItsEnvelopes() {
        Results matrix = InteropResults.es256();

        assertTrue(matrix.results().stream().anyMatch(result -> result.adapter().equals(InteropResults.IMPOSTOR)
                && result.verdict() == Verdict.FAIL_REJECTED), "its envelopes do not conform, so they are rejected");
        assertEquals(List.of(), matrix.scores().notImplemented(InteropResults.IMPOSTOR),
                "a producer's own results are the reference verifier's answers, not its own verification");
    }

    @Test
    void countsEveryWayOfNotAcceptingAsNotImplemented() {
        List<Result> results = List.of(Fixtures.judged(HSS_VALID, ALPHA, AdapterOutcome.unsupported("no HSS")),
                Fixtures.judged(HSS_VALID_TOO, ALPHA, AdapterOutcome.timeout("10 s")),
                Fixtures.judged(HSS_VALID, GAMMA, AdapterOutcome.crash("exit 134")));

        assertEquals(List.of("alpha", "gamma"), Scores.of(results, List.of("alpha", "gamma"), new FailurePolicy(true, false))
                .notImplemented().stream().map(entry -> entry.combination().adapter()).toList(), "under --allow-unimplemented too");
    }

    /** alpha rejects everything HSS-LMS; gamma accepts one valid HSS-LMS vector. */
    private static List<Result> notImplementedRun() {
        return List.of(
                Fixtures.judged(HSS_VALID, ALPHA, AdapterOutcome.reject(Reason.UNSUPPORTED_ALGORITHM, "unknown alg -46")),
                Fixtures.judged(HSS_VALID_TOO, ALPHA, AdapterOutcome.reject(Reason.UNSUPPORTED_ALGORITHM, "unknown alg -46")),
                Fixtures.judged(HSS_FORGERY, ALPHA, AdapterOutcome.reject(Reason.UNSUPPORTED_ALGORITHM, "unknown alg -46")),
                Fixtures.judged(ES256_VALID, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(ES256_FORGERY, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(HSS_VALID, GAMMA, AdapterOutcome.accept()),
                Fixtures.judged(HSS_VALID_TOO, GAMMA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")),
                Fixtures.judged(HSS_FORGERY, GAMMA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")),
                Fixtures.judged(ES256_VALID, GAMMA, AdapterOutcome.accept()),
                Fixtures.judged(ES256_FORGERY, GAMMA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")));
    }
}
