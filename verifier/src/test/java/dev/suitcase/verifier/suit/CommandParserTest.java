package dev.suitcase.verifier.suit;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.VerifierOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The structure and policy rules a command sequence must meet before anything runs (§8.4.6 CDDL, §6.2, §8.4.8). */
class CommandParserTest {
    private static final List<ComponentId> ONE = List.of(COMPONENT_0);
    private static final List<ComponentId> TWO = List.of(COMPONENT_0, COMPONENT_1);

    private static Outcome parse(CBORObject sequence) {
        return interpret(exampleDevice(), ONE, false, sequence).outcome();
    }

    private static Outcome parseShared(CBORObject sequence) {
        return interpret(exampleDevice(), ONE, true, sequence).outcome();
    }

    private static void assertRejected(Reason reason, Outcome outcome) {
        assertEquals(Optional.of(reason), outcome.reason(), outcome.toString());
    }

    @Test
    void rejectsAnEmptySequence() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence()));
    }

    @Test
    void rejectsALabelWithoutArgument() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(VENDOR_IDENTIFIER, 15, CLASS_IDENTIFIER)));
    }

    @Test
    void rejectsASequenceThatIsNotAnArray() {
        assertRejected(Reason.BAD_STRUCTURE, parse(map(1, 15)));
    }

    @Test
    void rejectsATextLabel() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence("vendor", 15)));
    }

    @Test
    void rejectsAReportingPolicyBeyondTheFourBits() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(ABORT, 16)));
    }

    @Test
    void rejectsAReportingPolicyThatIsNotAUint() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(INVOKE, "2")));
    }

    @Test
    void rejectsAComponentIndexBeyondTheComponentList() {
        assertRejected(Reason.UNSUPPORTED_COMMAND, parse(sequence(SET_COMPONENT_INDEX, 1)));
    }

    @Test
    void rejectsAnEmptyComponentIndexArray() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(SET_COMPONENT_INDEX, array())));
    }

    @Test
    void rejectsComponentIndexFalse() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(SET_COMPONENT_INDEX, false)));
    }

    @Test
    void rejectsASourceComponentBeyondTheComponentList() {
        assertRejected(Reason.UNSUPPORTED_COMMAND, parse(sequence(OVERRIDE_PARAMETERS, map(P_SOURCE_COMPONENT, 3), COPY, 0)));
    }

    @Test
    void rejectsTryEachWithASingleSequence() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(TRY_EACH, array(wrap(sequence(ABORT, 0))))));
    }

    @Test
    void rejectsTryEachWithNilBeforeTheLastPosition() {
        CBORObject alternatives = array(CBORObject.Null, wrap(sequence(ABORT, 0)), wrap(sequence(ABORT, 0)));
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(TRY_EACH, alternatives)));
    }

    @Test
    void rejectsRunSequenceWhoseArgumentIsNotWrapped() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(RUN_SEQUENCE, sequence(ABORT, 0))));
    }

    @Test
    void rejectsAnEmptyOverride() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(OVERRIDE_PARAMETERS, map())));
    }

    @Test
    void rejectsAnOverrideInNonCanonicalOrder() {
        assertRejected(Reason.NON_DETERMINISTIC_CBOR,
                parse(sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID, P_VENDOR_ID, VENDOR_ID))));
    }

    @Test
    void acceptsAnOverrideInNonCanonicalOrderUnderCborLenient() {
        VerifierOptions lenient = VerifierOptions.DEFAULT.with(Profile.CBOR_LENIENT);
        Outcome outcome = interpret(exampleDevice(), ONE, Map.of(), ProcessingLimits.DEFAULT, lenient, false,
                sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID, P_VENDOR_ID, VENDOR_ID), VENDOR_IDENTIFIER, 15)).outcome();
        assertTrue(outcome.accepted(), outcome::toString);
    }

    @Test
    void rejectsAnUnknownParameter() {
        assertRejected(Reason.UNSUPPORTED_COMMAND, parse(sequence(OVERRIDE_PARAMETERS, map(99, 1))));
    }

    @Test
    void rejectsAClassIdThatIsNotSixteenBytes() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, new byte[15]))));
    }

    @Test
    void rejectsAUriThatIsNotText() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(OVERRIDE_PARAMETERS, map(P_URI, new byte[] {0x68}))));
    }

    @Test
    void rejectsAnImageDigestThatIsNotWrapped() {
        assertRejected(Reason.BAD_STRUCTURE,
                parse(sequence(OVERRIDE_PARAMETERS, map(P_IMAGE_DIGEST, digestOf(new byte[] {1})))));
    }

    @Test
    void rejectsAnImageDigestWithAnUnsupportedAlgorithm() {
        CBORObject shake128 = array(-18, new byte[32]);
        assertRejected(Reason.UNSUPPORTED_DIGEST, parse(sequence(OVERRIDE_PARAMETERS, map(P_IMAGE_DIGEST, wrap(shake128)))));
    }

    @Test
    void rejectsAnImageDigestOfTheWrongLength() {
        assertRejected(Reason.BAD_STRUCTURE,
                parse(sequence(OVERRIDE_PARAMETERS, map(P_IMAGE_DIGEST, wrap(array(-16, new byte[31]))))));
    }

    @Test
    void rejectsANegativeImageSize() {
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(OVERRIDE_PARAMETERS, map(P_IMAGE_SIZE, -1))));
    }

    @Test
    void rejectsSoftFailureThatIsNotABoolean() {
        CBORObject inner = sequence(OVERRIDE_PARAMETERS, map(P_SOFT_FAILURE, 1));
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(RUN_SEQUENCE, wrap(inner))));
    }

    @Test
    void rejectsAFetchInTheSharedSequence() {
        assertRejected(Reason.POLICY, parseShared(sequence(OVERRIDE_PARAMETERS, map(P_URI, "#a"), FETCH, 2)));
    }

    @Test
    void rejectsACustomCommandInTheSharedSequence() {
        assertRejected(Reason.POLICY, parseShared(sequence(-300, CBORObject.Null)));
    }

    @Test
    void rejectsACustomCommandNestedInTheSharedSequence() {
        CBORObject nested = sequence(TRY_EACH, array(wrap(sequence(-300, 0)), wrap(sequence(ABORT, 0))));
        assertRejected(Reason.POLICY, parseShared(nested));
    }

    @Test
    void rejectsACustomParameterInTheSharedSequence() {
        assertRejected(Reason.POLICY, parseShared(sequence(OVERRIDE_PARAMETERS, map(-300, 1))));
    }

    @Test
    void acceptsACustomParameterOutsideTheSharedSequenceAsAHint() {
        Outcome outcome = parse(sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID, -300, "hint"), CLASS_IDENTIFIER, 15));
        assertTrue(outcome.accepted(), outcome::toString);
    }

    @Test
    void rejectsASequenceOfAMultiComponentManifestThatDoesNotBeginWithSetComponentIndex() {
        Outcome outcome = interpret(exampleDevice(), TWO, false, sequence(ABORT, 0)).outcome();
        assertRejected(Reason.POLICY, outcome);
    }

    @Test
    void acceptsASingleComponentSequenceWithoutSetComponentIndex() {
        Outcome outcome = parse(sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID), CLASS_IDENTIFIER, 15));
        assertTrue(outcome.accepted(), outcome::toString);
    }

    @Test
    void rejectsAStructureErrorInATryEachBranchThatWouldNotRun() {
        CBORObject broken = sequence(ABORT);
        assertRejected(Reason.BAD_STRUCTURE, parse(sequence(TRY_EACH, array(wrap(sequence(SET_COMPONENT_INDEX, 0)), wrap(broken)))));
    }
}
