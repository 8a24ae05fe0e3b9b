package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.VectorFamily;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.wycheproof.WycheproofImporter;
import dev.suitcase.vectors.wycheproof.WycheproofFamilies;

import java.util.List;

/**
 * All 262 tests of Wycheproof's ecdsa_secp256r1_sha256_p1363_test.json as ES256 signature-layer
 * vectors: raw r‖s signatures, the encoding COSE uses (RFC 9053 §2.1). See
 * {@link WycheproofImporter} for how each test's expectation is derived.
 */
public final class WycheproofEcdsaP1363Family implements VectorFamily {
    static final String FILE = "ecdsa_secp256r1_sha256_p1363_test.json";
    static final int TESTS = 262;

    @Override
    public String name() {
        return WycheproofImporter.ECDSA_FAMILY;
    }

    @Override
    public List<Vector> vectors(GeneratorContext context) {
        return WycheproofFamilies.importAll(context, FILE, TESTS);
    }
}
