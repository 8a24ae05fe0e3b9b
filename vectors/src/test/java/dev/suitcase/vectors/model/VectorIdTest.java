package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VectorIdTest {
    @Test
    void parsesTheFourParts() {
        VectorId id = VectorId.parse("cose.hss-lms.crit.unknown-label");

        assertEquals(Layer.COSE, id.layer());
        assertEquals(Optional.of(Algorithm.HSS_LMS), id.algorithm());
        assertEquals("crit", id.area());
        assertEquals("unknown-label", id.caseName());
        assertEquals("cose.hss-lms.crit.unknown-label", id.toString());
    }

    @Test
    void anyMeansNoAlgorithm() {
        assertEquals(Optional.empty(), VectorId.parse("suit.any.auth.missing").algorithm());
    }

    @Test
    void pathIsLayerThenAlgorithmThenId() {
        assertEquals("suit/any/suit.any.auth.missing.json", VectorId.parse("suit.any.auth.missing").path());
    }

    @Test
    void refusesAnAlgorithmDisplayNameAsToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VectorId.parse("signature.ES256.area.case"));
        assertTrue(e.getMessage().contains("algorithm token 'ES256'"), e.getMessage());
    }

    @Test
    void refusesUnderscoresAndUppercase() {
        assertThrows(IllegalArgumentException.class, () -> VectorId.parse("signature.es256.my_area.case"));
        assertThrows(IllegalArgumentException.class, () -> VectorId.parse("signature.es256.area.Case"));
    }

    @Test
    void refusesTooFewParts() {
        assertThrows(IllegalArgumentException.class, () -> VectorId.parse("signature.es256.case"));
    }
}
