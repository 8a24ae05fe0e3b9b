package dev.suitcase.runner.interop;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.cosejava.CoseJavaAdapter;
import dev.suitcase.adapters.jdk.JdkPrimitives;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.adapters.tink.TinkPrimitives;
import dev.suitcase.runner.fixtures.TestAdapters;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteropRunTest {
    private static List<InteropManifest> manifests;

    @BeforeAll
    static void loadManifests() {
        manifests = InteropManifests.standard(CorpusLoader.fromClasspath());
    }

    private static ProducerMatrix run(List<NamedAdapter> adapters, EnumSet<Algorithm> algorithms) {
        List<String> progress = new ArrayList<>();
        ProducerMatrix matrix = new InteropRun(manifests, InteropKeys.standard(), progress::add).run(adapters, algorithms);
        assertFalse(progress.isEmpty(), "progress is reported");
        return matrix;
    }

    @Test
    void theReferenceProducerIsConformantForEveryAlgorithmAndManifest() {
        ProducerMatrix matrix = run(List.of(new NamedAdapter("reference", new ReferenceAdapter())), EnumSet.allOf(Algorithm.class));

        assertEquals(List.of(Algorithm.values()), matrix.algorithms());
        assertEquals(Algorithm.values().length * manifests.size(), matrix.productions().size());
        for (Production production : matrix.productions()) {
            assertTrue(production.conformant(), production.explanation());
        }
        assertEquals(List.of(), matrix.verifiers(), "the reference adapter is the reference column, not a verifier column");
        assertEquals(List.of(), matrix.problems());
    }

    @Test
    void coseLayerVerifiersCheckTheEnvelopesCoseSign1AndOthersAreNotApplicable() {
        ProducerMatrix matrix = run(List.of(new NamedAdapter("reference", new ReferenceAdapter()),
                new NamedAdapter("jdk", JdkPrimitives.adapter()), new NamedAdapter("cose-java", new CoseJavaAdapter()),
                new NamedAdapter("tink", TinkPrimitives.adapter())), EnumSet.of(Algorithm.ES256, Algorithm.ED25519));

        assertEquals(List.of("jdk", "cose-java", "tink"), matrix.verifiers());
        for (Production production : matrix.productions()) {
            InteropCell jdk = production.cell("jdk").orElseThrow();
            assertEquals(Optional.of(Layer.COSE), jdk.layer(), jdk.explanation());
            assertEquals(InteropCell.Kind.ACCEPT, jdk.kind(), jdk.explanation());
            assertEquals(InteropCell.Kind.NOT_APPLICABLE, production.cell("tink").orElseThrow().kind());
            assertTrue(production.cell("tink").orElseThrow().explanation().contains("does not implement layer suit"),
                    production.cell("tink").orElseThrow().explanation());
        }
        // cose-java implements ES256 and EdDSA (-8), not Ed25519 (-19)
        InteropCell coseJavaEd25519 = matrix.production("reference", Algorithm.ED25519, "example-0").orElseThrow()
                .cell("cose-java").orElseThrow();
        assertEquals(InteropCell.Kind.NOT_APPLICABLE, coseJavaEd25519.kind());
        assertTrue(coseJavaEd25519.explanation().contains("does not implement Ed25519"), coseJavaEd25519.explanation());
        assertEquals(List.of(), matrix.problems());
    }

    @Test
    void aProducerWhoseEnvelopeTheReferenceRejectsIsNonConformantWithTheReason() {
        ProducerMatrix matrix = run(List.of(new NamedAdapter("impostor", TestAdapters.wrongKeyProducer()),
                new NamedAdapter("jdk", JdkPrimitives.adapter())), EnumSet.of(Algorithm.ESP256));

        Production production = matrix.production("impostor", Algorithm.ESP256, "example-0").orElseThrow();
        assertTrue(production.nonConformant());
        AdapterOutcome reference = production.conformance().orElseThrow();
        assertEquals(Optional.of(Reason.SIGNATURE_INVALID), reference.reason(), reference.toString());
        assertTrue(production.explanation().startsWith("impostor produced a non-conformant envelope signing example-0 with "
                + "ESP256: the reference verifier rejects it with SIGNATURE_INVALID ("), production.explanation());
        InteropCell jdk = production.cell("jdk").orElseThrow();
        assertEquals(InteropCell.Kind.REJECT, jdk.kind(), jdk.explanation());
        assertFalse(jdk.disagrees());
        assertTrue(production.isProblem());
        assertTrue(matrix.problems().contains(production.explanation()));
        assertEquals(manifests.size(), matrix.problems().size(), "the agreeing rejections are no problem of jdk");
    }

    @Test
    void anEnvelopeWhoseManifestIsNotTheSignedOneFailsOnlyWhereTheManifestIsChecked() {
        ProducerMatrix matrix = run(List.of(new NamedAdapter("flipper", TestAdapters.bitFlippingProducer()),
                new NamedAdapter("jdk", JdkPrimitives.adapter())), EnumSet.of(Algorithm.ES256));

        Production production = matrix.production("flipper", Algorithm.ES256, "example-0").orElseThrow();
        assertEquals(Optional.of(Reason.DIGEST_MISMATCH), production.conformance().orElseThrow().reason());
        // the flipped bit is in the manifest, not the COSE_Sign1: a COSE-only verifier rightly accepts the signature
        InteropCell jdk = production.cell("jdk").orElseThrow();
        assertEquals(InteropCell.Kind.ACCEPT, jdk.kind(), jdk.explanation());
        assertFalse(jdk.disagrees(), "the reference verifier on the same COSE request accepts it too");
    }

    @Test
    void aVerifierThatAnswersOtherwiseThanTheReferenceIsADisagreement() {
        ProducerMatrix matrix = run(List.of(new NamedAdapter("reference", new ReferenceAdapter()),
                new NamedAdapter("flipper", TestAdapters.bitFlippingProducer()),
                new NamedAdapter("yes", TestAdapters.acceptingVerifier()),
                new NamedAdapter("no", TestAdapters.rejectingCoseVerifier())), EnumSet.of(Algorithm.ES256));

        InteropCell acceptsForgery = matrix.production("flipper", Algorithm.ES256, "install").orElseThrow().cell("yes").orElseThrow();
        assertTrue(acceptsForgery.disagrees());
        assertEquals("the ES256 envelope of install from flipper accepted by yes although the reference verifier rejects it "
                + "with DIGEST_MISMATCH", acceptsForgery.explanation().substring(0, acceptsForgery.explanation().indexOf(" (")));
        assertTrue(acceptsForgery.explanation().endsWith(": yes accepts an envelope that does not conform"),
                acceptsForgery.explanation());

        InteropCell refusesValid = matrix.production("reference", Algorithm.ES256, "example-1").orElseThrow().cell("no").orElseThrow();
        assertTrue(refusesValid.disagrees());
        assertEquals(Optional.of(Layer.COSE), refusesValid.layer());
        assertEquals("the ES256 envelope of example-1 from reference (its COSE_Sign1 with the detached SUIT_Digest, checked at "
                + "the cose layer) rejected by no: SIGNATURE_INVALID (signature check failed / second line); the reference "
                + "verifier accepts it, so no refuses a conformant envelope", refusesValid.explanation());
        assertFalse(matrix.production("reference", Algorithm.ES256, "example-1").orElseThrow().cell("yes").orElseThrow().disagrees());
    }

    @Test
    void aProducerThatThrowsIsACrashWithoutEnvelopeAndUnsupportedIsNoProblem() {
        ProducerMatrix matrix = run(List.of(new NamedAdapter("broken", TestAdapters.throwingProducer()),
                new NamedAdapter("picky", TestAdapters.es256OnlyProducer()),
                new NamedAdapter("yes", TestAdapters.acceptingVerifier())), EnumSet.of(Algorithm.ES256, Algorithm.EDDSA));

        Production crashed = matrix.production("broken", Algorithm.ES256, "example-0").orElseThrow();
        assertEquals(SignOutcome.Kind.CRASH, crashed.signing().kind());
        assertTrue(crashed.signing().detail().contains("no signer configured"), crashed.signing().detail());
        assertEquals(List.of(), crashed.cells());
        assertTrue(crashed.isProblem());

        Production unsupported = matrix.production("picky", Algorithm.EDDSA, "example-0").orElseThrow();
        assertEquals(SignOutcome.Kind.UNSUPPORTED, unsupported.signing().kind());
        assertFalse(unsupported.isProblem(), "a statement cannot say which algorithms it signs apart from those it verifies");
        assertTrue(matrix.production("picky", Algorithm.ES256, "example-0").orElseThrow().conformant());
    }

    @Test
    void everyHssLmsSigningKeyIsAFreshOneTimeKeyOfTheSamePublicKey() {
        InteropKeys keys = InteropKeys.standard();
        assertFalse(keys.signingKey(Algorithm.HSS_LMS).equals(keys.signingKey(Algorithm.HSS_LMS)));
        assertEquals(keys.signingKey(Algorithm.ES256), keys.signingKey(Algorithm.ESP256));
        assertEquals(InteropKeys.standard().publicKey(Algorithm.HSS_LMS), keys.publicKey(Algorithm.HSS_LMS),
                "the HSS-LMS test key is the same on every run");
    }
}
