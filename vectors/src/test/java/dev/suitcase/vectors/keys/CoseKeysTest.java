package dev.suitcase.vectors.keys;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
