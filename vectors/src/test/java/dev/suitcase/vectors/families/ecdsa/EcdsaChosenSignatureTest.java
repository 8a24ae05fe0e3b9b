package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcdsaChosenSignatureTest {
    private static final Bytes MESSAGE = Bytes.of("chosen signature test".getBytes(StandardCharsets.UTF_8));

    /** BouncyCastle's verification of (r, s) for the digest under the chosen key. */
    private static boolean verifies(EcdsaChosenSignature chosen, byte[] digest) {
        ECPoint q = EcdsaP256.CURVE.getCurve().createPoint(new BigInteger(1, chosen.x().toByteArray()),
                new BigInteger(1, chosen.y().toByteArray()));
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(q, EcdsaP256.DOMAIN));
        return verifier.verifySignature(digest, chosen.signature().r(), chosen.signature().s());
    }

    @Test
    void theChosenSignatureVerifiesForTheMessageUnderTheChosenKey() {
        EcdsaChosenSignature chosen = EcdsaChosenSignature.forMessage(EcdsaP256.multiplyBase(BigInteger.valueOf(12345)),
                BigInteger.ONE, MESSAGE);

        assertEquals(BigInteger.ONE, chosen.signature().s());
        assertTrue(verifies(chosen, Sha256.digest(MESSAGE.toByteArray())));
        assertFalse(verifies(chosen, Sha256.digest("another message".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aPointWithXAboveTheOrderGivesTheReducedR() {
        ECPoint point = EcdsaP256.firstPointFrom(EcdsaP256.N);
        EcdsaChosenSignature chosen = EcdsaChosenSignature.forMessage(point, BigInteger.TWO, MESSAGE);

        assertTrue(point.getAffineXCoord().toBigInteger().compareTo(EcdsaP256.N) >= 0);
        assertEquals(point.getAffineXCoord().toBigInteger().subtract(EcdsaP256.N), chosen.signature().r());
        assertTrue(verifies(chosen, Sha256.digest(MESSAGE.toByteArray())));
    }

    @Test
    void aSignatureForAnUnhashedDigestVerifiesOnlyForThatDigest() {
        byte[] unhashed = new byte[64];
        unhashed[0] = 1;
        EcdsaChosenSignature chosen = EcdsaChosenSignature.of(EcdsaP256.multiplyBase(BigInteger.TEN),
                BigInteger.valueOf(3), EcdsaP256.digestInteger(unhashed));

        assertTrue(verifies(chosen, unhashed));
        assertFalse(verifies(chosen, Sha256.digest(unhashed)));
    }

    @Test
    void theSmallestPointsHaveTheSmallestXCoordinates() {
        assertEquals(BigInteger.ZERO, EcdsaP256.firstPointFrom(BigInteger.ZERO).getAffineXCoord().toBigInteger());
        assertEquals(BigInteger.valueOf(5), EcdsaP256.firstPointFrom(BigInteger.ONE).getAffineXCoord().toBigInteger());
    }

    @Test
    void refusesSOutOfRange() {
        ECPoint point = EcdsaP256.multiplyBase(BigInteger.TEN);

        assertThrows(IllegalArgumentException.class, () -> EcdsaChosenSignature.forMessage(point, BigInteger.ZERO, MESSAGE));
        assertThrows(IllegalArgumentException.class, () -> EcdsaChosenSignature.forMessage(point, EcdsaP256.N, MESSAGE));
    }
}
