package dev.suitcase.verifier;

import java.util.Optional;

/**
 * Verification profiles (vectors/README.md, "Expectations"): named points where the ecosystem
 * legitimately differs. A vector's {@code expect.profiles} overrides its result for an
 * implementation that declares the profile. The reference verifier implements every one
 * ({@link VerifierOptions}); the Ed25519 ones are detailed in {@code Ed25519PublicKey}.
 */
public enum Profile {
    /**
     * RFC 8032 decoding: non-canonical A/R and S &gt;= L rejected; either equation allowed (the
     * reference verifier checks the cofactored one); the reference verifier rejects a small-order A.
     * The default.
     */
    ED25519_RFC8032("ed25519-rfc8032"),
    /** As RFC 8032, and small-order A and R rejected (libsodium, dalek verify_strict). */
    ED25519_STRICT("ed25519-strict"),
    /**
     * ZIP 215 (Zcash; ed25519-zebra): A and R need only be encodings of curve points, so y &gt;= p
     * (taken mod p) and x = -0 (taken as 0) are accepted, and so are small-order A and R; S &lt; L is
     * still required; the cofactored equation [8][S]B = [8]R + [8][k]A, with k hashed over R and A as
     * received, is the only one. Contradicts {@link #ED25519_STRICT}.
     */
    ED25519_ZIP215("ed25519-zip215"),
    /** High-S ECDSA signatures rejected. */
    ECDSA_LOW_S("ecdsa-low-s"),
    /** A sequence number equal to the stored one is rejected as well as a lower one. */
    SUIT_SEQ_STRICT("suit-seq-strict"),
    /** Non-canonical map order in SUIT maps accepted. */
    CBOR_LENIENT("cbor-lenient");

    private final String wireName;

    Profile(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Profile> fromWireName(String name) {
        for (Profile profile : values()) {
            if (profile.wireName.equals(name)) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
