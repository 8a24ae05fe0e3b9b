package dev.suitcase.vectors.generate;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorStatus;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseFamilyTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(Path.of("sources"), "suitcase-vectors test");
    private static final SignatureInput INPUT = new SignatureInput(-19, Bytes.empty(), Bytes.fromHex("00"), Bytes.empty());

    private static CoseInput cose() {
        return new CoseInput(Bytes.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    static final class SampleFamily extends CaseFamily<Void> {
        @Override
        public String name() {
            return "sample";
        }

        @Case(id = "signature.ed25519.sample.second", title = "Second", severity = Severity.MEDIUM,
                requirements = {"RFC8032-5.1.7-lengths"}, flags = {"Truncated"},
                description = """
                        The signature is one byte long,
                        far from 64, under {alg}.

                        A verifier must reject it.""")
        BuiltCase second() {
            return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_MALFORMED), INPUT);
        }

        @Case(id = "signature.ed25519.sample.first", title = "First", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-equation"}, description = "Taken from elsewhere.")
        BuiltCase first(CaseContext<Void> context) {
            return BuiltCase.of(Expectation.accept(), INPUT).takenFrom("RFC 8032", "https://example.org",
                    "TEST 1 " + context.generator().generator() + " " + context.seedLabel());
        }

        @Case(id = "signature.ed25519.sample.third", title = "Third", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-equation"}, description = "Withdrawn.")
        BuiltCase third() {
            return BuiltCase.of(Expectation.accept(), INPUT).withdrawn();
        }
    }

    /** A sweep over the COSE ids with a fixture per algorithm, a family word, and a case restricted to two ids. */
    static final class SweepFamily extends CaseFamily<String> {
        final List<String> calls = new ArrayList<>();
        final List<Optional<Algorithm>> fixturesMade = new ArrayList<>();

        @Override
        public String name() {
            return "sweep";
        }

        @Override
        protected Function<Optional<Algorithm>, String> fixtures(GeneratorContext context) {
            return algorithm -> {
                fixturesMade.add(algorithm);
                return "key of " + algorithm.orElseThrow().idName();
            };
        }

        @Override
        protected Map<String, String> words(Optional<Algorithm> algorithm, String fixture) {
            return Map.of("key", fixture);
        }

        @Case(id = "cose.*.b.all", title = "All, {name} with {key}", severity = Severity.LOW,
                requirements = {"RFC9052-4.4-sig-structure"}, description = "Under {alg}, id {id}, token {token}.",
                sweep = Sweep.COSE)
        BuiltCase all(CaseContext<String> context) {
            calls.add(context.id() + " " + context.fixture());
            return BuiltCase.of(Expectation.accept(), cose());
        }

        @Case(id = "cose.*.a.some-{token}", title = "Some", severity = Severity.LOW,
                requirements = {"RFC9052-4.4-sig-structure"}, description = "Restricted.", sweep = Sweep.COSE,
                only = {Algorithm.HSS_LMS, Algorithm.ES256})
        BuiltCase some(CaseContext<String> context) {
            calls.add(context.id() + " " + context.fixture());
            return BuiltCase.of(Expectation.accept(), cose());
        }
    }

    static final class PresentedFamily extends CaseFamily<Void> {
        @Override
        public String name() {
            return "presented";
        }

        @Case(id = "signature.*.sample.short", title = "Short under {name}", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-lengths"}, description = "One byte.", sweep = Sweep.ED25519_ALSO_EDDSA)
        BuiltCase shortSignature(CaseContext<Void> context) {
            assertEquals(Algorithm.ED25519, context.algorithm());
            return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_MALFORMED), INPUT);
        }
    }

    static final class TableFamily extends CaseFamily<Void> {
        @Override
        public String name() {
            return "table";
        }

        @Override
        protected List<Row<Void>> rows() {
            return List.of(1, 2).stream().map(n -> new Row<Void>(CaseSpec.of("signature.ed25519.table.row-" + n,
                    "Row " + n, Severity.LOW, List.of("RFC8032-5.1.7-equation"), List.of(), n + " byte(s)."),
                    context -> BuiltCase.of(Expectation.accept(), INPUT))).toList();
        }
    }

    static final class BrokenFamily extends CaseFamily<Void> {
        @Override
        public String name() {
            return "broken";
        }

        @Case(id = "signature.es256.broken.layer", title = "Wrong layer", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-equation"}, description = "The id says signature, the input is COSE.")
        BuiltCase wrongLayer() {
            return BuiltCase.of(Expectation.accept(), cose());
        }
    }

    static final class UnknownWordFamily extends CaseFamily<Void> {
        @Override
        public String name() {
            return "unknown-word";
        }

        @Case(id = "signature.es256.broken.word", title = "Uses {nonsense}", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-equation"}, description = "A CBOR map {1: -7} is text.")
        BuiltCase word() {
            return BuiltCase.of(Expectation.accept(), INPUT);
        }
    }

    static final class SweepWithoutStarFamily extends CaseFamily<Void> {
        @Override
        public String name() {
            return "sweep-without-star";
        }

        @Case(id = "cose.es256.broken.sweep", title = "Swept", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-equation"}, description = "No star.", sweep = Sweep.COSE)
        BuiltCase swept() {
            return BuiltCase.of(Expectation.accept(), cose());
        }
    }

    static final class StaticBuilderFamily extends CaseFamily<Void> {
        @Override
        public String name() {
            return "static-builder";
        }

        @Case(id = "signature.es256.broken.static", title = "Static", severity = Severity.LOW,
                requirements = {"RFC8032-5.1.7-equation"}, description = "Static.")
        static BuiltCase builder() {
            return BuiltCase.of(Expectation.accept(), INPUT);
        }
    }

    @Test
    void buildsOneVectorPerCaseInIdOrder() {
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
    void theDescriptionJoinsWrappedLinesKeepsParagraphsAndFillsWords() {
        Vector second = new SampleFamily().vectors(CONTEXT).get(1);

        assertEquals("The signature is one byte long, far from 64, under Ed25519 (-19).\n\nA verifier must reject it.",
                second.description());
    }

    @Test
    void aBuilderMayNameItsSourceAndUseTheContext() {
        Vector first = new SampleFamily().vectors(CONTEXT).get(0);

        assertEquals("RFC 8032", first.provenance().source());
        assertEquals(Optional.of("TEST 1 suitcase-vectors test sample: signature.ed25519.sample.first"),
                first.provenance().originalId());
    }

    @Test
    void aBuilderMayWithdrawItsVector() {
        assertEquals(VectorStatus.WITHDRAWN, new SampleFamily().vectors(CONTEXT).get(2).status());
    }

    @Test
    void aSweepBuildsEachIdCaseByCaseInSweepOrderWithOneFixturePerAlgorithm() {
        SweepFamily family = new SweepFamily();
        List<Vector> vectors = family.vectors(CONTEXT);

        assertEquals(List.of(
                "cose.es256.a.some-es256 key of es256", "cose.hss-lms.a.some-hss-lms key of hss-lms",
                "cose.es256.b.all key of es256", "cose.esp256.b.all key of esp256", "cose.eddsa.b.all key of eddsa",
                "cose.ed25519.b.all key of ed25519", "cose.hss-lms.b.all key of hss-lms"), family.calls);
        assertEquals(List.of(Optional.of(Algorithm.ES256), Optional.of(Algorithm.HSS_LMS), Optional.of(Algorithm.ESP256),
                Optional.of(Algorithm.EDDSA), Optional.of(Algorithm.ED25519)), family.fixturesMade);
        Vector eddsa = vectors.stream().filter(v -> v.id().toString().equals("cose.eddsa.b.all")).findFirst().orElseThrow();
        assertEquals("All, EdDSA with key of eddsa", eddsa.title());
        assertEquals("Under EdDSA (-8), id -8, token eddsa.", eddsa.description());
        assertEquals(7, vectors.size());
    }

    @Test
    void anEd25519CaseIsPresentedAgainUnderEddsaWithTheSameInputAndExpectation() {
        List<Vector> vectors = new PresentedFamily().vectors(CONTEXT);

        assertEquals(2, vectors.size());
        Vector ed25519 = vectors.get(0);
        Vector eddsa = vectors.get(1);
        assertEquals("signature.eddsa.sample.short", eddsa.id().toString());
        assertEquals("Short under Ed25519", eddsa.title());
        assertEquals(ed25519.expect(), eddsa.expect());
        assertEquals(-8, ((SignatureInput) eddsa.input()).algorithmId());
        assertEquals(((SignatureInput) ed25519.input()).signature(), ((SignatureInput) eddsa.input()).signature());
        assertEquals(List.of("RFC8032-5.1.7-lengths", "RFC9053-2.2-eddsa-id"), eddsa.requirements());
        assertTrue(eddsa.description().startsWith("One byte.\n\nPresented under the polymorphic identifier EdDSA (-8)"),
                eddsa.description());
    }

    @Test
    void aTableRowTakesTheSameStepAsAnAnnotatedCase() {
        List<Vector> vectors = new TableFamily().vectors(CONTEXT);

        assertEquals(List.of("signature.ed25519.table.row-1", "signature.ed25519.table.row-2"),
                vectors.stream().map(vector -> vector.id().toString()).toList());
        assertEquals("2 byte(s).", vectors.get(1).description());
        assertEquals("table", vectors.get(1).provenance().family());
    }

    @Test
    void aSpecOfADataDrivenFamilyBuildsItsVectorAlone() {
        Vector vector = CaseSpec.of("signature.es256.data.row", "Row under {name}", Severity.LOW,
                List.of("RFC8032-5.1.7-equation"), List.of("Flag"), "Text\nwrapped.")
                .withRobustness("Nothing to go on with.")
                .vector(BuiltCase.of(Expectation.reject(Reason.SIGNATURE_MALFORMED), INPUT), "data", CONTEXT);

        assertEquals("Row under ES256", vector.title());
        assertEquals("Text wrapped.", vector.description());
        assertEquals(Optional.of("Nothing to go on with."), vector.robustness());
    }

    @Test
    void anInputOfAnotherLayerNamesTheCase() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new BrokenFamily().vectors(CONTEXT));

        assertTrue(e.getMessage().contains("signature.es256.broken.layer"), e.getMessage());
    }

    @Test
    void anUnknownWordIsRefusedAndBracesAroundOtherTextAreKept() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new UnknownWordFamily().vectors(CONTEXT));

        assertTrue(e.getMessage().contains("{nonsense}"), e.getMessage());
        assertEquals("A CBOR map {1: -7} is text.", Template.fill("A CBOR map {1: -7} is text.", Map.of(), "test"));
    }

    @Test
    void aSweepNeedsAStarAndAStarNeedsASweep() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SweepWithoutStarFamily().vectors(CONTEXT));
        assertTrue(e.getMessage().contains("SweepWithoutStarFamily.swept"), e.getMessage());

        assertThrows(IllegalArgumentException.class, () -> new CaseSpec("cose.*.a.b", "t", Severity.LOW, List.of(),
                List.of(), "d", "", Sweep.NONE, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new CaseSpec("cose.*.a.b", "t", Severity.LOW, List.of(),
                List.of(), "d", "", Sweep.ECDSA, Set.of(Algorithm.HSS_LMS)));
    }

    @Test
    void aStaticBuilderIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new StaticBuilderFamily().vectors(CONTEXT));

        assertTrue(e.getMessage().contains("must be an instance method"), e.getMessage());
    }
}
