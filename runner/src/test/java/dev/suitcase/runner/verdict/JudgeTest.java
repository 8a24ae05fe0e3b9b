package dev.suitcase.runner.verdict;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.LayerCoverage;
import dev.suitcase.adapters.Operation;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.interop.InteropKeys;
import dev.suitcase.runner.interop.InteropManifest;
import dev.suitcase.runner.interop.InteropManifests;
import dev.suitcase.runner.interop.InteropVectors;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorStatus;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class JudgeTest {
    private static final AdapterUnderTest ADAPTER = Fixtures.adapter("alpha");
    private static final Expectation ACCEPT = Expectation.accept();
    private static final Expectation REJECT = Expectation.reject(Reason.SIGNATURE_MALFORMED);
    private static final Expectation EITHER = Expectation.either();
    private static final String SAME_LABEL = "RFC 9052 §3: applications SHOULD verify that the same label does not occur "
            + "in both the protected and the unprotected header parameters";
    private static final Expectation ADVISORY = Expectation.reject(Reason.HEADER_INVALID)
            .advisory(Advisory.Basis.RECIPIENT_SHOULD, SAME_LABEL);

    /** The verdict table of vectors/README.md, row by row, with every outcome kind an adapter can report. */
    static Stream<Arguments> verdictTable() {
        return Stream.of(
                arguments(ACCEPT, AdapterOutcome.accept(), Verdict.PASS),
                arguments(REJECT, AdapterOutcome.reject(Reason.SIGNATURE_MALFORMED, "s >= L"), Verdict.PASS),
                arguments(REJECT, AdapterOutcome.reject(Optional.empty(), "invalid"), Verdict.PASS),
                arguments(REJECT, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "bad"), Verdict.PASS_OTHER_REASON),
                arguments(REJECT, AdapterOutcome.accept(), Verdict.FAIL_ACCEPTED),
                arguments(ACCEPT, AdapterOutcome.reject(Reason.BAD_KEY, "no"), Verdict.FAIL_REJECTED),
                arguments(ACCEPT, AdapterOutcome.reject(Optional.empty(), "no"), Verdict.FAIL_REJECTED),
                arguments(EITHER, AdapterOutcome.accept(), Verdict.INFO),
                arguments(EITHER, AdapterOutcome.reject(Reason.BAD_KEY, "small order"), Verdict.INFO),
                arguments(ACCEPT, AdapterOutcome.unsupported("no HSS"), Verdict.UNSUPPORTED),
                arguments(REJECT, AdapterOutcome.unsupported("no HSS"), Verdict.UNSUPPORTED),
                arguments(REJECT, AdapterOutcome.timeout("10 s"), Verdict.TIMEOUT),
                arguments(ACCEPT, AdapterOutcome.crash("exit 139"), Verdict.CRASH),
                arguments(REJECT, AdapterOutcome.protocolViolation("outcome 'maybe'"), Verdict.CRASH),
                arguments(ADVISORY, AdapterOutcome.accept(), Verdict.ADVISORY),
                arguments(ADVISORY, AdapterOutcome.reject(Reason.HEADER_INVALID, "alg in both buckets"), Verdict.PASS),
                arguments(ADVISORY, AdapterOutcome.reject(Reason.BAD_STRUCTURE, "duplicate label"), Verdict.PASS_OTHER_REASON),
                arguments(ADVISORY, AdapterOutcome.unsupported("no COSE"), Verdict.UNSUPPORTED),
                arguments(ADVISORY, AdapterOutcome.crash("exit 134"), Verdict.CRASH));
    }

    @ParameterizedTest(name = "[{index}] expect {0}, outcome {1} -> {2}")
    @MethodSource("verdictTable")
    void judgesEveryOutcomeKindAgainstEveryExpectationAsVectorsMdSays(Expectation expect, AdapterOutcome outcome, Verdict verdict) {
        Vector vector = Fixtures.vector("signature.ed25519.test.case", expect, Severity.CRITICAL);
        Result result = Fixtures.judged(vector, ADAPTER, outcome.withStderr("trace").withDuration(Duration.ofMillis(3)));

        assertEquals(verdict, result.verdict());
        assertEquals(Optional.of(outcome.kind()), result.outcome());
        assertEquals(outcome.reason(), result.reason());
        assertEquals(outcome.detail(), result.detail());
        assertEquals("trace", result.stderr());
        assertEquals(Optional.of(Duration.ofMillis(3)), result.duration());
        assertEquals(Severity.CRITICAL, result.severity());
        assertEquals("alpha", result.adapter());
        assertEquals(vector.id(), result.vector());
        assertTrue(result.explanation().contains("\"Runner test case\""), result.explanation());
    }

    @Test
    void marksAVectorOutsideTheStatementNotApplicableAndSaysWhy() {
        AdapterUnderTest ecdsaOnly = AdapterUnderTest.of("ecdsa",
                Fixtures.ics("ecdsa-impl", EnumSet.allOf(Layer.class), Set.of(Algorithm.ES256), Set.of()));
        Vector vector = Fixtures.accepting("signature.hss-lms.test.case");

        Result result = Fixtures.judge().notApplicable(vector, ecdsaOnly);

        assertEquals(Verdict.NOT_APPLICABLE, result.verdict());
        assertEquals(Optional.empty(), result.outcome());
        assertTrue(result.detail().contains("does not implement HSS-LMS"), result.detail());
        assertTrue(result.explanation().startsWith("not applicable: "), result.explanation());
    }

    @Test
    void ignoresAnOutcomeForAVectorOutsideTheStatement() {
        AdapterUnderTest signatureOnly = AdapterUnderTest.of("sig",
                Fixtures.ics("sig-impl", Set.of(Layer.SIGNATURE), EnumSet.allOf(Algorithm.class), Set.of()));
        Vector vector = Fixtures.rejecting("cose.es256.test.case", Reason.SIGNATURE_INVALID, Severity.CRITICAL);

        Result result = Fixtures.judged(vector, signatureOnly, AdapterOutcome.accept());

        assertEquals(Verdict.NOT_APPLICABLE, result.verdict());
        assertTrue(result.detail().contains("does not implement layer cose"), result.detail());
    }

    @Test
    void marksAWithdrawnVectorNotApplicable() {
        Vector withdrawn = Fixtures.vector("signature.es256.test.old", ACCEPT, Severity.HIGH, VectorStatus.WITHDRAWN);

        Result result = Fixtures.judged(withdrawn, ADAPTER, AdapterOutcome.accept());

        assertEquals(Verdict.NOT_APPLICABLE, result.verdict());
        assertTrue(result.detail().contains("withdrawn"), result.detail());
    }

    @Test
    void refusesToMarkACoveredVectorNotApplicable() {
        Vector covered = Fixtures.accepting("signature.es256.test.case");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.judge().notApplicable(covered, ADAPTER));
        assertTrue(e.getMessage().contains("must be run and judged"), e.getMessage());
    }

    @Test
    void blamesASuiteFailureOnTheSuiteNotTheAdapter() {
        Vector vector = Fixtures.rejecting("signature.es256.test.case", Reason.SIGNATURE_INVALID, Severity.CRITICAL);

        Result result = Fixtures.judge().suiteFailure(vector, ADAPTER, "NullPointerException building the request");

        assertEquals(Verdict.ERROR, result.verdict());
        assertEquals(Optional.empty(), result.outcome());
        assertEquals("NullPointerException building the request", result.detail());
        assertTrue(result.explanation().contains("not of the adapter"), result.explanation());
        assertTrue(!FailurePolicy.DEFAULT.isFailure(result.verdict()) && result.verdict().isSuiteError());
    }

    @Test
    void explainsAnAcceptedMustRejectVectorWithTheExpectedReasonAndTheRequirementCited() {
        Vector vector = Fixtures.rejecting("signature.ed25519.test.s-above-l", Reason.SIGNATURE_MALFORMED, Severity.MEDIUM);

        Result result = Fixtures.judged(vector, ADAPTER, AdapterOutcome.accept());

        assertEquals("accepted \"Runner test s-above-l\": must reject with SIGNATURE_MALFORMED (RFC 8032 §5.1.7)",
                result.explanation());
    }

    @Test
    void explainsAnAcceptedAdvisoryVectorWithTheRuleAndItsBasisAndNotAsASecurityFailure() {
        Vector vector = Fixtures.vector("cose.es256.test.alg-in-both", ADVISORY, Severity.HIGH);

        Result result = Fixtures.judged(vector, ADAPTER, AdapterOutcome.accept());

        assertEquals(Verdict.ADVISORY, result.verdict());
        assertEquals("accepted \"Runner test alg-in-both\"; the suite recommends rejecting it with HEADER_INVALID (a recipient "
                + "SHOULD, not a MUST): " + SAME_LABEL + "; not a security failure", result.explanation());
    }

    @Test
    void namesEachBasisOfAnAdvisoryInWords() {
        assertEquals("a recipient SHOULD, not a MUST", Judge.describe(Advisory.Basis.RECIPIENT_SHOULD));
        assertEquals("a rule for producers, not for recipients", Judge.describe(Advisory.Basis.PRODUCER_RULE));
        assertEquals("a hardening choice of the suite, which no specification requires", Judge.describe(Advisory.Basis.HARDENING));
    }

    @Test
    void judgesAnAdvisoryVectorUnderAProfileThatRejectsItAsAPromise() {
        Vector smallOrder = Fixtures.vector("signature.ed25519.test.small-order-key", Expectation.reject(Reason.BAD_KEY)
                .withProfile(Profile.ED25519_STRICT, ExpectedResult.REJECT)
                .advisory(Advisory.Basis.HARDENING, "the suite rejects a small-order public key, which no honest signer holds"),
                Severity.MEDIUM);
        AdapterUnderTest declaring = AdapterUnderTest.of("strict", Fixtures.ics("strict-impl", Set.of(Profile.ED25519_STRICT)));

        assertEquals(Verdict.ADVISORY, Fixtures.judged(smallOrder, ADAPTER, AdapterOutcome.accept()).verdict());
        assertEquals(Verdict.FAIL_ACCEPTED, Fixtures.judged(smallOrder, declaring, AdapterOutcome.accept()).verdict());
    }

    @Test
    void explainsARejectedMustAcceptVectorWithTheReasonTheImplementationNamed() {
        Vector vector = Fixtures.accepting("signature.es256.test.valid");

        Result result = Fixtures.judged(vector, ADAPTER, AdapterOutcome.reject(Reason.BAD_KEY, "point not on curve"));

        assertEquals("rejected \"Runner test valid\" with BAD_KEY: must accept (RFC 8032 §5.1.7)", result.explanation());
    }

    @Test
    void explainsAnotherReasonWithWhatTheExpectedOneMeans() {
        Vector vector = Fixtures.rejecting("signature.ed25519.test.s-above-l", Reason.SIGNATURE_MALFORMED, Severity.MEDIUM);

        Result result = Fixtures.judged(vector, ADAPTER, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, ""));

        assertTrue(result.explanation().contains("but with SIGNATURE_INVALID where SIGNATURE_MALFORMED ("
                + Reason.SIGNATURE_MALFORMED.meaning() + ") was expected"), result.explanation());
    }

    @Test
    void namesTheProfileAFailureIsJudgedUnder() {
        Vector highS = Fixtures.vector("signature.es256.test.high-s",
                Expectation.accept().withProfile(Profile.ECDSA_LOW_S, ExpectedResult.REJECT), Severity.MEDIUM);
        AdapterUnderTest lowS = AdapterUnderTest.of("low-s", Fixtures.ics("low-s-impl", Set.of(Profile.ECDSA_LOW_S)));

        Result result = Fixtures.judged(highS, lowS, AdapterOutcome.accept());

        assertEquals(Verdict.FAIL_ACCEPTED, result.verdict());
        assertEquals(new Expected(ExpectedResult.REJECT, Optional.empty(), Optional.of(Profile.ECDSA_LOW_S)), result.expected());
        assertTrue(result.explanation().contains("must reject under ecdsa-low-s"), result.explanation());
    }

    @Test
    void judgesUnderTheProfilesTheRunGivesInsteadOfTheStatements() {
        Vector highS = Fixtures.vector("signature.es256.test.high-s",
                Expectation.accept().withProfile(Profile.ECDSA_LOW_S, ExpectedResult.REJECT), Severity.MEDIUM);
        AdapterUnderTest lowS = AdapterUnderTest.of("low-s", Fixtures.ics("low-s-impl", Set.of(Profile.ECDSA_LOW_S)));

        Result result = Fixtures.judged(highS, lowS.withProfiles(Set.of(Profile.ED25519_STRICT)), AdapterOutcome.accept());

        assertEquals(Verdict.PASS, result.verdict());
    }

    @Test
    void judgesAVectorUnderTheProfilesOfItsLayer() {
        Expectation lowSRejects = Expectation.accept().withProfile(Profile.ECDSA_LOW_S, ExpectedResult.REJECT);
        Vector signatureHighS = Fixtures.vector("signature.es256.test.high-s", lowSRejects, Severity.MEDIUM);
        Vector coseHighS = Fixtures.vector("cose.es256.test.high-s", lowSRejects, Severity.MEDIUM);
        AdapterUnderTest perLayer = AdapterUnderTest.of("stack", new Ics("stack-impl", "1.0", List.of(
                new LayerCoverage(Layer.SIGNATURE, Set.of(Algorithm.ES256), Set.of(Profile.ECDSA_LOW_S)),
                new LayerCoverage(Layer.COSE, Set.of(Algorithm.ES256), Set.of())), Set.of(Operation.VERIFY), OptionalLong.empty()));

        assertEquals(Verdict.FAIL_ACCEPTED, Fixtures.judged(signatureHighS, perLayer, AdapterOutcome.accept()).verdict(),
                "its signature layer declares ecdsa-low-s");
        assertEquals(Verdict.PASS, Fixtures.judged(coseHighS, perLayer, AdapterOutcome.accept()).verdict(),
                "its cose layer declares no profile");
        assertEquals(Verdict.FAIL_ACCEPTED, Fixtures.judged(coseHighS, perLayer.withProfiles(Set.of(Profile.ECDSA_LOW_S)),
                AdapterOutcome.accept()).verdict(), "--profile applies at every layer");
    }

    /** A producer's own vector of the producer matrix, as the matrix makes it: it expects accept. */
    private static Vector production() {
        InteropManifest example0 = InteropManifests.standard(CorpusLoader.fromClasspath()).get(0);
        return new InteropVectors(InteropKeys.standard()).of("producer", Algorithm.ES256, example0,
                SignOutcome.crash("not asked")).signed();
    }

    @Test
    void aProducersAnswerIsJudgedByTheVerdictTableOnTheReferenceVerifiersOutcome() {
        Judge judge = Fixtures.judge();

        Result conformant = judge.production(production(), ADAPTER, AdapterOutcome.accept());
        assertEquals(Verdict.PASS, conformant.verdict());
        assertEquals("suit.es256.interop-sign.example-0-from-producer", conformant.vector().toString());
        assertTrue(conformant.explanation().endsWith(": a conformant envelope, which the reference verifier accepts"),
                conformant.explanation());
        Result forged = judge.production(production(), ADAPTER, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "bad\nsignature"));
        assertEquals(Verdict.FAIL_REJECTED, forged.verdict());
        assertTrue(forged.explanation().contains("an envelope that does not conform, which the reference verifier rejects with "
                + "SIGNATURE_INVALID (bad / signature); a producer must make envelopes every conformant verifier accepts"),
                forged.explanation());
        Result slow = judge.production(production(), ADAPTER, AdapterOutcome.timeout("did not return within 1 s"));
        assertEquals(Verdict.TIMEOUT, slow.verdict());
        assertTrue(slow.explanation().startsWith("gave no envelope for \"producer signs example-0 with ES256\" within the "
                + "time limit: did not return within 1 s"), slow.explanation());
        assertEquals(Verdict.CRASH, judge.production(production(), ADAPTER, AdapterOutcome.crash("boom")).verdict());
        Result broken = judge.production(production(), ADAPTER, AdapterOutcome.protocolViolation("no envelope field"));
        assertEquals(Verdict.CRASH, broken.verdict());
        assertTrue(broken.explanation().startsWith("broke the adapter protocol answering"), broken.explanation());
    }

    @Test
    void aProducerAnsweringUnsupportedIsNotApplicableSinceItMayVerifyWhatItCannotSign() {
        Result unsupported = Fixtures.judge().production(production(), ADAPTER, AdapterOutcome.unsupported("ES256 only"));

        assertEquals(Verdict.NOT_APPLICABLE, unsupported.verdict());
        assertEquals(Optional.empty(), unsupported.outcome());
        assertTrue(unsupported.explanation().startsWith("not applicable: answered unsupported for \"producer signs "
                + "example-0 with ES256\": ES256 only; a statement lists one set of algorithms"), unsupported.explanation());
    }
}
