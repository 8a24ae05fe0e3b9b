package dev.suitcase.verifier.suit;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.numbers.EInteger;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Trace;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cose.CoseKey;
import dev.suitcase.verifier.crypto.Sha256;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifest, its common block, severable members and the procedures each scope runs (draft-ietf-suit-manifest-37 §6, §8.4). */
class ManifestTest {
    private static final List<CoseKey> KEYS = List.of(CoseKey.parse(EXAMPLE_COSE_KEY));
    private static final SuitProcessor PROCESSOR = new SuitProcessor(VerifierOptions.DEFAULT);
    private static final byte[] FIRMWARE = "firmware image, version 2".getBytes(StandardCharsets.US_ASCII);

    private static byte[] signed(ManifestBuilder manifest) {
        return new EnvelopeBuilder(manifest.build()).sign(Signer.ES256_EXAMPLE_KEY).build();
    }

    private static Outcome process(byte[] envelope, Scope scope) {
        return PROCESSOR.process(envelope, KEYS, exampleDevice(), scope);
    }

    private static Outcome process(ManifestBuilder manifest, Scope scope) {
        return process(signed(manifest), scope);
    }

    private static void assertAccepted(Outcome outcome) {
        assertTrue(outcome.accepted(), outcome::toString);
    }

    private static void assertRejected(Reason reason, Outcome outcome) {
        assertEquals(Optional.of(reason), outcome.reason(), outcome.toString());
    }

    /** A sequence writing FIRMWARE into component [h'00']. */
    private static CBORObject writesFirmware() {
        return sequence(OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), WRITE, 0);
    }

    // ------------------------------------------------------------ version and sequence number

    @Test
    void rejectsVersionTwo() {
        assertRejected(Reason.UNSUPPORTED_VERSION, process(compatibleManifest().version(2), Scope.AUTHENTICATE));
    }

    @Test
    void checksTheVersionBeforeTheSequenceNumber() {
        byte[] envelope = signed(compatibleManifest().version(2));
        Outcome outcome = PROCESSOR.process(envelope, KEYS, exampleDevice().withSequenceNumber(9), Scope.AUTHENTICATE);
        assertRejected(Reason.UNSUPPORTED_VERSION, outcome);
    }

    @Test
    void rejectsAManifestWithoutVersion() {
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().remove(1), Scope.AUTHENTICATE));
    }

    @Test
    void rejectsAVersionThatIsNotAnInteger() {
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().version("1"), Scope.AUTHENTICATE));
    }

    @Test
    void rejectsAManifestWithoutSequenceNumber() {
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().remove(2), Scope.AUTHENTICATE));
    }

    @Test
    void rejectsANegativeSequenceNumber() {
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().sequenceNumber(-1), Scope.AUTHENTICATE));
    }

    @Test
    void comparesSequenceNumbersAsUnsigned() {
        ManifestBuilder manifest = compatibleManifest().raw(2, CBORObject.FromObject(EInteger.FromString("18446744073709551615")));
        Outcome outcome = PROCESSOR.process(signed(manifest), KEYS, exampleDevice().withSequenceNumber(Long.MAX_VALUE),
                Scope.AUTHENTICATE);
        assertEquals("18446744073709551615", Long.toUnsignedString(outcome.trace().orElseThrow().sequenceNumber()));
    }

    @Test
    void rejectsALowerSequenceNumber() {
        byte[] envelope = signed(compatibleManifest().sequenceNumber(3));
        assertRejected(Reason.ROLLBACK, PROCESSOR.process(envelope, KEYS, exampleDevice().withSequenceNumber(4), Scope.AUTHENTICATE));
    }

    // ------------------------------------------------------------ manifest structure

    @Test
    void rejectsAManifestInNonCanonicalOrderUnlessLenient() {
        byte[] envelope = signed(compatibleManifest().unsorted().remove(1).version(1));
        assertRejected(Reason.NON_DETERMINISTIC_CBOR, process(envelope, Scope.AUTHENTICATE));
        SuitProcessor lenient = new SuitProcessor(VerifierOptions.DEFAULT.with(Profile.CBOR_LENIENT));
        assertAccepted(lenient.process(envelope, KEYS, exampleDevice(), Scope.APPLICABILITY));
    }

    @Test
    void ignoresAManifestMemberOfAnExtension() {
        // 5: suit-manifest-component-id of draft-ietf-suit-trust-domains, a root manifest's storage location
        Outcome outcome = process(compatibleManifest().member(5, array((Object) new byte[] {1})), Scope.BOOT);
        assertAccepted(outcome);
        assertTrue(outcome.trace().orElseThrow().steps().stream().anyMatch(step -> step.contains("[5] ignored")),
                outcome.trace().orElseThrow().steps()::toString);
    }

    @Test
    void ignoresAPrivateManifestMember() {
        assertAccepted(process(compatibleManifest().member(-1, CBORObject.FromObject(new byte[] {1})), Scope.BOOT));
    }

    @Test
    void rejectsAManifestTaggedInsideTheEnvelope() {
        byte[] tagged = CBORObject.DecodeFromBytes(compatibleManifest().build()).WithTag(1070).EncodeToBytes();
        assertRejected(Reason.BAD_STRUCTURE, process(new EnvelopeBuilder(tagged).sign(Signer.ES256_EXAMPLE_KEY).build(),
                Scope.AUTHENTICATE));
    }

    @Test
    void rejectsACommonThatIsNotWrapped() {
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().raw(3, map(2, array(array((Object) new byte[] {0})))),
                Scope.AUTHENTICATE));
    }

    @Test
    void rejectsAValidateSequenceThatIsNotWrapped() {
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().raw(7, sequence(ABORT, 0)), Scope.AUTHENTICATE));
    }

    @Test
    void rejectsAReferenceUriThatIsNotText() {
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().raw(4, CBORObject.FromObject(new byte[] {1})),
                Scope.AUTHENTICATE));
    }

    @Test
    void acceptsAReferenceUri() {
        assertAccepted(process(compatibleManifest().raw(4, CBORObject.FromObject("https://git.io/JJYoj")), Scope.APPLICABILITY));
    }

    // ------------------------------------------------------------ common and components

    @Test
    void rejectsAnUnknownCommonMemberOnceTheCommonBlockIsNeeded() {
        ManifestBuilder manifest = compatibleManifest();
        CBORObject common = manifest.common();
        CBORObject withDependencies = map(1, array(), 2, common.get(2), 4, common.get(4));
        manifest.raw(3, wrap(withDependencies));
        assertAccepted(process(manifest, Scope.AUTHENTICATE));
        assertRejected(Reason.UNSUPPORTED_COMMAND, process(manifest, Scope.APPLICABILITY));
    }

    @Test
    void rejectsACommonBlockInNonCanonicalOrder() {
        ManifestBuilder manifest = compatibleManifest();
        CBORObject common = manifest.common();
        manifest.raw(3, wrap(map(4, common.get(4), 2, common.get(2))));
        assertRejected(Reason.NON_DETERMINISTIC_CBOR, process(manifest, Scope.APPLICABILITY));
    }

    @Test
    void rejectsAManifestWithoutComponents() {
        ManifestBuilder manifest = compatibleManifest();
        manifest.raw(3, wrap(map(4, manifest.common().get(4))));
        assertRejected(Reason.UNSUPPORTED_COMMAND, process(manifest, Scope.APPLICABILITY));
    }

    @Test
    void rejectsAnEmptyComponentList() {
        ManifestBuilder manifest = compatibleManifest();
        manifest.raw(3, wrap(map(2, array())));
        assertRejected(Reason.BAD_STRUCTURE, process(manifest, Scope.APPLICABILITY));
    }

    @Test
    void rejectsAComponentTheDeviceDoesNotHave() {
        ComponentId absent = ComponentId.of("usr".getBytes(StandardCharsets.US_ASCII), "bin".getBytes(StandardCharsets.US_ASCII));
        assertRejected(Reason.UNSUPPORTED_COMMAND, process(compatibleManifest().components(absent), Scope.APPLICABILITY));
    }

    @Test
    void rejectsMoreComponentsThanTheDeviceHas() {
        byte[] envelope = signed(new ManifestBuilder().components(COMPONENT_0, COMPONENT_0)
                .shared(sequence(SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID), CLASS_IDENTIFIER, 15)));
        Device single = new Device(VENDOR_ID, CLASS_ID, Optional.empty(), 0, List.of(DeviceComponent.empty(COMPONENT_0)), Map.of());
        assertRejected(Reason.POLICY, PROCESSOR.process(envelope, KEYS, single, Scope.APPLICABILITY));
    }

    @Test
    void runsTheSharedSequenceOverSeveralComponents() {
        CBORObject shared = sequence(SET_COMPONENT_INDEX, true, OVERRIDE_PARAMETERS, map(P_VENDOR_ID, VENDOR_ID, P_CLASS_ID, CLASS_ID),
                VENDOR_IDENTIFIER, 15, CLASS_IDENTIFIER, 15);
        assertAccepted(process(new ManifestBuilder().components(COMPONENT_0, COMPONENT_1, COMPONENT_2).shared(shared),
                Scope.APPLICABILITY));
    }

    // ------------------------------------------------------------ severable members (§8.4.12)

    @Test
    void runsASeveredInstallCarriedInTheEnvelope() {
        CBORObject install = wrap(writesFirmware());
        byte[] manifest = compatibleManifest().raw(20, digestOf(install.EncodeToBytes())).build();
        byte[] envelope = new EnvelopeBuilder(manifest).sign(Signer.ES256_EXAMPLE_KEY).member(20, install).build();
        Trace trace = process(envelope, Scope.INSTALL).trace().orElseThrow();
        assertEquals("write", trace.written().get(0).operation());
    }

    @Test
    void rejectsASeveredInstallWhoseDigestCoversOnlyTheContent() {
        CBORObject install = wrap(writesFirmware());
        byte[] manifest = compatibleManifest().raw(20, digestOf(install.GetByteString())).build();
        byte[] envelope = new EnvelopeBuilder(manifest).sign(Signer.ES256_EXAMPLE_KEY).member(20, install).build();
        assertRejected(Reason.DIGEST_MISMATCH, process(envelope, Scope.AUTHENTICATE));
    }

    @Test
    void acceptsASeveredInstallTheEnvelopeDoesNotCarryUntilItIsNeeded() {
        CBORObject install = wrap(writesFirmware());
        byte[] envelope = signed(compatibleManifest().raw(20, digestOf(install.EncodeToBytes())));
        assertAccepted(process(envelope, Scope.APPLICABILITY));
        assertRejected(Reason.POLICY, process(envelope, Scope.INSTALL));
    }

    @Test
    void rejectsAnInstallBothInlineAndInTheEnvelope() {
        byte[] manifest = compatibleManifest().member(20, writesFirmware()).build();
        byte[] envelope = new EnvelopeBuilder(manifest).sign(Signer.ES256_EXAMPLE_KEY).member(20, wrap(writesFirmware())).build();
        assertRejected(Reason.BAD_STRUCTURE, process(envelope, Scope.AUTHENTICATE));
    }

    @Test
    void rejectsAnEnvelopeMemberTheManifestHasNoDigestFor() {
        byte[] envelope = new EnvelopeBuilder(compatibleManifest().build()).sign(Signer.ES256_EXAMPLE_KEY)
                .member(16, wrap(writesFirmware())).build();
        assertRejected(Reason.BAD_STRUCTURE, process(envelope, Scope.AUTHENTICATE));
    }

    @Test
    void rejectsASeverableMemberThatIsNeitherBstrNorDigest() {
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().raw(23, CBORObject.FromObject(7)), Scope.AUTHENTICATE));
    }

    @Test
    void acceptsASeveredTextWithASha512Digest() {
        CBORObject text = wrap(map("en-US", map(1, "an example manifest")));
        CBORObject digest = array(-44, DigestAlgorithm.SHA_512.newDigest().digest(text.EncodeToBytes()));
        byte[] envelope = new EnvelopeBuilder(compatibleManifest().raw(23, digest).build()).sign(Signer.ES256_EXAMPLE_KEY)
                .member(23, text).build();
        assertAccepted(process(envelope, Scope.INSTALL));
    }

    @Test
    void rejectsASeveredTextThatWasReplaced() {
        CBORObject text = wrap(map("en-US", map(1, "an example manifest")));
        byte[] manifest = compatibleManifest().raw(23, digestOf(text.EncodeToBytes())).build();
        byte[] envelope = new EnvelopeBuilder(manifest).sign(Signer.ES256_EXAMPLE_KEY)
                .member(23, wrap(map("en-US", map(1, "another manifest")))).build();
        assertRejected(Reason.DIGEST_MISMATCH, process(envelope, Scope.AUTHENTICATE));
    }

    // ------------------------------------------------------------ suit-text (§8.4.4)

    @Test
    void acceptsATextDescribingAComponentOfTheCommonBlock() {
        CBORObject text = map("en-US", map(1, "an example manifest", array((Object) new byte[] {0}), map(3, "example.org")));
        assertAccepted(process(compatibleManifest().raw(23, wrap(text)), Scope.APPLICABILITY));
    }

    @Test
    void rejectsATextDescribingAComponentTheCommonBlockDoesNotList() {
        CBORObject text = map("en-US", map(1, "an example manifest", array((Object) new byte[] {1}), map(3, "example.org")));
        assertRejected(Reason.POLICY, process(compatibleManifest().raw(23, wrap(text)), Scope.APPLICABILITY));
    }

    @Test
    void checksTheTextComponentsOnlyOnceTheCommonBlockIsParsed() {
        CBORObject text = map("en-US", map(array((Object) new byte[] {1}), map(3, "example.org")));
        assertAccepted(process(compatibleManifest().raw(23, wrap(text)), Scope.AUTHENTICATE));
    }

    @Test
    void rejectsASeveredTextCarriedInTheEnvelopeDescribingAnUnlistedComponent() {
        CBORObject text = wrap(map("en-US", map(array((Object) new byte[] {2}), map(5, "a component"))));
        byte[] envelope = new EnvelopeBuilder(compatibleManifest().raw(23, digestOf(text.EncodeToBytes())).build())
                .sign(Signer.ES256_EXAMPLE_KEY).member(23, text).build();
        assertRejected(Reason.POLICY, process(envelope, Scope.APPLICABILITY));
    }

    @Test
    void rejectsATextKeyedByAnIntegerInsteadOfALanguageTag() {
        CBORObject text = map(1, map(1, "an example manifest"));
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().raw(23, wrap(text)), Scope.APPLICABILITY));
    }

    @Test
    void rejectsATextComponentKeyWhoseSegmentIsNotAByteString() {
        CBORObject text = map("en-US", map(array("app"), map(3, "example.org")));
        assertRejected(Reason.BAD_STRUCTURE, process(compatibleManifest().raw(23, wrap(text)), Scope.APPLICABILITY));
    }

    // ------------------------------------------------------------ scopes and procedures

    @Test
    void authenticateRunsNoSequence() {
        ManifestBuilder aborts = new ManifestBuilder().shared(sequence(ABORT, 0));
        assertAccepted(process(aborts, Scope.AUTHENTICATE));
        assertRejected(Reason.CONDITION_FAILED, process(aborts, Scope.APPLICABILITY));
    }

    @Test
    void applicabilityRunsTheSharedSequenceOnly() {
        ManifestBuilder installAborts = compatibleManifest().member(20, sequence(ABORT, 0));
        assertAccepted(process(installAborts, Scope.APPLICABILITY));
        assertRejected(Reason.CONDITION_FAILED, process(installAborts, Scope.INSTALL));
    }

    @Test
    void installRunsPayloadFetchInstallAndValidateInThatOrder() {
        Device device = exampleDevice().withPayload("http://example.com/fw.bin", Image.of(FIRMWARE));
        ManifestBuilder manifest = compatibleManifest()
                .member(16, sequence(OVERRIDE_PARAMETERS, map(P_URI, "http://example.com/fw.bin"), FETCH, 2))
                .member(20, sequence(OVERRIDE_PARAMETERS, imageParameters(FIRMWARE), IMAGE_MATCH, 15))
                .member(7, sequence(IMAGE_MATCH, 15));
        Outcome outcome = PROCESSOR.process(signed(manifest), KEYS, device, Scope.INSTALL);
        assertEquals(List.of(new Trace.ComponentWrite("814100", "fetch", HEX.formatHex(Sha256.digest(FIRMWARE)), FIRMWARE.length)),
                outcome.trace().orElseThrow().written(), outcome::toString);
    }

    @Test
    void installRunsValidate() {
        assertRejected(Reason.CONDITION_FAILED, process(compatibleManifest().member(7, sequence(ABORT, 0)), Scope.INSTALL));
    }

    @Test
    void installNeitherLoadsNorInvokes() {
        ManifestBuilder invokeAborts = compatibleManifest().member(9, sequence(ABORT, 0)).member(8, sequence(ABORT, 0));
        assertAccepted(process(invokeAborts, Scope.INSTALL));
        assertRejected(Reason.CONDITION_FAILED, process(invokeAborts, Scope.BOOT));
    }

    @Test
    void bootInvokesTheImageTheInstallationWrote() {
        ManifestBuilder manifest = compatibleManifest()
                .member(7, sequence(OVERRIDE_PARAMETERS, imageParameters(FIRMWARE), IMAGE_MATCH, 15))
                .member(9, sequence(INVOKE, 2))
                .member(20, writesFirmware());
        Trace trace = process(manifest, Scope.BOOT).trace().orElseThrow();
        assertEquals(Optional.of("814100"), trace.invoked());
        assertEquals(1, trace.written().size());
    }

    @Test
    void clearsParametersBetweenTheUpdateAndTheInvocationProcedures() {
        ManifestBuilder manifest = new ManifestBuilder()
                .member(20, sequence(OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID)))
                .member(7, sequence(CLASS_IDENTIFIER, 15));
        assertAccepted(process(manifest, Scope.INSTALL));
        Outcome boot = process(manifest, Scope.BOOT);
        assertRejected(Reason.CONDITION_FAILED, boot);
        assertTrue(boot.detail().contains("no suit-parameter-class-id (2) has been set"), boot.detail());
    }

    @Test
    void fetchesAPayloadIntegratedInTheEnvelope() {
        ManifestBuilder manifest = compatibleManifest()
                .member(20, sequence(OVERRIDE_PARAMETERS, map(P_URI, "#firmware.bin"), FETCH, 2,
                        OVERRIDE_PARAMETERS, imageParameters(FIRMWARE), IMAGE_MATCH, 15));
        byte[] envelope = new EnvelopeBuilder(manifest.build()).sign(Signer.ES256_EXAMPLE_KEY)
                .member("#firmware.bin", CBORObject.FromObject(FIRMWARE)).build();
        Trace trace = process(envelope, Scope.INSTALL).trace().orElseThrow();
        assertEquals(HEX.formatHex(Sha256.digest(FIRMWARE)), trace.written().get(0).digest());
    }

    @Test
    void rejectsAnIntegratedPayloadThatIsNotTheAuthenticatedImage() {
        ManifestBuilder manifest = compatibleManifest()
                .member(20, sequence(OVERRIDE_PARAMETERS, map(P_URI, "#firmware.bin"), FETCH, 2,
                        OVERRIDE_PARAMETERS, imageParameters(FIRMWARE), IMAGE_MATCH, 15));
        byte[] envelope = new EnvelopeBuilder(manifest.build()).sign(Signer.ES256_EXAMPLE_KEY)
                .member("#firmware.bin", CBORObject.FromObject("malware".getBytes(StandardCharsets.US_ASCII))).build();
        assertRejected(Reason.CONDITION_FAILED, process(envelope, Scope.INSTALL));
    }

    @Test
    void leavesTheDeviceUnchanged() {
        Device device = exampleDevice();
        PROCESSOR.process(signed(compatibleManifest().member(20, writesFirmware())), KEYS, device, Scope.INSTALL);
        assertEquals(exampleDevice(), device);
        assertEquals(Optional.empty(), device.component(COMPONENT_0).orElseThrow().image());
    }
}
