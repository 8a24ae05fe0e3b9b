package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuitLayerFamilyTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(Path.of("sources"), "suitcase-vectors test");

    private static Map<String, String> words(Algorithm algorithm) {
        SuitLayerFamily family = new SuitLayerFamily();
        SuitFixture fixture = family.fixtures(CONTEXT).apply(Optional.of(algorithm));
        assertEquals(algorithm, fixture.algorithm());
        return CaseSpec.words(Optional.of(algorithm), family.words(Optional.of(algorithm), fixture));
    }

    @Test
    void theKeyWordNamesTheAlgorithmsKeyBesidesTheStandardWords() {
        Map<String, String> es256 = words(Algorithm.ES256);
        Map<String, String> ed25519 = words(Algorithm.ED25519);

        assertEquals("ES256 (-7)", es256.get("alg"));
        assertEquals("key on P-256", es256.get("key"));
        assertEquals("key on P-256", words(Algorithm.ESP256).get("key"));
        assertEquals("Ed25519 (-19)", ed25519.get("alg"));
        assertEquals("key", ed25519.get("key"));
    }

    @Test
    void theSweepHasNoFixtureForThePolymorphicEddsaId() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SuitLayerFamily().fixtures(CONTEXT).apply(Optional.of(Algorithm.EDDSA)));

        assertTrue(error.getMessage().contains("Ed25519 (-19)"), error.getMessage());
    }
}
