package dev.suitcase.verifier;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the reference verifier is configured: the profiles it applies (vectors/README.md). By default it
 * implements {@code ed25519-rfc8032}; each other profile tightens or loosens one rule:
 * {@link Profile#ED25519_STRICT} (small-order A and R rejected), {@link Profile#ED25519_ZIP215}
 * (ZIP 215: non-canonical A and R and small-order A and R accepted, S &lt; L and the cofactored
 * equation kept), {@link Profile#ECDSA_LOW_S}, {@link Profile#SUIT_SEQ_STRICT},
 * {@link Profile#CBOR_LENIENT}. Every profile is implemented; {@code ed25519-strict} and
 * {@code ed25519-zip215} contradict each other and are refused together.
 *
 * <p>Besides the profiles, options built by the sensitivity tests knock one skippable
 * {@link Check} out ({@link #withKnockedOut}); that method is package-private and reached only
 * through the verifier's test jar, so no command or adapter can switch a check off.
 */
public final class VerifierOptions {

    public static final VerifierOptions DEFAULT = new VerifierOptions(EnumSet.of(Profile.ED25519_RFC8032));

    private final Set<Profile> profiles;
    private final Optional<Check> knockedOut;

    public VerifierOptions(Set<Profile> profiles) {
        this(profiles, Optional.empty());
    }

    private VerifierOptions(Set<Profile> profiles, Optional<Check> knockedOut) {
        if (profiles.contains(Profile.ED25519_STRICT) && profiles.contains(Profile.ED25519_ZIP215)) {
            throw new IllegalArgumentException(Profile.ED25519_STRICT + " and " + Profile.ED25519_ZIP215
                    + " contradict each other (one rejects what the other accepts); choose one");
        }
        this.profiles = Set.copyOf(profiles);
        this.knockedOut = Objects.requireNonNull(knockedOut, "knockedOut");
    }

    public Set<Profile> profiles() {
        return profiles;
    }

    public boolean has(Profile profile) {
        return profiles.contains(profile);
    }

    /** These options with one more profile. */
    public VerifierOptions with(Profile profile) {
        EnumSet<Profile> more = EnumSet.of(profile);
        more.addAll(profiles);
        return new VerifierOptions(more, knockedOut);
    }

    /** These options with {@code check} knocked out: for the sensitivity tests only. */
    VerifierOptions withKnockedOut(Check check) {
        if (!check.skippable()) {
            throw new IllegalArgumentException(check.id() + " is not skippable; no processor can go on without it");
        }
        return new VerifierOptions(profiles, Optional.of(check));
    }

    /** The check knocked out, if any. */
    Optional<Check> knockedOut() {
        return knockedOut;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierOptions that && profiles.equals(that.profiles) && knockedOut.equals(that.knockedOut);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profiles, knockedOut);
    }

    @Override
    public String toString() {
        return "VerifierOptions" + profiles + knockedOut.map(check -> " without " + check.id()).orElse("");
    }
}
