package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoseFixtureTest {
    private static final GeneratorContext CONTEXT = new GeneratorContext(Path.of("sources"), "suitcase-vectors test");

    /** A COSE family as the real ones are written: the fixtures of {@link CoseFixture#perAlgorithm}, its words. */
    static final class SampleFamily extends CaseFamily<CoseFixture> {
        @Override
        public String name() {
            return "cose-sample";
        }

        @Override
        protected Function<Optional<Algorithm>, CoseFixture> fixtures(GeneratorContext context) {
            return CoseFixture.perAlgorithm(name());
        }

        @Override
        protected Map<String, String> words(Optional<Algorithm> algorithm, CoseFixture fixture) {
            return fixture.words();
        }

        @Case(id = "cose.*.sample.restricted", sweep = Sweep.COSE, title = "{alg} sample, {name} is {id}",
                severity = Severity.LOW, requirements = {"RFC9052-7.1-kty", "{kty-req}", "{alg-req}"},
                only = {Algorithm.ESP256, Algorithm.ES256},
                description = """
                        An {key} signs
                        with {primitive}.

                        Second paragraph names {sibling} and {foreign} ({foreign-id}).""")
        BuiltCase restricted(CaseContext<CoseFixture> context) {
            CoseFixture fixture = context.fixture();
            assertEquals(context.algorithm(), fixture.algorithm());
            return BuiltCase.of(Expectation.accept(), fixture.input(fixture.message().build().encode()));
        }
    }

    private static CoseFixture fixture(Algorithm algorithm) {
        return CoseFixture.perAlgorithm("cose fixture test").apply(Optional.of(algorithm));
    }

    @Test
    void theFixtureWordsMakeEachVectorsTextSpecificToItsAlgorithm() {
        List<Vector> vectors = new SampleFamily().vectors(CONTEXT);

        assertEquals(List.of("cose.es256.sample.restricted", "cose.esp256.sample.restricted"),
                vectors.stream().map(vector -> vector.id().toString()).toList());
        Vector esp256 = vectors.get(1);
        assertEquals("ESP256 (-9) sample, ESP256 is -9", esp256.title());
        assertEquals("An EC2 P-256 key signs with ECDSA on P-256 with SHA-256.\n\nSecond paragraph names ES256 (-7) "
                + "and Ed25519 (-19) (-19).", esp256.description());
        assertEquals(List.of("RFC9052-7.1-kty", "RFC9053-2.1-ec2-key", "RFC9864-2.1-esp256"), esp256.requirements());
        // for ES256 the key type and the algorithm cite the same requirement, which is listed once
        assertEquals(List.of("RFC9052-7.1-kty", "RFC9053-2.1-ec2-key"), vectors.get(0).requirements());
        assertEquals("cose-sample", esp256.provenance().family());
    }

    @Test
    void hssLmsHasNoSiblingIdAndNoPrivateKeyRequirement() {
        Map<String, String> words = fixture(Algorithm.HSS_LMS).words();

        assertFalse(words.containsKey("sibling"), words.toString());
        assertFalse(words.containsKey("private-key-req"), words.toString());
        assertEquals("HSS-LMS key", words.get("key"));
        assertEquals("ESP256 (-9)", words.get("foreign"));
        assertEquals("EdDSA (-8)", fixture(Algorithm.ED25519).words().get("sibling"));
    }

    @Test
    void theFixturesOfOneGenerationShareAKeyringAndTheNextGenerationMakesItsOwn() {
        Function<Optional<Algorithm>, CoseFixture> first = CoseFixture.perAlgorithm("keyring test");
        Function<Optional<Algorithm>, CoseFixture> second = CoseFixture.perAlgorithm("keyring test");
        CoseFixture es256 = first.apply(Optional.of(Algorithm.ES256));

        assertSame(es256.signer(), first.apply(Optional.of(Algorithm.ESP256)).signer());
        assertSame(first.apply(Optional.of(Algorithm.EDDSA)).signer(),
                first.apply(Optional.of(Algorithm.ED25519)).signer());
        CoseSigner again = second.apply(Optional.of(Algorithm.ES256)).signer();
        assertNotSame(es256.signer(), again);
        assertEquals(es256.publicKey().coseKey(), again.publicKey().coseKey());
    }

    @Test
    void aFixtureNamesItsAlgorithm() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> CoseFixture.perAlgorithm("any test").apply(Optional.empty()));

        assertTrue(error.getMessage().contains("any test"), error.getMessage());
    }
}
