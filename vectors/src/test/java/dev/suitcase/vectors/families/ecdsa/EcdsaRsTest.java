package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.model.Bytes;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcdsaRsTest {
    private static final BigInteger TOP_BIT_SET = new BigInteger("80" + "01".repeat(31), 16);
    private static final BigInteger TOP_BIT_CLEAR = new BigInteger("7f" + "02".repeat(31), 16);

    @Test
    void rawLeftPadsEachIntegerTo32Bytes() {
        Bytes raw = new EcdsaRs(BigInteger.valueOf(5), BigInteger.valueOf(7)).raw();

        assertEquals("00".repeat(31) + "05" + "00".repeat(31) + "07", raw.hex());
        assertEquals(new EcdsaRs(BigInteger.valueOf(5), BigInteger.valueOf(7)), EcdsaRs.decode(raw));
    }

    @Test
    void rawRefusesIntegersThatDoNotFitIn32Bytes() {
        EcdsaRs tooLarge = new EcdsaRs(BigInteger.ONE.shiftLeft(256), BigInteger.ONE);

        assertThrows(IllegalArgumentException.class, tooLarge::raw);
    }

    @Test
    void unpaddedDropsLeadingZeroBytes() {
        assertEquals("05" + "0107", new EcdsaRs(BigInteger.valueOf(5), BigInteger.valueOf(0x0107)).unpadded().hex());
    }

    @Test
    void derAddsASignByteOnlyWhereTheTopBitIsSet() {
        assertEquals(72, new EcdsaRs(TOP_BIT_SET, TOP_BIT_SET).der().length());
        assertEquals(71, new EcdsaRs(TOP_BIT_SET, TOP_BIT_CLEAR).der().length());
        assertEquals(70, new EcdsaRs(TOP_BIT_CLEAR, TOP_BIT_CLEAR).der().length());
        assertEquals("3006020105020107", new EcdsaRs(BigInteger.valueOf(5), BigInteger.valueOf(7)).der().hex());
        assertEquals("3045022100" + TOP_BIT_SET.toString(16) + "0220" + TOP_BIT_CLEAR.toString(16),
                new EcdsaRs(TOP_BIT_SET, TOP_BIT_CLEAR).der().hex());
    }

    @Test
    void lowAndHighFormsAreTheTwoValuesOfS() {
        EcdsaRs high = new EcdsaRs(BigInteger.TEN, EcdsaP256.HALF_N.add(BigInteger.ONE));

        assertTrue(high.highS());
        assertFalse(high.withLowS().highS());
        assertEquals(EcdsaP256.HALF_N, high.withLowS().s());
        assertEquals(high, high.withLowS().withHighS());
        assertFalse(new EcdsaRs(BigInteger.TEN, EcdsaP256.HALF_N).highS());
    }

    @Test
    void decodeRefusesAnythingButSixtyFourBytes() {
        assertThrows(IllegalArgumentException.class, () -> EcdsaRs.decode(Bytes.of(new byte[63])));
    }
}
