package dev.suitcase.adapters;

import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Reason;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The committed corpus (loaded once from the vectors jar) and what the JVM adapter tests check
 * against it: that every vector a statement covers is answered, and that an adapter built on the
 * reference verifier's COSE parsing disagrees with the corpus only where the library's primitive
 * decides. Where a library's primitive differs (JDK 17 accepting short P1363 signatures, say), that
 * is what the suite's reports exist to show, not a fault of the adapter.
 */
public final class CorpusSlice {
    /** The reasons a signature primitive decides; every other rejection is decided by COSE-level code. */
    private static final Set<Reason> PRIMITIVE_REASONS =
            EnumSet.of(Reason.BAD_KEY, Reason.SIGNATURE_MALFORMED, Reason.SIGNATURE_INVALID);

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

    /**
     * The must-reject vectors an adapter accepted although the rejection is not the primitive's to
     * decide (a header, structure, encoding or algorithm/key rule). An adapter that puts a library's
     * primitive behind the reference verifier's COSE parsing must have none: its differences from
     * the reference are the library's, at the primitive. Advisory rejections are left out: accepting one is
     * no failure.
     */
    public static List<String> structuralDisagreements(SliceRun run) {
        return disagreements(run).stream()
                .filter(vector -> vector.expect().result() == ExpectedResult.REJECT)
                // an advisory rejection is the suite's recommendation (a SHOULD, a producer rule, a hardening
                // limit such as the 64 trusted keys the reference tries); the adapters' own glue need not follow it
                .filter(vector -> vector.expect().advisory().isEmpty())
                .filter(vector -> vector.expect().reason().filter(PRIMITIVE_REASONS::contains).isEmpty())
                .map(vector -> vector.id() + ": " + run.outcome(vector))
                .toList();
    }

    /** The vectors the statement excludes, by id. */
    public static Set<String> excludedBy(Ics ics) {
        return ACTIVE.stream().filter(vector -> !ics.covers(vector)).map(vector -> vector.id().toString())
                .collect(java.util.stream.Collectors.toSet());
    }
}
