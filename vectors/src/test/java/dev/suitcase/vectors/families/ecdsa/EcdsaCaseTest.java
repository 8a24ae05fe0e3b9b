package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EcdsaCaseTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(Path.of("sources"), "suitcase-vectors test");

    private static EcdsaCase caseWith(String name, String description) {
        return EcdsaCase.of("area", name, "{{name}} against {{otherName}}", Severity.LOW, List.of("RFC9053-2.1-raw-rs"),
                List.of(), description, alg -> BuiltCase.of(Expectation.accept(),
                        new SignatureInput(alg.coseId(), Bytes.empty(), Bytes.empty(), Bytes.empty())));
    }

    @Test
    void aCaseBecomesOneVectorPerAlgorithmWithItsPlaceholdersFilled() {
        List<Vector> vectors = EcdsaCase.vectors(List.of(caseWith("key-alg-{{otherToken}}",
                "Uses {{alg}}, not {{other}} ({{otherId}}).\n\nSecond paragraph.")), "ecdsa-test", CONTEXT);

        assertEquals(2, vectors.size());
        assertEquals("signature.es256.area.key-alg-esp256", vectors.get(0).id().toString());
        assertEquals("ES256 against ESP256", vectors.get(0).title());
        assertEquals("Uses ES256 (-7), not ESP256 (-9) (-9).\n\nSecond paragraph.", vectors.get(0).description());
        assertEquals("signature.esp256.area.key-alg-es256", vectors.get(1).id().toString());
        assertEquals("Uses ESP256 (-9), not ES256 (-7) (-7).\n\nSecond paragraph.", vectors.get(1).description());
        assertEquals(-9, ((SignatureInput) vectors.get(1).input()).algorithmId());
        assertEquals("ecdsa-test", vectors.get(1).provenance().family());
    }

    @Test
    void aCaseForOneAlgorithmIsEmittedOnce() {
        EcdsaCase only = EcdsaCase.only(Algorithm.ESP256, "area", "name", "title", Severity.LOW,
                List.of("RFC9053-2.1-raw-rs"), List.of(), "text", alg -> BuiltCase.of(Expectation.accept(),
                        new SignatureInput(alg.coseId(), Bytes.empty(), Bytes.empty(), Bytes.empty())));

        List<Vector> vectors = EcdsaCase.vectors(List.of(only), "ecdsa-test", CONTEXT);

        assertEquals(1, vectors.size());
        assertEquals("signature.esp256.area.name", vectors.get(0).id().toString());
    }

    @Test
    void refusesADescriptionWithAWrappedLineLeftInIt() {
        EcdsaCase wrapped = caseWith("name", "a line that was wrapped\nwithout a backslash");

        assertThrows(IllegalStateException.class, () -> wrapped.vector(Algorithm.ES256, "ecdsa-test", CONTEXT));
    }

    @Test
    void refusesAnUnknownPlaceholder() {
        EcdsaCase unknown = caseWith("name", "uses {{algorithm}}");

        assertThrows(IllegalStateException.class, () -> unknown.vector(Algorithm.ES256, "ecdsa-test", CONTEXT));
    }

    @Test
    void theOtherIdentifierOfThePairIsTheOtherOne() {
        assertEquals(Algorithm.ESP256, EcdsaCase.other(Algorithm.ES256));
        assertEquals(Algorithm.ES256, EcdsaCase.other(Algorithm.ESP256));
        assertThrows(IllegalArgumentException.class, () -> EcdsaCase.other(Algorithm.ED25519));
    }
}
