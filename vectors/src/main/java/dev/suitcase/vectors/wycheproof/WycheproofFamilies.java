package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.model.Vector;

import java.util.List;
import java.util.Optional;

/** What the two Wycheproof families share: the pinned upstream commit and the completeness check. */
public final class WycheproofFamilies {
    /** The C2SP/wycheproof commit the files in vectors/sources/wycheproof/ were taken from. */
    static final String COMMIT = "dac1dd4729fd1f8dd9e1e9f3dce51d783da6c166";

    private WycheproofFamilies() {
    }

    public static List<Vector> importAll(GeneratorContext context, String file, int expectedTests) {
        String url = "https://github.com/C2SP/wycheproof/blob/" + COMMIT + "/testvectors_v1/" + file;
        List<Vector> vectors = WycheproofImporter.importFile(context.source("wycheproof/" + file),
                new WycheproofImporter.Settings(WycheproofImporter.DEFAULT_AREA, Optional.of(url), context.generator()));
        if (vectors.size() != expectedTests) {
            throw new IllegalStateException(file + " yielded " + vectors.size() + " vectors, not the " + expectedTests
                    + " tests of the pinned file; was vectors/sources/wycheproof/" + file + " replaced?");
        }
        return vectors;
    }
}
