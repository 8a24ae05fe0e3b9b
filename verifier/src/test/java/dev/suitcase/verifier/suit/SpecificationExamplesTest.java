package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.Trace;
import dev.suitcase.verifier.TrustAnchors;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cose.CoseKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance criteria on the draft-ietf-suit-manifest-37 Appendix B examples (test resources
 * under /suit, the examples of draft-ietf-suit-manifest-37 Appendix B as the draft prints them).
 */
class SpecificationExamplesTest {
    private static final List<CoseKey> EXAMPLE_KEY = List.of(CoseKey.parse(EXAMPLE_COSE_KEY));
    private static final SuitProcessor PROCESSOR = new SuitProcessor(VerifierOptions.DEFAULT);

    private static Outcome process(byte[] envelope, Device device, Scope scope) {
        return PROCESSOR.process(envelope, EXAMPLE_KEY, device, scope);
    }

    private static void assertAccepted(Outcome outcome) {
        assertTrue(outcome.accepted(), outcome::toString);
    }

    private static void assertRejected(Reason reason, Outcome outcome) {
        assertEquals(Optional.of(reason), outcome.reason(), outcome.toString());
    }

    /** The envelope map of an example, to find where a member's bytes are. */
    private static CborMap envelopeMap(byte[] envelope) {
        return ((CborTag) CborDecoder.decode(envelope)).content().asMap("envelope");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example0-signed", "example1-signed", "example2-full-signed", "example2-severed-signed",
            "example3-signed", "example4-signed", "example5-signed"})
    void acceptsEverySignedExampleAtApplicability(String name) {
        Outcome outcome = process(example(name), exampleDevice(), Scope.APPLICABILITY);
        assertAccepted(outcome);
        assertTrue(outcome.trace().orElseThrow().written().isEmpty(), "applicability writes nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example0-signed", "example1-signed", "example2-full-signed", "example3-signed",
            "example4-signed", "example5-signed"})
    void referenceVerifierGivesTheSameOutcomeWithParsedAndEncodedTrustAnchors(String name) {
        ReferenceVerifier verifier = new ReferenceVerifier(VerifierOptions.DEFAULT);
        int accepted = 0;
        for (Scope scope : Scope.values()) {
            for (byte[] envelope : List.of(example(name), withLastByteFlipped(example(name)))) {
                Outcome encoded = verifier.processSuit(envelope, List.of(EXAMPLE_COSE_KEY), exampleInstallingDevice(), scope);
                Outcome parsed = verifier.processSuit(envelope, TrustAnchors.parse(List.of(EXAMPLE_COSE_KEY)),
                        exampleInstallingDevice(), scope);
                assertEquals(encoded, parsed, name + " at " + scope);
                accepted += parsed.accepted() ? 1 : 0;
            }
        }
        assertTrue(accepted > 0, name + " was accepted at no scope, so only rejections were compared");
    }

    private static byte[] withLastByteFlipped(byte[] envelope) {
        byte[] changed = envelope.clone();
        changed[changed.length - 1] ^= 1;
        return changed;
    }

    @ParameterizedTest
    @CsvSource({"example0-signed, 0", "example1-signed, 1", "example2-full-signed, 2", "example3-signed, 3",
            "example4-signed, 4", "example5-signed, 5"})
    void reportsTheSequenceNumberOfEachExample(String name, long sequenceNumber) {
        Outcome outcome = process(example(name), exampleDevice(), Scope.AUTHENTICATE);
        assertEquals(sequenceNumber, outcome.trace().orElseThrow().sequenceNumber(), outcome::toString);
    }

    @Test
    void installsTheFullExample2WithItsSeverableMembersChecked() {
        Trace trace = process(example("example2-full-signed"), exampleInstallingDevice(), Scope.INSTALL).trace().orElseThrow();
        assertEquals(List.of(new Trace.ComponentWrite("814100", "fetch", HEX.formatHex(EXAMPLE_DIGEST_0), EXAMPLE_SIZE_0)),
                trace.written());
        assertEquals(Optional.empty(), trace.invoked());
    }

    @Test
    void cannotInstallTheSeveredExample2WhoseInstallMemberIsMissing() {
        assertRejected(Reason.POLICY, process(example("example2-severed-signed"), exampleInstallingDevice(), Scope.INSTALL));
    }

    @Test
    void bootsTheFullExample2AndInvokesComponentZero() {
        Trace trace = process(example("example2-full-signed"), exampleInstallingDevice(), Scope.BOOT).trace().orElseThrow();
        assertEquals(Optional.of("814100"), trace.invoked());
    }

    @Test
    void securelyBootsExample0FromTheImageAlreadyInstalled() {
        Outcome outcome = process(example("example0-signed"), exampleInstallingDevice(), Scope.BOOT);
        assertEquals(Optional.of("814100"), outcome.trace().orElseThrow().invoked(), outcome::toString);
        assertTrue(outcome.trace().orElseThrow().written().isEmpty());
    }

    @Test
    void refusesToBootExample0WhenTheInstalledImageIsAnother() {
        Device device = exampleDevice().withComponent(DeviceComponent.of(COMPONENT_0, Image.described(EXAMPLE_SIZE_1,
                EXAMPLE_DIGEST_1)));
        assertRejected(Reason.CONDITION_FAILED, process(example("example0-signed"), device, Scope.BOOT));
    }

    @Test
    void installsExample1ByDownloadingItsPayload() {
        Trace trace = process(example("example1-signed"), exampleInstallingDevice(), Scope.INSTALL).trace().orElseThrow();
        assertEquals("fetch", trace.written().get(0).operation());
    }

    @Test
    void installsExample3IntoTheSlotTheDeviceRunsFrom() {
        Trace trace = process(example("example3-signed"), exampleInstallingDevice(), Scope.INSTALL).trace().orElseThrow();
        assertEquals(List.of(new Trace.ComponentWrite("814100", "fetch", HEX.formatHex(EXAMPLE_DIGEST_1), EXAMPLE_SIZE_1)),
                trace.written());
    }

    @Test
    void installsExample4ByFetchingIntoExternalStorageAndCopying() {
        // components [h'00'], [h'02'], [h'01']: payload-fetch writes index 1, [h'02'], install copies it to [h'00']
        Trace trace = process(example("example4-signed"), exampleInstallingDevice(), Scope.INSTALL).trace().orElseThrow();
        assertEquals(List.of("814102 fetch", "814100 copy"),
                trace.written().stream().map(write -> write.component() + " " + write.operation()).toList());
    }

    @Test
    void cannotBootExample4WhoseLoadStepExpectsATransformedImage() {
        // suit-load copies [h'00'] (digest 0011…) into [h'01'] and then expects digest 0123…: the example assumes a
        // transformation (decompression, decryption) that a copy does not perform, so a literal device refuses it.
        Outcome outcome = process(example("example4-signed"), exampleInstallingDevice(), Scope.BOOT);
        assertRejected(Reason.CONDITION_FAILED, outcome);
        assertTrue(outcome.detail().startsWith("suit-load (8) command 4"), outcome.detail());
    }

    @Test
    void installsAndBootsExample5WithItsTwoImages() {
        Trace trace = process(example("example5-signed"), exampleInstallingDevice(), Scope.BOOT).trace().orElseThrow();
        assertEquals(List.of("814100 " + HEX.formatHex(EXAMPLE_DIGEST_0), "814101 " + HEX.formatHex(EXAMPLE_DIGEST_1)),
                trace.written().stream().map(write -> write.component() + " " + write.digest()).toList());
        assertEquals(Optional.of("814100"), trace.invoked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example0-unsigned", "example1-unsigned", "example2-severed-unsigned", "example3-unsigned",
            "example4-unsigned", "example5-unsigned"})
    void rejectsEveryUnsignedExampleAsUnauthenticated(String name) {
        assertRejected(Reason.AUTHENTICATION_MISSING, process(example(name), exampleDevice(), Scope.AUTHENTICATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example0-signed", "example1-signed", "example2-full-signed", "example3-signed",
            "example4-signed", "example5-signed"})
    void rejectsEachSignedExampleWithOneManifestByteChanged(String name) {
        byte[] envelope = example(name);
        CborBytes manifest = envelopeMap(envelope).get(3).orElseThrow().asBytes("manifest");
        envelope[manifest.content().offset() + manifest.content().length() / 2] ^= 0x01;
        assertRejected(Reason.DIGEST_MISMATCH, process(envelope, exampleDevice(), Scope.AUTHENTICATE));
    }

    @ParameterizedTest
    @CsvSource({"example0-signed, 0", "example1-signed, 1", "example2-full-signed, 2", "example3-signed, 3",
            "example4-signed, 4", "example5-signed, 5"})
    void rejectsEachSignedExampleOnADeviceThatStoresAHigherSequenceNumber(String name, long sequenceNumber) {
        Device device = exampleDevice().withSequenceNumber(sequenceNumber + 1);
        assertRejected(Reason.ROLLBACK, process(example(name), device, Scope.AUTHENTICATE));
    }

    @Test
    void acceptsTheSameSequenceNumberAgainUnlessTheProfileIsStrict() {
        Device device = exampleDevice().withSequenceNumber(5);
        assertAccepted(process(example("example5-signed"), device, Scope.APPLICABILITY));
        SuitProcessor strict = new SuitProcessor(VerifierOptions.DEFAULT.with(Profile.SUIT_SEQ_STRICT));
        assertRejected(Reason.ROLLBACK, strict.process(example("example5-signed"), EXAMPLE_KEY, device, Scope.APPLICABILITY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example0-signed", "example1-signed", "example2-full-signed", "example3-signed",
            "example4-signed", "example5-signed"})
    void rejectsEachSignedExampleOnADeviceOfAnotherClass(String name) {
        assertRejected(Reason.CONDITION_FAILED,
                process(example(name), exampleDevice().withClassId(OTHER_CLASS_ID), Scope.APPLICABILITY));
    }

    @Test
    void acceptsAnotherClassAtScopeAuthenticateWhichRunsNoCondition() {
        assertAccepted(process(example("example0-signed"), exampleDevice().withClassId(OTHER_CLASS_ID), Scope.AUTHENTICATE));
    }

    @Test
    void rejectsExample2WhoseInstallMemberWasAlteredInTheEnvelope() {
        byte[] envelope = example("example2-full-signed");
        CborBytes install = envelopeMap(envelope).get(20).orElseThrow().asBytes("install");
        envelope[install.content().offset() + 10] ^= 0x01;
        Outcome outcome = process(envelope, exampleInstallingDevice(), Scope.AUTHENTICATE);
        assertRejected(Reason.DIGEST_MISMATCH, outcome);
        assertTrue(outcome.detail().contains("suit-install (20)"), outcome.detail());
    }

    @Test
    void rejectsExample2WhoseTextMemberWasAlteredInTheEnvelope() {
        byte[] envelope = example("example2-full-signed");
        CborBytes text = envelopeMap(envelope).get(23).orElseThrow().asBytes("text");
        envelope[text.content().offset() + text.content().length() - 1] ^= 0x01;
        assertRejected(Reason.DIGEST_MISMATCH, process(envelope, exampleInstallingDevice(), Scope.AUTHENTICATE));
    }

    @Test
    void rejectsASignedExampleWhoseSignatureHasOneBitFlipped() {
        byte[] envelope = example("example0-signed");
        CborBytes wrapper = envelopeMap(envelope).get(2).orElseThrow().asBytes("wrapper");
        envelope[wrapper.content().offset() + wrapper.content().length() - 1] ^= 0x01;
        assertRejected(Reason.SIGNATURE_INVALID, process(envelope, exampleDevice(), Scope.AUTHENTICATE));
    }

    @Test
    void rejectsASignedExampleUnderAnotherTrustedKey() {
        Outcome outcome = PROCESSOR.process(example("example0-signed"), List.of(CoseKey.parse(ED25519_COSE_KEY)),
                exampleDevice(), Scope.AUTHENTICATE);
        assertRejected(Reason.ALGORITHM_KEY_MISMATCH, outcome);
    }
}
