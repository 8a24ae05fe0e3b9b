package dev.suitcase.verifier;

import dev.suitcase.verifier.cose.CoseCheck;

import java.util.Optional;

/**
 * The signature algorithms the suite covers, with their COSE algorithm identifiers.
 *
 * <p>ES256 (-7) and ESP256 (-9) share one primitive (ECDSA P-256 with SHA-256), and so do
 * EdDSA (-8) and Ed25519 (-19) when the key is Ed25519 (RFC 9864). They are still distinct
 * algorithms: the id sits in the protected header, inside Sig_structure, so a signature made
 * under one id never verifies under the other.
 *
 * <p>-50 is deliberately absent: draft-era suit-mti used it for Ed25519, but RFC 9964 assigned it
 * to ML-DSA-87. It is {@link Reason#UNSUPPORTED_ALGORITHM}, never Ed25519.
 */
public enum Algorithm {
    ES256(-7, "ES256", "es256", Family.ECDSA_P256),
    ESP256(-9, "ESP256", "esp256", Family.ECDSA_P256),
    EDDSA(-8, "EdDSA", "eddsa", Family.ED25519),
    ED25519(-19, "Ed25519", "ed25519", Family.ED25519),
    HSS_LMS(-46, "HSS-LMS", "hss-lms", Family.HSS_LMS);

    /** The primitive behind an algorithm id. */
    public enum Family { ECDSA_P256, ED25519, HSS_LMS }

    /** The id draft-era suit-mti used for Ed25519; RFC 9964 gave it to ML-DSA-87. */
    private static final long FORMER_ED25519_PLACEHOLDER = -50;

    private final int coseId;
    private final String displayName;
    private final String idName;
    private final Family family;

    Algorithm(int coseId, String displayName, String idName, Family family) {
        this.coseId = coseId;
        this.displayName = displayName;
        this.idName = idName;
        this.family = family;
    }

    /** The COSE algorithm identifier (IANA COSE Algorithms registry). */
    public int coseId() {
        return coseId;
    }

    /** The registry name, e.g. {@code HSS-LMS}; also the value of {@code --alg}. */
    public String displayName() {
        return displayName;
    }

    /** The lowercase form used in vector IDs and corpus paths, e.g. {@code hss-lms}. */
    public String idName() {
        return idName;
    }

    public Family family() {
        return family;
    }

    /** The algorithm registered under a COSE id, if the suite supports it. */
    public static Optional<Algorithm> fromCoseId(long coseId) {
        for (Algorithm algorithm : values()) {
            if (algorithm.coseId == coseId) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /**
     * The algorithm a message or caller names by {@code coseId}: the algorithm registered under it, or a
     * {@link Rejection} with {@link Reason#UNSUPPORTED_ALGORITHM} whose detail says what the id is and which ids
     * are supported. With {@link CoseCheck#ALG_FORMER_ED25519_PLACEHOLDER} knocked out, -50 is taken for Ed25519,
     * as a library still on the draft-era placeholder would; with {@link CoseCheck#ALG_UNSUPPORTED} knocked out,
     * an unsupported id gives no algorithm (empty), and the caller verifies under the key's own
     * ({@code CoseKey#ownAlgorithm}), as a library that looks the primitive up from the key does.
     */
    public static Optional<Algorithm> named(long coseId) {
        if (coseId == FORMER_ED25519_PLACEHOLDER) {
            CoseCheck.ALG_FORMER_ED25519_PLACEHOLDER.fail("alg -50 is ML-DSA-87 (RFC 9964), not Ed25519: "
                    + "-50 was only a draft-era placeholder in suit-mti; Ed25519 is -19 (RFC 9864) or EdDSA -8");
            return Optional.of(ED25519);
        }
        Optional<Algorithm> algorithm = fromCoseId(coseId);
        if (algorithm.isEmpty()) {
            CoseCheck.ALG_UNSUPPORTED.fail("alg " + coseId + " is not supported; supported are ES256 (-7), ESP256 "
                    + "(-9), EdDSA (-8), Ed25519 (-19) and HSS-LMS (-46)");
        }
        return algorithm;
    }

    /**
     * The algorithm a key of {@code family} serves when nothing else names one: the polymorphic id of its
     * primitive (ES256, EdDSA; HSS-LMS has one id). The other id of a pair is the same primitive, so the
     * choice never changes whether a signature verifies.
     */
    public static Algorithm servedBy(Family family) {
        return switch (family) {
            case ECDSA_P256 -> ES256;
            case ED25519 -> EDDSA;
            case HSS_LMS -> HSS_LMS;
        };
    }

    /** Parses a display name or id name, case-insensitively ({@code ES256}, {@code hss-lms}). */
    public static Optional<Algorithm> fromName(String name) {
        for (Algorithm algorithm : values()) {
            if (algorithm.displayName.equalsIgnoreCase(name) || algorithm.idName.equalsIgnoreCase(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
