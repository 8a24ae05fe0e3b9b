package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoseSweepFamilyTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(Path.of("sources"), "suitcase-vectors test");

    static final class SampleFamily extends CoseSweepFamily {
        @Override
        public String name() {
            return "cose-sample";
        }

        @CoseCase(area = "sample", name = "restricted", title = "{alg} sample", severity = Severity.LOW,
                requirements = {"RFC9052-7.1-kty", "{kty-req}", "{alg-req}"},
                algorithms = {Algorithm.ESP256, Algorithm.ES256},
                description = """
                        An {key} signs
                        with {primitive}.

                        Second paragraph names {sibling}.""")
        BuiltCase restricted(CoseFixture fixture) {
            return BuiltCase.of(Expectation.accept(), fixture.input(fixture.message().build().encode()));
        }
    }

    static final class UnknownWordFamily extends CoseSweepFamily {
        @Override
        public String name() {
            return "cose-unknown-word";
        }

        @CoseCase(area = "sample", name = "sibling", title = "{alg} sample", severity = Severity.LOW,
                requirements = {"RFC9052-7.1-kty"}, algorithms = {Algorithm.HSS_LMS},
                description = "HSS-LMS has no {sibling}.")
        BuiltCase sibling(CoseFixture fixture) {
            return BuiltCase.of(Expectation.accept(), fixture.input(fixture.message().build().encode()));
        }
    }

    @Test
    void buildsACaseForEachOfItsAlgorithmsInRegistryOrderWithTheirWords() {
        List<Vector> vectors = new SampleFamily().vectors(CONTEXT);

        assertEquals(List.of("cose.es256.sample.restricted", "cose.esp256.sample.restricted"),
                vectors.stream().map(vector -> vector.id().toString()).toList());
        Vector esp256 = vectors.get(1);
        assertEquals("ESP256 (-9) sample", esp256.title());
        assertEquals("An EC2 P-256 key signs with ECDSA on P-256 with SHA-256.\n\nSecond paragraph names ES256 (-7).",
                esp256.description());
        assertEquals(List.of("RFC9052-7.1-kty", "RFC9053-2.1-ec2-key", "RFC9864-2.1-esp256"), esp256.requirements());
        assertEquals(List.of("RFC9052-7.1-kty", "RFC9053-2.1-ec2-key"), vectors.get(0).requirements());
        assertEquals("cose-sample", esp256.provenance().family());
    }

    @Test
    void refusesAWordWithoutValueForTheAlgorithm() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new UnknownWordFamily().vectors(CONTEXT));

        assertTrue(error.getMessage().contains("{sibling}"), error.getMessage());
    }

    @Test
    void fillsEveryWordAndLeavesDiagnosticNotationAlone() {
        assertEquals("{1: -7, 4: h'3131'} is {}", CoseSweepFamily.fill("{1: {id}, 4: h'3131'} is {}", Map.of("id", "-7"), "test"));
    }
}
