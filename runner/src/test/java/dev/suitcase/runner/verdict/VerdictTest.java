package dev.suitcase.runner.verdict;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
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
                where(verdict -> verdict.isFailure(false)));
        assertEquals(EnumSet.of(Verdict.FAIL_ACCEPTED, Verdict.FAIL_REJECTED, Verdict.TIMEOUT, Verdict.CRASH),
                where(verdict -> verdict.isFailure(true)));
    }

    @Test
    void scoresNeitherInfoNorNotApplicableNorSuiteErrors() {
        assertEquals(EnumSet.of(Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.ERROR), where(verdict -> !verdict.isScored(false)));
        assertEquals(EnumSet.of(Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.ERROR, Verdict.UNSUPPORTED),
                where(verdict -> !verdict.isScored(true)));
    }

    @Test
    void blamesOnlyErrorOnTheSuite() {
        assertEquals(EnumSet.of(Verdict.ERROR), where(Verdict::isSuiteError));
    }
}
