package dev.suitcase.runner.engine;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.baseline.BaselineEntry;
import dev.suitcase.runner.baseline.GateOptions;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionResultsTest {
    private static final AdapterUnderTest ALPHA = Fixtures.adapter("alpha");
    private static final String RULE = "RFC 9052 §3: applications SHOULD verify that the same label does not occur in both "
            + "the protected and the unprotected header parameters";
    private static final Vector BOTH_BUCKETS = Fixtures.vector("cose.es256.test.alg-in-both",
            Expectation.reject(Reason.HEADER_INVALID).advisory(Advisory.Basis.RECIPIENT_SHOULD, RULE), Severity.CRITICAL);
    private static final Vector HSS = Fixtures.rejecting("cose.hss-lms.test.forgery", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
    private static final GateOptions PLAIN = new GateOptions(false, Optional.empty(), false);

    @Test
    void skipsAnAcceptedAdvisoryVectorWithTheRuleItRestsOn() {
        Result advisory = Fixtures.judged(BOTH_BUCKETS, ALPHA, AdapterOutcome.accept());

        TestExecutionResult outcome = ExecutionResults.of(BOTH_BUCKETS, advisory, Optional.empty(), PLAIN);

        assertEquals(TestExecutionResult.Status.ABORTED, outcome.getStatus());
        String reason = assertInstanceOf(TestAbortedException.class, outcome.getThrowable().orElseThrow()).getMessage();
        assertTrue(reason.startsWith("ADVISORY, not a failure (suitcase.failOn advisory makes it one): accepted "), reason);
        assertTrue(reason.contains(RULE + "; not a security failure"), reason);
    }

    @Test
    void failsAnAcceptedAdvisoryVectorUnderFailOnAdvisory() {
        Result advisory = Fixtures.judged(BOTH_BUCKETS, ALPHA, AdapterOutcome.accept());

        TestExecutionResult outcome = ExecutionResults.of(BOTH_BUCKETS, advisory, Optional.empty(),
                new GateOptions(false, Optional.of(FailOn.ADVISORY), false));

        assertEquals(TestExecutionResult.Status.FAILED, outcome.getStatus());
        String message = assertInstanceOf(AssertionFailedError.class, outcome.getThrowable().orElseThrow()).getMessage();
        assertTrue(message.startsWith("ADVISORY (severity critical) on alpha: "), message);
    }

    @Test
    void skipsAnAdvisoryTheBaselineListsAsKnown() {
        Result advisory = Fixtures.judged(BOTH_BUCKETS, ALPHA, AdapterOutcome.accept());
        BaselineEntry entry = new BaselineEntry("alpha", BOTH_BUCKETS.id(), Verdict.ADVISORY, "we accept alg in both buckets");

        TestExecutionResult outcome = ExecutionResults.of(BOTH_BUCKETS, advisory, Optional.of(entry),
                new GateOptions(false, Optional.of(FailOn.ADVISORY), false));

        assertEquals(TestExecutionResult.Status.ABORTED, outcome.getStatus());
        assertTrue(outcome.getThrowable().orElseThrow().getMessage().startsWith("known deviation, listed in the baseline: we accept"));
    }

    @Test
    void failsAnUnsupportedAnswerWhateverTheFailOnSeverity() {
        Result unsupported = Fixtures.judged(HSS, ALPHA, AdapterOutcome.unsupported("no HSS-LMS"));

        TestExecutionResult outcome = ExecutionResults.of(HSS, unsupported, Optional.empty(),
                new GateOptions(false, Optional.of(FailOn.CRITICAL), false));
        TestExecutionResult allowed = ExecutionResults.of(HSS, unsupported, Optional.empty(),
                new GateOptions(true, Optional.of(FailOn.CRITICAL), false));

        assertEquals(TestExecutionResult.Status.FAILED, outcome.getStatus());
        assertEquals(TestExecutionResult.Status.ABORTED, allowed.getStatus());
        assertTrue(allowed.getThrowable().orElseThrow().getMessage().startsWith("unimplemented, allowed by suitcase.allowUnimplemented"));
    }
}
