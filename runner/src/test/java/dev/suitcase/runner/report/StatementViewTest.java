package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.LayerCoverage;
import dev.suitcase.adapters.Operation;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementViewTest {
    /** ES256 and Ed25519 primitives, but only ES256 inside a COSE_Sign1, and another Ed25519 profile there. */
    private static final AdapterUnderTest STACK = AdapterUnderTest.of("stack", new Ics("stack-impl", "1.0", List.of(
            new LayerCoverage(Layer.COSE, Set.of(Algorithm.ES256), Set.of()),
            new LayerCoverage(Layer.SIGNATURE, EnumSet.of(Algorithm.ED25519, Algorithm.ES256), Set.of(Profile.ED25519_STRICT))),
            Set.of(Operation.VERIFY), OptionalLong.of(1024)));

    @Test
    void showsWhatTheStatementClaimsAtEachLayerInTheLayersOrder() {
        StatementView view = StatementView.of(STACK);

        assertEquals(List.of(new StatementView.LayerLine("signature", "ES256, Ed25519", "ed25519-strict"),
                new StatementView.LayerLine("cose", "ES256", "none")), view.coverage());
        assertEquals("", view.judgedUnder());
        assertEquals("verify", view.operations());
        assertEquals("1024 bytes", view.maxMessageBytes());
    }

    @Test
    void showsAFlatStatementsClaimAtEveryLayerItLists() {
        StatementView view = StatementView.of(AdapterUnderTest.of("flat", Fixtures.ics("flat-impl",
                EnumSet.of(Layer.SIGNATURE, Layer.SUIT), EnumSet.of(Algorithm.HSS_LMS), Set.of(Profile.SUIT_SEQ_STRICT))));

        assertEquals(List.of(new StatementView.LayerLine("signature", "HSS-LMS", "suit-seq-strict"),
                new StatementView.LayerLine("suit", "HSS-LMS", "suit-seq-strict")), view.coverage());
    }

    @Test
    void namesTheProfilesTheRunJudgedUnderInsteadOfTheStatements() {
        assertEquals("ecdsa-low-s", StatementView.of(STACK.withProfiles(Set.of(Profile.ECDSA_LOW_S))).judgedUnder());
    }

    @Test
    void doesNotCallProfilesThatChangeNothingAReplacement() {
        // results.json files from before statements had layers record the statement's own profiles as the adapter's
        AdapterUnderTest flat = AdapterUnderTest.of("flat", Fixtures.ics("flat-impl", Set.of(Profile.ED25519_RFC8032)));

        assertEquals("", StatementView.of(flat.withProfiles(Set.of(Profile.ED25519_RFC8032))).judgedUnder());
        assertEquals("ed25519-strict", StatementView.of(STACK.withProfiles(Set.of(Profile.ED25519_STRICT))).judgedUnder(),
                "the cose layer of the stack declares no profile, so this replaces something");
    }

    @Test
    void theReportPrintsEachLayerOfAStatementOnItsOwnLine() {
        Results results = new Results(Fixtures.run(List.of(STACK)),
                List.of(Fixtures.judged(ReportFixtures.VALID, STACK, AdapterOutcome.accept())));
        String html = HtmlReport.render(ReportModel.of(ReportInputs.of(results, ReportFixtures.corpus())));

        assertTrue(html.contains("<td><strong>signature</strong>: ES256, Ed25519; profiles: ed25519-strict<br>"
                + "<strong>cose</strong>: ES256; profiles: none</td>"), html.substring(html.indexOf("id=\"statements\"")));
    }
}
