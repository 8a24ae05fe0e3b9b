package dev.suitcase.vectors.families.cose;

import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem.CborFloat;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CoseHeaderFamilyTest {
    @Test
    void writesAlgorithmIdsAsExactHalfPrecisionFloats() {
        assertEquals("f9c700", CoseHeaderFamily.halfFloat(-7).hex());
        assertEquals("f9d1c0", CoseHeaderFamily.halfFloat(-46).hex());
        assertEquals("f93c00", CoseHeaderFamily.halfFloat(1).hex());
        for (long id : new long[] {-7, -8, -9, -19, -46}) {
            CborFloat decoded = (CborFloat) CborDecoder.decode(CoseHeaderFamily.halfFloat(id).toByteArray());
            assertEquals((double) id, decoded.value());
        }
    }

    @Test
    void refusesValuesWithoutAnExactHalf() {
        assertThrows(IllegalArgumentException.class, () -> CoseHeaderFamily.halfFloat(0));
        assertThrows(IllegalArgumentException.class, () -> CoseHeaderFamily.halfFloat(2048));
    }
}
