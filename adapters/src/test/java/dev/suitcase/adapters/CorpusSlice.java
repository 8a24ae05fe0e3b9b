package dev.suitcase.adapters;

import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Vector;

import java.util.List;
import java.util.Set;

/**
 * The committed corpus (loaded once from the vectors jar) and what the JVM adapter tests check
 * against it: that every vector a statement covers is answered, and that where an implementation
 * disagrees with a vector's expectation, the vector is one of the kinds the libraries are known
 * to get wrong (implementations.md §6, §7b), so any other disagreement is a fault of the adapter.
 */
public final class CorpusSlice {
    /**
     * Wycheproof flags of known divergences: short r ‖ s accepted by SunEC P1363 and by cose-java
     * (SignatureSize), an Ed25519 signature with a trailing byte JDK 17 accepts (SignatureWithGarbage).
     */
    public static final Set<String> KNOWN_DIVERGENT_FLAGS = Set.of("SignatureSize", "SignatureWithGarbage");
    /** The valid Wycheproof signatures with x(R) &gt;= n that JDK 17's SunEC rejects (implementations.md §6). */
    public static final Set<String> KNOWN_DIVERGENT_IDS = Set.of("signature.es256.wycheproof.tc-115",
            "signature.es256.wycheproof.tc-257");

    private static final List<Vector> ACTIVE = CorpusLoader.fromClasspath().active();

    private CorpusSlice() {
    }

    public static List<Vector> active() {
        return ACTIVE;
    }

    /** The vectors sent whose outcome is not the expected accept or reject (under the default profile). */
    public static List<Vector> disagreements(SliceRun run) {
        return ACTIVE.stream().filter(vector -> run.outcomes().containsKey(vector.id().toString())).filter(vector -> {
            ExpectedResult expected = vector.expect().result();
            AdapterOutcome.Kind kind = run.outcome(vector).kind();
            return expected == ExpectedResult.ACCEPT && kind != AdapterOutcome.Kind.ACCEPT
                    || expected == ExpectedResult.REJECT && kind != AdapterOutcome.Kind.REJECT;
        }).toList();
    }

    /** The disagreements that are not known divergences: faults of the adapter, should there be any. */
    public static List<String> unexplained(SliceRun run) {
        return disagreements(run).stream()
                .filter(vector -> vector.flags().stream().noneMatch(KNOWN_DIVERGENT_FLAGS::contains))
                .filter(vector -> !KNOWN_DIVERGENT_IDS.contains(vector.id().toString()))
                .map(vector -> vector.id() + ": " + run.outcome(vector))
                .toList();
    }

    /** The vectors the statement excludes, by id. */
    public static Set<String> excludedBy(Ics ics) {
        return ACTIVE.stream().filter(vector -> !ics.covers(vector)).map(vector -> vector.id().toString())
                .collect(java.util.stream.Collectors.toSet());
    }
}
