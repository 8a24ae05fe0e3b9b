package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.crypto.Edwards25519Arithmetic.AffinePoint;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ed25519PublicKeyTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final VerifierOptions DEFAULT = VerifierOptions.DEFAULT;
    private static final VerifierOptions STRICT = DEFAULT.with(Profile.ED25519_STRICT);
    private static final VerifierOptions ZIP215 = DEFAULT.with(Profile.ED25519_ZIP215);

    // RFC 8032 §7.1, TEST 2
    private static final byte[] SEED =
            HEX.parseHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    private static final byte[] KEY = HEX.parseHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
    private static final byte[] MESSAGE = HEX.parseHex("72");
    private static final byte[] SIGNATURE = HEX.parseHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
            + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");

    private static final Ed25519Signing SIGNER = new Ed25519Signing(SEED);
    private static final BigInteger NONCE = new BigInteger("1234567890123456789012345678901234567890");
    private static final byte[] SUIT_MESSAGE = "Sig_structure stand-in".getBytes(StandardCharsets.US_ASCII);

    /** RFC 8032 §7.1 TEST 1, 2 and 3: public key, message, signature. */
    @ParameterizedTest(name = "RFC 8032 §7.1 TEST {0}")
    @CsvSource({
        "1, d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '', "
            + "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        "2, 3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72, "
            + "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
            + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
        "3, fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025, af82, "
            + "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
            + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
    })
    void acceptsRfc8032TestVector(int test, String key, String message, String signature) {
        Ed25519PublicKey publicKey = Ed25519PublicKey.fromEncoded(HEX.parseHex(key));
        assertDoesNotThrow(() -> publicKey.verify(HEX.parseHex(message), HEX.parseHex(signature), DEFAULT));
        assertDoesNotThrow(() -> publicKey.verify(HEX.parseHex(message), HEX.parseHex(signature), STRICT));
    }

    @Test
    void testSignerDerivesTheRfc8032PublicKey() {
        assertArrayEquals(KEY, SIGNER.publicKey());
    }

    @Test
    void rejectsSignatureWithAFlippedBitInS() {
        byte[] signature = SIGNATURE.clone();
        signature[40] ^= 0x01;
        assertRejected(Reason.SIGNATURE_INVALID, () -> key().verify(MESSAGE, signature, DEFAULT));
    }

    @Test
    void rejectsSignatureOverAMessageWithAFlippedBit() {
        assertRejected(Reason.SIGNATURE_INVALID, () -> key().verify(HEX.parseHex("73"), SIGNATURE, DEFAULT));
    }

    @Test
    void rejectsSignatureUnderAnotherKey() {
        Ed25519PublicKey other = Ed25519PublicKey.fromEncoded(
                HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        assertRejected(Reason.SIGNATURE_INVALID, () -> other.verify(MESSAGE, SIGNATURE, DEFAULT));
    }

    @Test
    void rejectsEd25519ctxSignature() {
        // RFC 8032 §5.1: Ed25519ctx prefixes dom2(0, context); COSE -8 and -19 are pure Ed25519 only.
        byte[] signature = new byte[64];
        Ed25519.sign(SEED, 0, new byte[] {1, 2, 3}, MESSAGE, 0, MESSAGE.length, signature, 0);
        assertRejected(Reason.SIGNATURE_INVALID, () -> key().verify(MESSAGE, signature, DEFAULT));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 63, 65, 66})
    void rejectsSignatureOfWrongLength(int length) {
        byte[] signature = Arrays.copyOf(SIGNATURE, length);
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(MESSAGE, signature, DEFAULT));
        assertTrue(rejection.detail().contains(length + " bytes") && rejection.detail().contains("exactly 64"),
                rejection.detail());
    }

    @Test
    void rejectsSEqualToL() {
        byte[] signature = withS(SIGNATURE, Edwards25519.L);
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(MESSAGE, signature, DEFAULT));
        assertTrue(rejection.detail().contains("S >= L"), rejection.detail());
    }

    @Test
    void rejectsSPlusL() {
        // The malleability S + L would verify under an equation that reduces S first (Wycheproof tcIds 63-70).
        BigInteger s = Edwards25519.littleEndian(Arrays.copyOfRange(SIGNATURE, 32, 64));
        byte[] signature = withS(SIGNATURE, s.add(Edwards25519.L));
        assertRejected(Reason.SIGNATURE_MALFORMED, () -> key().verify(MESSAGE, signature, DEFAULT));
    }

    @Test
    void rejectsSWithTheHighBitSet() {
        byte[] signature = withS(SIGNATURE, BigInteger.TWO.pow(256).subtract(BigInteger.ONE));
        assertRejected(Reason.SIGNATURE_MALFORMED, () -> key().verify(MESSAGE, signature, DEFAULT));
    }

    @Test
    void rejectsRWithYNotBelowP() {
        byte[] signature = withR(SIGNATURE,
                Edwards25519Arithmetic.encodeInteger(Edwards25519.P.add(BigInteger.TWO)));
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(MESSAGE, signature, DEFAULT));
        assertTrue(rejection.detail().contains("component R") && rejection.detail().contains("non-canonical"),
                rejection.detail());
    }

    @Test
    void rejectsRWithNegativeZeroX() {
        // Wycheproof ed25519 tcId 151: R = (x = -0, y = 1)
        byte[] signature = withR(SIGNATURE,
                HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000080"));
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(MESSAGE, signature, DEFAULT));
        assertTrue(rejection.detail().contains("x = -0"), rejection.detail());
    }

    @Test
    void rejectsRThatIsNotAPoint() {
        byte[] signature = withR(SIGNATURE,
                Edwards25519Arithmetic.encodeInteger(Edwards25519Test.firstYWithoutPoint()));
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(MESSAGE, signature, DEFAULT));
        assertTrue(rejection.detail().contains("does not encode a point"), rejection.detail());
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 31, 33})
    void rejectsKeyOfWrongLength(int length) {
        Rejection rejection = assertRejected(Reason.BAD_KEY,
                () -> Ed25519PublicKey.fromEncoded(Arrays.copyOf(KEY, length)));
        assertTrue(rejection.detail().contains(length + " bytes"), rejection.detail());
    }

    @Test
    void rejectsKeyWithYNotBelowP() {
        // y = p + 3, a second encoding of the point with y = 3 if there is one; non-canonical either way
        Rejection rejection = assertRejected(Reason.BAD_KEY, () -> usable(
                Edwards25519Arithmetic.encodeInteger(Edwards25519.P.add(BigInteger.valueOf(3))), DEFAULT));
        assertTrue(rejection.detail().contains("public key A") && rejection.detail().contains("non-canonical"),
                rejection.detail());
    }

    @Test
    void rejectsKeyWithNegativeZeroX() {
        Rejection rejection = assertRejected(Reason.BAD_KEY, () -> usable(
                HEX.parseHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"), DEFAULT));
        assertTrue(rejection.detail().contains("x = -0"), rejection.detail());
    }

    @Test
    void rejectsKeyThatIsNotAPoint() {
        Rejection rejection = assertRejected(Reason.BAD_KEY, () -> usable(
                Edwards25519Arithmetic.encodeInteger(Edwards25519Test.firstYWithoutPoint()), ZIP215));
        assertTrue(rejection.detail().contains("does not encode a point"), rejection.detail());
    }

    /** The eight canonical small-order encodings; Edwards25519TorsionTest derives them independently. */
    static Stream<String> smallOrderEncodings() {
        return Edwards25519Torsion.encodings().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("smallOrderEncodings")
    void rejectsSmallOrderKey(String encoding) {
        Rejection rejection = assertRejected(Reason.BAD_KEY, () -> usable(HEX.parseHex(encoding), DEFAULT));
        assertTrue(rejection.detail().contains("of small order") && rejection.detail().contains("every profile but"),
                rejection.detail());
        assertRejected(Reason.BAD_KEY, () -> usable(HEX.parseHex(encoding), STRICT));
    }

    @ParameterizedTest
    @MethodSource("smallOrderEncodings")
    void acceptsSmallOrderRByDefault(String encoding) {
        // R = T of small order, S = k a: [8][S]B = [8][k]A = [8]R + [8][k]A holds since [8]T is the identity.
        byte[] signature = SIGNER.sign(SUIT_MESSAGE, BigInteger.ZERO, torsionPoint(encoding), KEY);
        assertArrayEquals(HEX.parseHex(encoding), Arrays.copyOf(signature, 32));
        assertDoesNotThrow(() -> key().verify(SUIT_MESSAGE, signature, DEFAULT));
    }

    @ParameterizedTest
    @MethodSource("smallOrderEncodings")
    void rejectsSmallOrderRUnderStrictProfile(String encoding) {
        byte[] signature = SIGNER.sign(SUIT_MESSAGE, BigInteger.ZERO, torsionPoint(encoding), KEY);
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(SUIT_MESSAGE, signature, STRICT));
        assertTrue(rejection.detail().contains("small-order R") && rejection.detail().contains("ed25519-strict"),
                rejection.detail());
    }

    @Test
    void acceptsSignatureValidOnlyUnderTheCofactoredEquation() {
        // R = [r]B + T with T of order 8: [S]B = [r]B + [k]A misses R by T (cofactorless fails), [8]T vanishes
        // (cofactored holds). BC 1.87 verifies cofactored, and ed25519-rfc8032 allows either equation.
        AffinePoint orderEight = torsionPoint("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
        byte[] signature = SIGNER.sign(SUIT_MESSAGE, NONCE, orderEight, KEY);
        assertDoesNotThrow(() -> key().verify(SUIT_MESSAGE, signature, DEFAULT));
        // R is of mixed order, not small order, so ed25519-strict accepts it as well.
        assertDoesNotThrow(() -> key().verify(SUIT_MESSAGE, signature, STRICT));
    }

    @Test
    void acceptsMixedOrderKey() {
        // A' = A + T, T of order 8: a valid point that is not of small order; RFC 8032 does not reject it.
        AffinePoint a = Edwards25519Arithmetic.decode(KEY);
        AffinePoint orderEight = torsionPoint("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05");
        byte[] mixed = Edwards25519Arithmetic.encode(Edwards25519Arithmetic.add(a, orderEight));
        Ed25519PublicKey mixedKey = Ed25519PublicKey.fromEncoded(mixed);
        // S = r + k a with k hashed over A': only [8][k]T separates the two sides, and [8]T vanishes.
        byte[] signature = SIGNER.sign(SUIT_MESSAGE, NONCE, Edwards25519Arithmetic.IDENTITY, mixed);
        assertDoesNotThrow(() -> mixedKey.verify(SUIT_MESSAGE, signature, DEFAULT));
        assertDoesNotThrow(() -> mixedKey.verify(SUIT_MESSAGE, signature, STRICT));
    }

    // --- ed25519-zip215 -------------------------------------------------------------------------------

    /** The identity with y = p + 1, and with x = -0: the two kinds of non-canonical encoding. */
    static Stream<String> nonCanonicalIdentities() {
        return Stream.of("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                "0100000000000000000000000000000000000000000000000000000000000080");
    }

    @ParameterizedTest
    @MethodSource("nonCanonicalIdentities")
    void zip215AcceptsAValidSignatureWhoseRIsEncodedNonCanonically(String r) {
        byte[] signature = SIGNER.signWithIdentityR(SUIT_MESSAGE, HEX.parseHex(r));
        assertRejected(Reason.SIGNATURE_MALFORMED, () -> key().verify(SUIT_MESSAGE, signature, DEFAULT));
        assertDoesNotThrow(() -> key().verify(SUIT_MESSAGE, signature, ZIP215));
        // k is hashed over R as received: the same S under the canonical R's hash does not verify.
        byte[] canonicalHash = SIGNER.signWithIdentityR(SUIT_MESSAGE, HEX.parseHex(r));
        System.arraycopy(SIGNER.signWithIdentityR(SUIT_MESSAGE, Edwards25519Arithmetic.encode(
                Edwards25519Arithmetic.IDENTITY)), 32, canonicalHash, 32, 32);
        assertRejected(Reason.SIGNATURE_INVALID, () -> key().verify(SUIT_MESSAGE, canonicalHash, ZIP215));
    }

    @ParameterizedTest
    @MethodSource("nonCanonicalIdentities")
    void zip215AcceptsANonCanonicalKeyOfSmallOrderAndItsForgery(String a) {
        // R = identity, S = 0: [8][0]B = [8]R + [8][k]A for the identity A, whatever the message.
        byte[] forgery = new byte[64];
        forgery[0] = 1;
        Ed25519PublicKey key = Ed25519PublicKey.fromEncoded(HEX.parseHex(a));
        assertRejected(Reason.BAD_KEY, () -> key.checkUsableUnder(DEFAULT));
        assertRejected(Reason.BAD_KEY, () -> key.verify(SUIT_MESSAGE, forgery, DEFAULT));
        assertDoesNotThrow(() -> key.checkUsableUnder(ZIP215));
        assertDoesNotThrow(() -> key.verify(SUIT_MESSAGE, forgery, ZIP215));
    }

    @ParameterizedTest
    @MethodSource("smallOrderEncodings")
    void zip215AcceptsASmallOrderKeyAndRejectsWhatItsEquationRejects(String encoding) {
        Ed25519PublicKey key = Ed25519PublicKey.fromEncoded(HEX.parseHex(encoding));
        byte[] forgery = new byte[64];
        forgery[0] = 1;
        assertDoesNotThrow(() -> key.verify(SUIT_MESSAGE, forgery, ZIP215));
        // S = 1 puts B on the left, which no torsion point on the right cancels.
        byte[] notAForgery = forgery.clone();
        notAForgery[32] = 1;
        assertRejected(Reason.SIGNATURE_INVALID, () -> key.verify(SUIT_MESSAGE, notAForgery, ZIP215));
    }

    @Test
    void zip215StillRequiresSBelowL() {
        BigInteger s = Edwards25519.littleEndian(Arrays.copyOfRange(SIGNATURE, 32, 64));
        assertRejected(Reason.SIGNATURE_MALFORMED, () -> key().verify(MESSAGE, withS(SIGNATURE, s.add(Edwards25519.L)),
                ZIP215));
    }

    @Test
    void zip215StillRequiresRAndAToBePoints() {
        byte[] notAPoint = Edwards25519Arithmetic.encodeInteger(Edwards25519Test.firstYWithoutPoint());
        Rejection r = assertRejected(Reason.SIGNATURE_MALFORMED, () -> key().verify(MESSAGE, withR(SIGNATURE, notAPoint),
                ZIP215));
        assertEquals(KeyCheck.ED25519_R_NOT_ON_CURVE, r.check());
        Rejection a = assertRejected(Reason.BAD_KEY, () -> usable(notAPoint, ZIP215));
        assertEquals(KeyCheck.ED25519_A_NOT_ON_CURVE, a.check());
    }

    @Test
    void aYNotBelowPThatIsNoPointModuloPIsNonCanonicalByDefaultAndNoPointUnderZip215() {
        BigInteger y = Edwards25519Test.firstYWithoutPoint();
        assertTrue(y.compareTo(BigInteger.valueOf(19)) < 0, "y + p fits in 255 bits");
        byte[] encoded = Edwards25519Arithmetic.encodeInteger(y.add(Edwards25519.P));
        assertEquals(KeyCheck.ED25519_A_NON_CANONICAL, assertRejected(Reason.BAD_KEY, () -> usable(encoded, DEFAULT)).check());
        Rejection underZip215 = assertRejected(Reason.BAD_KEY, () -> usable(encoded, ZIP215));
        assertEquals(KeyCheck.ED25519_A_NOT_ON_CURVE, underZip215.check());
        assertTrue(underZip215.detail().contains("taken modulo p"), underZip215.detail());
    }

    @ParameterizedTest(name = "RFC 8032 §7.1 TEST {0}")
    @CsvSource({
        "1, d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '', "
            + "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        "2, 3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72, "
            + "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
            + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
    })
    void zip215AcceptsHonestSignatures(int test, String key, String message, String signature) {
        Ed25519PublicKey publicKey = Ed25519PublicKey.fromEncoded(HEX.parseHex(key));
        assertDoesNotThrow(() -> publicKey.verify(HEX.parseHex(message), HEX.parseHex(signature), ZIP215));
        byte[] tampered = HEX.parseHex(signature);
        tampered[40] ^= 1;
        assertRejected(Reason.SIGNATURE_INVALID, () -> publicKey.verify(HEX.parseHex(message), tampered, ZIP215));
    }

    @Test
    void zip215AcceptsSignaturesOnlyTheCofactoredEquationAccepts() {
        AffinePoint orderEight = torsionPoint("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
        byte[] signature = SIGNER.sign(SUIT_MESSAGE, NONCE, orderEight, KEY);
        assertDoesNotThrow(() -> key().verify(SUIT_MESSAGE, signature, ZIP215));
    }

    @Test
    void theVerifiersOwnEquationAgreesWithBouncyCastlesWhereBothApply() {
        // Knocking the range check of S out sends S + L to the verifier's own arithmetic; [S + L]B = [S]B,
        // so its verdict must be BouncyCastle's on S, for valid and invalid signatures alike.
        ReferenceVerifier own = new ReferenceVerifier(Knockouts.without(DEFAULT, KeyCheck.ED25519_S_RANGE));
        ReferenceVerifier library = new ReferenceVerifier(DEFAULT);
        byte[] coseKey = KeyCheckKnockoutTest.okpKey(KEY);
        AffinePoint orderEight = torsionPoint("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
        int accepted = 0;
        for (int i = 0; i < 24; i++) {
            byte[] message = ("message " + i).getBytes(StandardCharsets.US_ASCII);
            byte[] signature = SIGNER.sign(message, NONCE.add(BigInteger.valueOf(i)),
                    i % 3 == 0 ? orderEight : Edwards25519Arithmetic.IDENTITY, KEY);
            if (i % 4 == 1) {
                signature[33] ^= 4;
            }
            if (i % 5 == 2) {
                message[0] ^= 1;
            }
            boolean libraryAccepts = library.verifySignature(Algorithm.ED25519, coseKey, message, signature).accepted();
            BigInteger s = Edwards25519.littleEndian(Arrays.copyOfRange(signature, 32, 64));
            byte[] unreduced = withS(signature, s.add(Edwards25519.L));
            assertEquals(libraryAccepts, own.verifySignature(Algorithm.ED25519, coseKey, message, unreduced).accepted(),
                    "signature " + i);
            accepted += libraryAccepts ? 1 : 0;
        }
        assertTrue(accepted > 5 && accepted < 20, accepted + " of 24 accepted: both verdicts occur");
    }

    @Test
    void encodedReturnsACopyOfTheReceivedKey() {
        Ed25519PublicKey key = key();
        byte[] encoded = key.encoded();
        assertArrayEquals(KEY, encoded);
        encoded[0] ^= 1;
        assertArrayEquals(KEY, key.encoded());
    }

    @Test
    void keyDoesNotAliasTheCallersArray() {
        byte[] bytes = KEY.clone();
        Ed25519PublicKey key = Ed25519PublicKey.fromEncoded(bytes);
        bytes[0] ^= 1;
        assertDoesNotThrow(() -> key.verify(MESSAGE, SIGNATURE, DEFAULT));
    }

    @Test
    void belongsToTheEd25519Family() {
        assertEquals(Algorithm.Family.ED25519, key().family());
    }

    @Test
    void keysAreEqualByEncoding() {
        assertEquals(key(), Ed25519PublicKey.fromEncoded(KEY.clone()));
        assertEquals(key().hashCode(), Ed25519PublicKey.fromEncoded(KEY.clone()).hashCode());
        assertNotEquals(key(), Ed25519PublicKey.fromEncoded(
                HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")));
    }

    /** Parses {@code a} and checks it is usable under {@code options}, as the reference verifier does. */
    private static Ed25519PublicKey usable(byte[] a, VerifierOptions options) {
        Ed25519PublicKey key = Ed25519PublicKey.fromEncoded(a);
        key.checkUsableUnder(options);
        return key;
    }

    private static Ed25519PublicKey key() {
        return Ed25519PublicKey.fromEncoded(KEY);
    }

    private static AffinePoint torsionPoint(String encoding) {
        return Edwards25519Arithmetic.decode(HEX.parseHex(encoding));
    }

    private static byte[] withS(byte[] signature, BigInteger s) {
        byte[] changed = signature.clone();
        System.arraycopy(Edwards25519Arithmetic.encodeInteger(s), 0, changed, 32, 32);
        return changed;
    }

    private static byte[] withR(byte[] signature, byte[] r) {
        byte[] changed = signature.clone();
        System.arraycopy(r, 0, changed, 0, 32);
        return changed;
    }

    static Rejection assertRejected(Reason reason, Executable verification) {
        Rejection rejection = assertThrows(Rejection.class, verification);
        assertEquals(reason, rejection.reason(), rejection.detail());
        return rejection;
    }
}
