package dev.suitcase.verifier.crypto;

import static dev.suitcase.verifier.crypto.Ed25519PublicKeyTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers from RFC 6979 Appendix A.2.5 (ECDSA, 256 bits, prime field; SHA-256): the key U
 * and the signatures over the messages "sample" and "test". The "sample" signature has a high s.
 */
class P256PublicKeyTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final VerifierOptions DEFAULT = VerifierOptions.DEFAULT;
    private static final VerifierOptions LOW_S = DEFAULT.with(Profile.ECDSA_LOW_S);

    private static final byte[] UX = HEX.parseHex("60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6");
    private static final byte[] UY = HEX.parseHex("7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299");

    private static final byte[] SAMPLE = "sample".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SAMPLE_SIGNATURE = HEX.parseHex(
            "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
            + "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8");
    private static final byte[] TEST = "test".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEST_SIGNATURE = HEX.parseHex(
            "f1abb023518351cd71d881567b1ea663ed3efcf6c5132b354f28d3b0b7d38367"
            + "019f4113742a2b14bd25926b49c649155f267e60d3814b4c0cc84250e46f0083");

    @Test
    void acceptsRfc6979SampleSignatureWithHighS() {
        assertTrue(s(SAMPLE_SIGNATURE).compareTo(P256Curve.N.shiftRight(1)) > 0, "the RFC vector has a high s");
        assertDoesNotThrow(() -> key().verify(SAMPLE, SAMPLE_SIGNATURE, DEFAULT));
    }

    @Test
    void acceptsRfc6979TestSignature() {
        assertDoesNotThrow(() -> key().verify(TEST, TEST_SIGNATURE, DEFAULT));
    }

    @Test
    void rejectsHighSUnderLowSProfile() {
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(SAMPLE, SAMPLE_SIGNATURE, LOW_S));
        assertTrue(rejection.detail().contains("high s") && rejection.detail().contains("ecdsa-low-s"),
                rejection.detail());
    }

    @Test
    void acceptsLowSUnderLowSProfile() {
        assertDoesNotThrow(() -> key().verify(TEST, TEST_SIGNATURE, LOW_S));
    }

    @Test
    void acceptsTheLowSFormOfAHighSSignatureUnderEveryProfile() {
        // (r, n - s) verifies whenever (r, s) does: the malleability the low-S profile closes.
        byte[] normalised = withS(SAMPLE_SIGNATURE, P256Curve.N.subtract(s(SAMPLE_SIGNATURE)));
        assertDoesNotThrow(() -> key().verify(SAMPLE, normalised, DEFAULT));
        assertDoesNotThrow(() -> key().verify(SAMPLE, normalised, LOW_S));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {2, 63, 65, 66})
    void rejectsSignatureOfWrongLength(int length) {
        byte[] signature = Arrays.copyOf(SAMPLE_SIGNATURE, length);
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(SAMPLE, signature, DEFAULT));
        assertTrue(rejection.detail().contains(length + " bytes") && rejection.detail().contains("exactly 64"),
                rejection.detail());
        assertFalse(rejection.detail().contains("DER"), rejection.detail());
        assertEquals(KeyCheck.ECDSA_SIGNATURE_LENGTH, rejection.check());
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 31})
    void rejectsBytesNoSplitReadsAsRAndSByACheckOfTheirOwn(int length) {
        byte[] signature = Arrays.copyOf(SAMPLE_SIGNATURE, length);
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(SAMPLE, signature, DEFAULT));
        assertEquals(KeyCheck.ECDSA_SIGNATURE_UNSPLITTABLE, rejection.check());
        assertTrue(rejection.detail().contains(length + " bytes") && rejection.detail().contains("exactly 64"),
                rejection.detail());
    }

    @Test
    void rejectsDerEncodedSignatureSayingSo() {
        // SEQUENCE { INTEGER r, INTEGER s }, both with a 0x00 pad since their high bits are set: 72 bytes.
        byte[] der = HEX.parseHex("3046"
                + "022100" + HEX.formatHex(SAMPLE_SIGNATURE, 0, 32)
                + "022100" + HEX.formatHex(SAMPLE_SIGNATURE, 32, 64));
        assertEquals(72, der.length);
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED, () -> key().verify(SAMPLE, der, DEFAULT));
        assertTrue(rejection.detail().startsWith("DER-encoded ECDSA signature")
                && rejection.detail().contains("raw r ‖ s"), rejection.detail());
    }

    @Test
    void rejectsShortDerEncodedSignatureSayingSo() {
        // the smallest DER shape: SEQUENCE { INTEGER 1, INTEGER 1 }
        byte[] der = HEX.parseHex("3006020101020101");
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED, () -> key().verify(SAMPLE, der, DEFAULT));
        assertTrue(rejection.detail().startsWith("DER-encoded"), rejection.detail());
    }

    @Test
    void rejectsZeroR() {
        assertOutOfRange(withR(SAMPLE_SIGNATURE, BigInteger.ZERO), "r");
    }

    @Test
    void rejectsZeroS() {
        assertOutOfRange(withS(SAMPLE_SIGNATURE, BigInteger.ZERO), "s");
    }

    @Test
    void rejectsREqualToN() {
        assertOutOfRange(withR(SAMPLE_SIGNATURE, P256Curve.N), "r");
    }

    @Test
    void rejectsSEqualToN() {
        assertOutOfRange(withS(SAMPLE_SIGNATURE, P256Curve.N), "s");
    }

    @Test
    void rejectsRWithEveryBitSet() {
        assertOutOfRange(withR(SAMPLE_SIGNATURE, BigInteger.TWO.pow(256).subtract(BigInteger.ONE)), "r");
    }

    @Test
    void rejectsSignatureWithAFlippedBitInS() {
        byte[] signature = SAMPLE_SIGNATURE.clone();
        signature[63] ^= 0x01;
        assertRejected(Reason.SIGNATURE_INVALID, () -> key().verify(SAMPLE, signature, DEFAULT));
    }

    @Test
    void rejectsSignatureOverAnotherMessage() {
        assertRejected(Reason.SIGNATURE_INVALID, () -> key().verify(TEST, SAMPLE_SIGNATURE, DEFAULT));
    }

    @Test
    void rejectsSignatureUnderTheNegatedKey() {
        // (x, p - y) is a valid key, -U; the signature by U does not verify under it
        byte[] negatedY = fixedLength(P256Curve.P.subtract(new BigInteger(1, UY)));
        P256PublicKey negated = P256PublicKey.fromCoordinates(UX, negatedY);
        assertRejected(Reason.SIGNATURE_INVALID, () -> negated.verify(SAMPLE, SAMPLE_SIGNATURE, DEFAULT));
    }

    @Test
    void rejectsKeyWithXNotBelowP() {
        Rejection rejection = assertRejected(Reason.BAD_KEY,
                () -> P256PublicKey.fromCoordinates(fixedLength(P256Curve.P), UY));
        assertTrue(rejection.detail().contains("coordinate x") && rejection.detail().contains("not below"),
                rejection.detail());
    }

    @Test
    void rejectsKeyWithYNotBelowP() {
        Rejection rejection = assertRejected(Reason.BAD_KEY,
                () -> P256PublicKey.fromCoordinates(UX, fixedLength(P256Curve.P.add(BigInteger.ONE))));
        assertTrue(rejection.detail().contains("coordinate y") && rejection.detail().contains("not below"),
                rejection.detail());
    }

    @Test
    void rejectsKeyWithXAliasedByP() {
        // x = p + 1 fits in 32 bytes and is the field element 1 in disguise; a verifier that reduces
        // coordinates mod p would accept a second encoding of a key.
        byte[] aliased = fixedLength(BigInteger.ONE.add(P256Curve.P));
        Rejection rejection = assertRejected(Reason.BAD_KEY, () -> P256PublicKey.fromCoordinates(aliased, UY));
        assertTrue(rejection.detail().contains("not below"), rejection.detail());
    }

    @Test
    void rejectsKeyOffTheCurve() {
        byte[] offCurve = fixedLength(new BigInteger(1, UY).add(BigInteger.ONE));
        Rejection rejection = assertRejected(Reason.BAD_KEY, () -> P256PublicKey.fromCoordinates(UX, offCurve));
        assertTrue(rejection.detail().contains("not on the curve"), rejection.detail());
    }

    @Test
    void rejectsPointAtInfinityEncodedAsZeros() {
        Rejection rejection = assertRejected(Reason.BAD_KEY,
                () -> P256PublicKey.fromCoordinates(new byte[32], new byte[32]));
        assertTrue(rejection.detail().contains("point at infinity"), rejection.detail());
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 31, 33})
    void rejectsXOfWrongLength(int length) {
        Rejection rejection = assertRejected(Reason.BAD_KEY,
                () -> P256PublicKey.fromCoordinates(resized(UX, length), UY));
        assertTrue(rejection.detail().contains("coordinate x is " + length + " bytes"), rejection.detail());
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 31, 33})
    void rejectsYOfWrongLength(int length) {
        Rejection rejection = assertRejected(Reason.BAD_KEY,
                () -> P256PublicKey.fromCoordinates(UX, resized(UY, length)));
        assertTrue(rejection.detail().contains("coordinate y is " + length + " bytes"), rejection.detail());
    }

    @Test
    void rejectsCoordinateWithAnExtraLeadingZero() {
        // 33 bytes with the same value: COSE EC2 coordinates have exactly the field size
        byte[] padded = new byte[33];
        System.arraycopy(UX, 0, padded, 1, 32);
        assertRejected(Reason.BAD_KEY, () -> P256PublicKey.fromCoordinates(padded, UY));
    }

    @Test
    void coordinatesAreCopies() {
        byte[] x = UX.clone();
        P256PublicKey key = P256PublicKey.fromCoordinates(x, UY);
        x[0] ^= 1;
        assertArrayEquals(UX, key.x());
        key.x()[0] ^= 1;
        key.y()[0] ^= 1;
        assertArrayEquals(UX, key.x());
        assertArrayEquals(UY, key.y());
        assertDoesNotThrow(() -> key.verify(SAMPLE, SAMPLE_SIGNATURE, DEFAULT));
    }

    @Test
    void belongsToTheEcdsaP256Family() {
        assertEquals(Algorithm.Family.ECDSA_P256, key().family());
    }

    @Test
    void keysAreEqualByCoordinates() {
        assertEquals(key(), P256PublicKey.fromCoordinates(UX.clone(), UY.clone()));
        assertEquals(key().hashCode(), P256PublicKey.fromCoordinates(UX.clone(), UY.clone()).hashCode());
        assertNotEquals(key(), P256PublicKey.fromCoordinates(UX,
                fixedLength(P256Curve.P.subtract(new BigInteger(1, UY)))));
    }

    private static P256PublicKey key() {
        return P256PublicKey.fromCoordinates(UX, UY);
    }

    private static void assertOutOfRange(byte[] signature, String component) {
        Rejection rejection = assertRejected(Reason.SIGNATURE_MALFORMED,
                () -> key().verify(SAMPLE, signature, DEFAULT));
        assertTrue(rejection.detail().contains("component " + component)
                && rejection.detail().contains("[1, n-1]"), rejection.detail());
    }

    private static BigInteger s(byte[] signature) {
        return new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    }

    private static byte[] withR(byte[] signature, BigInteger r) {
        byte[] changed = signature.clone();
        System.arraycopy(fixedLength(r), 0, changed, 0, 32);
        return changed;
    }

    private static byte[] withS(byte[] signature, BigInteger s) {
        byte[] changed = signature.clone();
        System.arraycopy(fixedLength(s), 0, changed, 32, 32);
        return changed;
    }

    /** value as exactly 32 big-endian bytes; value must be below 2^256. */
    static byte[] fixedLength(BigInteger value) {
        byte[] minimal = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(minimal.length, 32);
        System.arraycopy(minimal, minimal.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static byte[] resized(byte[] coordinate, int length) {
        return Arrays.copyOf(coordinate, length);
    }
}
