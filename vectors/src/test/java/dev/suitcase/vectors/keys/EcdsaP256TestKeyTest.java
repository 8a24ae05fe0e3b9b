package dev.suitcase.vectors.keys;

import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcdsaP256TestKeyTest {
    private static final byte[] MESSAGE = "sample".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTheRfc6979SampleDeterministically() {
        // RFC 6979 Appendix A.2.5, P-256, SHA-256, message "sample"
        EcdsaP256TestKey key = EcdsaP256TestKey.fromScalar(
                new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16));

        assertEquals("efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
                + "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8", key.sign(MESSAGE).hex());
    }

    @Test
    void theSameLabelGivesTheSameKeyAndSignatures() {
        assertEquals(EcdsaP256TestKey.derive("a").coseKey(), EcdsaP256TestKey.derive("a").coseKey());
        assertEquals(EcdsaP256TestKey.derive("a").sign(MESSAGE), EcdsaP256TestKey.derive("a").sign(MESSAGE));
        assertNotEquals(EcdsaP256TestKey.derive("a").coseKey(), EcdsaP256TestKey.derive("b").coseKey());
    }

    @Test
    void itsSignaturesVerifyUnderItsPublicKey() {
        EcdsaP256TestKey key = EcdsaP256TestKey.derive("verify");
        byte[] signature = key.sign(MESSAGE).toByteArray();
        X9ECParameters curve = ECNamedCurveTable.getByName("P-256");
        ECDomainParameters domain = new ECDomainParameters(curve);
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(curve.getCurve().createPoint(
                new BigInteger(1, key.x()), new BigInteger(1, key.y())), domain));
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(MESSAGE, 0, MESSAGE.length);
        byte[] hash = new byte[32];
        sha256.doFinal(hash, 0);

        assertEquals(64, signature.length);
        assertTrue(verifier.verifySignature(hash, new BigInteger(1, Arrays.copyOf(signature, 32)),
                new BigInteger(1, Arrays.copyOfRange(signature, 32, 64))));
    }

    @Test
    void itsCoseKeyIsAnEc2P256Key() {
        EcdsaP256TestKey key = EcdsaP256TestKey.derive("cose");

        assertEquals("a401022001215820" + HexFormat.of().formatHex(key.x()) + "225820" + HexFormat.of().formatHex(key.y()),
                key.coseKey().hex());
    }
}
