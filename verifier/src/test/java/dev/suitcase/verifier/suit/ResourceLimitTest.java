package dev.suitcase.verifier.suit;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cose.CoseKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No manifest makes the interpreter recurse, loop or allocate without bound ({@link ProcessingLimits}). */
@Timeout(10)
class ResourceLimitTest {
    private static final List<ComponentId> ONE = List.of(COMPONENT_0);

    private static void assertRejected(Reason reason, Outcome outcome) {
        assertEquals(Optional.of(reason), outcome.reason(), outcome.toString());
    }

    /** {@code levels} Run Sequences, each the argument of the one around it, around {@code innermost}. */
    private static CBORObject nestedRunSequences(int levels, CBORObject innermost) {
        CBORObject sequence = innermost;
        for (int i = 0; i < levels; i++) {
            sequence = sequence(RUN_SEQUENCE, wrap(sequence));
        }
        return sequence;
    }

    private static CBORObject nestedTryEach(int levels, CBORObject innermost) {
        CBORObject sequence = innermost;
        for (int i = 0; i < levels; i++) {
            sequence = sequence(TRY_EACH, array(wrap(sequence), wrap(sequence)));
        }
        return sequence;
    }

    @Test
    void acceptsRunSequencesNestedToTheLimit() {
        CBORObject nested = nestedRunSequences(ProcessingLimits.DEFAULT.maxSequenceDepth(),
                sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID), CLASS_IDENTIFIER, 15));
        Outcome outcome = interpret(exampleDevice(), ONE, false, nested).outcome();
        assertTrue(outcome.accepted(), outcome::toString);
    }

    @Test
    void rejectsRunSequencesNestedOneBeyondTheLimit() {
        CBORObject nested = nestedRunSequences(ProcessingLimits.DEFAULT.maxSequenceDepth() + 1, sequence(ABORT, 0));
        assertRejected(Reason.RESOURCE_LIMIT, interpret(exampleDevice(), ONE, false, nested).outcome());
    }

    @Test
    void rejectsAThousandNestedRunSequencesWithoutOverflowingTheStack() {
        CBORObject nested = nestedRunSequences(1000, sequence(ABORT, 0));
        assertRejected(Reason.RESOURCE_LIMIT, interpret(exampleDevice(), ONE, false, nested).outcome());
    }

    @Test
    void rejectsTryEachNestedInTryEachBeyondTheLimit() {
        CBORObject nested = nestedTryEach(ProcessingLimits.DEFAULT.maxSequenceDepth() + 1, sequence(ABORT, 0));
        assertRejected(Reason.RESOURCE_LIMIT, interpret(exampleDevice(), ONE, false, nested).outcome());
    }

    @Test
    void stopsTryEachNestedInTryEachWhoseBranchesMultiply() {
        // Every level has four failing branches: 4^8 = 65,536 runs of the innermost sequence unless counted.
        // (The branches must all be present in the manifest, so its size bounds how far this can go.)
        CBORObject sequence = sequence(ABORT, 0);
        for (int level = 0; level < ProcessingLimits.DEFAULT.maxSequenceDepth(); level++) {
            CBORObject branches = CBORObject.NewArray();
            for (int i = 0; i < 4; i++) {
                branches.Add(wrap(sequence));
            }
            sequence = sequence(TRY_EACH, branches);
        }
        assertRejected(Reason.RESOURCE_LIMIT, interpret(exampleDevice(), ONE, false, sequence).outcome());
    }

    @Test
    void stopsRunSequencesThatRepeatOverEveryComponentAtEveryLevel() {
        List<ComponentId> components = new ArrayList<>();
        Device device = exampleDevice();
        for (int i = 0; i < Device.MAX_COMPONENTS - 3; i++) {
            ComponentId id = ComponentId.of(new byte[] {9, (byte) i});
            components.add(id);
            device = device.withComponent(DeviceComponent.empty(id));
        }
        CBORObject sequence = sequence(SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID));
        for (int level = 0; level < ProcessingLimits.DEFAULT.maxSequenceDepth(); level++) {
            sequence = sequence(SET_COMPONENT_INDEX, true, RUN_SEQUENCE, wrap(sequence));
        }
        assertRejected(Reason.RESOURCE_LIMIT, interpret(device, components, false, sequence).outcome());
    }

    @Test
    void stopsWritingOnceTheByteBudgetIsSpent() {
        ProcessingLimits small = new ProcessingLimits(8, 10_000, 1_000, 16);
        CBORObject writesTwice = sequence(OVERRIDE_PARAMETERS, map(P_CONTENT, new byte[600]), WRITE, 0, WRITE, 0);
        Outcome outcome = interpret(exampleDevice(), ONE, Map.of(), small, VerifierOptions.DEFAULT, false, writesTwice).outcome();
        assertRejected(Reason.RESOURCE_LIMIT, outcome);
    }

    @Test
    void rejectsAByteStringDeclaringMoreBytesThanPresentWithoutAllocatingThem() {
        // [20, {18: h'…'}] whose content head claims 2^32 - 1 bytes, followed by four
        byte[] raw = HEX.parseHex("8214a1125affffffff00010203");
        CborBytes wrapped = (CborBytes) CborDecoder.decode(CBORObject.FromObject(raw).EncodeToBytes());
        Rejection rejection = assertThrows(Rejection.class, () ->
                new CommandParser(1, ProcessingLimits.DEFAULT, VerifierOptions.DEFAULT).parse(wrapped, "sequence", false));
        assertEquals(Reason.MALFORMED_CBOR, rejection.reason(), rejection.detail());
    }

    @Test
    void rejectsAnArrayDeclaringBillionsOfCommands() {
        byte[] raw = HEX.parseHex("9bffffffffffffffff0e00");
        CborBytes wrapped = (CborBytes) CborDecoder.decode(CBORObject.FromObject(raw).EncodeToBytes());
        Rejection rejection = assertThrows(Rejection.class, () ->
                new CommandParser(1, ProcessingLimits.DEFAULT, VerifierOptions.DEFAULT).parse(wrapped, "sequence", false));
        assertEquals(Reason.RESOURCE_LIMIT, rejection.reason(), rejection.detail());
    }

    /**
     * No device has more than {@link Device#MAX_COMPONENTS} components, so a manifest listing more is refused
     * by the count check of §6.2 before the interpreter allocates parameter storage for its components.
     */
    @Test
    void rejectsAManifestListingMoreComponentsThanAnyDeviceHasByTheComponentCount() {
        ComponentId[] components = new ComponentId[Device.MAX_COMPONENTS + 1];
        for (int i = 0; i < components.length; i++) {
            components[i] = ComponentId.of(new byte[] {(byte) i});
        }
        byte[] envelope = new EnvelopeBuilder(new ManifestBuilder().components(components)
                .shared(sequence(SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_VENDOR_ID, VENDOR_ID), VENDOR_IDENTIFIER, 15))
                .build()).sign(Signer.ES256_EXAMPLE_KEY).build();
        Outcome outcome = new SuitProcessor(VerifierOptions.DEFAULT).process(envelope,
                List.of(CoseKey.parse(EXAMPLE_COSE_KEY)), exampleDevice(), Scope.APPLICABILITY);
        assertEquals(Optional.of(SuitCheck.COMPONENTS_COUNT), outcome.check(), outcome.toString());
    }
}
