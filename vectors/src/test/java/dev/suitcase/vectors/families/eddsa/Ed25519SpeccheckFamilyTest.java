package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Ed25519SpeccheckFamilyTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("sources"), "suitcase-vectors test");
    private static final Map<String, Vector> VECTORS = new Ed25519SpeccheckFamily().vectors(CONTEXT).stream()
            .collect(Collectors.toMap(vector -> vector.id().toString(), Function.identity()));

    @Test
    void buildsEachCaseUnderEd25519AndPresentsItUnderEddsa() {
        assertEquals(24, VECTORS.size());
        Vector ed25519 = VECTORS.get("signature.ed25519.speccheck.case-11");
        Vector eddsa = VECTORS.get("signature.eddsa.speccheck.case-11");

        assertEquals(-19, ((SignatureInput) ed25519.input()).algorithmId());
        assertEquals(-8, ((SignatureInput) eddsa.input()).algorithmId());
        assertEquals(Optional.of(Algorithm.EDDSA), eddsa.algorithm());
        assertEquals(ed25519.expect(), eddsa.expect());
        assertTrue(eddsa.requirements().contains("RFC9053-2.2-eddsa-id"), eddsa.requirements().toString());
    }

    @Test
    void computesTheCaseNumberIntoTheTextsAndNamesTheFileUnderBothIdentifiers() {
        for (String algorithm : List.of("ed25519", "eddsa")) {
            Vector vector = VECTORS.get("signature." + algorithm + ".speccheck.case-7");

            assertTrue(vector.title().startsWith("Speccheck 7: "), vector.title());
            assertTrue(vector.description().contains("Speccheck vector 7 of"), vector.description());
            assertEquals(Optional.of("case 7"), vector.provenance().originalId());
            assertEquals(Optional.of("cases.json"), vector.provenance().file());
        }
    }
}
