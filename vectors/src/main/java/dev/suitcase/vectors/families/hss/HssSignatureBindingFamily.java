package dev.suitcase.vectors.families.hss;

import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static dev.suitcase.vectors.families.hss.HssSignatureLayout.concat;

/**
 * What an HSS signature binds: the signed lower-level public keys and the message. Each signed public key
 * must verify under the level above and the message under the lowest level (RFC 8554 §6.3); a change
 * to a signed key or to the message leaves a well-formed signature that must fail to verify, and a
 * change to a signed key's type codes makes the rest of the signature malformed.
 *
 * <p>Built from RFC 8554 Test Cases 1 and 2 (both L = 2 with an LMS_SHA256_M32_H5 /
 * LMOTS_SHA256_N32_W8 bottom tree; Test Case 1 is the family's fixture), and from BouncyCastle-generated
 * keys where three levels or two signatures of one key are needed.
 */
public final class HssSignatureBindingFamily extends CaseFamily<HssKnownAnswer> {
    private static final byte[] RELEASE_1 = "suitcase firmware release 1.0.0".getBytes(StandardCharsets.UTF_8);
    private static final byte[] RELEASE_2 = "suitcase firmware release 1.0.1".getBytes(StandardCharsets.UTF_8);

    @Override
    public String name() {
        return "hss-lms-signature-binding";
    }

    /** RFC 8554 Test Case 1, which most of the family's vectors start from: read once per generation. */
    @Override
    protected Function<Optional<Algorithm>, HssKnownAnswer> fixtures(GeneratorContext context) {
        return algorithm -> HssKnownAnswer.rfc8554TestCase1(context);
    }

    // H7: the signed lower-level public keys

    @Case(id = "signature.hss-lms.embedded-key.lms-type-changed",
            title = "Signed lower public key's LMS type changed from H5 to H10",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-lms-type", "RFC8554-6.3-chain"},
            flags = {"EmbeddedKeyTampering"},
            description = """
                    RFC 8554 Test Case 1 with the LMS type of the signed lower public key changed from
                    LMS_SHA256_M32_H5 to LMS_SHA256_M32_H10. The key stays well formed (both sets have m = 32), but the
                    bottom LMS signature after it still says H5.

                    A verifier must reject it as malformed: the bottom signature's type differs from its verifying
                    key's. Had it got further, the top signature over the changed key would fail too. A verifier that
                    trusts the signed key's type without checking the bottom signature against it parses the bottom
                    signature with a path twice as long as it is.""",
            robustness = """
                    The top tree signed the lower public key: changing its type breaks that signature too, so a verifier
                    without the type rule still misses the root (and one that reads the bottom signature by the changed
                    type misparses it); lms-type.bottom-other-registered isolates the rule.""")
    BuiltCase lmsTypeChanged(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return rejectTc1(context.fixture(), Reason.SIGNATURE_MALFORMED, layout.withU32(layout.signedKey(1).lmsType(), 6));
    }

    @Case(id = "signature.hss-lms.embedded-key.ots-type-changed",
            title = "Signed lower public key's LM-OTS type changed from W8 to W4",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-ots-type", "RFC8554-6.3-chain"},
            flags = {"EmbeddedKeyTampering"},
            description = """
                    RFC 8554 Test Case 1 with the LM-OTS type of the signed lower public key changed from
                    LMOTS_SHA256_N32_W8 to LMOTS_SHA256_N32_W4; the bottom signature still carries W8.

                    A verifier must reject it as malformed: the bottom signature's LM-OTS type is not its key's.""",
            robustness = """
                    The top tree signed the lower public key: changing its type breaks that signature too, so a verifier
                    without the type rule still misses the root (and one that reads the bottom signature by the changed
                    type misparses it); ots-type.bottom-other-registered isolates the rule.""")
    BuiltCase otsTypeChanged(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return rejectTc1(context.fixture(), Reason.SIGNATURE_MALFORMED, layout.withU32(layout.signedKey(1).otsType(), 3));
    }

    @Case(id = "signature.hss-lms.embedded-key.ots-type-unregistered",
            title = "Signed lower public key with an unregistered LM-OTS type, 0x815",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey", "RFC8554-6.3-chain"},
            flags = {"EmbeddedKeyTampering", "InvalidTypecode"},
            description = """
                    RFC 8554 Test Case 1 with the LM-OTS type of the signed lower public key set to 0x00000815.

                    A verifier must reject it as malformed: a signed public key is read with the same checks as the
                    trusted top-level key, and one with an unknown type cannot be used to parse anything below it.""",
            robustness = """
                    The signed lower key's LM-OTS type names no parameter set: the length of the bottom signature is
                    unknown, so no processor can read on.""")
    BuiltCase otsTypeUnregistered(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return rejectTc1(context.fixture(), Reason.SIGNATURE_MALFORMED, layout.withU32(layout.signedKey(1).otsType(), 0x815));
    }

    @Case(id = "signature.hss-lms.embedded-key.identifier-flipped",
            title = "Signed lower public key with one bit of its identifier I flipped",
            severity = Severity.CRITICAL, requirements = {"RFC8554-6.3-chain"},
            flags = {"EmbeddedKeyTampering"},
            description = """
                    RFC 8554 Test Case 1 with the lowest bit of the last byte of the signed lower public key's
                    identifier I inverted. Everything is well formed.

                    A verifier must reject it as invalid: the top tree signed the original key bytes. If the verifier
                    checks only the bottom signature under the embedded key, without verifying that the top key signed
                    that embedded key, anyone can put their own tree's key in a signature and sign anything: the
                    complete loss of authentication.""")
    BuiltCase identifierFlipped(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return rejectTc1(context.fixture(), Reason.SIGNATURE_INVALID, layout.withBitFlipped(layout.signedKey(1).root() - 1, 0));
    }

    @Case(id = "signature.hss-lms.embedded-key.root-flipped",
            title = "Signed lower public key with one bit of its root T[1] flipped",
            severity = Severity.CRITICAL, requirements = {"RFC8554-6.3-chain"},
            flags = {"EmbeddedKeyTampering"},
            description = """
                    RFC 8554 Test Case 1 with the top bit of the first byte of the signed lower public key's root T[1]
                    inverted.

                    A verifier must reject it as invalid: the top signature no longer covers the lower key, and the
                    bottom signature no longer leads to its root. Accepting means at least one of the two links of
                    the chain is not checked.""")
    BuiltCase rootFlipped(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return rejectTc1(context.fixture(), Reason.SIGNATURE_INVALID, layout.withBitFlipped(layout.signedKey(1).root(), 7));
    }

    @Case(id = "signature.hss-lms.embedded-key.spliced-from-other-hierarchy",
            title = "Test Case 1's top signature spliced with Test Case 2's lower key and bottom signature",
            severity = Severity.CRITICAL, requirements = {"RFC8554-6.3-chain"},
            flags = {"EmbeddedKeyTampering", "Splice"},
            description = """
                    Nspk and the top LMS signature of RFC 8554 Test Case 1, followed by the signed lower public key and
                    the bottom LMS signature of Test Case 2, with Test Case 2's message, under Test Case 1's key. Both
                    lower trees are LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W8, so the structure is perfect, and the
                    bottom signature is valid for its key and message.

                    A verifier must reject it as invalid: Test Case 1's top tree never signed Test Case 2's lower key.
                    This is the attack the chain exists to stop: a valid lower-level signature of one hierarchy grafted
                    under the root of another.""")
    BuiltCase splicedFromOtherHierarchy(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        HssKnownAnswer tc2 = HssKnownAnswer.read(context.generator(), HssKnownAnswer.RFC8554_TEST_CASE_2);
        HssSignatureLayout top = tc1.layout();
        HssSignatureLayout lower = tc2.layout();
        byte[] signature = concat(top.slice(0, top.level(0).end()), lower.slice(lower.signedKey(1).start(), lower.length()));
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                HssKnownAnswerFamily.input(tc1.publicKey(), tc2.message(), signature));
    }

    @Case(id = "signature.hss-lms.embedded-key.l3-middle-root-flipped",
            title = "Three-level signature with one bit flipped in the second signed public key's root",
            severity = Severity.CRITICAL, requirements = {"RFC8554-6.3-chain"},
            flags = {"EmbeddedKeyTampering", "MultiLevel"},
            description = """
                    A valid signature of an L = 3 key (every tree LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4) with the
                    lowest bit of the last byte of the second signed public key (the bottom tree's, signed by the middle
                    tree) inverted.

                    A verifier must reject it as invalid. A verifier that checks the first link of the chain and the
                    last signature, but not the links in between, accepts it.""")
    BuiltCase l3MiddleRootFlipped() {
        ThreeLevels three = threeLevels();
        HssSignatureLayout layout = HssSignatureLayout.parse(three.publicKey(), three.signature());
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), HssKnownAnswerFamily.input(three.publicKey(),
                RELEASE_1, layout.withBitFlipped(layout.signedKey(2).end() - 1, 0)));
    }

    @Case(id = "signature.hss-lms.embedded-key.l3-signed-keys-swapped",
            title = "Three-level signature with its two signed public keys swapped",
            severity = Severity.CRITICAL, requirements = {"RFC8554-6.3-chain"},
            flags = {"EmbeddedKeyTampering", "MultiLevel"},
            description = """
                    A valid signature of an L = 3 key (every tree LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4) in which the
                    middle tree's public key and the bottom tree's public key trade places. Both have the same types,
                    so the structure is intact.

                    A verifier must reject it as invalid: each LMS signature covers the key that follows it, in order.
                    A verifier that collects the signed keys and checks them as a set, or verifies every level against
                    the top key, is fooled by reordering.""")
    BuiltCase l3SignedKeysSwapped() {
        ThreeLevels three = threeLevels();
        HssSignatureLayout layout = HssSignatureLayout.parse(three.publicKey(), three.signature());
        HssSignatureLayout.LmsPublicKeyFields middle = layout.signedKey(1);
        HssSignatureLayout.LmsPublicKeyFields bottom = layout.signedKey(2);
        byte[] middleKey = layout.slice(middle.start(), middle.end());
        byte[] bottomKey = layout.slice(bottom.start(), bottom.end());
        byte[] swapped = concat(layout.slice(0, middle.start()), bottomKey, layout.slice(middle.end(), bottom.start()),
                middleKey, layout.slice(bottom.end(), layout.length()));
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                HssKnownAnswerFamily.input(three.publicKey(), RELEASE_1, swapped));
    }

    // H9: the message

    @Case(id = "signature.hss-lms.message.bit-flipped", title = "Message with one bit flipped (RFC 8554 Test Case 1)",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-root", "RFC8554-6.3-chain"},
            flags = {"ModifiedMessage"},
            description = """
                    RFC 8554 Test Case 1's key and signature with the lowest bit of the message's first byte inverted
                    ("The" becomes "Uhe").

                    A verifier must reject it as invalid. Accepting means the message does not enter the hash Q of the
                    bottom one-time signature: the signature then authenticates any firmware image.""")
    BuiltCase bitFlipped(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        byte[] message = tc1.message();
        message[0] ^= 0x01;
        return invalid(tc1.publicKey(), message, tc1.signature());
    }

    @Case(id = "signature.hss-lms.message.byte-appended", title = "Message with one byte appended (RFC 8554 Test Case 1)",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-root"},
            flags = {"ModifiedMessage"},
            description = """
                    RFC 8554 Test Case 1's key and signature with a 0x00 byte appended to the 162-byte message.

                    A verifier must reject it as invalid. One that hashes only a fixed or previously announced number
                    of message bytes lets an attacker append code to a signed image.""")
    BuiltCase byteAppended(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return invalid(tc1.publicKey(), concat(tc1.message(), new byte[] {0}), tc1.signature());
    }

    @Case(id = "signature.hss-lms.message.last-byte-removed",
            title = "Message with its last byte removed (RFC 8554 Test Case 1)",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-root"},
            flags = {"ModifiedMessage"},
            description = """
                    RFC 8554 Test Case 1's key and signature with the last byte (a newline) removed from the message.

                    A verifier must reject it as invalid; a truncated image must not verify under the signature of the
                    whole one.""")
    BuiltCase lastByteRemoved(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        byte[] message = tc1.message();
        return invalid(tc1.publicKey(), Arrays.copyOf(message, message.length - 1), tc1.signature());
    }

    @Case(id = "signature.hss-lms.message.empty", title = "Empty message with RFC 8554 Test Case 1's signature",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-root"},
            flags = {"ModifiedMessage", "EmptyMessage"},
            description = """
                    RFC 8554 Test Case 1's key and signature presented with an empty message.

                    A verifier must reject it as invalid. An API that mistakes an empty buffer for "message already
                    hashed" or "nothing to check" turns every valid signature into a signature over nothing.""")
    BuiltCase empty(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return invalid(tc1.publicKey(), new byte[0], tc1.signature());
    }

    @Case(id = "signature.hss-lms.message.top-signature-as-bottom",
            title = "Bottom LMS signature replaced by the top one (RFC 8554 Test Case 1)",
            severity = Severity.CRITICAL, requirements = {"RFC8554-6.3-chain", "RFC8554-5.4-root"},
            flags = {"ModifiedSignature", "CrossLevel"},
            description = """
                    RFC 8554 Test Case 1's signature with the bottom LMS signature replaced by a copy of the top one.
                    Both trees use the same parameter sets, so the structure is intact; the copied signature is the top
                    tree's signature over the lower public key, at leaf 5.

                    A verifier must reject it as invalid: under the lower key it verifies neither the message nor
                    anything else. This is the cross-level substitution of the §4.6 mutation set (M28).""")
    BuiltCase topSignatureAsBottom(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        byte[] top = layout.slice(layout.level(0).start(), layout.level(0).end());
        return rejectTc1(context.fixture(), Reason.SIGNATURE_INVALID, layout.withReplaced(layout.bottom().start(), layout.length(), top));
    }

    @Case(id = "signature.hss-lms.message.other-release",
            title = "Valid signature of release 1.0.0 presented with release 1.0.1, same key",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-root"},
            flags = {"ModifiedMessage", "Replay"},
            description = """
                    A single-level key on LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4 signed two messages in turn, "suitcase
                    firmware release 1.0.0" at leaf 0 and "suitcase firmware release 1.0.1" at leaf 1. The vector
                    presents the first signature with the second message.

                    A verifier must reject it as invalid. The signature is genuine, the key is right, the leaf is in
                    range: only the binding to the message fails. A verifier that caches a verified signature by key
                    and leaf, and skips recomputing it, accepts the second image under the first one's signature.""")
    BuiltCase otherRelease() {
        HssLmsTestKey key = HssLmsTestKey.generate("hss-lms-signature-binding two releases",
                List.of(LMSParameters.create(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4)));
        byte[] first = key.sign(RELEASE_1);
        key.sign(RELEASE_2);
        return invalid(key.publicKey(), RELEASE_2, first);
    }

    /** An L = 3 key and its first signature, over release 1. */
    private record ThreeLevels(byte[] publicKey, byte[] signature) {
    }

    private static ThreeLevels threeLevels() {
        LMSParameters tree = LMSParameters.create(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4);
        HssLmsTestKey key = HssLmsTestKey.generate("hss-lms-signature-binding three levels", List.of(tree, tree, tree));
        return new ThreeLevels(key.publicKey(), key.sign(RELEASE_1));
    }

    /** Test Case 1's key and message with {@code signature}. */
    private static BuiltCase rejectTc1(HssKnownAnswer tc1, Reason reason, byte[] signature) {
        return BuiltCase.of(Expectation.reject(reason), HssKnownAnswerFamily.input(tc1.publicKey(), tc1.message(), signature));
    }

    private static BuiltCase invalid(byte[] publicKey, byte[] message, byte[] signature) {
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                HssKnownAnswerFamily.input(publicKey, message, signature));
    }
}
