package dev.suitcase.vectors.keys;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoseKeysTest {
    private static final byte[] ONE = {0x01};
    private static final byte[] TWO = {0x02};
    private static final byte[] THREE = {0x03};

    @Test
    void aP256PrivateKeyIsItsPublicKeyWithD() {
        // {1: 2, -1: 1, -2: h'01', -3: h'02'} and then -4: h'03'
        assertEquals("a401022001214101224102", CoseKeys.ec2P256(ONE, TWO).hex());
        assertEquals("a501022001214101224102234103", CoseKeys.ec2P256Private(ONE, TWO, THREE).hex());
    }

    @Test
    void anEd25519PrivateKeyIsItsPublicKeyWithD() {
        // {1: 1, -1: 6, -2: h'01'} and then -4: h'03'
        assertEquals("a301012006214101", CoseKeys.okpEd25519(ONE).hex());
        assertEquals("a401012006214101234103", CoseKeys.okpEd25519Private(ONE, THREE).hex());
    }

    @Test
    void anHssLmsPrivateKeyIsItsPublicKeyWithThePrivateKeyAtLabelMinusTwo() {
        // {1: 5, -1: h'01'} and then -2: h'02', this suite's private form
        assertEquals("a30105204101214102", CoseKeys.hssLmsPrivate(ONE, TWO).hex());
        assertEquals("a20105204101", CoseKeys.hssLms(ONE).hex());
    }

    @Test
    void aP256TestKeysCoseKeysCarryItsCoordinatesAndScalar() {
        // RFC 6979 A.2.5: Ux, Uy and x
        EcdsaP256TestKey key = EcdsaP256TestKey.RFC6979_A_2_5;
        String x = "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";
        String y = "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";

        assertEquals("a401022001215820" + x + "225820" + y, CoseKeys.of(key).hex());
        assertEquals("a501022001215820" + x + "225820" + y
                + "235820c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721", CoseKeys.privateOf(key).hex());
    }

    @Test
    void anEd25519TestKeysCoseKeysCarryItsPublicKeyAndSeed() {
        // RFC 8032 §7.1 TEST 1: A and the secret key
        Ed25519TestKey key = Ed25519TestKey.RFC8032_TEST_1;

        assertEquals("a301012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                CoseKeys.of(key).hex());
        assertEquals("a401012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
                + "2358209d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", CoseKeys.privateOf(key).hex());
    }

    @Test
    void anHssLmsTestKeysCoseKeyCarriesThePublicKeyAtLabelMinusOne() {
        HssLmsTestKey key = HssLmsTestKey.generate("cose",
                List.of(LMSParameters.create(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8)));

        // {1: 5, -1: h'...'}, the public key 60 bytes for L = 1, SHA-256/M32
        assertTrue(CoseKeys.of(key).hex().startsWith("a2010520583c00000001"), CoseKeys.of(key).hex());
        assertTrue(CoseKeys.privateOf(key).hex().startsWith("a3010520583c00000001"), CoseKeys.privateOf(key).hex());
    }
}
