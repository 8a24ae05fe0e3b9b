package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VectorDetailTest {
    private static final RequirementCatalogue CATALOGUE = RequirementCatalogue.fromClasspath();
    private static Corpus corpus;

    @BeforeAll
    static void loadCorpus() {
        corpus = CorpusLoader.fromClasspath();
    }

    @Test
    void showsWhatTheVectorIsWhatEachAdapterAnsweredAndTheInputWithTheBlamedItemMarked() {
        Vector vector = corpus.byId("suit.any.spec-example.example-0-unsigned").orElseThrow();
        Result accepted = Fixtures.judged(vector, Fixtures.adapter("lax"), AdapterOutcome.accept());
        ReferenceAdapter reference = new ReferenceAdapter();
        Result rejected = Fixtures.judged(vector, AdapterUnderTest.of("reference", reference.describe()),
                reference.verify(VerifyRequest.of(vector)));

        VectorDetail detail = VectorDetail.of(vector.id(), Optional.of(vector), List.of(accepted, rejected), CATALOGUE);

        assertEquals("v-suit.any.spec-example.example-0-unsigned", detail.anchor());
        assertEquals(vector.title(), detail.title());
        assertTrue(detail.inCorpus());
        assertEquals(vector.description().strip(), detail.description());
        assertTrue(detail.facts().startsWith("layer suit; algorithm any; severity " + vector.severity().wireName()), detail.facts());
        assertEquals("reject with " + vector.expect().reason().orElseThrow(), detail.expectation());
        assertEquals(vector.requirements(), detail.requirements().stream().map(RequirementText::id).toList());
        assertTrue(detail.input().text().startsWith("Input: SUIT envelope"), detail.input().text());
        assertTrue(detail.input().text().contains("/ <- " + vector.expect().reason().orElseThrow() + ", says reference /"),
                "the item the reference adapter's answer blames is marked: " + detail.input().text());
        AdapterAnswer answer = detail.answers().get(0);
        assertEquals("FAIL_ACCEPTED", answer.legend().verdict().name());
        assertEquals("accept", answer.outcome());
        assertFalse(answer.plainPass());
        assertEquals("reject " + vector.expect().reason().orElseThrow() + " at bytes " + rejected.location().orElseThrow().offset()
                + "+" + rejected.location().orElseThrow().length(), detail.answers().get(1).outcome());
    }

    /**
     * The mark is what the run blamed, under the run's profiles: the high-s COSE_Sign1 is accepted
     * by default and rejected under ecdsa-low-s, so only the answer of the run can mark its signature.
     */
    @Test
    void marksTheBytesTheRunBlamedUnderItsOwnProfile() {
        Vector highS = corpus.byId("cose.es256.ecdsa-high-s.high-s").orElseThrow();
        assertTrue(new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT)).run(highS).accepted(),
                "the default profile accepts it, so it blames nothing");
        ReferenceAdapter lowS = new ReferenceAdapter(VerifierOptions.DEFAULT.with(Profile.ECDSA_LOW_S));
        Result rejected = Fixtures.judged(highS, AdapterUnderTest.of("reference", lowS.describe()),
                lowS.verify(VerifyRequest.of(highS)));
        assertEquals(Verdict.PASS, rejected.verdict());

        VectorDetail detail = VectorDetail.of(highS.id(), Optional.of(highS), List.of(rejected), CATALOGUE);

        String reason = rejected.reason().orElseThrow().name();
        assertTrue(detail.input().text().contains("/ <- " + reason + ", says reference /"), detail.input().text());
    }

    @Test
    void marksNothingWhenNoAnswerBlamesBytes() {
        Vector vector = corpus.byId("suit.any.spec-example.example-0-unsigned").orElseThrow();
        Result accepted = Fixtures.judged(vector, Fixtures.adapter("lax"), AdapterOutcome.accept());
        Result rejected = Fixtures.judged(vector, Fixtures.adapter("terse"), AdapterOutcome.reject(Optional.empty(), ""));

        VectorDetail detail = VectorDetail.of(vector.id(), Optional.of(vector), List.of(accepted, rejected), CATALOGUE);

        assertFalse(detail.input().text().contains("/ <- "), detail.input().text());
    }

    @Test
    void saysWhatAnAdvisoryExpectationRestsOn() {
        String rule = "RFC 9052 §3: applications SHOULD verify that the same label does not occur in both the protected and "
                + "the unprotected header parameters";
        Vector vector = Fixtures.vector("cose.es256.test.alg-in-both", Expectation.reject(Reason.HEADER_INVALID)
                .advisory(Advisory.Basis.RECIPIENT_SHOULD, rule), Severity.MEDIUM);
        Result accepted = Fixtures.judged(vector, Fixtures.adapter("lax"), AdapterOutcome.accept());

        VectorDetail detail = VectorDetail.of(vector.id(), Optional.of(vector), List.of(accepted), CATALOGUE);

        assertEquals("reject with HEADER_INVALID, advised: it rests on a recipient SHOULD, not a MUST (" + rule
                + "), so accepting it is ADVISORY, not a security failure", detail.expectation());
        assertEquals("ADVISORY", detail.answers().get(0).legend().verdict().name());
    }

    @Test
    void aLargeInputIsCutWithItsLengthKept() {
        Vector largest = corpus.active().stream().max(Comparator.comparingInt(
                vector -> InputDiagnostic.of(vector, Optional.empty(), "").length())).orElseThrow();
        int whole = InputDiagnostic.of(largest, Optional.empty(), "").length();

        VectorDetail detail = VectorDetail.of(largest.id(), Optional.of(largest), List.of(), CATALOGUE);

        assertTrue(whole > VectorDetail.INPUT_LIMIT, "the corpus has an input longer than the limit: " + whole);
        assertTrue(detail.input().truncated());
        assertEquals(VectorDetail.INPUT_LIMIT, detail.input().text().length());
        assertEquals(whole, detail.input().length());
    }

    @Test
    void aVectorTheCorpusLacksKeepsItsResults() {
        Result result = Fixtures.judged(ReportFixtures.VALID, Fixtures.adapter("a"), AdapterOutcome.crash("died"));

        VectorDetail detail = VectorDetail.of(ReportFixtures.VALID.id(), Optional.empty(), List.of(result), CATALOGUE);

        assertFalse(detail.inCorpus());
        assertEquals(1, detail.answers().size());
        assertEquals("died", detail.answers().get(0).detail().text());
        assertTrue(detail.input().isEmpty());
    }
}
