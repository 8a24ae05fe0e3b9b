package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VectorTest {
    private static final Provenance PROVENANCE = new Provenance("generated", "sample", "test",
            Optional.empty(), Optional.empty(), Optional.empty());
    private static final SignatureInput INPUT = new SignatureInput(-7, Bytes.empty(), Bytes.empty(), Bytes.empty());

    private static Vector vector(String id, Optional<Algorithm> algorithm, VectorInput input, List<String> requirements) {
        return new Vector(VectorId.parse(id), "title", "description", algorithm, Expectation.reject(Reason.BAD_KEY),
                Severity.HIGH, requirements, List.of(), input, PROVENANCE, VectorStatus.ACTIVE);
    }

    @Test
    void theIdMustNameTheAlgorithm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> vector("signature.es256.a.b", Optional.of(Algorithm.ESP256), INPUT, List.of("R-1")));
        assertTrue(e.getMessage().contains("algorithm token 'es256'"), e.getMessage());
    }

    @Test
    void theIdMustNameTheLayerOfTheInput() {
        assertThrows(IllegalArgumentException.class,
                () -> vector("cose.es256.a.b", Optional.of(Algorithm.ES256), INPUT, List.of("R-1")));
    }

    @Test
    void aVectorCitesAtLeastOneRequirement() {
        assertThrows(IllegalArgumentException.class,
                () -> vector("signature.es256.a.b", Optional.of(Algorithm.ES256), INPUT, List.of()));
    }

    @Test
    void aVectorCitesARequirementOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> vector("signature.es256.a.b", Optional.of(Algorithm.ES256), INPUT, List.of("R-1", "R-1")));
    }
}
