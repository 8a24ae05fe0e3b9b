package dev.suitcase.verifier.suit;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Try Each (§8.4.10.2), Run Sequence (§8.4.10.8) and soft-failure (§8.4.8.15, §6.4). Each test writes
 * a marker image from the branch that must (or must not) have run, so the test sees which did.
 */
class SoftFailureTest {
    private static final byte[] A = "A".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] B = "B".getBytes(StandardCharsets.US_ASCII);
    private static final List<ComponentId> ONE = List.of(COMPONENT_0);

    /** A sequence that writes {@code marker} into the current component. */
    private static CBORObject writes(byte[] marker) {
        return sequence(OVERRIDE_PARAMETERS, map(P_CONTENT, marker), WRITE, 0);
    }

    private static CBORObject failsThenWrites(byte[] marker) {
        return sequence(ABORT, 0, OVERRIDE_PARAMETERS, map(P_CONTENT, marker), WRITE, 0);
    }

    private static CBORObject tryEach(Object... alternatives) {
        CBORObject list = CBORObject.NewArray();
        for (Object alternative : alternatives) {
            list.Add(alternative == null ? CBORObject.Null : wrap((CBORObject) alternative));
        }
        return list;
    }

    private static Result run(CBORObject sequence) {
        return interpret(exampleDevice(), ONE, false, sequence);
    }

    private static void assertWritten(byte[] marker, Result result) {
        assertTrue(result.outcome().accepted(), result.outcome()::toString);
        assertEquals(Optional.of(Image.of(marker)), result.image(COMPONENT_0));
    }

    private static void assertRejected(Reason reason, Outcome outcome) {
        assertEquals(Optional.of(reason), outcome.reason(), outcome.toString());
    }

    @Test
    void tryEachStartsTheNextSequenceAfterAConditionFailure() {
        assertWritten(B, run(sequence(TRY_EACH, tryEach(failsThenWrites(A), writes(B)))));
    }

    @Test
    void tryEachStopsAtTheFirstSequenceThatCompletes() {
        assertWritten(A, run(sequence(TRY_EACH, tryEach(writes(A), writes(B)))));
    }

    @Test
    void tryEachFailsWhenNoSequenceCompletes() {
        Outcome outcome = run(sequence(TRY_EACH, tryEach(failsThenWrites(A), failsThenWrites(B)))).outcome();
        assertRejected(Reason.CONDITION_FAILED, outcome);
        assertTrue(outcome.detail().contains("no sequence of suit-directive-try-each"), outcome.detail());
    }

    @Test
    void tryEachWithATrailingNilSucceedsWhenEverySequenceFails() {
        Result result = run(sequence(TRY_EACH, tryEach(failsThenWrites(A), failsThenWrites(B), null)));
        assertTrue(result.outcome().accepted(), result.outcome()::toString);
        assertEquals(Optional.empty(), result.image(COMPONENT_0));
    }

    @Test
    void tryEachFailsAtOnceWhenTheSequenceTurnedSoftFailureOff() {
        CBORObject hard = sequence(OVERRIDE_PARAMETERS, map(P_SOFT_FAILURE, false), ABORT, 0);
        Result result = run(sequence(TRY_EACH, tryEach(hard, writes(B))));
        assertRejected(Reason.CONDITION_FAILED, result.outcome());
        assertEquals(Optional.empty(), result.image(COMPONENT_0));
    }

    @Test
    void aFailedDirectiveInsideTryEachAbortsWhateverSoftFailureSays() {
        CBORObject fetchesNothing = sequence(OVERRIDE_PARAMETERS, map(P_URI, "http://example.com/none.bin"), FETCH, 2);
        Result result = run(sequence(TRY_EACH, tryEach(fetchesNothing, writes(B))));
        assertRejected(Reason.POLICY, result.outcome());
        assertEquals(Optional.empty(), result.image(COMPONENT_0));
    }

    @Test
    void anUnsupportedCommandInsideTryEachIsASoftFailure() {
        assertWritten(B, run(sequence(TRY_EACH, tryEach(sequence(-300, 0), writes(B)))));
    }

    @Test
    void tryEachNestedInTryEachFallsBackToTheOuterNextSequence() {
        CBORObject innerFails = sequence(TRY_EACH, tryEach(failsThenWrites(A), failsThenWrites(A)));
        assertWritten(B, run(sequence(TRY_EACH, tryEach(innerFails, writes(B)))));
    }

    @Test
    void tryEachNestedInTryEachCompletesTheOuterSequenceWhenAnInnerOneCompletes() {
        CBORObject innerSucceeds = sequence(TRY_EACH, tryEach(failsThenWrites(B), writes(A)));
        assertWritten(A, run(sequence(TRY_EACH, tryEach(innerSucceeds, writes(B)))));
    }

    @Test
    void tryEachRunsOncePerComponentUnderComponentIndexTrue() {
        Device device = exampleDevice().withComponent(DeviceComponent.empty(COMPONENT_1).withSlot(1));
        CBORObject slotOne = sequence(OVERRIDE_PARAMETERS, map(P_COMPONENT_SLOT, 1), COMPONENT_SLOT, 5,
                OVERRIDE_PARAMETERS, map(P_CONTENT, A), WRITE, 0);
        Result result = interpret(device, List.of(COMPONENT_0, COMPONENT_1), false,
                sequence(SET_COMPONENT_INDEX, true, TRY_EACH, tryEach(slotOne, writes(B))));
        assertTrue(result.outcome().accepted(), result.outcome()::toString);
        assertEquals(Optional.of(Image.of(B)), result.image(COMPONENT_0));
        assertEquals(Optional.of(Image.of(A)), result.image(COMPONENT_1));
    }

    @Test
    void runSequenceFailsWithTheConditionFailureByDefault() {
        Result result = run(sequence(RUN_SEQUENCE, wrap(failsThenWrites(A)), OVERRIDE_PARAMETERS, map(P_CONTENT, B), WRITE, 0));
        assertRejected(Reason.CONDITION_FAILED, result.outcome());
        assertEquals(Optional.empty(), result.image(COMPONENT_0));
    }

    @Test
    void runSequenceWithSoftFailureHaltsAndProcessingContinues() {
        CBORObject soft = sequence(OVERRIDE_PARAMETERS, map(P_SOFT_FAILURE, true), ABORT, 0,
                OVERRIDE_PARAMETERS, map(P_CONTENT, A), WRITE, 0);
        assertWritten(B, run(sequence(RUN_SEQUENCE, wrap(soft), OVERRIDE_PARAMETERS, map(P_CONTENT, B), WRITE, 0)));
    }

    @Test
    void runSequenceRunsItsSequenceWhenItsConditionsHold() {
        assertWritten(A, run(sequence(RUN_SEQUENCE, wrap(writes(A)))));
    }

    @Test
    void aNestedSequenceDoesNotInheritSoftFailure() {
        // Inside Try Each soft-failure is true, but the Run Sequence inside starts at false: its failure is hard
        // for the Run Sequence, which then fails the Try Each branch, softly, so the next branch runs.
        CBORObject branch = sequence(RUN_SEQUENCE, wrap(failsThenWrites(A)), OVERRIDE_PARAMETERS, map(P_CONTENT, A), WRITE, 0);
        assertWritten(B, run(sequence(TRY_EACH, tryEach(branch, writes(B)))));
    }

    @Test
    void softFailureRevertsWhenTheSequenceThatSetItEnds() {
        // The Run Sequence turns soft-failure off for itself only; back in the Try Each branch it is still true,
        // so the abort after it is a soft failure and the next branch runs.
        CBORObject hardInside = sequence(OVERRIDE_PARAMETERS, map(P_SOFT_FAILURE, false));
        CBORObject branch = sequence(RUN_SEQUENCE, wrap(hardInside), ABORT, 0);
        assertWritten(B, run(sequence(TRY_EACH, tryEach(branch, writes(B)))));
    }

    @Test
    void softFailureSetInsideTryEachLetsAFailedRunSequenceBeSkipped() {
        CBORObject softInside = sequence(OVERRIDE_PARAMETERS, map(P_SOFT_FAILURE, true), ABORT, 0);
        CBORObject branch = sequence(RUN_SEQUENCE, wrap(softInside), OVERRIDE_PARAMETERS, map(P_CONTENT, A), WRITE, 0);
        assertWritten(A, run(sequence(TRY_EACH, tryEach(branch, writes(B)))));
    }

    @Test
    void softFailureOutsideTryEachAndRunSequenceIsAPolicyViolation() {
        assertRejected(Reason.POLICY, run(sequence(OVERRIDE_PARAMETERS, map(P_SOFT_FAILURE, true), ABORT, 0)).outcome());
    }
}
