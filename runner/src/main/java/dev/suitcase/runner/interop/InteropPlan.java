package dev.suitcase.runner.interop;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the producer × verifier matrix of a run signs: the standard manifests of the run's corpus
 * ({@link InteropManifests}) with each algorithm the run selects ({@code --alg}, or every one).
 * Every adapter of the run may turn out to be a producer (its statement says so once it is open),
 * so before anything runs the plan knows every id the matrix can make ({@link #candidates}), and
 * the run's selection decides which of them it wants.
 *
 * @param manifests  what every producer signs, in order
 * @param algorithms what they sign with, in {@link Algorithm} order
 */
public record InteropPlan(List<InteropManifest> manifests, Set<Algorithm> algorithms) {
    /** How {@code --alg} names the vectors that depend on no algorithm. */
    private static final String ANY_ALGORITHM = "any";

    public InteropPlan {
        manifests = List.copyOf(manifests);
        if (manifests.isEmpty()) {
            throw new IllegalArgumentException("a producer matrix needs at least one manifest to sign");
        }
        EnumSet<Algorithm> copy = EnumSet.noneOf(Algorithm.class);
        copy.addAll(algorithms);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a producer matrix signs with at least one algorithm");
        }
        algorithms = Collections.unmodifiableSet(copy);
    }

    /**
     * The algorithms a run selecting {@code algorithm} ({@code --alg}, an algorithm's name or
     * {@value #ANY_ALGORITHM}) signs with: the one it names, else every one. Throws
     * {@link IllegalArgumentException} for {@value #ANY_ALGORITHM} (every envelope is signed with an
     * algorithm) or a name that is no algorithm's.
     */
    public static Set<Algorithm> algorithms(Optional<String> algorithm) {
        if (algorithm.isEmpty()) {
            return EnumSet.allOf(Algorithm.class);
        }
        String named = algorithm.get();
        if (named.equalsIgnoreCase(ANY_ALGORITHM)) {
            throw new IllegalArgumentException("'" + ANY_ALGORITHM + "' selects the vectors that depend on no "
                    + "algorithm, but every envelope of the producer matrix is signed with one; give ES256, ESP256, EdDSA, "
                    + "Ed25519 or HSS-LMS, or none for all of them");
        }
        return EnumSet.of(Algorithm.fromName(named).orElseThrow(() -> new IllegalArgumentException("unknown algorithm '"
                + named + "'; expected ES256, ESP256, EdDSA, Ed25519 or HSS-LMS")));
    }

    /**
     * The plan of signing the standard manifests of {@code corpus} with {@code algorithms}. Throws
     * {@link IllegalArgumentException} saying what is wrong with the corpus: it lacks the manifests'
     * vectors, or holds a vector in an area the matrix reserves ({@link InteropId#reserved}).
     */
    public static InteropPlan of(Corpus corpus, Set<Algorithm> algorithms) {
        Optional<Vector> squatter = corpus.active().stream().filter(vector -> InteropId.reserved(vector.id())).findFirst();
        if (squatter.isPresent()) {
            throw new IllegalArgumentException("corpus vector " + squatter.get().id() + " is in the area '"
                    + squatter.get().id().area() + "', which the producer matrix reserves for the vectors it makes; "
                    + "rename it (vectors/README.md, IDs)");
        }
        return new InteropPlan(InteropManifests.standard(corpus), algorithms);
    }

    /**
     * Every id the matrix can make when the adapter {@code producerSpec} signs: for each algorithm
     * and manifest, its own result and the two vectors of its envelope.
     */
    public List<InteropId> candidates(String producerSpec) {
        List<InteropId> ids = new ArrayList<>();
        for (Algorithm algorithm : algorithms) {
            for (InteropManifest manifest : manifests) {
                for (InteropId.Kind kind : InteropId.Kind.values()) {
                    ids.add(InteropId.of(kind, algorithm, manifest.name(), producerSpec));
                }
            }
        }
        return ids;
    }

    /**
     * Checks that no two of the adapter specs are named alike in vector ids ({@link InteropId#token});
     * throws {@link IllegalArgumentException} naming the two.
     */
    public static void requireDistinctTokens(List<String> specs) {
        Map<String, String> byToken = new HashMap<>();
        for (String spec : specs) {
            String other = byToken.putIfAbsent(InteropId.token(spec), spec);
            if (other != null) {
                throw new IllegalArgumentException("adapters '" + other + "' and '" + spec + "' are both named '"
                        + InteropId.token(spec) + "' in the producer matrix's vector ids; give one of them another spec");
            }
        }
    }
}
