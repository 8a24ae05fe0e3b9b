package dev.suitcase.verifier.cose;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Checks;
import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborCheck;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.suitcase.verifier.cose.CoseFixtures.ED25519_SEED;
import static dev.suitcase.verifier.cose.CoseWgHssLmsExampleTest.EXAMPLE;
import static dev.suitcase.verifier.cose.RawSign1.eddsa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The COSE rules as named checks: each constant is well formed, an input breaking a rule is rejected
 * naming it, and an input breaking only a skippable rule is accepted once that rule is knocked out
 * (or, where the knocked-out verifier then meets another rule, rejected by that one).
 */
class CoseCheckTest {
    private static final Pattern ID = Pattern.compile("cose(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final Pattern SECTION = Pattern.compile("(RFC \\d{4}|draft-ietf-[a-z0-9-]+) §[0-9A-Z]+(\\.\\d+)*");
    /**
     * Skippable, yet out of the reference verifier's reach: the SUIT layer rejects an untagged
     * authentication block before this verifier sees it, and only one check can be knocked out.
     * {@link #anUntaggedMessageWhereTheTagIsRequiredIsRejectedNamingTheRule} covers the rule itself.
     */
    private static final Set<CoseCheck> NOT_REACHABLE_ALONE = EnumSet.of(CoseCheck.SIGN1_TAG_REQUIRED);
    /** An Ed448 secret key (57 bytes), for a key on a curve the suite does not verify with. */
    private static final byte[] ED448_SEED = Arrays.copyOf(bytes("an Ed448 key of the suite's tests"), 57);

    /** An input that breaks {@code check}, and what a verifier without that check makes of it. */
    record Case(String description, CoseCheck check, Function<ReferenceVerifier, Outcome> verification,
                Optional<Check> withoutIt) {
        @Override
        public String toString() {
            return check.id() + ": " + description;
        }
    }

    private static Case accepted(String description, CoseCheck check,
                                 Function<ReferenceVerifier, Outcome> verification) {
        return new Case(description, check, verification, Optional.empty());
    }

    private static Case acceptedMessage(String description, CoseCheck check, RawSign1 message) {
        byte[] bytes = message.bytes();
        return accepted(description, check, verifier -> cose(verifier, bytes));
    }

    private static Case acceptedKey(String description, CoseCheck check, byte[] key) {
        return accepted(description, check, verifier -> signature(verifier, key));
    }

    private static Case rejectedBy(Check other, String description, CoseCheck check, RawSign1 message) {
        byte[] bytes = message.bytes();
        return new Case(description, check, verifier -> cose(verifier, bytes), Optional.of(other));
    }

    /** A payload whose Sig_structure, under 64 keys, is above {@link TrustedKeyLimits#maxWorkBytes()}. */
    private static final byte[] FOUR_MIB = new byte[4 * 1024 * 1024];

    private static List<byte[]> withKey(List<byte[]> keys, byte[]... more) {
        List<byte[]> all = new ArrayList<>(keys);
        all.addAll(Arrays.asList(more));
        return all;
    }

    static Stream<Case> skippableRuleBroken() {
        byte[] attached = eddsa().bytes();
        return Stream.of(
                acceptedMessage("tag 17", CoseCheck.SIGN1_WRONG_TAG, eddsa().tags("d1")),
                acceptedMessage("tag 18 twice", CoseCheck.SIGN1_NESTED_TAG, eddsa().tags("d2d2")),
                rejectedBy(CoseCheck.SIGN1_WRONG_TAG, "tag 18 around tag 17", CoseCheck.SIGN1_NESTED_TAG,
                        eddsa().tags("d2d1")),
                acceptedMessage("a fifth element", CoseCheck.SIGN1_EXTRA_ELEMENTS, eddsa().elements("85", "00")),
                acceptedMessage("a nil payload, none supplied, signed over no bytes",
                        CoseCheck.SIGN1_DETACHED_PAYLOAD_MISSING, eddsa().payloadItem("f6", new byte[0])),
                accepted("an attached payload and another detached one, the attached one signed",
                        CoseCheck.SIGN1_PAYLOAD_ATTACHED_AND_DETACHED, verifier -> verifier.verifyCose(attached,
                                Optional.of(bytes("another payload")), new byte[0], List.of(RawSign1.KEY),
                                Optional.empty())),
                acceptedMessage("alg -7 unprotected beside alg -8 protected: the protected one is used",
                        CoseCheck.HEADER_LABEL_IN_BOTH_BUCKETS, eddsa().unprotected("a10126")),
                acceptedMessage("the unprotected bucket h'a0', an empty map wrapped", CoseCheck.HEADER_UNPROTECTED_WRAPPED,
                        eddsa().unprotected("41a0")),
                acceptedMessage("a byte-string label", CoseCheck.HEADER_LABEL_TYPE, eddsa().unprotected("a1410101")),
                acceptedMessage("the payload a text string, its bytes signed", CoseCheck.SIGN1_PAYLOAD_TYPE,
                        eddsa().payloadItem("74" + hex(RawSign1.PAYLOAD), RawSign1.PAYLOAD)),
                acceptedMessage("kid an integer", CoseCheck.HEADER_VALUE_TYPE, eddsa().unprotected("a10401")),
                rejectedBy(CoseCheck.HEADER_ALG_MISSING, "alg a byte string, so no alg is left",
                        CoseCheck.HEADER_VALUE_TYPE, eddsa().protectedContent("a1014127")),
                acceptedMessage("alg the half float -8.0, read as -8", CoseCheck.HEADER_VALUE_TYPE,
                        eddsa().protectedContent("a101f9c800")),
                accepted("no alg, the only key carrying alg -8", CoseCheck.HEADER_ALG_MISSING,
                        verifier -> verifier.verifyCose(eddsa().protectedContent("").bytes(), Optional.empty(),
                                new byte[0], List.of(okpKey(key -> key.Add(3, -8))), Optional.empty())),
                accepted("no alg, EdDSA the algorithm the caller allows", CoseCheck.HEADER_ALG_MISSING,
                        verifier -> verifier.verifyCose(eddsa().protectedContent("").bytes(), Optional.empty(),
                                new byte[0], List.of(RawSign1.KEY), Optional.of(Algorithm.EDDSA))),
                acceptedMessage("no alg, a key without alg: its type serves EdDSA", CoseCheck.HEADER_ALG_MISSING,
                        eddsa().protectedContent("")),
                acceptedMessage("IV and Partial IV", CoseCheck.HEADER_IV_AND_PARTIAL_IV,
                        eddsa().unprotected("a2054100064100")),
                acceptedMessage("alg -8 only unprotected", CoseCheck.HEADER_ALG_UNPROTECTED,
                        eddsa().protectedContent("").unprotected("a10127")),
                acceptedMessage("crit [4] unprotected", CoseCheck.CRIT_UNPROTECTED, eddsa().unprotected("a1028104")),
                acceptedMessage("crit []", CoseCheck.CRIT_EMPTY, eddsa().protectedContent("a201270280")),
                acceptedMessage("crit [h'01']", CoseCheck.CRIT_LABEL_TYPE,
                        eddsa().protectedContent("a201270281" + "4101")),
                acceptedMessage("crit [1, 1]", CoseCheck.CRIT_REPEATED_LABEL,
                        eddsa().protectedContent("a2012702820101")),
                acceptedMessage("crit [4] with kid unprotected", CoseCheck.CRIT_LABEL_NOT_PROTECTED,
                        eddsa().protectedContent("a20127028104").unprotected("a1044101")),
                rejectedBy(CoseCheck.CRIT_UNKNOWN_LABEL, "crit [99] with no 99 anywhere",
                        CoseCheck.CRIT_LABEL_NOT_PROTECTED, eddsa().protectedContent("a2012702811863")),
                acceptedMessage("crit [99] with 99 protected", CoseCheck.CRIT_UNKNOWN_LABEL,
                        eddsa().protectedContent("a30127028118631863" + "01")),
                acceptedMessage("alg -50 (ML-DSA-87) over an Ed25519 signature", CoseCheck.ALG_FORMER_ED25519_PLACEHOLDER,
                        eddsa().protectedContent("a1013831")),
                acceptedMessage("alg \"EdDSA\" as text, the key's EdDSA used", CoseCheck.ALG_UNSUPPORTED,
                        eddsa().protectedContent("a101654564445341")),
                acceptedMessage("alg -35 (ES384) over an Ed25519 signature, the key's EdDSA used",
                        CoseCheck.ALG_UNSUPPORTED, eddsa().protectedContent("a1013822")),
                accepted("an Ed25519 signature presented under -35 (ES384), the key's EdDSA used",
                        CoseCheck.ALG_UNSUPPORTED, verifier -> verifier.verifySignature(-35, RawSign1.KEY,
                                RawSign1.PAYLOAD, CoseFixtures.signEd25519(ED25519_SEED, RawSign1.PAYLOAD))),
                accepted("EdDSA where only ES256 is allowed", CoseCheck.ALG_NOT_ALLOWED,
                        verifier -> verifier.verifyCose(attached, Optional.empty(), new byte[0], List.of(RawSign1.KEY),
                                Optional.of(Algorithm.ES256))),
                acceptedKey("a key with its private part", CoseCheck.KEY_PRIVATE_PART,
                        okpKey(key -> key.Add(-4, ED25519_SEED))),
                acceptedKey("no kty, crv Ed25519 (6)", CoseCheck.KEY_KTY_MISSING,
                        RawSign1.concat(RawSign1.hex("a22006215820"), CoseFixtures.ed25519Public(ED25519_SEED))),
                acceptedKey("kty 0 (reserved), crv Ed25519 (6)", CoseCheck.KEY_KTY_UNKNOWN, okpKey(key -> key.Set(1, 0))),
                accepted("kty 99, pub at -1: the COSE-WG HSS-LMS example key", CoseCheck.KEY_KTY_UNKNOWN,
                        verifier -> verifier.verifySignature(Algorithm.HSS_LMS, CBORObject.NewOrderedMap().Add(1, 99)
                                        .Add(-1, EXAMPLE.get("public-key")).EncodeToBytes(),
                                EXAMPLE.get("message"), EXAMPLE.get("signature"))),
                acceptedKey("an OKP key without crv", CoseCheck.KEY_CRV_MISSING,
                        RawSign1.concat(RawSign1.hex("a20101215820"), CoseFixtures.ed25519Public(ED25519_SEED))),
                acceptedKey("an OKP key on crv 99", CoseCheck.KEY_CRV_UNKNOWN, okpKeyOn(99)),
                acceptedKey("an EC2 key on Ed25519 (6) holding the Ed25519 x", CoseCheck.KEY_CRV_OF_OTHER_KTY,
                        okpKey(key -> key.Set(1, 2))),
                accepted("an OKP key on P-256 (1) holding a P-256 point, under ES256",
                        CoseCheck.KEY_CRV_OF_OTHER_KTY, verifier -> verifier.verifySignature(Algorithm.ES256,
                                CBORObject.DecodeFromBytes(CoseFixtures.ec2Key(CoseFixtures.P256_D, null)).Set(1, 1)
                                        .EncodeToBytes(), RawSign1.PAYLOAD,
                                CoseFixtures.signEs256(CoseFixtures.P256_D, RawSign1.PAYLOAD))),
                acceptedKey("an OKP key on X25519 (4) holding the Ed25519 x", CoseCheck.KEY_CRV_UNSUPPORTED, okpKeyOn(4)),
                accepted("an Ed448 key and signature, under EdDSA", CoseCheck.KEY_CRV_OF_OTHER_ALGORITHM,
                        verifier -> verifier.verifySignature(Algorithm.EDDSA, CBORObject.NewOrderedMap().Add(1, 1)
                                        .Add(-1, 7).Add(-2, CoseFixtures.ed448Public(ED448_SEED)).EncodeToBytes(),
                                RawSign1.PAYLOAD, CoseFixtures.signEd448(ED448_SEED, RawSign1.PAYLOAD))),
                accepted("a P-384 key and its ECDSA signature with SHA-256, under ESP256",
                        CoseCheck.KEY_CRV_OF_OTHER_ALGORITHM, verifier -> verifier.verifySignature(Algorithm.ESP256,
                                ec2KeyOn("secp384r1", 2), RawSign1.PAYLOAD,
                                CoseFixtures.signSha256On("secp384r1", CoseFixtures.P256_D, RawSign1.PAYLOAD))),
                accepted("the COSE-WG HSS-LMS example's pub at -1 of an EC2 key", CoseCheck.KEY_HSS_PUB_UNDER_OTHER_KTY,
                        verifier -> verifier.verifySignature(Algorithm.HSS_LMS, CBORObject.NewOrderedMap().Add(1, 2)
                                        .Add(-1, EXAMPLE.get("public-key")).EncodeToBytes(),
                                EXAMPLE.get("message"), EXAMPLE.get("signature"))),
                acceptedKey("key_ops 2, not an array", CoseCheck.KEY_OPS_TYPE, okpKey(key -> key.Add(4, 2))),
                acceptedKey("key_ops [sign]", CoseCheck.KEY_OPS_WITHOUT_VERIFY,
                        okpKey(key -> key.Add(4, CBORObject.NewArray().Add(1)))),
                acceptedKey("key alg a byte string", CoseCheck.KEY_ALG_TYPE, okpKey(key -> key.Add(3, new byte[] {1}))),
                accepted("an EC2 P-256 key and its ECDSA signature, under EdDSA", CoseCheck.KEY_TYPE_MISMATCH,
                        verifier -> verifier.verifySignature(Algorithm.EDDSA, CoseFixtures.ec2Key(CoseFixtures.P256_D,
                                null), RawSign1.PAYLOAD, CoseFixtures.signEs256(CoseFixtures.P256_D, RawSign1.PAYLOAD))),
                accepted("an EdDSA COSE_Sign1 signed with ECDSA by the only trusted key, an EC2 P-256 key",
                        CoseCheck.KEY_TYPE_MISMATCH, verifier -> verifier.verifyCose(eddsa()
                                        .signedBy(tbs -> CoseFixtures.signEs256(CoseFixtures.P256_D, tbs)).bytes(),
                                Optional.empty(), new byte[0], List.of(CoseFixtures.ec2Key(CoseFixtures.P256_D, null)),
                                Optional.empty())),
                accepted("65 trusted keys, the last one signed", CoseCheck.KEYS_TOO_MANY,
                        verifier -> verifier.verifyCose(attached, Optional.empty(), new byte[0],
                                withKey(TrustedKeyLimitsTest.otherKeys(64), RawSign1.KEY), Optional.empty())),
                accepted("64 trusted keys over a detached 4 MiB payload, the first one signed", CoseCheck.KEYS_WORK,
                        verifier -> verifier.verifyCose(eddsa().payloadItem("f6", FOUR_MIB).bytes(),
                                Optional.of(FOUR_MIB), new byte[0], withKey(List.of(RawSign1.KEY),
                                        TrustedKeyLimitsTest.otherKeys(63).toArray(byte[][]::new)), Optional.empty())),
                acceptedKey("a key for Ed25519 (-19) verifying EdDSA (-8)", CoseCheck.KEY_ALG_MISMATCH,
                        okpKey(key -> key.Add(3, -19))),
                accepted("the only trusted key for Ed25519 (-19), the message EdDSA (-8)", CoseCheck.KEY_ALG_MISMATCH,
                        verifier -> verifier.verifyCose(attached, Optional.empty(), new byte[0],
                                List.of(okpKey(key -> key.Add(3, -19))), Optional.empty())));
    }

    @ParameterizedTest
    @MethodSource("skippableRuleBroken")
    void anInputBreakingOnlyThisRuleIsRejectedForItAndGetsThroughWithoutIt(Case broken) {
        Outcome strict = broken.verification().apply(new ReferenceVerifier(VerifierOptions.DEFAULT));
        assertEquals(Optional.of(broken.check()), strict.check(), strict.toString());

        Outcome lenient = broken.verification()
                .apply(new ReferenceVerifier(Knockouts.without(VerifierOptions.DEFAULT, broken.check())));
        if (broken.withoutIt().isPresent()) {
            assertEquals(broken.withoutIt(), lenient.check(), lenient.toString());
        } else {
            assertTrue(lenient.accepted(), lenient.toString());
        }
    }

    @Test
    void everySkippableRuleTheVerifierReachesAloneHasAnInputThatOnlyItRejects() {
        Set<CoseCheck> covered = skippableRuleBroken().map(Case::check).collect(Collectors.toSet());
        Set<CoseCheck> skippable = EnumSet.noneOf(CoseCheck.class);
        Arrays.stream(CoseCheck.values()).filter(CoseCheck::skippable).forEach(skippable::add);
        skippable.removeAll(NOT_REACHABLE_ALONE);
        assertEquals(skippable, covered);
    }

    @Test
    void anUntaggedMessageWhereTheTagIsRequiredIsRejectedNamingTheRule() {
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(eddsa().bytes()), true, Optional.empty(), Span.of(new byte[0]),
                        List.of(CoseKey.parse(RawSign1.KEY))));
        assertEquals(CoseCheck.SIGN1_TAG_REQUIRED, rejection.check());
        assertTrue(CoseCheck.SIGN1_TAG_REQUIRED.skippable());
    }

    static Stream<Object[]> ruleNoLibraryCanGoOnPast() {
        byte[] p256Key = CoseFixtures.ec2Key(CoseFixtures.P256_D, null);
        return Stream.of(
                messageCase(CoseCheck.SIGN1_MISSING_ELEMENTS,
                        "83" + hex(RawSign1.bstr(RawSign1.hex("a10127"))) + "a0f6"),
                keyCase(CoseCheck.KEY_CBOR, RawSign1.hex("a201010101")),
                keyCase(CoseCheck.KEY_NOT_A_MAP, RawSign1.hex("80")),
                keyCase(CoseCheck.KEY_KTY_UNSUPPORTED, RawSign1.hex("a10103")),
                keyCase(CoseCheck.KEY_PARAMETER_MISSING, RawSign1.hex("a2010120" + "06")),
                keyCase(CoseCheck.KEY_PARAMETER_TYPE, RawSign1.hex("a3010120062101")),
                keyCase(CoseCheck.KEY_EC2_COMPRESSED_POINT, compressedWithoutAPoint(p256Key)),
                new Object[] {CoseCheck.KEYS_NONE_SUPPLIED, (Function<ReferenceVerifier, Outcome>) verifier ->
                        verifier.verifyCose(eddsa().bytes(), Optional.empty(), new byte[0], List.of(),
                                Optional.empty())});
    }

    @ParameterizedTest
    @MethodSource("ruleNoLibraryCanGoOnPast")
    void anInputNoLibraryCanVerifyIsRejectedNamingTheRule(CoseCheck check,
                                                          Function<ReferenceVerifier, Outcome> verification) {
        assertFalse(check.skippable());
        assertEquals(Optional.of(check), verification.apply(new ReferenceVerifier(VerifierOptions.DEFAULT)).check());
    }

    static Stream<Object[]> skippableRuleThatLeavesNothingToGoOnWith() {
        return Stream.of(
                messageCase(CoseCheck.SIGN1_PAYLOAD_TYPE, eddsa().payloadItem("1818", new byte[0]).bytes()),
                keyCase(CoseCheck.KEY_KTY_MISSING, RawSign1.concat(RawSign1.hex("a1215820"),
                        CoseFixtures.ed25519Public(ED25519_SEED))),
                keyCase(CoseCheck.KEY_KTY_UNKNOWN, RawSign1.hex("a1011863")));
    }

    /**
     * A skippable rule whose continuation needs something the input does not hold (the bytes of a payload that
     * is an integer, a key type no parameter implies) rejects it even when knocked out, naming itself.
     */
    @ParameterizedTest
    @MethodSource("skippableRuleThatLeavesNothingToGoOnWith")
    void aKnockedOutRuleWithNothingToGoOnWithStillRejects(CoseCheck check,
                                                         Function<ReferenceVerifier, Outcome> verification) {
        assertTrue(check.skippable());
        assertEquals(Optional.of(check), verification.apply(new ReferenceVerifier(VerifierOptions.DEFAULT)).check());
        Outcome lenient = verification.apply(new ReferenceVerifier(Knockouts.without(VerifierOptions.DEFAULT, check)));
        assertEquals(Optional.of(check), lenient.check(), lenient.toString());
    }

    @Test
    void aKeyOnAnotherSignatureCurveWithAMaterialOfThatCurveIsRejectedAsToday() {
        // Default outcome of a P-384 key: the same reason and detail whether its coordinates are a point of P-384
        // (cose.key.crv-of-other-algorithm) or not (cose.key.crv-unsupported).
        ReferenceVerifier verifier = new ReferenceVerifier(VerifierOptions.DEFAULT);
        byte[] message = RawSign1.PAYLOAD;
        Outcome onItsCurve = verifier.verifySignature(Algorithm.ES256, ec2KeyOn("secp384r1", 2), message,
                CoseFixtures.signSha256On("secp384r1", CoseFixtures.P256_D, message));
        Outcome labelledOnly = verifier.verifySignature(Algorithm.ES256,
                CBORObject.DecodeFromBytes(CoseFixtures.ec2Key(CoseFixtures.P256_D, null)).Set(-1, 2).EncodeToBytes(),
                message, CoseFixtures.signEs256(CoseFixtures.P256_D, message));
        assertEquals(Optional.of(CoseCheck.KEY_CRV_OF_OTHER_ALGORITHM), onItsCurve.check(), onItsCurve.toString());
        assertEquals(Optional.of(CoseCheck.KEY_CRV_UNSUPPORTED), labelledOnly.check(), labelledOnly.toString());
        assertEquals(onItsCurve.reason(), labelledOnly.reason());
        assertEquals(onItsCurve.detail(), labelledOnly.detail());
    }

    @Test
    void withSeveralKeysNoneOfWhichVerifiesTheFirstKeysFailingCheckIsNamed() {
        byte[] first = CoseFixtures.okpKey(Arrays.copyOf(bytes("a first key"), 32), null);
        byte[] second = CoseFixtures.okpKey(Arrays.copyOf(bytes("a second key"), 32), null);
        byte[] message = eddsa().bytes();
        ReferenceVerifier verifier = new ReferenceVerifier(VerifierOptions.DEFAULT);

        Outcome underFirstAlone = verifier.verifyCose(message, Optional.empty(), new byte[0], List.of(first),
                Optional.empty());
        Outcome underBoth = verifier.verifyCose(message, Optional.empty(), new byte[0], List.of(first, second),
                Optional.empty());
        assertFalse(underBoth.accepted());
        assertEquals(underFirstAlone.reason(), underBoth.reason());
        assertEquals(underFirstAlone.check(), underBoth.check());
        assertTrue(underBoth.detail().contains("none of the 2 trusted keys"), underBoth.detail());
    }

    @Test
    void aKeyThatBreaksACborRuleIsABadKeyAndGetsThroughWithoutTheCborRule() {
        byte[] keyWithDuplicateKty = RawSign1.concat(RawSign1.hex("a40101"), Arrays.copyOfRange(RawSign1.KEY, 1,
                RawSign1.KEY.length));
        Outcome strict = signature(new ReferenceVerifier(VerifierOptions.DEFAULT), keyWithDuplicateKty);
        assertEquals(Optional.of(CoseCheck.KEY_CBOR), strict.check(), strict.toString());
        assertTrue(strict.detail().contains("appears twice"), strict.detail());

        Outcome lenient = signature(new ReferenceVerifier(Knockouts.without(VerifierOptions.DEFAULT,
                CborCheck.DUPLICATE_KEY)), keyWithDuplicateKty);
        assertTrue(lenient.accepted(), lenient.toString());
    }

    @ParameterizedTest
    @EnumSource(CoseCheck.class)
    void eachCheckHasANamespacedIdAndCitesAnRfcOrDraftSection(CoseCheck check) {
        assertTrue(ID.matcher(check.id()).matches(), check.id());
        assertTrue(SECTION.matcher(check.section()).matches(), check.section());
        assertEquals(Optional.of(check), Checks.byId(check.id()));
    }

    @Test
    void noTwoChecksShareAnId() {
        List<String> ids = Arrays.stream(CoseCheck.values()).map(CoseCheck::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), ids.toString());
    }

    private static Object[] messageCase(CoseCheck check, String hex) {
        return messageCase(check, RawSign1.hex(hex));
    }

    private static Object[] messageCase(CoseCheck check, byte[] message) {
        return new Object[] {check, (Function<ReferenceVerifier, Outcome>) verifier -> cose(verifier, message)};
    }

    private static Object[] keyCase(CoseCheck check, byte[] key) {
        return new Object[] {check, (Function<ReferenceVerifier, Outcome>) verifier -> signature(verifier, key)};
    }

    private static Outcome cose(ReferenceVerifier verifier, byte[] message) {
        return verifier.verifyCose(message, Optional.empty(), new byte[0], List.of(RawSign1.KEY), Optional.empty());
    }

    /** The signature layer: RawSign1.PAYLOAD signed with the TEST 1 key, verified under EdDSA with {@code key}. */
    private static Outcome signature(ReferenceVerifier verifier, byte[] key) {
        return verifier.verifySignature(Algorithm.EDDSA, key, RawSign1.PAYLOAD,
                CoseFixtures.signEd25519(ED25519_SEED, RawSign1.PAYLOAD));
    }

    /** The TEST 1 OKP key {1: 1, -1: 6, -2: x} with more parameters. */
    private static byte[] okpKey(Consumer<CBORObject> more) {
        CBORObject key = CBORObject.NewOrderedMap().Add(1, 1).Add(-1, 6)
                .Add(-2, CoseFixtures.ed25519Public(ED25519_SEED));
        more.accept(key);
        return key.EncodeToBytes();
    }

    /** The TEST 1 OKP key with crv {@code crv} instead of Ed25519. */
    private static byte[] okpKeyOn(int crv) {
        return CBORObject.NewOrderedMap().Add(1, 1).Add(-1, crv).Add(-2, CoseFixtures.ed25519Public(ED25519_SEED))
                .EncodeToBytes();
    }

    /** The EC2 key of {@link CoseFixtures#P256_D} taken as a scalar on {@code curve}, with crv {@code crv}. */
    private static byte[] ec2KeyOn(String curve, int crv) {
        org.bouncycastle.math.ec.ECPoint q = CoseFixtures.publicOn(curve, CoseFixtures.P256_D);
        return CBORObject.NewOrderedMap().Add(1, 2).Add(-1, crv).Add(-2, q.getAffineXCoord().getEncoded())
                .Add(-3, q.getAffineYCoord().getEncoded()).EncodeToBytes();
    }

    /**
     * {@code key} as a compressed point whose x is 1, the x-coordinate of no point of P-256 (1 - 3 + b is no square
     * modulo p), with the sign bit false.
     */
    private static byte[] compressedWithoutAPoint(byte[] key) {
        byte[] one = new byte[32];
        one[31] = 1;
        return CBORObject.DecodeFromBytes(key).Set(-2, one).Set(-3, CBORObject.False).EncodeToBytes();
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
