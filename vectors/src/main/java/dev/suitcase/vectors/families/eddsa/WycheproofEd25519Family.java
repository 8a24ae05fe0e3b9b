package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.VectorFamily;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.wycheproof.WycheproofImporter;
import dev.suitcase.vectors.wycheproof.WycheproofFamilies;

import java.util.List;

/**
 * All 151 tests of Wycheproof's ed25519_test.json as Ed25519 (-19) signature-layer vectors. See
 * {@link WycheproofImporter} for how each test's expectation and profile results are derived.
 */
public final class WycheproofEd25519Family implements VectorFamily {
    static final String FILE = "ed25519_test.json";
    static final int TESTS = 151;

    @Override
    public String name() {
        return WycheproofImporter.ED25519_FAMILY;
    }

    @Override
    public List<Vector> vectors(GeneratorContext context) {
        return WycheproofFamilies.importAll(context, FILE, TESTS);
    }
}
