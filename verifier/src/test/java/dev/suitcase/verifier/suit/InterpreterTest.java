package dev.suitcase.verifier.suit;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Trace;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.crypto.Sha256;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each command of draft-ietf-suit-manifest-37 §6.4 Table 2 on the simulated device, one behaviour per test. */
class InterpreterTest {
    private static final byte[] FIRMWARE = "firmware image, version 2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLD_FIRMWARE = "firmware image, version 1".getBytes(StandardCharsets.US_ASCII);
    private static final List<ComponentId> ONE = List.of(COMPONENT_0);
    private static final List<ComponentId> TWO = List.of(COMPONENT_0, COMPONENT_1);

    private static Device deviceWith(byte[] image) {
        return exampleDevice().withComponent(DeviceComponent.of(COMPONENT_0, Image.of(image)));
    }

    private static Outcome run(Device device, CBORObject... sequences) {
        return interpret(device, ONE, false, sequences).outcome();
    }

    private static void assertRejected(Reason reason, Outcome outcome) {
        assertFalse(outcome.accepted(), "expected a rejection with " + reason);
        assertEquals(Optional.of(reason), outcome.reason(), outcome.detail());
    }

    private static void assertAccepted(Outcome outcome) {
        assertTrue(outcome.accepted(), outcome::toString);
    }

    private static Trace trace(Outcome outcome) {
        assertAccepted(outcome);
        return outcome.trace().orElseThrow();
    }

    // ------------------------------------------------------------ identifier conditions (§8.4.9.1)

    @Test
    void vendorIdentifierHoldsForTheDevicesVendor() {
        assertAccepted(run(exampleDevice(), sequence(OVERRIDE_PARAMETERS, map(P_VENDOR_ID, VENDOR_ID), VENDOR_IDENTIFIER, 15)));
    }

    @Test
    void vendorIdentifierFailsForAnotherVendor() {
        Device other = exampleDevice().withVendorId(OTHER_CLASS_ID);
        assertRejected(Reason.CONDITION_FAILED,
                run(other, sequence(OVERRIDE_PARAMETERS, map(P_VENDOR_ID, VENDOR_ID), VENDOR_IDENTIFIER, 15)));
    }

    @Test
    void vendorIdentifierFailsWhenNoVendorIdWasSet() {
        assertRejected(Reason.CONDITION_FAILED, run(exampleDevice(), sequence(VENDOR_IDENTIFIER, 15)));
    }

    @Test
    void vendorIdentifierGivenAsEnterpriseNumberDoesNotMatchAUuidVendor() {
        CBORObject pen = CBORObject.FromObject(new byte[] {0x2b, 0x06, 0x01}).WithTag(112);
        assertRejected(Reason.CONDITION_FAILED,
                run(exampleDevice(), sequence(OVERRIDE_PARAMETERS, map(P_VENDOR_ID, pen), VENDOR_IDENTIFIER, 15)));
    }

    @Test
    void classIdentifierHoldsForTheDevicesClass() {
        assertAccepted(run(exampleDevice(), sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID), CLASS_IDENTIFIER, 15)));
    }

    @Test
    void classIdentifierFailsForAnotherClass() {
        Outcome outcome = run(exampleDevice().withClassId(OTHER_CLASS_ID),
                sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID), CLASS_IDENTIFIER, 15));
        assertRejected(Reason.CONDITION_FAILED, outcome);
        assertTrue(outcome.detail().contains(CLASS_ID.toString()) && outcome.detail().contains(OTHER_CLASS_ID.toString()),
                outcome.detail());
    }

    @Test
    void deviceIdentifierHoldsForTheDevicesId() {
        assertAccepted(run(exampleDevice().withDeviceId(DEVICE_ID),
                sequence(OVERRIDE_PARAMETERS, map(P_DEVICE_ID, DEVICE_ID), DEVICE_IDENTIFIER, 15)));
    }

    @Test
    void deviceIdentifierFailsOnADeviceWithoutOne() {
        assertRejected(Reason.CONDITION_FAILED,
                run(exampleDevice(), sequence(OVERRIDE_PARAMETERS, map(P_DEVICE_ID, DEVICE_ID), DEVICE_IDENTIFIER, 15)));
    }

    @Test
    void deviceIdentifierFailsForAnotherDevice() {
        assertRejected(Reason.CONDITION_FAILED, run(exampleDevice().withDeviceId(VENDOR_ID),
                sequence(OVERRIDE_PARAMETERS, map(P_DEVICE_ID, DEVICE_ID), DEVICE_IDENTIFIER, 15)));
    }

    // ------------------------------------------------------------ image match (§8.4.9.2)

    @Test
    void imageMatchHoldsForTheImageWithThatDigestAndSize() {
        assertAccepted(run(deviceWith(FIRMWARE), sequence(OVERRIDE_PARAMETERS, imageParameters(FIRMWARE), IMAGE_MATCH, 15)));
    }

    @Test
    void imageMatchFailsForAnotherImage() {
        assertRejected(Reason.CONDITION_FAILED,
                run(deviceWith(OLD_FIRMWARE), sequence(OVERRIDE_PARAMETERS, imageParameters(FIRMWARE), IMAGE_MATCH, 15)));
    }

    @Test
    void imageMatchFailsWhenTheSizeDiffers() {
        CBORObject parameters = map(P_IMAGE_DIGEST, wrap(digestOf(FIRMWARE)), P_IMAGE_SIZE, FIRMWARE.length + 1);
        assertRejected(Reason.CONDITION_FAILED,
                run(deviceWith(FIRMWARE), sequence(OVERRIDE_PARAMETERS, parameters, IMAGE_MATCH, 15)));
    }

    @Test
    void imageMatchWithoutSizeComparesTheDigestOnly() {
        assertAccepted(run(deviceWith(FIRMWARE),
                sequence(OVERRIDE_PARAMETERS, map(P_IMAGE_DIGEST, wrap(digestOf(FIRMWARE))), IMAGE_MATCH, 15)));
    }

    @Test
    void imageMatchFailsWhenNoDigestWasSet() {
        assertRejected(Reason.CONDITION_FAILED, run(deviceWith(FIRMWARE), sequence(IMAGE_MATCH, 15)));
    }

    @Test
    void imageMatchFailsOnAnEmptyComponent() {
        assertRejected(Reason.CONDITION_FAILED,
                run(exampleDevice(), sequence(OVERRIDE_PARAMETERS, imageParameters(FIRMWARE), IMAGE_MATCH, 15)));
    }

    @Test
    void imageMatchSupportsSha384AndSha512() {
        for (DigestAlgorithm algorithm : List.of(DigestAlgorithm.SHA_384, DigestAlgorithm.SHA_512)) {
            byte[] digest = algorithm.newDigest().digest(FIRMWARE);
            CBORObject parameters = map(P_IMAGE_DIGEST, wrap(array(algorithm.coseId(), digest)));
            assertAccepted(run(deviceWith(FIRMWARE), sequence(OVERRIDE_PARAMETERS, parameters, IMAGE_MATCH, 15)));
        }
    }

    @Test
    void imageMatchHoldsForADescribedImageWithThatSha256() {
        Device device = exampleDevice().withComponent(
                DeviceComponent.of(COMPONENT_0, Image.described(34768, Sha256.digest(FIRMWARE))));
        CBORObject parameters = map(P_IMAGE_DIGEST, wrap(digestOf(FIRMWARE)), P_IMAGE_SIZE, 34768);
        assertAccepted(run(device, sequence(OVERRIDE_PARAMETERS, parameters, IMAGE_MATCH, 15)));
    }

    @Test
    void imageMatchFailsForADescribedImageAndAnotherAlgorithm() {
        Device device = exampleDevice().withComponent(
                DeviceComponent.of(COMPONENT_0, Image.described(FIRMWARE.length, Sha256.digest(FIRMWARE))));
        CBORObject parameters = map(P_IMAGE_DIGEST, wrap(array(-44, DigestAlgorithm.SHA_512.newDigest().digest(FIRMWARE))));
        assertRejected(Reason.CONDITION_FAILED, run(device, sequence(OVERRIDE_PARAMETERS, parameters, IMAGE_MATCH, 15)));
    }

    @Test
    void imageMatchWithAHugeImageSizeFailsWithoutAllocating() {
        CBORObject parameters = map(P_IMAGE_DIGEST, wrap(digestOf(FIRMWARE)),
                P_IMAGE_SIZE, CBORObject.FromObject(com.upokecenter.numbers.EInteger.FromString("18446744073709551615")));
        assertRejected(Reason.CONDITION_FAILED,
                run(deviceWith(FIRMWARE), sequence(OVERRIDE_PARAMETERS, parameters, IMAGE_MATCH, 15)));
    }

    // ------------------------------------------------------------ component slot, check content, abort

    @Test
    void componentSlotHoldsForTheComponentsSlot() {
        Device device = exampleDevice().withComponent(DeviceComponent.empty(COMPONENT_0).withSlot(1));
        assertAccepted(run(device, sequence(OVERRIDE_PARAMETERS, map(P_COMPONENT_SLOT, 1), COMPONENT_SLOT, 5)));
    }

    @Test
    void componentSlotFailsForAnotherSlot() {
        Device device = exampleDevice().withComponent(DeviceComponent.empty(COMPONENT_0).withSlot(0));
        assertRejected(Reason.CONDITION_FAILED,
                run(device, sequence(OVERRIDE_PARAMETERS, map(P_COMPONENT_SLOT, 1), COMPONENT_SLOT, 5)));
    }

    @Test
    void componentSlotFailsForAComponentInNoSlot() {
        Device device = exampleDevice().withComponent(DeviceComponent.empty(COMPONENT_0));
        assertRejected(Reason.CONDITION_FAILED,
                run(device, sequence(OVERRIDE_PARAMETERS, map(P_COMPONENT_SLOT, 0), COMPONENT_SLOT, 5)));
    }

    @Test
    void componentSlotFailsWhenNoSlotWasSet() {
        Device device = exampleDevice().withComponent(DeviceComponent.empty(COMPONENT_0).withSlot(0));
        assertRejected(Reason.CONDITION_FAILED, run(device, sequence(COMPONENT_SLOT, 5)));
    }

    @Test
    void checkContentHoldsForTheSameBytes() {
        assertAccepted(run(deviceWith(FIRMWARE), sequence(OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), CHECK_CONTENT, 15)));
    }

    @Test
    void checkContentFailsForOtherBytesOfTheSameLength() {
        assertRejected(Reason.CONDITION_FAILED,
                run(deviceWith(OLD_FIRMWARE), sequence(OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), CHECK_CONTENT, 15)));
    }

    @Test
    void checkContentFailsOnADescribedImage() {
        Device device = exampleDevice().withComponent(
                DeviceComponent.of(COMPONENT_0, Image.described(FIRMWARE.length, Sha256.digest(FIRMWARE))));
        assertRejected(Reason.CONDITION_FAILED,
                run(device, sequence(OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), CHECK_CONTENT, 15)));
    }

    @Test
    void checkContentFailsWhenNoContentWasSet() {
        assertRejected(Reason.CONDITION_FAILED, run(deviceWith(FIRMWARE), sequence(CHECK_CONTENT, 15)));
    }

    @Test
    void abortAlwaysFails() {
        assertRejected(Reason.CONDITION_FAILED, run(exampleDevice(), sequence(ABORT, 0)));
    }

    @Test
    void unknownConditionFailsAsUnsupported() {
        assertRejected(Reason.UNSUPPORTED_COMMAND, run(exampleDevice(), sequence(4, 15)));
    }

    @Test
    void customCommandOutsideTheSharedSequenceFailsAsUnsupported() {
        assertRejected(Reason.UNSUPPORTED_COMMAND, run(exampleDevice(), sequence(-300, CBORObject.Null)));
    }

    @Test
    void aFailedConditionStopsTheSequence() {
        Result result = interpret(exampleDevice(), ONE, false,
                sequence(OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), ABORT, 0, WRITE, 0));
        assertRejected(Reason.CONDITION_FAILED, result.outcome());
        assertEquals(Optional.empty(), result.image(COMPONENT_0));
    }

    // ------------------------------------------------------------ set component index, override parameters

    @Test
    void setComponentIndexSelectsOneComponent() {
        Result result = interpret(exampleDevice(), TWO, false,
                sequence(SET_COMPONENT_INDEX, 1, OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), WRITE, 0));
        assertAccepted(result.outcome());
        assertEquals(Optional.of(Image.of(FIRMWARE)), result.image(COMPONENT_1));
        assertEquals(Optional.empty(), result.image(COMPONENT_0));
    }

    @Test
    void setComponentIndexTrueAppliesEachCommandToEveryComponent() {
        Result result = interpret(exampleDevice(), TWO, false,
                sequence(SET_COMPONENT_INDEX, true, OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), WRITE, 0));
        assertAccepted(result.outcome());
        assertEquals(Optional.of(Image.of(FIRMWARE)), result.image(COMPONENT_0));
        assertEquals(Optional.of(Image.of(FIRMWARE)), result.image(COMPONENT_1));
    }

    @Test
    void setComponentIndexArraySelectsTheListedComponents() {
        List<ComponentId> three = List.of(COMPONENT_0, COMPONENT_1, COMPONENT_2);
        Result result = interpret(exampleDevice(), three, false,
                sequence(SET_COMPONENT_INDEX, array(0, 2), OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), WRITE, 0));
        assertAccepted(result.outcome());
        assertEquals(Optional.of(Image.of(FIRMWARE)), result.image(COMPONENT_2));
        assertEquals(Optional.empty(), result.image(COMPONENT_1));
    }

    @Test
    void parametersAreScopedToTheirComponent() {
        assertRejected(Reason.CONDITION_FAILED, interpret(exampleDevice(), TWO, false, sequence(
                SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID),
                SET_COMPONENT_INDEX, 1, CLASS_IDENTIFIER, 15)).outcome());
    }

    @Test
    void overrideParametersReplacesAnEarlierValue() {
        assertAccepted(run(exampleDevice(), sequence(
                OVERRIDE_PARAMETERS, map(P_CLASS_ID, OTHER_CLASS_ID),
                OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID),
                CLASS_IDENTIFIER, 15)));
    }

    @Test
    void parametersSetInOneSequenceStayForTheNextOfTheSameProcedure() {
        assertAccepted(run(exampleDevice(),
                sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID)),
                sequence(CLASS_IDENTIFIER, 15)));
    }

    // ------------------------------------------------------------ directives

    @Test
    void fetchStoresThePayloadAtTheUri() {
        Device device = exampleDevice().withPayload("http://example.com/file.bin", Image.of(FIRMWARE));
        Outcome outcome = run(device, sequence(OVERRIDE_PARAMETERS, map(P_URI, "http://example.com/file.bin"), FETCH, 2,
                OVERRIDE_PARAMETERS, imageParameters(FIRMWARE), IMAGE_MATCH, 15));
        Trace.ComponentWrite write = trace(outcome).written().get(0);
        assertEquals(new Trace.ComponentWrite("814100", "fetch", HEX.formatHex(Sha256.digest(FIRMWARE)), FIRMWARE.length), write);
    }

    @Test
    void fetchPrefersThePayloadIntegratedInTheEnvelope() {
        Device device = exampleDevice().withPayload("#firmware", Image.of(OLD_FIRMWARE));
        Result result = interpret(device, ONE, Map.of("#firmware", FIRMWARE), ProcessingLimits.DEFAULT,
                VerifierOptions.DEFAULT, false, sequence(OVERRIDE_PARAMETERS, map(P_URI, "#firmware"), FETCH, 2));
        assertAccepted(result.outcome());
        assertEquals(Optional.of(Image.of(FIRMWARE)), result.image(COMPONENT_0));
    }

    @Test
    void fetchFailsWhenNoPayloadIsReachable() {
        assertRejected(Reason.POLICY,
                run(exampleDevice(), sequence(OVERRIDE_PARAMETERS, map(P_URI, "http://example.com/none.bin"), FETCH, 2)));
    }

    @Test
    void fetchFailsWhenNoUriWasSet() {
        assertRejected(Reason.POLICY, run(exampleDevice(), sequence(FETCH, 2)));
    }

    @Test
    void writeStoresTheContentParameter() {
        Result result = interpret(exampleDevice(), ONE, false, sequence(OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), WRITE, 0));
        assertEquals(Optional.of(Image.of(FIRMWARE)), result.image(COMPONENT_0));
        assertEquals("write", trace(result.outcome()).written().get(0).operation());
    }

    @Test
    void writeFailsWhenNoContentWasSet() {
        assertRejected(Reason.POLICY, run(exampleDevice(), sequence(WRITE, 0)));
    }

    @Test
    void copyStoresTheSourceComponentsImage() {
        Device device = exampleDevice().withComponent(DeviceComponent.of(COMPONENT_1, Image.of(FIRMWARE)));
        Result result = interpret(device, TWO, false,
                sequence(SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_SOURCE_COMPONENT, 1), COPY, 2));
        assertAccepted(result.outcome());
        assertEquals(Optional.of(Image.of(FIRMWARE)), result.image(COMPONENT_0));
        assertEquals(Optional.of(Image.of(FIRMWARE)), result.image(COMPONENT_1));
    }

    @Test
    void copyFailsFromAnEmptySourceComponent() {
        assertRejected(Reason.POLICY, interpret(exampleDevice(), TWO, false,
                sequence(SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_SOURCE_COMPONENT, 1), COPY, 2)).outcome());
    }

    @Test
    void copyFailsWhenNoSourceComponentWasSet() {
        assertRejected(Reason.POLICY, interpret(exampleDevice(), TWO, false, sequence(SET_COMPONENT_INDEX, 0, COPY, 2)).outcome());
    }

    @Test
    void swapExchangesTheTwoImages() {
        Device device = exampleDevice()
                .withComponent(DeviceComponent.of(COMPONENT_0, Image.of(OLD_FIRMWARE)))
                .withComponent(DeviceComponent.of(COMPONENT_1, Image.of(FIRMWARE)));
        Result result = interpret(device, TWO, false,
                sequence(SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_SOURCE_COMPONENT, 1), SWAP, 0));
        assertEquals(Optional.of(Image.of(FIRMWARE)), result.image(COMPONENT_0));
        assertEquals(Optional.of(Image.of(OLD_FIRMWARE)), result.image(COMPONENT_1));
        assertEquals(2, trace(result.outcome()).written().size());
    }

    @Test
    void swapFailsFromAnEmptySourceComponent() {
        Device device = exampleDevice().withComponent(DeviceComponent.of(COMPONENT_0, Image.of(OLD_FIRMWARE)));
        assertRejected(Reason.POLICY, interpret(device, TWO, false,
                sequence(SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_SOURCE_COMPONENT, 1), SWAP, 0)).outcome());
    }

    // ------------------------------------------------------------ strict order (§6.7)

    /** Fetches FIRMWARE into component 1, then copies component 1 into component 0; strict order as given. */
    private static Outcome fetchThenCopy(boolean strictOrder) {
        Device device = exampleDevice().withPayload("http://example.com/file.bin", Image.of(FIRMWARE));
        return interpret(device, TWO, false, sequence(
                SET_COMPONENT_INDEX, 1,
                OVERRIDE_PARAMETERS, map(P_STRICT_ORDER, strictOrder, P_URI, "http://example.com/file.bin"),
                FETCH, 2,
                SET_COMPONENT_INDEX, 0,
                OVERRIDE_PARAMETERS, map(P_SOURCE_COMPONENT, 1),
                COPY, 2)).outcome();
    }

    @Test
    void rejectsACopyFromAComponentWrittenEarlierInASequenceWithoutStrictOrder() {
        assertRejected(Reason.POLICY, fetchThenCopy(false));
    }

    @Test
    void copiesFromAComponentWrittenEarlierUnderStrictOrder() {
        assertAccepted(fetchThenCopy(true));
    }

    @Test
    void rejectsACopyOfAComponentOntoItselfWithoutStrictOrder() {
        assertRejected(Reason.POLICY, interpret(deviceWith(FIRMWARE), TWO, false, sequence(SET_COMPONENT_INDEX, 0,
                OVERRIDE_PARAMETERS, map(P_STRICT_ORDER, false, P_SOURCE_COMPONENT, 0), COPY, 2)).outcome());
    }

    @Test
    void doesNotCountOperationsPerformedAfterStrictOrderIsSetBackToTrue() {
        Device device = exampleDevice().withPayload("http://example.com/file.bin", Image.of(FIRMWARE));
        assertAccepted(interpret(device, TWO, false, sequence(
                SET_COMPONENT_INDEX, 1,
                OVERRIDE_PARAMETERS, map(P_STRICT_ORDER, false, P_URI, "http://example.com/file.bin"),
                FETCH, 2,
                OVERRIDE_PARAMETERS, map(P_STRICT_ORDER, true),
                SET_COMPONENT_INDEX, 0,
                OVERRIDE_PARAMETERS, map(P_SOURCE_COMPONENT, 1),
                COPY, 2)).outcome());
    }

    @Test
    void strictOrderFalseEndsWithItsSequence() {
        Device device = exampleDevice().withPayload("http://example.com/file.bin", Image.of(FIRMWARE));
        assertAccepted(interpret(device, TWO, false,
                sequence(SET_COMPONENT_INDEX, 1,
                        OVERRIDE_PARAMETERS, map(P_STRICT_ORDER, false, P_URI, "http://example.com/file.bin"),
                        FETCH, 2),
                sequence(SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_SOURCE_COMPONENT, 1), COPY, 2)).outcome());
    }

    @Test
    void invokeIsRecordedNotExecuted() {
        Trace trace = trace(run(deviceWith(FIRMWARE), sequence(INVOKE, 2)));
        assertEquals(Optional.of("814100"), trace.invoked());
        assertTrue(trace.written().isEmpty());
    }

    @Test
    void invokeFailsOnAnEmptyComponent() {
        assertRejected(Reason.POLICY, run(exampleDevice(), sequence(INVOKE, 2)));
    }

    @Test
    void aDeviceComponentInASlotKeepsItsSlot() {
        DeviceComponent component = DeviceComponent.empty(COMPONENT_0).withSlot(1);
        assertEquals(OptionalLong.of(1), new DeviceState(exampleDevice().withComponent(component)).slot(COMPONENT_0));
    }
}
