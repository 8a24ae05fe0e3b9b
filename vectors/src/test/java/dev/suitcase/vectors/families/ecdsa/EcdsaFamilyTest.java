package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.Sweep;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcdsaFamilyTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(Path.of("sources"), "suitcase-vectors test");

    static final class PairFamily extends EcdsaFamily {
        @Override
        public String name() {
            return "ecdsa-test";
        }

        @Case(id = "signature.*.area.key-alg-{other-token}", title = "{name} against {other-name}",
                severity = Severity.LOW, requirements = {"RFC9053-2.1-raw-rs"}, sweep = Sweep.ECDSA,
                description = """
                        Uses {alg}, not {other}
                        ({other-id}).

                        Second paragraph.""")
        BuiltCase pair(CaseContext<Void> context) {
            return BuiltCase.of(Expectation.accept(),
                    new SignatureInput(context.algorithm().coseId(), Bytes.empty(), Bytes.empty(), Bytes.empty()));
        }
    }

    static final class Ed25519Family extends EcdsaFamily {
        @Override
        public String name() {
            return "ecdsa-test-ed25519";
        }

        @Case(id = "signature.ed25519.area.name", title = "Not ECDSA", severity = Severity.LOW,
                requirements = {"RFC9053-2.1-raw-rs"}, description = "Under {other}.")
        BuiltCase ed25519() {
            return BuiltCase.of(Expectation.accept(), new SignatureInput(-19, Bytes.empty(), Bytes.empty(), Bytes.empty()));
        }
    }

    @Test
    void aCaseIsBuiltForBothIdentifiersEachNamingTheOther() {
        List<Vector> vectors = new PairFamily().vectors(CONTEXT);

        assertEquals(2, vectors.size());
        assertEquals("signature.es256.area.key-alg-esp256", vectors.get(0).id().toString());
        assertEquals("ES256 against ESP256", vectors.get(0).title());
        assertEquals("Uses ES256 (-7), not ESP256 (-9) (-9).\n\nSecond paragraph.", vectors.get(0).description());
        assertEquals("signature.esp256.area.key-alg-es256", vectors.get(1).id().toString());
        assertEquals("ESP256 against ES256", vectors.get(1).title());
        assertEquals("Uses ESP256 (-9), not ES256 (-7) (-7).\n\nSecond paragraph.", vectors.get(1).description());
        assertEquals(-9, ((SignatureInput) vectors.get(1).input()).algorithmId());
        assertEquals("ecdsa-test", vectors.get(1).provenance().family());
    }

    @Test
    void theOtherIdentifierOfThePairIsTheOtherOne() {
        assertEquals(Algorithm.ESP256, EcdsaFamily.other(Algorithm.ES256));
        assertEquals(Algorithm.ES256, EcdsaFamily.other(Algorithm.ESP256));
        assertThrows(IllegalArgumentException.class, () -> EcdsaFamily.other(Algorithm.ED25519));
    }

    @Test
    void aCaseOutsideThePairHasNoOtherIdentifier() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Ed25519Family().vectors(CONTEXT));

        assertTrue(e.getMessage().contains("not an ECDSA P-256 identifier"), e.getMessage());
    }
}
