package dev.suitcase.vectors.edwards;

import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Ed25519VerdictTest {
    private static final HexFormat HEX = HexFormat.of();
    // RFC 8032 §7.1, TEST 1
    private static final byte[] KEY = HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final byte[] SIGNATURE = HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    private static final byte[] EMPTY = new byte[0];
    private static final byte[] IDENTITY = HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000000");

    @Test
    void acceptsAValidSignatureUnderEveryProfile() {
        Ed25519Verdict verdict = Ed25519Verdict.of(KEY, SIGNATURE, EMPTY);

        assertTrue(verdict.cofactorless());
        assertEquals(Expectation.accept(), verdict.expectation());
    }

    @Test
    void rejectsAWellFormedSignatureOverAnotherMessageAsInvalid() {
        assertEquals(Expectation.reject(Reason.SIGNATURE_INVALID), Ed25519Verdict.of(KEY, SIGNATURE, new byte[] {0}).expectation());
    }

    @Test
    void rejectsSPlusLAsMalformedEvenUnderZip215() {
        BigInteger s = Edwards25519.littleEndian(Arrays.copyOfRange(SIGNATURE, 32, 64));
        byte[] malleated = SIGNATURE.clone();
        System.arraycopy(Edwards25519.encodeScalar(s.add(Edwards25519.L)), 0, malleated, 32, 32);

        Ed25519Verdict verdict = Ed25519Verdict.of(KEY, malleated, EMPTY);

        assertFalse(verdict.sInRange());
        assertEquals(Expectation.reject(Reason.SIGNATURE_MALFORMED), verdict.expectation());
    }

    @Test
    void rejectsAKeyOfTheWrongLengthAsBadKey() {
        assertEquals(Expectation.reject(Reason.BAD_KEY), Ed25519Verdict.of(Arrays.copyOf(KEY, 31), SIGNATURE, EMPTY).expectation());
    }

    @Test
    void leavesTheIdentityKeyForgeryToTheProfiles() {
        byte[] forgery = Arrays.copyOf(IDENTITY, 64);

        Ed25519Verdict verdict = Ed25519Verdict.of(IDENTITY, forgery, "anything".getBytes());

        assertTrue(verdict.keySmallOrder());
        assertTrue(verdict.cofactorless());
        assertEquals(Expectation.either().withProfile(Profile.ED25519_STRICT, ExpectedResult.REJECT)
                .withProfile(Profile.ED25519_ZIP215, ExpectedResult.ACCEPT), verdict.expectation());
    }

    @Test
    void rejectsASmallOrderKeyWhoseSignatureFailsBothEquationsAsBadKey() {
        assertEquals(Expectation.reject(Reason.BAD_KEY), Ed25519Verdict.of(IDENTITY, SIGNATURE, EMPTY).expectation());
    }

    @Test
    void rejectsANonCanonicalKeyThatZip215Accepts() {
        byte[] identityNegativeZero = IDENTITY.clone();
        identityNegativeZero[31] = (byte) 0x80;

        Ed25519Verdict verdict = Ed25519Verdict.of(identityNegativeZero, Arrays.copyOf(IDENTITY, 64), EMPTY);

        assertEquals(Optional.of(Edwards25519.DecodeFailure.NEGATIVE_ZERO), verdict.keyFailure());
        assertEquals(Expectation.reject(Reason.BAD_KEY).withProfile(Profile.ED25519_ZIP215, ExpectedResult.ACCEPT),
                verdict.expectation());
    }

    @Test
    void rejectsASignatureOfTheWrongLengthWithoutLookingFurther() {
        Ed25519Verdict verdict = Ed25519Verdict.of(KEY, Arrays.copyOf(SIGNATURE, 65), EMPTY);

        assertFalse(verdict.wellFormed());
        assertFalse(verdict.zip215());
        assertEquals(Expectation.reject(Reason.SIGNATURE_MALFORMED), verdict.expectation());
    }
}
