package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.edwards.Ed25519Verdict;
import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.edwards.Edwards25519.DecodeFailure;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a Wycheproof Ed25519 test to the outcome the strict reference verifier gives under the
 * default profile (ed25519-rfc8032), checking in the verifier's order:
 * <ol>
 *   <li>the key must be 32 bytes and decode under RFC 8032 §5.1.3, else {@link Reason#BAD_KEY};</li>
 *   <li>the signature must be 64 bytes, else {@link Reason#SIGNATURE_MALFORMED};</li>
 *   <li>S must be below L, else {@link Reason#SIGNATURE_MALFORMED} (RFC 8032 §5.1.7 step 1);</li>
 *   <li>R must decode under §5.1.3 (canonical y, on the curve, no negative zero), else
 *       {@link Reason#SIGNATURE_MALFORMED}: "if any of the decodings fail, the signature is invalid",
 *       and the failure is one of encoding, so it is reported as malformed;</li>
 *   <li>a well-formed signature is accepted when the cofactorless equation holds, is either when
 *       only the cofactored one holds (§5.1.7 allows both checks), and is rejected with
 *       {@link Reason#SIGNATURE_INVALID} otherwise.</li>
 * </ol>
 * The rules are evaluated by {@link Ed25519Verdict}, with k hashed over the received bytes, and
 * the result is checked against Wycheproof's. Two profiles get their own result when it differs:
 * ed25519-strict rejects a small-order A or R; ed25519-zip215 decodes A and R leniently (y
 * reduced mod p, negative zero allowed), still requires S &lt; L, and checks the cofactored equation.
 *
 * <p>A test that must be rejected isolates the rule that rejects it when a verifier without that
 * rule, going on as the reference verifier's continuation does, accepts it: a signature of the wrong
 * length read into 64 bytes (cut, or padded with zeros), S reduced modulo L, R decoded leniently (or,
 * under ed25519-zip215, which decodes R so, the equation). A test that breaks a second rule that
 * way, or whose R names no point at all, is imported as a robustness vector, with the reason.
 */
final class Ed25519Classifier {
    private static final int KEY_BYTES = 32;
    private static final int SIGNATURE_BYTES = 64;

    private Ed25519Classifier() {
    }

    static Classification classify(WycheproofFile.Test test, Bytes key, Map<String, String> bugTypes) {
        byte[] a = key.toByteArray();
        byte[] signature = test.signature().toByteArray();
        Ed25519Verdict verdict = Ed25519Verdict.of(a, signature, test.message().toByteArray());
        ExpectedResult underZip215 = verdict.zip215() ? ExpectedResult.ACCEPT : ExpectedResult.REJECT;
        if (a.length != KEY_BYTES) {
            return rejection(test, Reason.BAD_KEY, bugTypes, "RFC8032-5.1.7-lengths",
                    "The public key is " + a.length + " bytes; an Ed25519 public key is exactly 32. A verifier must refuse it.",
                    ExpectedResult.REJECT);
        }
        if (verdict.keyFailure().isPresent()) {
            return rejection(test, Reason.BAD_KEY, bugTypes, "RFC8032-5.1.7-decode-a",
                    "The public key does not decode under RFC 8032 §5.1.3: " + describe(verdict.keyFailure().get())
                            + ". It cannot verify anything; a verifier must refuse it.",
                    underZip215);
        }
        byte[] message = test.message().toByteArray();
        if (signature.length != SIGNATURE_BYTES) {
            Ed25519Verdict read = Ed25519Verdict.of(a, Arrays.copyOf(signature, SIGNATURE_BYTES), message);
            return rejection(test, Reason.SIGNATURE_MALFORMED, bugTypes, "RFC8032-5.1.7-lengths",
                    "The signature is " + signature.length + " bytes; an Ed25519 signature is exactly 64, R then S "
                            + "(RFC 8032 §5.1.7). A verifier that trims, pads or ignores extra bytes accepts encodings no "
                            + "signer produces; the JDK 17 verifier accepted one with a trailing zero byte.",
                    ExpectedResult.REJECT, unlessAccepted(read, "Read into 64 bytes as a verifier without the length "
                            + "rule reads it (cut after 64, or padded with zeros), it is still no valid signature: "));
        }
        if (!verdict.sInRange()) {
            BigInteger s = Edwards25519.littleEndian(Arrays.copyOfRange(signature, KEY_BYTES, SIGNATURE_BYTES));
            byte[] reduced = Arrays.copyOf(signature, SIGNATURE_BYTES);
            System.arraycopy(Edwards25519.encodeScalar(s.mod(Edwards25519.L)), 0, reduced, KEY_BYTES, KEY_BYTES);
            return rejection(test, Reason.SIGNATURE_MALFORMED, bugTypes, "RFC8032-5.1.7-s-range",
                    "S is not below the group order L. RFC 8032 §5.1.7 requires 0 <= S < L; a verifier that reduces S "
                            + "mod L instead accepts S + L, S + 2L and so on, so every signature gets several valid "
                            + "encodings (malleability), and one that drops high bits accepts outright changes.",
                    ExpectedResult.REJECT, unlessAccepted(Ed25519Verdict.of(a, reduced, message), "With S reduced "
                            + "modulo L, as a verifier without the range rule computes with it, it is still no valid "
                            + "signature: "));
        }
        if (verdict.rFailure().isPresent()) {
            // A non-canonical R decoded leniently goes on to the equation, which a ZIP 215 verifier then
            // applies too: such a test isolates the canonicity rule or, under ed25519-zip215, the equation.
            Optional<String> robustness = verdict.rFailure().get() == DecodeFailure.NOT_ON_CURVE
                    ? Optional.of("No curve point has R's y: without the decoding rule there is no R to compute with.")
                    : Optional.empty();
            return rejection(test, Reason.SIGNATURE_MALFORMED, bugTypes, "RFC8032-5.1.7-decode-r",
                    "R does not decode under RFC 8032 §5.1.3: " + describe(verdict.rFailure().get()) + ". The signature "
                            + "is invalid; a verifier that decodes R leniently, or compares R by value instead of by its "
                            + "encoding, accepts signatures no signer produced.",
                    underZip215, robustness);
        }
        Expectation expect;
        Severity severity;
        List<String> requirements;
        String explanation;
        if (verdict.cofactorless()) {
            requireAgreement(test, !test.result().equals("invalid"));
            expect = Expectation.accept();
            severity = Severity.LOW;
            requirements = List.of("RFC8032-5.1.7-equation", "RFC8032-5.1.7-k-hash");
            explanation = "A valid signature: A and R decode, S < L, and the verification equation holds. A verifier must "
                    + "accept it; refusing it refuses genuine firmware.";
        } else if (verdict.cofactored()) {
            expect = Expectation.either();
            severity = Severity.INFO;
            requirements = List.of("RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation");
            explanation = "Only the cofactored equation holds: R or A carries a small-order component. RFC 8032 §5.1.7 lets "
                    + "a verifier check either equation, so both outcomes are correct and recorded.";
        } else {
            requireAgreement(test, !test.result().equals("valid"));
            return rejection(test, Reason.SIGNATURE_INVALID, bugTypes, "RFC8032-5.1.7-equation",
                    "A, R and S are well formed but the verification equation does not hold: the signature was not made "
                            + "over this message with this key. Accepting it is an authentication bypass.",
                    underZip215);
        }
        if (test.result().equals("acceptable")) {
            expect = Expectation.either();
            severity = Severity.INFO;
        }
        if (verdict.keySmallOrder() || verdict.rSmallOrder()) {
            expect = expect.withProfile(Profile.ED25519_STRICT, ExpectedResult.REJECT);
            explanation += " A or R has small order, which the ed25519-strict profile rejects.";
        }
        if (underZip215 != expect.result()) {
            expect = expect.withProfile(Profile.ED25519_ZIP215, underZip215);
        }
        return new Classification(expect, severity, requirements, explanation);
    }

    private static Classification rejection(WycheproofFile.Test test, Reason reason, Map<String, String> bugTypes,
                                            String requirement, String explanation, ExpectedResult underZip215) {
        return rejection(test, reason, bugTypes, requirement, explanation, underZip215, Optional.empty());
    }

    /**
     * Empty when the reference verifier accepts {@code read}, the test as a verifier without the
     * rule that rejects it reads it; else {@code why} and the first rule {@code read} still breaks.
     */
    private static Optional<String> unlessAccepted(Ed25519Verdict read, String why) {
        if (!read.keyDecodes() || read.keySmallOrder()) {
            return Optional.of(why + "the key is unusable.");
        }
        if (!read.sInRange()) {
            return Optional.of(why + "S is not below L.");
        }
        if (read.rFailure().isPresent()) {
            return Optional.of(why + "R does not decode (" + describe(read.rFailure().get()) + ").");
        }
        return read.cofactored() ? Optional.empty() : Optional.of(why + "the equation fails.");
    }

    private static Classification rejection(WycheproofFile.Test test, Reason reason, Map<String, String> bugTypes,
                                            String requirement, String explanation, ExpectedResult underZip215,
                                            Optional<String> robustness) {
        if (test.result().equals("valid")) {
            throw new IllegalArgumentException("tcId " + test.tcId() + " is valid for Wycheproof but fails our check ("
                    + reason + "): " + explanation);
        }
        Expectation expect;
        Severity severity;
        if (test.result().equals("acceptable")) {
            expect = Expectation.either();
            severity = Severity.INFO;
            explanation += " Wycheproof leaves the case to the implementation (result 'acceptable'); either outcome is recorded.";
        } else {
            expect = Expectation.reject(reason);
            severity = Severities.ofRejection(reason, test.flags(), bugTypes);
        }
        if (underZip215 != expect.result()) {
            expect = expect.withProfile(Profile.ED25519_ZIP215, underZip215);
            explanation += " Under ZIP 215 rules (lenient decoding, cofactored equation) the signature "
                    + (underZip215 == ExpectedResult.ACCEPT ? "verifies" : "does not verify") + ", so the ed25519-zip215 "
                    + "profile expects " + underZip215.wireName() + ".";
        }
        return new Classification(expect, severity, List.of(requirement), explanation,
                expect.result() == ExpectedResult.REJECT ? robustness : Optional.empty());
    }

    private static String describe(DecodeFailure failure) {
        return switch (failure) {
            case NON_CANONICAL_Y -> "its y coordinate is not below p, a non-canonical encoding";
            case NEGATIVE_ZERO -> "it encodes x = 0 with the sign bit set";
            case NOT_ON_CURVE -> "no curve point has this y coordinate";
        };
    }

    private static void requireAgreement(WycheproofFile.Test test, boolean agrees) {
        if (!agrees) {
            throw new IllegalStateException("tcId " + test.tcId() + ": Wycheproof says " + test.result()
                    + " but the verification equation says otherwise; the file or the classifier is wrong");
        }
    }
}
