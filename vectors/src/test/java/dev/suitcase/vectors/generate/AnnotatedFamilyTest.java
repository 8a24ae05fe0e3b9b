package dev.suitcase.vectors.generate;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorStatus;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotatedFamilyTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(Path.of("sources"), "suitcase-vectors test");
    private static final SignatureInput INPUT = new SignatureInput(-19, Bytes.empty(), Bytes.fromHex("00"), Bytes.empty());

    static final class SampleFamily extends AnnotatedFamily {
        @Override
        public String name() {
            return "sample";
        }

        @VectorCase(id = "signature.ed25519.sample.second", title = "Second", severity = Severity.MEDIUM,
                requirements = {"RFC8032-5.1.7-lengths"}, flags = {"Truncated"},
                description = """
                        The signature is one byte long,
                        far from 64.

                        A verifier must reject it.""")
        BuiltCase second() {
            return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_MALFORMED), INPUT);
        }

        @VectorCase(id = "signature.ed25519.sample.first", title = "First", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-equation"}, description = "Taken from elsewhere.")
        BuiltCase first(GeneratorContext context) {
            return BuiltCase.of(Expectation.accept(), INPUT).takenFrom("RFC 8032", "https://example.org", "TEST 1 " + context.generator());
        }

        @VectorCase(id = "signature.ed25519.sample.third", title = "Third", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-equation"}, description = "Withdrawn.")
        BuiltCase third() {
            return BuiltCase.of(Expectation.accept(), INPUT).withdrawn();
        }
    }

    static final class BrokenFamily extends AnnotatedFamily {
        @Override
        public String name() {
            return "broken";
        }

        @VectorCase(id = "signature.es256.broken.layer", title = "Wrong algorithm", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-equation"}, description = "The id says es256, the input is fine.")
        BuiltCase wrongLayer() {
            return BuiltCase.of(Expectation.accept(), new dev.suitcase.vectors.model.CoseInput(Bytes.empty(),
                    Optional.empty(), Optional.empty(), List.of()));
        }
    }

    @Test
    void buildsOneVectorPerAnnotatedMethodInIdOrder() {
        List<Vector> vectors = new SampleFamily().vectors(CONTEXT);

        assertEquals(List.of("signature.ed25519.sample.first", "signature.ed25519.sample.second",
                "signature.ed25519.sample.third"), vectors.stream().map(vector -> vector.id().toString()).toList());
    }

    @Test
    void theAnnotationSuppliesTheMetadata() {
        Vector second = new SampleFamily().vectors(CONTEXT).get(1);

        assertEquals("Second", second.title());
        assertEquals(Severity.MEDIUM, second.severity());
        assertEquals(List.of("RFC8032-5.1.7-lengths"), second.requirements());
        assertEquals(List.of("Truncated"), second.flags());
        assertEquals(Optional.of(Algorithm.ED25519), second.algorithm());
        assertEquals("sample", second.provenance().family());
        assertEquals("generated", second.provenance().source());
        assertEquals("suitcase-vectors test", second.provenance().generator());
    }

    @Test
    void theDescriptionJoinsWrappedLinesAndKeepsParagraphs() {
        Vector second = new SampleFamily().vectors(CONTEXT).get(1);

        assertEquals("The signature is one byte long, far from 64.\n\nA verifier must reject it.", second.description());
    }

    @Test
    void aBuilderMayNameItsSourceAndUseTheContext() {
        Vector first = new SampleFamily().vectors(CONTEXT).get(0);

        assertEquals("RFC 8032", first.provenance().source());
        assertEquals(Optional.of("TEST 1 suitcase-vectors test"), first.provenance().originalId());
    }

    @Test
    void aBuilderMayWithdrawItsVector() {
        assertEquals(VectorStatus.WITHDRAWN, new SampleFamily().vectors(CONTEXT).get(2).status());
    }

    @Test
    void anInconsistentVectorNamesTheBuilderMethod() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new BrokenFamily().vectors(CONTEXT));

        assertTrue(e.getMessage().contains("BrokenFamily.wrongLayer (signature.es256.broken.layer)"), e.getMessage());
    }
}
