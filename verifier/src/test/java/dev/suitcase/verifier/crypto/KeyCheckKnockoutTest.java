package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;

import com.upokecenter.cbor.CBORObject;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sensitivity of every skippable {@link KeyCheck}: an input that breaks exactly that rule is
 * rejected by the reference verifier naming the check, and with the check knocked out the verifier
 * goes on as a processor without it would, and accepts; or, where the input breaks a later rule too
 * by construction (no valid signature can be made for it), is rejected by that later check.
 */
class KeyCheckKnockoutTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final VerifierOptions DEFAULT = VerifierOptions.DEFAULT;
    private static final byte[] MESSAGE = "Sig_structure stand-in".getBytes(StandardCharsets.US_ASCII);

    // Ed25519: RFC 8032 §7.1 TEST 2's private key.
    private static final Ed25519Signing SIGNER =
            new Ed25519Signing(HEX.parseHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
    private static final byte[] IDENTITY = HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000000");
    /** The identity with y = p + 1: a non-canonical encoding that fits in 255 bits. */
    private static final byte[] IDENTITY_Y_P_PLUS_ONE =
            HEX.parseHex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");

    // P-256: the RFC 6979 A.2.5 key.
    private static final BigInteger P256_D = EcdsaP256TestKey.RFC6979_A_2_5.d();

    /** One input that breaks {@code check}'s rule and no earlier one, and what becomes of it without the check. */
    record Case(KeyCheck check, String input, VerifierOptions options, Function<ReferenceVerifier, Outcome> verification,
                Optional<KeyCheck> thenRejectedBy) {
        @Override
        public String toString() {
            return check.id() + ": " + input;
        }
    }

    static List<Case> cases() {
        return List.of(
                // Ed25519
                ed25519(KeyCheck.ED25519_A_LENGTH, "A with a zero byte appended, 33 bytes, and a valid signature",
                        concat(SIGNER.publicKey(), new byte[1]), SIGNER.signWithIdentityR(MESSAGE, IDENTITY), MESSAGE,
                        DEFAULT, Optional.empty()),
                ed25519(KeyCheck.ED25519_A_NON_CANONICAL, "the identity as A, y = p + 1, R = identity, S = 0",
                        IDENTITY_Y_P_PLUS_ONE, concat(IDENTITY, new byte[32]), MESSAGE, DEFAULT, Optional.empty()),
                ed25519(KeyCheck.ED25519_SIGNATURE_LENGTH, "a valid signature with a zero byte appended, 65 bytes",
                        SIGNER.publicKey(), concat(SIGNER.signWithIdentityR(MESSAGE, IDENTITY), new byte[1]), MESSAGE,
                        DEFAULT, Optional.empty()),
                ed25519(KeyCheck.ED25519_A_SMALL_ORDER, "the identity as A, R = identity, S = 0",
                        IDENTITY, concat(IDENTITY, new byte[32]), MESSAGE, DEFAULT, Optional.empty()),
                ed25519(KeyCheck.ED25519_S_RANGE, "a valid signature with S + L",
                        SIGNER.publicKey(), withSPlusL(SIGNER.signWithIdentityR(MESSAGE, IDENTITY)), MESSAGE, DEFAULT,
                        Optional.empty()),
                ed25519(KeyCheck.ED25519_R_NON_CANONICAL, "a valid signature whose R is the identity as y = p + 1",
                        SIGNER.publicKey(), SIGNER.signWithIdentityR(MESSAGE, IDENTITY_Y_P_PLUS_ONE), MESSAGE, DEFAULT,
                        Optional.empty()),
                ed25519(KeyCheck.ED25519_R_SMALL_ORDER, "a valid signature whose R is the identity, ed25519-strict",
                        SIGNER.publicKey(), SIGNER.signWithIdentityR(MESSAGE, IDENTITY), MESSAGE,
                        DEFAULT.with(Profile.ED25519_STRICT), Optional.empty()),
                ed25519(KeyCheck.ED25519_EQUATION, "a valid signature over other bytes",
                        SIGNER.publicKey(), SIGNER.signWithIdentityR("other bytes".getBytes(StandardCharsets.US_ASCII),
                                IDENTITY), MESSAGE, DEFAULT, Optional.empty()),
                // P-256 keys
                p256(KeyCheck.P256_COORDINATE_LENGTH, "a valid signature, the key's x written in its 31 significant bytes",
                        Arrays.copyOfRange(xWithLeadingZero().x(), 1, 32), xWithLeadingZero().y(),
                        sign(xWithLeadingZero().d(), MESSAGE), DEFAULT, Optional.empty()),
                p256(KeyCheck.P256_COORDINATE_RANGE, "x = p for the point (0, y), which no one holds the key of",
                        P256Curve.P, yForXZero(), sign(P256_D, MESSAGE), DEFAULT,
                        Optional.of(KeyCheck.ECDSA_EQUATION)),
                p256(KeyCheck.P256_POINT_AT_INFINITY, "(0, 0) with the signature forged for Q = infinity",
                        BigInteger.ZERO, BigInteger.ZERO, forgedForInfinity(MESSAGE), DEFAULT, Optional.empty()),
                p256(KeyCheck.P256_POINT_OFF_CURVE, "the key with y + 1 and its signature",
                        publicPoint(P256_D).getAffineXCoord().toBigInteger(),
                        publicPoint(P256_D).getAffineYCoord().toBigInteger().add(BigInteger.ONE),
                        sign(P256_D, MESSAGE), DEFAULT, Optional.of(KeyCheck.ECDSA_EQUATION)),
                p256(KeyCheck.P256_POINT_OFF_CURVE, "(x, 0), of order 2 off the curve, with a signature whose u2 is even",
                        publicPoint(P256_D).getAffineXCoord().toBigInteger(), BigInteger.ZERO,
                        forgedForOrderTwo(MESSAGE), DEFAULT, Optional.empty()),
                // ECDSA signatures
                p256(KeyCheck.ECDSA_SIGNATURE_LENGTH, "a valid signature with a zero byte appended", P256_D,
                        concat(sign(P256_D, MESSAGE), new byte[1]), DEFAULT, Optional.empty()),
                p256(KeyCheck.ECDSA_SIGNATURE_LENGTH, "a valid signature with r and s in 33 bytes each", P256_D,
                        signPadded(P256_D, MESSAGE, 33), DEFAULT, Optional.empty()),
                p256(KeyCheck.ECDSA_SIGNATURE_LENGTH, "a valid signature cut to 63 bytes", P256_D,
                        Arrays.copyOf(sign(P256_D, MESSAGE), 63), DEFAULT, Optional.of(KeyCheck.ECDSA_EQUATION)),
                p256(KeyCheck.ECDSA_SIGNATURE_DER, "a valid signature DER-encoded", P256_D,
                        der(sign(P256_D, MESSAGE)), DEFAULT, Optional.empty()),
                p256(KeyCheck.ECDSA_R_RANGE, "r = 0", P256_D, withR(sign(P256_D, MESSAGE), BigInteger.ZERO), DEFAULT,
                        Optional.of(KeyCheck.ECDSA_EQUATION)),
                p256SHigh(),
                p256(KeyCheck.ECDSA_HIGH_S, "a valid signature in its high-s form, ecdsa-low-s", P256_D,
                        highS(sign(P256_D, MESSAGE)), DEFAULT.with(Profile.ECDSA_LOW_S), Optional.empty()),
                p256(KeyCheck.ECDSA_EQUATION, "a valid signature over other bytes", P256_D,
                        sign(P256_D, "other bytes".getBytes(StandardCharsets.US_ASCII)), DEFAULT, Optional.empty()),
                // HSS-LMS: RFC 8554 Test Case 1 (L = 2, LMS_SHA256_M32_H5 and LMOTS_SHA256_N32_W8 at both levels)
                hss(KeyCheck.HSS_LEVELS, "L = 9 with the two-level signature", withU32(TC1.publicKey(), 0, 9),
                        TC1.signature(), Optional.of(KeyCheck.HSS_NSPK)),
                hss(KeyCheck.HSS_KEY_TRAILING_BYTES, "a byte after T[1]", concat(TC1.publicKey(), new byte[1]),
                        TC1.signature(), Optional.empty()),
                hss(KeyCheck.HSS_NSPK, "L raised from 2 to 3, the two-level signature (Nspk = 1)",
                        withU32(TC1.publicKey(), 0, 3), TC1.signature(), Optional.empty()),
                hss(KeyCheck.HSS_SIGNATURE_TRAILING_BYTES, "a byte after the last LMS signature", TC1.publicKey(),
                        concat(TC1.signature(), new byte[1]), Optional.empty()),
                hss(KeyCheck.LMS_OTS_TYPE_MISMATCH, "top LM-OTS type relabelled LMOTS_SHAKE_N32_W8 (same n and p)",
                        TC1.publicKey(), withU32(TC1.signature(), TOP_OTS_TYPE, LmOtsType.LMOTS_SHAKE_N32_W8.code()),
                        Optional.empty()),
                hss(KeyCheck.LMS_TYPE_MISMATCH, "top LMS type relabelled LMS_SHAKE_M32_H5 (same m and h)",
                        TC1.publicKey(), withU32(TC1.signature(), TOP_LMS_TYPE, LmsType.LMS_SHAKE_M32_H5.code()),
                        Optional.empty()),
                hss(KeyCheck.LMS_Q_RANGE, "top q raised by 2^h", TC1.publicKey(),
                        withU32(TC1.signature(), TOP_Q, u32(TC1.signature(), TOP_Q) + 32), Optional.of(KeyCheck.HSS_ROOT_MISMATCH)),
                hss(KeyCheck.HSS_ROOT_MISMATCH, "the signature of another message", TC1.publicKey(), TC1.signature(),
                        "another message".getBytes(StandardCharsets.US_ASCII), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theInputIsRejectedByItsCheck(Case testCase) {
        Outcome outcome = testCase.verification().apply(new ReferenceVerifier(testCase.options()));
        assertEquals(Optional.of(testCase.check()), outcome.check(), outcome::toString);
        assertEquals(testCase.check().reason(), outcome.reason().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void withoutItsCheckTheVerifierGoesOn(Case testCase) {
        ReferenceVerifier without = new ReferenceVerifier(Knockouts.without(testCase.options(), testCase.check()));
        Outcome outcome = testCase.verification().apply(without);
        assertEquals(testCase.thenRejectedBy(), outcome.check(), outcome::toString);
        assertEquals(testCase.thenRejectedBy().isEmpty(), outcome.accepted(), outcome::toString);
    }

    /** Inputs no processor can go on with: each is rejected by its check, which cannot be knocked out. */
    static List<Case> inputsNoProcessorGoesOnWith() {
        byte[] tc1Signature = TC1.signature();
        int signedKey = TOP_LMS_TYPE + 4 + LmsType.LMS_SHA256_M32_H5.pathLength();
        return List.of(
                ed25519(KeyCheck.ED25519_A_NOT_ON_CURVE, "an A whose y has no point",
                        Edwards25519Arithmetic.encodeInteger(Edwards25519Test.firstYWithoutPoint()), new byte[64], MESSAGE,
                        DEFAULT, Optional.empty()),
                ed25519(KeyCheck.ED25519_R_NOT_ON_CURVE, "an R whose y has no point", SIGNER.publicKey(),
                        concat(Edwards25519Arithmetic.encodeInteger(Edwards25519Test.firstYWithoutPoint()), new byte[32]),
                        MESSAGE, DEFAULT, Optional.empty()),
                p256(KeyCheck.ECDSA_SIGNATURE_UNSPLITTABLE, "a 31-byte signature", P256_D, new byte[31], DEFAULT,
                        Optional.empty()),
                hss(KeyCheck.HSS_KEY_TRUNCATED, "a key cut inside T[1]", Arrays.copyOf(TC1.publicKey(), 40),
                        tc1Signature, Optional.empty()),
                hss(KeyCheck.HSS_KEY_LMS_TYPE_UNKNOWN, "LMS type 0x815", withU32(TC1.publicKey(), 4, 0x815), tc1Signature,
                        Optional.empty()),
                hss(KeyCheck.HSS_KEY_OTS_TYPE_UNKNOWN, "LM-OTS type 0x815", withU32(TC1.publicKey(), 8, 0x815),
                        tc1Signature, Optional.empty()),
                hss(KeyCheck.HSS_SIGNATURE_TRUNCATED, "a signature cut by one byte", TC1.publicKey(),
                        Arrays.copyOf(tc1Signature, tc1Signature.length - 1), Optional.empty()),
                hss(KeyCheck.HSS_SIGNED_KEY_LMS_TYPE_UNKNOWN, "the signed key's LMS type 0x815", TC1.publicKey(),
                        withU32(tc1Signature, signedKey, 0x815), Optional.empty()),
                hss(KeyCheck.HSS_SIGNED_KEY_OTS_TYPE_UNKNOWN, "the signed key's LM-OTS type 0x815", TC1.publicKey(),
                        withU32(tc1Signature, signedKey + 4, 0x815), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputsNoProcessorGoesOnWith")
    void aCheckNoProcessorGoesOnPastNamesItself(Case testCase) {
        assertFalse(testCase.check().skippable());
        theInputIsRejectedByItsCheck(testCase);
    }

    @Test
    void everySkippableCheckHasACase() {
        Set<KeyCheck> covered = cases().stream().map(Case::check).collect(Collectors.toSet());
        Set<KeyCheck> skippable = EnumSet.noneOf(KeyCheck.class);
        for (KeyCheck check : KeyCheck.values()) {
            if (check.skippable()) {
                skippable.add(check);
            }
        }
        skippable.removeAll(covered);
        assertEquals(Set.of(), skippable);
    }

    @Test
    void aCheckNoProcessorGoesOnPastCannotBeKnockedOut() {
        for (KeyCheck check : KeyCheck.values()) {
            if (!check.skippable()) {
                assertThrows(IllegalArgumentException.class, () -> Knockouts.without(DEFAULT, check), check.id());
            }
        }
    }

    @Test
    void idsAreUniqueAndSectionsNameTheirSpecification() {
        assertEquals(KeyCheck.values().length,
                Arrays.stream(KeyCheck.values()).map(KeyCheck::id).collect(Collectors.toSet()).size());
        for (KeyCheck check : KeyCheck.values()) {
            assertTrue(check.id().matches("(ed25519|p256|ecdsa|hss|lms)\\.[a-z0-9]+(-[a-z0-9]+)*"), check.id());
            assertTrue(check.section().matches("(RFC \\d+|SEC 1 v2) §\\d+(\\.\\d+)*"), check.section());
        }
    }

    @Test
    void withoutTheLengthRuleAShortSignatureIsPaddedWithZeros() {
        // A signature whose last byte is zero, sent without it: the zero-filled array restores it.
        byte[] message = null;
        byte[] signature = null;
        for (int i = 0; signature == null || signature[63] != 0; i++) {
            message = ("trimmed " + i).getBytes(StandardCharsets.US_ASCII);
            signature = SIGNER.signWithIdentityR(message, IDENTITY);
        }
        byte[] trimmed = Arrays.copyOf(signature, 63);
        byte[] key = okpKey(SIGNER.publicKey());
        Outcome strict = new ReferenceVerifier(DEFAULT).verifySignature(Algorithm.ED25519, key, message, trimmed);
        assertEquals(Optional.of(KeyCheck.ED25519_SIGNATURE_LENGTH), strict.check(), strict::toString);
        Outcome lenient = new ReferenceVerifier(Knockouts.without(DEFAULT, KeyCheck.ED25519_SIGNATURE_LENGTH))
                .verifySignature(Algorithm.ED25519, key, message, trimmed);
        assertTrue(lenient.accepted(), lenient::toString);
    }

    @Test
    void withoutTheNspkRuleTheSignatureDeclaresTheLevels() {
        // Nspk = 0 under Test Case 1's two-level key: read as one level, its top LMS signature signs the
        // lower public key, not the message, and the rest is left over (RFC 8554 §6.3 without step 2).
        Outcome outcome = hss(KeyCheck.HSS_NSPK, "Nspk = 0", TC1.publicKey(), withU32(TC1.signature(), 0, 0),
                Optional.empty()).verification().apply(
                new ReferenceVerifier(Knockouts.without(DEFAULT, KeyCheck.HSS_NSPK)));
        assertEquals(Optional.of(KeyCheck.HSS_SIGNATURE_TRAILING_BYTES), outcome.check(), outcome::toString);
    }

    @Test
    void aKnockedOutCheckStillRejectsWhatItsContinuationCannotVerify() {
        // S + L with the range check off goes on to the equation, which a wrong message still fails.
        byte[] signature = withSPlusL(SIGNER.signWithIdentityR("other bytes".getBytes(StandardCharsets.US_ASCII),
                IDENTITY));
        Outcome outcome = new ReferenceVerifier(Knockouts.without(DEFAULT, KeyCheck.ED25519_S_RANGE))
                .verifySignature(Algorithm.ED25519, okpKey(SIGNER.publicKey()), MESSAGE, signature);
        assertEquals(Optional.of(KeyCheck.ED25519_EQUATION), outcome.check(), outcome::toString);
        assertFalse(outcome.accepted());
    }

    // --- Ed25519 -------------------------------------------------------------------------------------

    private static Case ed25519(KeyCheck check, String input, byte[] a, byte[] signature, byte[] message,
                                VerifierOptions options, Optional<KeyCheck> then) {
        byte[] key = okpKey(a);
        return new Case(check, input, options,
                verifier -> verifier.verifySignature(Algorithm.ED25519, key, message, signature), then);
    }

    static byte[] okpKey(byte[] a) {
        return CBORObject.NewOrderedMap().Add(1, 1).Add(-1, 6).Add(-2, a).EncodeToBytes();
    }

    private static byte[] withSPlusL(byte[] signature) {
        BigInteger s = Edwards25519.littleEndian(Arrays.copyOfRange(signature, 32, 64));
        byte[] changed = signature.clone();
        System.arraycopy(Edwards25519Arithmetic.encodeInteger(s.add(Edwards25519.L)), 0, changed, 32, 32);
        return changed;
    }

    // --- P-256 ---------------------------------------------------------------------------------------

    private static Case p256(KeyCheck check, String input, BigInteger x, BigInteger y, byte[] signature,
                             VerifierOptions options, Optional<KeyCheck> then) {
        return p256(check, input, coordinate(x), coordinate(y), signature, options, then);
    }

    private static Case p256(KeyCheck check, String input, byte[] x, byte[] y, byte[] signature,
                             VerifierOptions options, Optional<KeyCheck> then) {
        byte[] key = CBORObject.NewOrderedMap().Add(1, 2).Add(-1, 1).Add(-2, x).Add(-3, y).EncodeToBytes();
        return new Case(check, input, options,
                verifier -> verifier.verifySignature(Algorithm.ES256, key, MESSAGE, signature), then);
    }

    private static Case p256(KeyCheck check, String input, BigInteger d, byte[] signature, VerifierOptions options,
                             Optional<KeyCheck> then) {
        ECPoint q = publicPoint(d);
        return p256(check, input, q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger(), signature,
                options, then);
    }

    /**
     * s = n + 1 with a key chosen to fit: with s = 1 (mod n), R = [e]G + [r]Q, so for R = [k]G the key
     * d = (k - e) / r (mod n) makes (r, 1) valid, and a processor that reduces s accepts (r, n + 1).
     */
    private static Case p256SHigh() {
        BigInteger e = new BigInteger(1, Sha256.digest(MESSAGE));
        BigInteger k = BigInteger.valueOf(0x5017CA5EL);
        BigInteger r = publicPoint(k).getAffineXCoord().toBigInteger().mod(P256Curve.N);
        BigInteger d = k.subtract(e).multiply(r.modInverse(P256Curve.N)).mod(P256Curve.N);
        byte[] signature = concat(coordinate(r), coordinate(P256Curve.N.add(BigInteger.ONE)));
        return p256(KeyCheck.ECDSA_S_RANGE, "s = n + 1 under a key made for s = 1", d, signature, DEFAULT,
                Optional.empty());
    }

    private static ECPoint publicPoint(BigInteger d) {
        return P256Curve.DOMAIN.getG().multiply(d).normalize();
    }

    private record KeyPair(BigInteger d, byte[] x, byte[] y) {
    }

    /** The first private key 1, 2, 3, ... whose public x is below 2^248: its 32-byte x starts with a zero. */
    private static KeyPair xWithLeadingZero() {
        for (BigInteger d = BigInteger.ONE; ; d = d.add(BigInteger.ONE)) {
            ECPoint q = publicPoint(d);
            byte[] x = coordinate(q.getAffineXCoord().toBigInteger());
            if (x[0] == 0) {
                return new KeyPair(d, x, coordinate(q.getAffineYCoord().toBigInteger()));
            }
        }
    }

    /** The y of a point (0, y) of P-256: a square root of b, which exists (p = 3 mod 4). */
    private static BigInteger yForXZero() {
        BigInteger y = P256Curve.B.modPow(P256Curve.P.add(BigInteger.ONE).shiftRight(2), P256Curve.P);
        assertTrue(P256Curve.isOnCurve(BigInteger.ZERO, y), "b is a square mod p");
        return y;
    }

    /** With Q at infinity, u1 G + u2 Q = (e / s) G: s = 1 and r = x([e]G) verify every time. */
    private static byte[] forgedForInfinity(byte[] message) {
        BigInteger e = new BigInteger(1, Sha256.digest(message));
        BigInteger r = publicPoint(e).getAffineXCoord().toBigInteger().mod(P256Curve.N);
        return concat(coordinate(r), coordinate(BigInteger.ONE));
    }

    private static byte[] sign(BigInteger d, byte[] message) {
        return EcdsaP256TestKey.fromScalar(d).sign(message);
    }

    /**
     * With Q = (x, 0) off the curve, the arithmetic runs on the curve through Q with the same a, where Q
     * has order 2: [u2]Q is the point at infinity for an even u2, and u1 G + u2 Q = u1 G. So for R = [k]G,
     * r = x(R) and s = e / k, the signature verifies whenever u2 = r / s is even: try k = 1, 2, ...
     */
    private static byte[] forgedForOrderTwo(byte[] message) {
        BigInteger e = new BigInteger(1, Sha256.digest(message));
        for (BigInteger k = BigInteger.ONE; ; k = k.add(BigInteger.ONE)) {
            BigInteger r = publicPoint(k).getAffineXCoord().toBigInteger().mod(P256Curve.N);
            BigInteger s = e.multiply(k.modInverse(P256Curve.N)).mod(P256Curve.N);
            if (!r.multiply(s.modInverse(P256Curve.N)).mod(P256Curve.N).testBit(0)) {
                return concat(coordinate(r), coordinate(s));
            }
        }
    }

    /** The signature of {@code message} by {@code d} with r and s each left-padded to {@code width} bytes. */
    private static byte[] signPadded(BigInteger d, byte[] message, int width) {
        byte[] signature = sign(d, message);
        byte[] padded = new byte[2 * width];
        System.arraycopy(signature, 0, padded, width - 32, 32);
        System.arraycopy(signature, 32, padded, 2 * width - 32, 32);
        return padded;
    }

    private static byte[] der(byte[] signature) {
        ASN1EncodableVector sequence = new ASN1EncodableVector();
        sequence.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(signature, 0, 32))));
        sequence.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(signature, 32, 64))));
        try {
            return new DERSequence(sequence).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withR(byte[] signature, BigInteger r) {
        return concat(coordinate(r), Arrays.copyOfRange(signature, 32, 64));
    }

    /** The same signature with s or n - s, whichever is above n/2. */
    private static byte[] highS(byte[] signature) {
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        BigInteger high = s.compareTo(P256Curve.N.shiftRight(1)) > 0 ? s : P256Curve.N.subtract(s);
        return concat(Arrays.copyOf(signature, 32), coordinate(high));
    }

    private static byte[] coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    // --- HSS-LMS -------------------------------------------------------------------------------------

    private static final HssVector TC1 = HssVector.load("rfc8554-test-case-1.txt");
    /** Offsets in Test Case 1's signature: Nspk, then the top LMS signature's q, LM-OTS type, ..., LMS type. */
    private static final int TOP_Q = 4;
    private static final int TOP_OTS_TYPE = 8;
    private static final int TOP_LMS_TYPE = TOP_OTS_TYPE + LmOtsType.LMOTS_SHA256_N32_W8.signatureLength();

    private static Case hss(KeyCheck check, String input, byte[] pub, byte[] signature, Optional<KeyCheck> then) {
        return hss(check, input, pub, signature, TC1.message(), then);
    }

    private static Case hss(KeyCheck check, String input, byte[] pub, byte[] signature, byte[] message,
                            Optional<KeyCheck> then) {
        byte[] key = CBORObject.NewOrderedMap().Add(1, 5).Add(-1, pub).EncodeToBytes();
        return new Case(check, input, DEFAULT,
                verifier -> verifier.verifySignature(Algorithm.HSS_LMS, key, message, signature), then);
    }

    private static long u32(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xff);
        }
        return value;
    }

    private static byte[] withU32(byte[] bytes, int offset, long value) {
        byte[] changed = bytes.clone();
        for (int i = 0; i < 4; i++) {
            changed[offset + i] = (byte) (value >>> (8 * (3 - i)));
        }
        return changed;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
