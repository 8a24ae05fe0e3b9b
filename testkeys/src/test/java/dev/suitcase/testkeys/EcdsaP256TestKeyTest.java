package dev.suitcase.testkeys;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcdsaP256TestKeyTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] MESSAGE = "sample".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTheRfc6979SampleDeterministically() {
        // RFC 6979 Appendix A.2.5, P-256, SHA-256, message "sample": the public key Ux, Uy and the signature r, s
        EcdsaP256TestKey key = EcdsaP256TestKey.RFC6979_A_2_5;

        assertEquals("60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6", HEX.formatHex(key.x()));
        assertEquals("7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299", HEX.formatHex(key.y()));
        assertEquals("efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
                + "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8", HEX.formatHex(key.sign(MESSAGE)));
    }

    @Test
    void theSuitManifestExampleKeyIsTheOneOfItsPem() {
        // draft-ietf-suit-manifest-37 Appendix B: the public key of the example key
        EcdsaP256TestKey key = EcdsaP256TestKey.SUIT_MANIFEST_APPENDIX_B;

        assertEquals("8496811aae0baaabd26157189eecda26beaa8bf11b6f3fe6e2b5659c85dbc0ad", HEX.formatHex(key.x()));
        assertEquals("3b1f2a4b6c098131c0a36dacd1d78bd381dcdfb09c052db33991db7338b4a896", HEX.formatHex(key.y()));
        assertEquals("0296588d909418b339d150420a3612b57fb4f631a69f224fae90cb4f3fe18973",
                HEX.formatHex(key.privateScalar()));
    }

    @Test
    void aLabelledKeyIsPinned() {
        // the corpus's ECDSA keys are derived this way, so the derivation must never change
        assertEquals("a673c2e060e71365fbc89219fbb2b4a64d3fee1138701345015196329cea2d26",
                HEX.formatHex(EcdsaP256TestKey.derive("a").x()));
    }

    @Test
    void theSameLabelGivesTheSameKeyAndSignatures() {
        assertArrayEquals(EcdsaP256TestKey.derive("a").x(), EcdsaP256TestKey.derive("a").x());
        assertArrayEquals(EcdsaP256TestKey.derive("a").sign(MESSAGE), EcdsaP256TestKey.derive("a").sign(MESSAGE));
        assertFalse(Arrays.equals(EcdsaP256TestKey.derive("a").x(), EcdsaP256TestKey.derive("b").x()));
    }

    @Test
    void itsSignaturesVerifyUnderItsPublicKey() {
        EcdsaP256TestKey key = EcdsaP256TestKey.derive("verify");
        byte[] signature = key.sign(MESSAGE);
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, key.publicKey());
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(MESSAGE, 0, MESSAGE.length);
        byte[] hash = new byte[32];
        sha256.doFinal(hash, 0);

        assertEquals(64, signature.length);
        assertTrue(verifier.verifySignature(hash, new BigInteger(1, Arrays.copyOf(signature, 32)),
                new BigInteger(1, Arrays.copyOfRange(signature, 32, 64))));
    }

    @Test
    void refusesAScalarOutsideOneToNMinusOne() {
        assertThrows(IllegalArgumentException.class, () -> EcdsaP256TestKey.fromScalar(BigInteger.ZERO));
        assertThrows(IllegalArgumentException.class, () -> EcdsaP256TestKey.fromScalar(EcdsaP256TestKey.DOMAIN.getN()));
    }
}
