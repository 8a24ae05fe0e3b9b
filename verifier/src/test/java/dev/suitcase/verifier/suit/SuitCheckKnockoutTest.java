package dev.suitcase.verifier.suit;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cose.CoseCheck;
import dev.suitcase.verifier.crypto.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every skippable {@link SuitCheck} isolated: an envelope that breaks exactly that rule is rejected
 * naming the check, and with the check knocked out of the reference verifier it is accepted, as by a
 * processor that omits the check. The corpus's must-reject SUIT vectors rest on these continuations.
 */
class SuitCheckKnockoutTest {
    private static final List<byte[]> KEYS = List.of(EXAMPLE_COSE_KEY);
    private static final byte[] FIRMWARE = "firmware image, version 2".getBytes(StandardCharsets.US_ASCII);
    private static final int UNKNOWN_CONDITION = 250;
    private static final int CUSTOM_LABEL = -257;
    /** Check Content compares this many bytes per run; 65 runs exceed the 256 MiB byte budget. */
    private static final int LARGE_CONTENT = 4 * 1024 * 1024;

    /** An input breaking one rule: the envelope, the device, the scope, and the profiles it runs under. */
    private record Case(byte[] envelope, Device device, Scope scope, VerifierOptions options) {
        Case(byte[] envelope) {
            this(envelope, exampleDevice(), Scope.APPLICABILITY, VerifierOptions.DEFAULT);
        }

        Case on(Device other) {
            return new Case(envelope, other, scope, options);
        }

        Case at(Scope other) {
            return new Case(envelope, device, other, options);
        }

        Case under(VerifierOptions other) {
            return new Case(envelope, device, scope, other);
        }

        Outcome run(VerifierOptions with) {
            return new ReferenceVerifier(with).processSuit(envelope, KEYS, device, scope);
        }
    }

    private static byte[] signed(ManifestBuilder manifest) {
        return new EnvelopeBuilder(manifest.build()).sign(Signer.ES256_EXAMPLE_KEY).build();
    }

    private static byte[] signedWithDigest(byte[] manifest, CBORObject digest) {
        return new EnvelopeBuilder(manifest).digest(digest).sign(Signer.ES256_EXAMPLE_KEY).build();
    }

    private static ManifestBuilder sharing(Object... commands) {
        return new ManifestBuilder().shared(sequence(commands));
    }

    /** The identity checks of the examples' vendor and class, then {@code more}. */
    private static ManifestBuilder compatibleThen(Object... more) {
        Object[] identity = {OVERRIDE_PARAMETERS, map(P_VENDOR_ID, VENDOR_ID, P_CLASS_ID, CLASS_ID),
                VENDOR_IDENTIFIER, 15, CLASS_IDENTIFIER, 15};
        Object[] all = Arrays.copyOf(identity, identity.length + more.length);
        System.arraycopy(more, 0, all, identity.length, more.length);
        return sharing(all);
    }

    private static CBORObject wrappedDigest(CBORObject sequence) {
        return digestOf(wrap(sequence).EncodeToBytes());
    }

    private static byte[] withText(CBORObject languageKey, ComponentId component) {
        CBORObject identifier = CBORObject.NewArray();
        component.segments().forEach(segment -> identifier.Add(CBORObject.FromObject(segment)));
        CBORObject lmap = map(1, "a manifest", identifier, map(5, "a component"));
        return signed(compatibleManifest().member(23, wrap(map(languageKey, lmap))));
    }

    static Stream<Arguments> everySkippableCheck() {
        List<Arguments> cases = new ArrayList<>();
        byte[] plain = signed(compatibleManifest());
        CBORObject decoded = CBORObject.DecodeFromBytes(plain);

        cases.add(Arguments.of(SuitCheck.ENVELOPE_BARE_MANIFEST,
                new Case(CBORObject.DecodeFromBytes(compatibleManifest().build()).WithTag(1070).EncodeToBytes())));
        cases.add(Arguments.of(SuitCheck.ENVELOPE_TAG,
                new Case(decoded.Untag().WithTag(106).EncodeToBytes())));
        cases.add(Arguments.of(SuitCheck.ENVELOPE_KEY_TYPE, new Case(new EnvelopeBuilder(compatibleManifest().build())
                .sign(Signer.ES256_EXAMPLE_KEY).member(new byte[] {1}, cbor(new byte[] {1})).build())));
        CBORObject untagged = decoded.Untag();
        cases.add(Arguments.of(SuitCheck.ENVELOPE_WRAPPER_FIRST,
                new Case(map(3, untagged.get(3), 2, untagged.get(2)).EncodeToBytes())
                        .under(VerifierOptions.DEFAULT.with(Profile.CBOR_LENIENT))));
        cases.add(Arguments.of(SuitCheck.ENVELOPE_AUTH_MISSING,
                new Case(new EnvelopeBuilder(compatibleManifest().build()).withoutWrapper().build())));
        cases.add(Arguments.of(SuitCheck.MAP_ORDER, new Case(signed(compatibleManifest().unsorted().remove(1).version(1)))));

        cases.add(Arguments.of(SuitCheck.AUTH_BLOCK_MISSING, new Case(new EnvelopeBuilder(compatibleManifest().build()).build())));
        cases.add(Arguments.of(SuitCheck.AUTH_BLOCK_UNSUPPORTED, new Case(new EnvelopeBuilder(compatibleManifest().build())
                .block(array(map(1, 5).EncodeToBytes(), CBORObject.NewMap(), CBORObject.Null, new byte[32]).WithTag(17))
                .build())));
        byte[] other = compatibleManifest().sequenceNumber(1).build();
        cases.add(Arguments.of(SuitCheck.DIGEST_MISMATCH, new Case(signedWithDigest(compatibleManifest().build(),
                digestOf(CBORObject.FromObject(other).EncodeToBytes())))));
        byte[] manifest = compatibleManifest().build();
        byte[] sha256 = Sha256.digest(CBORObject.FromObject(manifest).EncodeToBytes());
        cases.add(Arguments.of(SuitCheck.DIGEST_ALGORITHM, new Case(signedWithDigest(manifest, array(-65537, sha256)))));
        cases.add(Arguments.of(SuitCheck.DIGEST_EXTENSIONS, new Case(signedWithDigest(manifest, array(-16, sha256, 0)))));
        cases.add(Arguments.of(SuitCheck.DIGEST_LENGTH, new Case(signedWithDigest(manifest, array(-43, sha256)))));

        cases.add(Arguments.of(SuitCheck.MANIFEST_VERSION, new Case(signed(compatibleManifest().version(2)))));
        cases.add(Arguments.of(SuitCheck.MANIFEST_SEQUENCE_NUMBER_TYPE,
                new Case(signed(compatibleManifest().sequenceNumber(-1))).on(exampleDevice().withSequenceNumber(5))));
        cases.add(Arguments.of(SuitCheck.MANIFEST_REFERENCE_URI_TYPE,
                new Case(signed(compatibleManifest().raw(4, CBORObject.FromObject(new byte[] {1}))))));
        cases.add(Arguments.of(SuitCheck.ROLLBACK, new Case(plain).on(exampleDevice().withSequenceNumber(5))));
        cases.add(Arguments.of(SuitCheck.ROLLBACK_EQUAL,
                new Case(plain).under(VerifierOptions.DEFAULT.with(Profile.SUIT_SEQ_STRICT))));

        CBORObject vendorCheck = sequence(VENDOR_IDENTIFIER, 15);
        CBORObject classCheck = sequence(CLASS_IDENTIFIER, 15);
        cases.add(Arguments.of(SuitCheck.SEVERABLE_DIGEST_MISMATCH, new Case(new EnvelopeBuilder(
                compatibleManifest().raw(20, wrappedDigest(vendorCheck)).build())
                .sign(Signer.ES256_EXAMPLE_KEY).member(20, wrap(classCheck)).build()).at(Scope.INSTALL)));
        cases.add(Arguments.of(SuitCheck.SEVERABLE_UNAUTHENTICATED, new Case(new EnvelopeBuilder(
                compatibleManifest().member(20, vendorCheck).build())
                .sign(Signer.ES256_EXAMPLE_KEY).member(20, wrap(classCheck)).build()).at(Scope.INSTALL)));
        cases.add(Arguments.of(SuitCheck.SEVERABLE_MISSING,
                new Case(signed(compatibleManifest().raw(20, wrappedDigest(vendorCheck)))).at(Scope.INSTALL)));

        ManifestBuilder withDependencies = compatibleManifest();
        CBORObject common = withDependencies.common();
        withDependencies.raw(3, wrap(map(1, array(), 2, common.get(2), 4, common.get(4))));
        cases.add(Arguments.of(SuitCheck.COMMON_UNKNOWN_MEMBER, new Case(signed(withDependencies))));
        cases.add(Arguments.of(SuitCheck.COMPONENTS_COUNT, new Case(signed(new ManifestBuilder().components(COMPONENT_0, COMPONENT_0)
                .shared(sequence(SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_CLASS_ID, CLASS_ID), CLASS_IDENTIFIER, 15))))
                .on(new Device(VENDOR_ID, CLASS_ID, Optional.empty(), 0, List.of(DeviceComponent.empty(COMPONENT_0)), Map.of()))));
        ComponentId absent = ComponentId.of("usr".getBytes(StandardCharsets.US_ASCII));
        cases.add(Arguments.of(SuitCheck.COMPONENTS_UNSUPPORTED, new Case(signed(compatibleManifest().components(absent)))));
        cases.add(Arguments.of(SuitCheck.TEXT_LANGUAGE_TAG, new Case(withText(CBORObject.FromObject(1), COMPONENT_0))));
        cases.add(Arguments.of(SuitCheck.TEXT_COMPONENT_NOT_LISTED, new Case(withText(CBORObject.FromObject("en"), COMPONENT_1))));

        cases.add(Arguments.of(SuitCheck.COMMANDS_SET_INDEX_FIRST, new Case(signed(compatibleThen()
                .components(COMPONENT_0, COMPONENT_1)))));
        cases.add(Arguments.of(SuitCheck.COMMANDS_REPORTING_POLICY, new Case(signed(compatibleThen(VENDOR_IDENTIFIER, 16)))));
        cases.add(Arguments.of(SuitCheck.COMMANDS_TRY_EACH_SHAPE,
                new Case(signed(compatibleThen(TRY_EACH, array(wrap(vendorCheck))))).at(Scope.INSTALL)));
        cases.add(Arguments.of(SuitCheck.COMMANDS_OVERRIDE_EMPTY, new Case(signed(compatibleThen(OVERRIDE_PARAMETERS, map())))));
        cases.add(Arguments.of(SuitCheck.SHARED_DIRECTIVE, new Case(signed(compatibleThen(
                OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), WRITE, 15)))));
        cases.add(Arguments.of(SuitCheck.SHARED_CUSTOM_COMMAND, new Case(signed(compatibleThen(CUSTOM_LABEL, CBORObject.Null)))));
        cases.add(Arguments.of(SuitCheck.SHARED_CUSTOM_PARAMETER,
                new Case(signed(compatibleThen(OVERRIDE_PARAMETERS, map(CUSTOM_LABEL, "hint"))))));
        cases.add(Arguments.of(SuitCheck.PARAMETER_UNKNOWN, new Case(signed(compatibleThen(OVERRIDE_PARAMETERS, map(99, 1))))));
        cases.add(Arguments.of(SuitCheck.PARAMETER_SOFT_FAILURE_SCOPE, new Case(signed(sharing(
                OVERRIDE_PARAMETERS, map(P_VENDOR_ID, VENDOR_ID, P_CLASS_ID, OTHER_CLASS_ID, P_SOFT_FAILURE, true),
                VENDOR_IDENTIFIER, 15, CLASS_IDENTIFIER, 15)))));
        cases.add(Arguments.of(SuitCheck.COMMAND_UNKNOWN, new Case(signed(compatibleThen(UNKNOWN_CONDITION, 15)))));

        cases.add(Arguments.of(SuitCheck.CONDITION_VENDOR_ID, new Case(plain).on(exampleDevice().withVendorId(OTHER_CLASS_ID))));
        cases.add(Arguments.of(SuitCheck.CONDITION_CLASS_ID, new Case(plain).on(exampleDevice().withClassId(OTHER_CLASS_ID))));
        cases.add(Arguments.of(SuitCheck.CONDITION_DEVICE_ID,
                new Case(signed(compatibleThen(OVERRIDE_PARAMETERS, map(P_DEVICE_ID, DEVICE_ID), DEVICE_IDENTIFIER, 15)))));
        cases.add(Arguments.of(SuitCheck.CONDITION_PARAMETER_UNSET, new Case(signed(sharing(VENDOR_IDENTIFIER, 15)))));
        cases.add(Arguments.of(SuitCheck.CONDITION_IMAGE_MATCH,
                new Case(signed(compatibleThen(OVERRIDE_PARAMETERS, imageParameters(FIRMWARE), IMAGE_MATCH, 15)))));
        cases.add(Arguments.of(SuitCheck.CONDITION_CHECK_CONTENT,
                new Case(signed(compatibleThen(OVERRIDE_PARAMETERS, map(P_CONTENT, FIRMWARE), CHECK_CONTENT, 15)))));
        cases.add(Arguments.of(SuitCheck.CONDITION_COMPONENT_SLOT,
                new Case(signed(compatibleThen(OVERRIDE_PARAMETERS, map(P_COMPONENT_SLOT, 1), COMPONENT_SLOT, 15)))));

        CBORObject copyThroughStaging = sequence(SET_COMPONENT_INDEX, 1,
                OVERRIDE_PARAMETERS, map(P_STRICT_ORDER, false, P_CONTENT, FIRMWARE), WRITE, 15,
                SET_COMPONENT_INDEX, 0, OVERRIDE_PARAMETERS, map(P_SOURCE_COMPONENT, 1), COPY, 15);
        cases.add(Arguments.of(SuitCheck.STRICT_ORDER_SOURCE_AND_TARGET, new Case(signed(new ManifestBuilder()
                .components(COMPONENT_0, COMPONENT_1).shared(sequence(SET_COMPONENT_INDEX, true,
                        OVERRIDE_PARAMETERS, map(P_VENDOR_ID, VENDOR_ID), VENDOR_IDENTIFIER, 15))
                .member(20, copyThroughStaging))).at(Scope.INSTALL)));

        CBORObject nested = vendorCheck;
        for (int level = 0; level <= ProcessingLimits.DEFAULT.maxSequenceDepth(); level++) {
            nested = sequence(RUN_SEQUENCE, wrap(nested));
        }
        cases.add(Arguments.of(SuitCheck.LIMIT_SEQUENCE_NESTING,
                new Case(signed(compatibleThen().member(7, nested))).at(Scope.INSTALL)));
        List<Object> manyChecks = new ArrayList<>();
        for (int i = 0; i < ProcessingLimits.DEFAULT.maxOperations(); i++) {
            manyChecks.add(VENDOR_IDENTIFIER);
            manyChecks.add(15);
        }
        cases.add(Arguments.of(SuitCheck.LIMIT_OPERATIONS, new Case(signed(compatibleThen(manyChecks.toArray())))));
        byte[] large = new byte[LARGE_CONTENT];
        List<Object> compareLarge = new ArrayList<>(List.of(OVERRIDE_PARAMETERS, map(P_CONTENT, large)));
        for (long compared = 0; compared <= ProcessingLimits.DEFAULT.maxBytesExamined(); compared += large.length) {
            compareLarge.add(CHECK_CONTENT);
            compareLarge.add(15);
        }
        cases.add(Arguments.of(SuitCheck.LIMIT_BYTES, new Case(signed(compatibleThen(compareLarge.toArray())))
                .on(exampleDevice().withComponent(DeviceComponent.of(COMPONENT_0, Image.of(large))))));
        EnvelopeBuilder manyBlocks = new EnvelopeBuilder(compatibleManifest().build());
        for (int i = 0; i <= ProcessingLimits.DEFAULT.maxAuthenticationBlocks(); i++) {
            manyBlocks.sign(Signer.ES256_EXAMPLE_KEY);
        }
        cases.add(Arguments.of(SuitCheck.LIMIT_AUTHENTICATION_BLOCKS, new Case(manyBlocks.build())));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySkippableCheck")
    void anInputBreakingOnlyThisRuleIsRejectedByItAndAcceptedWithoutIt(SuitCheck check, Case input) {
        Outcome strict = input.run(input.options());
        assertEquals(Optional.of(check), strict.check(), strict::toString);
        Outcome without = input.run(Knockouts.without(input.options(), check));
        assertTrue(without.accepted(), () -> "with " + check.id() + " knocked out: " + without);
    }

    /**
     * SUIT's own rule on COSE_Sign1, that an authentication block is COSE_Sign1_Tagged (§8.3), is named by the
     * COSE verifier's check for it: an untagged block is rejected with that check before any block is verified,
     * and with it knocked out the block is verified as the COSE_Sign1 it is.
     */
    @Test
    void anUntaggedCoseSign1BlockIsRejectedByTheCoseTagRuleAndVerifiedWithoutIt() {
        EnvelopeBuilder unsigned = new EnvelopeBuilder(compatibleManifest().build());
        Case input = new Case(unsigned.block(sign1(Signer.ES256_EXAMPLE_KEY, wrap(unsigned.digest()).GetByteString(), -7)
                .Untag()).build());
        Outcome strict = input.run(VerifierOptions.DEFAULT);
        assertEquals(Optional.of(CoseCheck.SIGN1_TAG_REQUIRED), strict.check(), strict::toString);
        Outcome without = input.run(Knockouts.without(VerifierOptions.DEFAULT, CoseCheck.SIGN1_TAG_REQUIRED));
        assertTrue(without.accepted(), without::toString);
    }

    @Test
    void everySkippableCheckHasAnIsolatingInput() {
        Set<SuitCheck> covered = EnumSet.noneOf(SuitCheck.class);
        everySkippableCheck().forEach(arguments -> covered.add((SuitCheck) arguments.get()[0]));
        Set<SuitCheck> skippable = EnumSet.noneOf(SuitCheck.class);
        for (SuitCheck check : SuitCheck.values()) {
            if (check.skippable()) {
                skippable.add(check);
            }
        }
        assertEquals(skippable, covered);
    }

    @Test
    void everyCheckHasItsOwnIdAndCitesASection() {
        Set<String> ids = new HashSet<>();
        for (SuitCheck check : SuitCheck.values()) {
            assertTrue(ids.add(check.id()), "two checks are " + check.id());
            assertTrue(check.id().matches("suit(\\.[a-z0-9]+(-[a-z0-9]+)*)+"), check.id());
            assertTrue(check.section().matches("(draft-ietf-suit-manifest-37|RFC \\d+) §\\d+(\\.\\d+)*.*"), check.section());
        }
    }
}
