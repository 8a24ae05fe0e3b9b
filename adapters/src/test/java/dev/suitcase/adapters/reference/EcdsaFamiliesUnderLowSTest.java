package dev.suitcase.adapters.reference;

import dev.suitcase.vectors.families.ecdsa.EcdsaAlgorithmFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaCoseFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaKnownAnswerFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaPublicKeyFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaSignatureBindingFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaSignatureEncodingFamily;
import dev.suitcase.vectors.families.ecdsa.EcdsaSignatureRangeFamily;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.VectorFamily;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every ECDSA vector means what it says under the ecdsa-low-s profile too, not only the ones that
 * name the profile: a valid signature that happens to have a high s and carries no ecdsa-low-s
 * override would wrongly fail implementations that declare the profile. The corpus test runs only
 * the overrides under a profile; this runs all of the ECDSA families' vectors.
 */
class EcdsaFamiliesUnderLowSTest {
    private static final List<VectorFamily> FAMILIES = List.of(new EcdsaSignatureEncodingFamily(),
            new EcdsaSignatureRangeFamily(), new EcdsaSignatureBindingFamily(), new EcdsaPublicKeyFamily(),
            new EcdsaAlgorithmFamily(), new EcdsaKnownAnswerFamily(), new EcdsaCoseFamily());

    @TestFactory
    List<DynamicTest> everyVectorHasItsExpectedResultUnderEcdsaLowS() {
        GeneratorContext context = new GeneratorContext(
                Path.of(System.getProperty("suitcase.root", "..")).resolve("vectors/sources"), "suitcase-adapters test");
        ReferenceOracle lowS = new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT.with(Profile.ECDSA_LOW_S)));
        List<DynamicTest> tests = new ArrayList<>();
        for (VectorFamily family : FAMILIES) {
            for (Vector vector : family.vectors(context)) {
                ExpectedResult expected = vector.expect().resultUnder(Profile.ECDSA_LOW_S);
                if (expected == ExpectedResult.EITHER) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(vector.id().toString(), () -> {
                    Outcome outcome = lowS.run(vector);
                    assertEquals(expected == ExpectedResult.ACCEPT, outcome.accepted(),
                            vector.id() + " under ecdsa-low-s: expected " + expected.wireName() + ", the reference "
                                    + "verifier says " + outcome);
                }));
            }
        }
        assertFalse(tests.isEmpty(), "the ECDSA families built no vector");
        return tests;
    }
}
