package dev.suitcase.verifier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The profiles the reference verifier applies (VECTORS.md). By default it implements
 * {@code ed25519-rfc8032}; each other profile it supports tightens or loosens one rule:
 * {@link Profile#ED25519_STRICT}, {@link Profile#ECDSA_LOW_S}, {@link Profile#SUIT_SEQ_STRICT},
 * {@link Profile#CBOR_LENIENT}. {@link Profile#ED25519_ZIP215} is not implemented by the
 * reference verifier.
 */
public record VerifierOptions(Set<Profile> profiles) {

    public static final VerifierOptions DEFAULT = new VerifierOptions(EnumSet.of(Profile.ED25519_RFC8032));

    public VerifierOptions {
        if (profiles.contains(Profile.ED25519_ZIP215)) {
            throw new IllegalArgumentException("the reference verifier does not implement " + Profile.ED25519_ZIP215);
        }
        profiles = Set.copyOf(profiles);
    }

    public boolean has(Profile profile) {
        return profiles.contains(profile);
    }

    /** These options with one more profile. */
    public VerifierOptions with(Profile profile) {
        EnumSet<Profile> more = EnumSet.of(profile);
        more.addAll(profiles);
        return new VerifierOptions(more);
    }
}
