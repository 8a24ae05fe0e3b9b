package dev.suitcase.vectors.generate;

import dev.suitcase.verifier.Algorithm;

import java.util.List;

/**
 * The algorithm ids a {@link Case} is built for when its id has {@code *} in place of the algorithm:
 * one case, one vector per id, so a rule is checked on every signature path an implementation may
 * have. Within a case the ids are built in the order listed here, which matters where a signing key
 * is stateful (HSS-LMS).
 */
public enum Sweep {
    /** No sweep: the id names its algorithm, or {@code any}. */
    NONE(List.of()),
    /** The five COSE algorithm ids of the suite (RFC 9053, RFC 9864, RFC 8778), in {@link Algorithm} order. */
    COSE(List.of(Algorithm.values())),
    /**
     * The signature algorithms of the SUIT profiles: ES256 as the manifest draft's examples use it, and
     * the MTI ids ESP256, Ed25519 and HSS-LMS.
     */
    SUIT(List.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.ED25519, Algorithm.HSS_LMS)),
    /**
     * The two identifiers of ECDSA on P-256 with SHA-256, polymorphic ES256 (-7) and fully specified
     * ESP256 (-9) (RFC 9053 §2.1, RFC 9864 §2.1).
     */
    ECDSA(List.of(Algorithm.ES256, Algorithm.ESP256)),
    /**
     * Ed25519 (-19), then the same vector presented under the polymorphic EdDSA (-8): with an OKP Ed25519
     * key, EdDSA is pure Ed25519 (RFC 9053 §2.2), so the copy keeps the input and expectation of the -19
     * vector and an implementation that claims only -8 gets the same coverage of the primitive. Only
     * signature-layer cases about the primitive use it; the builder runs once, for Ed25519.
     */
    ED25519_ALSO_EDDSA(List.of(Algorithm.ED25519, Algorithm.EDDSA));

    private final List<Algorithm> algorithms;

    Sweep(List<Algorithm> algorithms) {
        this.algorithms = algorithms;
    }

    /** The ids, in build order; empty for {@link #NONE}. */
    public List<Algorithm> algorithms() {
        return algorithms;
    }
}
