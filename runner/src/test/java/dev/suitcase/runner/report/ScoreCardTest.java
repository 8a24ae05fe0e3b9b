package dev.suitcase.runner.report;

import dev.suitcase.runner.score.Score;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreCardTest {
    @Test
    void aScoreIsRoundedDownSoOnlyAPerfectOneReadsAHundredPercent() {
        assertEquals("99.9 %", ScoreFigure.of("overall", new Score(1999, 2000)).percent());
        assertEquals("high", ScoreFigure.of("overall", new Score(1999, 2000)).grade());
        assertEquals("100.0 %", ScoreFigure.of("overall", new Score(7, 7)).percent());
        assertEquals("full", ScoreFigure.of("overall", new Score(7, 7)).grade());
        assertEquals("33.3 %", ScoreFigure.of("overall", new Score(1, 3)).percent());
        assertEquals("low", ScoreFigure.of("overall", new Score(1, 3)).grade());
        assertEquals("mid", ScoreFigure.of("overall", new Score(1, 2)).grade());
        assertEquals(99, ScoreFigure.of("overall", new Score(1999, 2000)).width());
    }

    @Test
    void nothingScoredIsNoScoreAtAll() {
        ScoreFigure none = ScoreFigure.of("suit", Score.NONE);

        assertEquals("n/a", none.percent());
        assertEquals("none", none.grade());
        assertEquals(0, none.width());
        assertEquals("0/0", none.fraction());
    }

    @Test
    void aCardHasTheAdaptersScoresPerLayerAndAlgorithmItsVerdictsAndItsFailuresBySeverity() {
        ReportModel model = ReportFixtures.model();
        ScoreCard hostile = model.cards().get(1);

        assertEquals(ReportFixtures.HOSTILE_ADAPTER.name(), hostile.adapter());
        assertEquals("hostile-impl", hostile.implementation());
        assertEquals("2/4", hostile.overall().fraction(), "PASS twice; FAIL_ACCEPTED and CRASH; INFO and NOT_APPLICABLE unscored");
        assertEquals(List.of("signature"), hostile.byLayer().stream().map(ScoreFigure::label).toList());
        assertEquals(List.of("signature 50.0 %", "cose n/a", "suit n/a"),
                hostile.everyLayer().stream().map(figure -> figure.label() + " " + figure.percent()).toList());
        assertEquals(List.of("es256"), hostile.byAlgorithm().stream().map(ScoreFigure::label).toList());
        assertEquals(2, hostile.failureCount());
        assertEquals("2 (1 critical, 1 low)", hostile.failuresInWords());
        assertEquals(1, hostile.securityFailures());
        assertEquals(List.of("PASS 2", "FAIL_ACCEPTED 1", "NOT_APPLICABLE 2", "CRASH 1"), hostile.verdicts().stream()
                .map(count -> count.legend().verdict() + " " + count.count()).toList());
        assertEquals("none", model.cards().stream().filter(card -> card.failureCount() == 0).findFirst()
                .map(ScoreCard::failuresInWords).orElse("none"));
    }

    @Test
    void aCardCountsUnsupportedAdvisoriesAndUncreditedPassesApartFromItsFailures() {
        ReportModel model = ReportModel.of(ReportInputs.of(ReportFixtures.results(ReportFixtures.withAdvisoryAndUnsupported()),
                ReportFixtures.corpus()));
        ScoreCard alpha = model.cards().get(0);

        assertEquals("2 (1 high, 1 medium)", alpha.failuresInWords(), "the rejected valid Ed25519 and the accepted high S");
        assertEquals(1, alpha.unsupported());
        assertEquals(1, alpha.advisories());
        assertEquals(1, alpha.uncredited());
        assertEquals(List.of("alpha: signature/Ed25519 looks not implemented: 0 of 1 must-accept vector accepted; take it out "
                        + "of the statement or fix it", "alpha: signature/HSS-LMS looks not implemented: 0 of 1 must-accept vector "
                        + "accepted; take it out of the statement or fix it"), alpha.notImplemented());
        // PASS (valid, bit flip), PASS_OTHER_REASON (crit), FAIL_ACCEPTED (high S), FAIL_REJECTED (Ed25519),
        // UNSUPPORTED (HSS-LMS); INFO, ADVISORY and the uncredited HSS-LMS forgery are not scored
        assertEquals("3/6", alpha.overall().fraction());
    }
}
