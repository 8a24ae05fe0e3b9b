package dev.suitcase.runner.verdict;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerdictTest {
    private static Set<Verdict> where(Predicate<Verdict> test) {
        return Arrays.stream(Verdict.values()).filter(test).collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)));
    }

    @Test
    void countsAsPassesOnlyPassAndPassOtherReason() {
        assertEquals(EnumSet.of(Verdict.PASS, Verdict.PASS_OTHER_REASON), where(Verdict::isPass));
    }

    @Test
    void countsUnsupportedAsAFailureUnlessUnimplementedIsAllowed() {
        assertEquals(EnumSet.of(Verdict.FAIL_ACCEPTED, Verdict.FAIL_REJECTED, Verdict.UNSUPPORTED, Verdict.TIMEOUT, Verdict.CRASH),
                where(new FailurePolicy(false, false)::isFailure));
        assertEquals(EnumSet.of(Verdict.FAIL_ACCEPTED, Verdict.FAIL_REJECTED, Verdict.TIMEOUT, Verdict.CRASH),
                where(new FailurePolicy(true, false)::isFailure));
    }

    @Test
    void countsAnAdvisoryAsAFailureOnlyWhenAdvisoriesFail() {
        assertEquals(EnumSet.of(Verdict.FAIL_ACCEPTED, Verdict.FAIL_REJECTED, Verdict.ADVISORY, Verdict.TIMEOUT, Verdict.CRASH),
                where(new FailurePolicy(true, true)::isFailure));
        assertEquals(FailurePolicy.DEFAULT, new FailurePolicy(false, false));
    }

    @Test
    void scoresNeitherInfoNorNotApplicableNorSuiteErrorsNorAnAdvisoryThatDoesNotFail() {
        assertEquals(EnumSet.of(Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.ERROR, Verdict.ADVISORY),
                where(verdict -> !FailurePolicy.DEFAULT.isScored(verdict)));
        assertEquals(EnumSet.of(Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.ERROR, Verdict.UNSUPPORTED, Verdict.ADVISORY),
                where(verdict -> !new FailurePolicy(true, false).isScored(verdict)));
        assertEquals(EnumSet.of(Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.ERROR),
                where(verdict -> !new FailurePolicy(false, true).isScored(verdict)));
    }

    @Test
    void givesASeverityOnlyToTheFailuresOfAWrongAnswer() {
        assertEquals(EnumSet.of(Verdict.FAIL_ACCEPTED, Verdict.FAIL_REJECTED, Verdict.TIMEOUT, Verdict.CRASH),
                where(Verdict::isAlwaysFailure));
    }

    @Test
    void letsABaselineListEveryVerdictThatIsAFailureUnderSomePolicy() {
        assertEquals(EnumSet.of(Verdict.FAIL_ACCEPTED, Verdict.FAIL_REJECTED, Verdict.ADVISORY, Verdict.UNSUPPORTED,
                Verdict.TIMEOUT, Verdict.CRASH), where(Verdict::isFailureKind));
    }

    @Test
    void blamesOnlyErrorOnTheSuite() {
        assertEquals(EnumSet.of(Verdict.ERROR), where(Verdict::isSuiteError));
    }

    @Test
    void listsAcceptedMustRejectFirstThenWrongAnswersThenAdvisoriesThenUnsupported() {
        assertEquals(List.of(Verdict.FAIL_ACCEPTED, Verdict.FAIL_REJECTED, Verdict.CRASH, Verdict.TIMEOUT,
                        Verdict.ADVISORY, Verdict.UNSUPPORTED),
                Arrays.stream(Verdict.values()).filter(Verdict::isFailureKind)
                        .sorted(Comparator.comparingInt(FailureOrder::rank)).toList());
    }
}
