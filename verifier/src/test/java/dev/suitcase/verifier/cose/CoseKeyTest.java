package dev.suitcase.verifier.cose;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.List;

import static dev.suitcase.verifier.cose.CoseFixtures.ED25519_SEED;
import static dev.suitcase.verifier.cose.CoseFixtures.P256_D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoseKeyTest {
    private static final ECPoint Q = CoseFixtures.p256Public(P256_D);

    private static CBORObject ec2() {
        return CBORObject.NewOrderedMap().Add(1, 2).Add(-1, 1)
                .Add(-2, Q.getAffineXCoord().getEncoded()).Add(-3, Q.getAffineYCoord().getEncoded());
    }

    private static Reason rejection(CBORObject key) {
        return rejection(key.EncodeToBytes());
    }

    private static Reason rejection(byte[] key) {
        return assertThrows(Rejection.class, () -> CoseKey.parse(key)).reason();
    }

    @Test
    void parsesTheSuitExampleKey() {
        // draft-ietf-suit-manifest-37 Appendix B key as a COSE_Key
        CoseKey key = CoseKey.parse(java.util.HexFormat.of().parseHex("a401022001215820"
                + "8496811aae0baaabd26157189eecda26beaa8bf11b6f3fe6e2b5659c85dbc0ad"
                + "2258203b1f2a4b6c098131c0a36dacd1d78bd381dcdfb09c052db33991db7338b4a896"));
        assertEquals(Algorithm.Family.ECDSA_P256, key.family());
        assertTrue(key.usableWith(Algorithm.ES256));
        assertTrue(key.usableWith(Algorithm.ESP256));
        assertFalse(key.usableWith(Algorithm.ED25519));
    }

    @Test
    void parsesAnEd25519Key() {
        CoseKey key = CoseKey.parse(CoseFixtures.okpKey(ED25519_SEED, -19));
        assertEquals(Algorithm.Family.ED25519, key.family());
        assertEquals(Algorithm.ED25519, key.algorithm().orElseThrow());
        assertTrue(key.usableWith(Algorithm.ED25519));
        assertFalse(key.usableWith(Algorithm.EDDSA), "a key restricted to -19 must not be used for -8");
    }

    @Test
    void aKeyParsedWithoutAKnockoutHasOneReadingAndServesItsOwnAlgorithm() {
        CoseKey restricted = CoseKey.parse(CoseFixtures.okpKey(ED25519_SEED, -19));
        CoseKey unrestricted = CoseKey.parse(ec2().EncodeToBytes());
        assertEquals(List.of(restricted.publicKey()), restricted.publicKeys());
        assertEquals(Algorithm.ED25519, restricted.ownAlgorithm());
        assertEquals(Algorithm.ES256, unrestricted.ownAlgorithm(), "an EC2 key without alg serves ECDSA P-256");
    }

    @Test
    void rejectsInputThatIsNotACborMapAsBadKey() {
        assertEquals(Reason.BAD_KEY, rejection(new byte[] {(byte) 0xa1, 0x01}));
        assertEquals(Reason.BAD_KEY, rejection(CBORObject.NewArray().Add(1)));
    }

    @Test
    void rejectsAKeyWithoutKty() {
        CBORObject key = ec2();
        key.Remove(CBORObject.FromObject(1));
        assertEquals(Reason.BAD_KEY, rejection(key));
    }

    @Test
    void rejectsAnUnknownKeyType() {
        assertEquals(Reason.BAD_KEY, rejection(ec2().Set(1, 99)));
        assertEquals(Reason.BAD_KEY, rejection(ec2().Set(1, "EC2")));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void rejectsKeyTypesNoSupportedAlgorithmUsesAsMismatch(int kty) {
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, rejection(ec2().Set(1, kty)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8})
    void rejectsEc2KeysOnOtherCurvesAsMismatch(int crv) {
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, rejection(ec2().Set(-1, crv)));
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 7})
    void rejectsOkpKeysOnOtherCurvesAsMismatch(int crv) {
        CBORObject key = CBORObject.DecodeFromBytes(CoseFixtures.okpKey(ED25519_SEED, null)).Set(-1, crv);
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, rejection(key));
    }

    @Test
    void rejectsAnUnknownCurve() {
        assertEquals(Reason.BAD_KEY, rejection(ec2().Set(-1, 77)));
    }

    /**
     * RFC 9053 §7.1.1 lets y be the sign bit of the y-coordinate. Of the two points with the signer's x, the sign
     * bit of Q's own parity names Q, whose key verifies the signer's signature, and the other names -Q, whose
     * private key is n - d: each compressed key verifies the signature of its own point and only that one.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsACompressedPointAsThePointItsSignBitNames(boolean signBit) {
        byte[] message = "a message".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        boolean namesQ = signBit == Q.getAffineYCoord().testBitZero();
        BigInteger d = namesQ ? P256_D : Q.getCurve().getOrder().subtract(P256_D);
        BigInteger other = namesQ ? Q.getCurve().getOrder().subtract(P256_D) : P256_D;
        CoseKey key = CoseKey.parse(ec2().Set(-3, signBit).EncodeToBytes());

        key.verify(Algorithm.ES256, message, CoseFixtures.signEs256(d, message), VerifierOptions.DEFAULT);
        Rejection wrongPoint = assertThrows(Rejection.class, () -> key.verify(Algorithm.ES256, message,
                CoseFixtures.signEs256(other, message), VerifierOptions.DEFAULT));
        assertEquals(Reason.SIGNATURE_INVALID, wrongPoint.reason());
    }

    @Test
    void rejectsACompressedPointWhoseXHasNoPoint() {
        byte[] one = new byte[32];
        one[31] = 1;
        Rejection rejection = assertThrows(Rejection.class, () -> CoseKey.parse(ec2().Set(-2, one).Set(-3, true)
                .EncodeToBytes()));
        assertEquals(CoseCheck.KEY_EC2_COMPRESSED_POINT, rejection.check());
        assertEquals(Reason.BAD_KEY, rejection.reason());
    }

    /** The x of a compressed point is the x the key's checks see: x + p is refused as it is beside Q's own y. */
    @Test
    void checksTheXOfACompressedPointLikeAnyOtherX() {
        BigInteger p = Q.getCurve().getField().getCharacteristic();
        byte[] xPlusP = Q.getAffineXCoord().toBigInteger().add(p).toByteArray();
        boolean signBit = Q.getAffineYCoord().testBitZero();
        Rejection compressed = assertThrows(Rejection.class,
                () -> CoseKey.parse(ec2().Set(-2, xPlusP).Set(-3, signBit).EncodeToBytes()));
        Rejection uncompressed = assertThrows(Rejection.class,
                () -> CoseKey.parse(ec2().Set(-2, xPlusP).EncodeToBytes()));
        assertEquals(uncompressed.check(), compressed.check());
        assertEquals(uncompressed.detail(), compressed.detail());
    }

    @Test
    void rejectsMissingCoordinates() {
        CBORObject noY = ec2();
        noY.Remove(CBORObject.FromObject(-3));
        assertEquals(Reason.BAD_KEY, rejection(noY));
        CBORObject noX = ec2();
        noX.Remove(CBORObject.FromObject(-2));
        assertEquals(Reason.BAD_KEY, rejection(noX));
    }

    @Test
    void rejectsAShortCoordinate() {
        byte[] x = Q.getAffineXCoord().getEncoded();
        assertEquals(Reason.BAD_KEY, rejection(ec2().Set(-2, java.util.Arrays.copyOf(x, 31))));
    }

    @Test
    void rejectsAPrivateKey() {
        assertEquals(Reason.BAD_KEY, rejection(ec2().Add(-4, P256_D.toByteArray())));
    }

    @Test
    void rejectsKeyOpsThatDoNotPermitVerify() {
        assertEquals(Reason.BAD_KEY, rejection(ec2().Add(4, CBORObject.NewArray().Add(1))));
        CoseKey verifyOnly = CoseKey.parse(ec2().Add(4, CBORObject.NewArray().Add(2)).EncodeToBytes());
        assertTrue(verifyOnly.usableWith(Algorithm.ES256));
    }

    @Test
    void rejectsAnHssLmsKeyWithoutPub() {
        assertEquals(Reason.BAD_KEY, rejection(CBORObject.NewOrderedMap().Add(1, 5)));
    }

    @Test
    void namesTheMismatchWhenAKeyIsUsedWithTheWrongAlgorithm() {
        CoseKey key = CoseKey.parse(CoseFixtures.ec2Key(P256_D, -9));
        Rejection rejection = assertThrows(Rejection.class, () -> key.checkUsableWith(Algorithm.ES256));
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, rejection.reason());
        assertTrue(rejection.detail().contains("ESP256"), rejection.detail());
        Rejection family = assertThrows(Rejection.class, () -> key.checkUsableWith(Algorithm.HSS_LMS));
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, family.reason());
    }
}
