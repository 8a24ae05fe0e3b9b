package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.cose.CoseKey;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoseKeyringTest {
    private static final BigInteger N = ECNamedCurveTable.getByName("P-256").getN();
    private static final byte[] MESSAGE = "to be signed".getBytes(StandardCharsets.UTF_8);

    private static BigInteger s(Bytes signature) {
        return new BigInteger(1, Arrays.copyOfRange(signature.toByteArray(), 32, 64));
    }

    @Test
    void lowSReplacesAHighSByItsComplementAndKeepsALowOne() {
        byte[] high = new byte[64];
        byte[] nMinusOne = N.subtract(BigInteger.ONE).toByteArray();
        System.arraycopy(nMinusOne, nMinusOne.length - 32, high, 32, 32);
        high[0] = 7;

        Bytes lowered = CoseKeyring.lowS(Bytes.of(high));

        assertEquals(BigInteger.ONE, s(lowered));
        assertEquals(7, lowered.toByteArray()[0]);
        assertSame(lowered, CoseKeyring.lowS(lowered));
    }

    @Test
    void ecdsaSignaturesComeOutLowS() {
        CoseSigner signer = new CoseKeyring("low-s test").signer(Algorithm.Family.ECDSA_P256);
        for (int i = 0; i < 16; i++) {
            Bytes signature = signer.sign(new byte[] {(byte) i});
            assertTrue(s(signature).compareTo(N.shiftRight(1)) <= 0, "s above n/2 for message " + i);
        }
    }

    @Test
    void theSameBytesGetTheSameSignatureAndOtherBytesAnother() {
        CoseSigner signer = new CoseKeyring("memo test").signer(Algorithm.Family.HSS_LMS);
        Bytes first = signer.sign(MESSAGE);

        assertEquals(first, signer.sign(MESSAGE.clone()));
        assertNotEquals(first, signer.sign(new byte[] {1}));
    }

    @Test
    void otherKeysAreWellFormedKeysOfTheirFamilyAndNotTheSigner() {
        CoseKeyring keyring = new CoseKeyring("other keys test");
        for (Algorithm.Family family : Algorithm.Family.values()) {
            Bytes signing = keyring.signer(family).publicKey().coseKey();
            Bytes first = keyring.otherKey(family, 0).coseKey();
            Bytes second = keyring.otherKey(family, 1).coseKey();

            assertEquals(family, CoseKey.parse(first.toByteArray()).family());
            assertEquals(family, CoseKey.parse(second.toByteArray()).family());
            assertNotEquals(signing, first);
            assertNotEquals(first, second);
        }
    }

    @Test
    void anHssOtherKeyHasTheSigningKeysParameterSet() {
        CoseKeyring keyring = new CoseKeyring("parameter set test");
        byte[] signing = keyring.signer(Algorithm.Family.HSS_LMS).publicKey().coseKey().toByteArray();
        byte[] other = keyring.otherKey(Algorithm.Family.HSS_LMS, 0).coseKey().toByteArray();

        assertEquals(signing.length, other.length);
        // {1: 5, -1: h'...'}: the map and bstr heads take 6 bytes, then L, the LMS type and the LM-OTS type
        assertEquals(Arrays.toString(Arrays.copyOfRange(signing, 0, 18)), Arrays.toString(Arrays.copyOfRange(other, 0, 18)));
    }
}
