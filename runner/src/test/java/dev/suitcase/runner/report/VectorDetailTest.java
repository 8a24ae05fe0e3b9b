package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
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
    private static final ReferenceOracle ORACLE = new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT));
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

        VectorDetail detail = VectorDetail.of(vector.id(), Optional.of(vector), List.of(accepted), CATALOGUE, ORACLE);

        assertEquals("v-suit.any.spec-example.example-0-unsigned", detail.anchor());
        assertEquals(vector.title(), detail.title());
        assertTrue(detail.inCorpus());
        assertEquals(vector.description().strip(), detail.description());
        assertTrue(detail.facts().startsWith("layer suit; algorithm any; severity " + vector.severity().wireName()), detail.facts());
        assertEquals("reject with " + vector.expect().reason().orElseThrow(), detail.expectation());
        assertTrue(detail.reference().startsWith("reject " + vector.expect().reason().orElseThrow()), detail.reference());
        assertEquals(vector.requirements(), detail.requirements().stream().map(RequirementText::id).toList());
        assertTrue(detail.input().text().startsWith("Input: SUIT envelope"), detail.input().text());
        assertTrue(detail.input().text().contains("/ <- " + vector.expect().reason().orElseThrow() + " /"),
                "the item the reference verifier blames is marked: " + detail.input().text());
        AdapterAnswer answer = detail.answers().get(0);
        assertEquals("FAIL_ACCEPTED", answer.legend().verdict().name());
        assertEquals("accept", answer.outcome());
        assertFalse(answer.plainPass());
    }

    @Test
    void saysWhatAnAdvisoryExpectationRestsOn() {
        String rule = "RFC 9052 §3: applications SHOULD verify that the same label does not occur in both the protected and "
                + "the unprotected header parameters";
        Vector vector = Fixtures.vector("cose.es256.test.alg-in-both", Expectation.reject(Reason.HEADER_INVALID)
                .advisory(Advisory.Basis.RECIPIENT_SHOULD, rule), Severity.MEDIUM);
        Result accepted = Fixtures.judged(vector, Fixtures.adapter("lax"), AdapterOutcome.accept());

        VectorDetail detail = VectorDetail.of(vector.id(), Optional.of(vector), List.of(accepted), CATALOGUE, ORACLE);

        assertEquals("reject with HEADER_INVALID, advised: it rests on a recipient SHOULD, not a MUST (" + rule
                + "), so accepting it is ADVISORY, not a security failure", detail.expectation());
        assertEquals("ADVISORY", detail.answers().get(0).legend().verdict().name());
    }

    @Test
    void aLargeInputIsCutWithItsLengthKept() {
        Vector largest = corpus.active().stream().max(Comparator.comparingInt(
                vector -> InputDiagnostic.of(vector, ORACLE.run(vector)).length())).orElseThrow();
        int whole = InputDiagnostic.of(largest, ORACLE.run(largest)).length();

        VectorDetail detail = VectorDetail.of(largest.id(), Optional.of(largest), List.of(), CATALOGUE, ORACLE);

        assertTrue(whole > VectorDetail.INPUT_LIMIT, "the corpus has an input longer than the limit: " + whole);
        assertTrue(detail.input().truncated());
        assertEquals(VectorDetail.INPUT_LIMIT, detail.input().text().length());
        assertEquals(whole, detail.input().length());
    }

    @Test
    void aVectorTheCorpusLacksKeepsItsResults() {
        Result result = Fixtures.judged(ReportFixtures.VALID, Fixtures.adapter("a"), AdapterOutcome.crash("died"));

        VectorDetail detail = VectorDetail.of(ReportFixtures.VALID.id(), Optional.empty(), List.of(result), CATALOGUE, ORACLE);

        assertFalse(detail.inCorpus());
        assertEquals(1, detail.answers().size());
        assertEquals("died", detail.answers().get(0).detail().text());
        assertTrue(detail.input().isEmpty());
    }
}
