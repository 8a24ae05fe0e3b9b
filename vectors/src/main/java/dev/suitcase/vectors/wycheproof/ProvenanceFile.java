package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.vectors.model.Vector;

import java.util.Optional;

/**
 * The file an imported vector was read from ({@link Provenance#file()}), which {@link CaseSpec#vector}
 * does not record: {@link BuiltCase#takenFrom} carries the source, the url and the original id, not
 * the file. The importer and the families that import a committed corpus (Wycheproof, ed25519-speccheck)
 * name it here after that step, so their vectors keep the file they have always named.
 */
public final class ProvenanceFile {
    private ProvenanceFile() {
    }

    /** {@code vector} with {@code file} as the source file of its provenance. */
    public static Vector withFile(Vector vector, String file) {
        Provenance provenance = vector.provenance();
        return new Vector(vector.id(), vector.title(), vector.description(), vector.algorithm(), vector.expect(),
                vector.severity(), vector.requirements(), vector.flags(), vector.input(),
                new Provenance(provenance.source(), provenance.family(), provenance.generator(), provenance.url(),
                        Optional.of(file), provenance.originalId()),
                vector.status(), vector.robustness());
    }
}
