package dev.suitcase.runner.verdict;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.ByteRange;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultTest {
    private static final VectorId ID = VectorId.parse("signature.es256.test.case");
    private static final Expected MUST_REJECT = new Expected(ExpectedResult.REJECT, Optional.of(Reason.SIGNATURE_INVALID), Optional.empty());

    private static Result result(Optional<AdapterOutcome.Kind> outcome, Optional<Reason> reason, Verdict verdict,
                                 Optional<Duration> duration) {
        return new Result(ID, "alpha", Severity.CRITICAL, MUST_REJECT, outcome, reason, "", Optional.empty(), "", duration, verdict,
                "explained");
    }

    @Test
    void refusesAVerdictTheOutcomeDoesNotEarn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> result(Optional.of(AdapterOutcome.Kind.ACCEPT), Optional.empty(), Verdict.PASS, Optional.empty()));
        assertTrue(e.getMessage().contains("is FAIL_ACCEPTED, not PASS"), e.getMessage());
    }

    @Test
    void refusesAnOutcomeOnANotApplicableResult() {
        assertThrows(IllegalArgumentException.class,
                () -> result(Optional.of(AdapterOutcome.Kind.ACCEPT), Optional.empty(), Verdict.NOT_APPLICABLE, Optional.empty()));
    }

    @Test
    void refusesAJudgedVerdictWithoutOutcome() {
        assertThrows(IllegalArgumentException.class,
                () -> result(Optional.empty(), Optional.empty(), Verdict.PASS, Optional.empty()));
    }

    @Test
    void refusesAReasonOnAnAcceptance() {
        assertThrows(IllegalArgumentException.class, () -> result(Optional.of(AdapterOutcome.Kind.ACCEPT),
                Optional.of(Reason.SIGNATURE_INVALID), Verdict.FAIL_ACCEPTED, Optional.empty()));
    }

    @Test
    void refusesAByteRangeOnAnAcceptance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Result(ID, "alpha",
                Severity.CRITICAL, MUST_REJECT, Optional.of(AdapterOutcome.Kind.ACCEPT), Optional.empty(), "",
                Optional.of(new ByteRange(0, 1)), "", Optional.empty(), Verdict.FAIL_ACCEPTED, "explained"));
        assertTrue(e.getMessage().contains("only a rejection blames a byte range"), e.getMessage());
    }

    @Test
    void keepsDurationsToTheMicrosecond() {
        Result result = result(Optional.of(AdapterOutcome.Kind.REJECT), Optional.of(Reason.SIGNATURE_INVALID), Verdict.PASS,
                Optional.of(Duration.ofNanos(1_234_567)));
        assertEquals(Optional.of(Duration.ofNanos(1_234_000)), result.duration());
    }
}
