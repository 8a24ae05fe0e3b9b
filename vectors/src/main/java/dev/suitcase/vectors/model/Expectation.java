package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome a correct implementation gives for a vector: a result, the reason when the result
 * is reject, per-profile results where the ecosystem legitimately differs (vectors/README.md), and, for a
 * rejection the specification does not bind a recipient to, what it rests on instead.
 *
 * @param result   the result under the default profiles
 * @param reason   the reason of a rejection; present exactly when {@code result} is reject
 * @param profiles results that replace {@code result} for an implementation declaring the profile
 * @param advisory present when the rejection rests on a recipient SHOULD, a producer rule or a
 *                 hardening choice rather than a recipient MUST; only on a reject expectation
 */
public record Expectation(ExpectedResult result, Optional<Reason> reason, Map<Profile, ExpectedResult> profiles,
                          Optional<Advisory> advisory) {

    public Expectation {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        if (result == ExpectedResult.REJECT && reason.isEmpty()) {
            throw new IllegalArgumentException("a reject expectation must name the reason");
        }
        if (result != ExpectedResult.REJECT && reason.isPresent()) {
            throw new IllegalArgumentException("only a reject expectation names a reason, not " + result.wireName());
        }
        Objects.requireNonNull(advisory, "advisory");
        if (advisory.isPresent() && result != ExpectedResult.REJECT) {
            throw new IllegalArgumentException("only a reject expectation can be advisory, not " + result.wireName());
        }
        EnumMap<Profile, ExpectedResult> copy = new EnumMap<>(Profile.class);
        copy.putAll(profiles);
        profiles = Collections.unmodifiableMap(copy);
    }

    /** An expectation a recipient is bound to (no advisory). */
    public Expectation(ExpectedResult result, Optional<Reason> reason, Map<Profile, ExpectedResult> profiles) {
        this(result, reason, profiles, Optional.empty());
    }

    public static Expectation accept() {
        return new Expectation(ExpectedResult.ACCEPT, Optional.empty(), Map.of());
    }

    public static Expectation reject(Reason reason) {
        return new Expectation(ExpectedResult.REJECT, Optional.of(reason), Map.of());
    }

    public static Expectation either() {
        return new Expectation(ExpectedResult.EITHER, Optional.empty(), Map.of());
    }

    /** This expectation with the result for one more profile. */
    public Expectation withProfile(Profile profile, ExpectedResult profileResult) {
        EnumMap<Profile, ExpectedResult> more = new EnumMap<>(Profile.class);
        more.putAll(profiles);
        more.put(profile, profileResult);
        return new Expectation(result, reason, more, advisory);
    }

    /** This reject expectation marked as resting on {@code basis} rather than a recipient MUST. */
    public Expectation advisory(Advisory.Basis basis, String rule) {
        return new Expectation(result, reason, profiles, Optional.of(new Advisory(basis, rule)));
    }

    /** Whether this is a rejection a recipient is not bound to (see {@link Advisory}). */
    public boolean isAdvisory() {
        return advisory.isPresent();
    }

    /** The result for an implementation that declares {@code profile}. */
    public ExpectedResult resultUnder(Profile profile) {
        return profiles.getOrDefault(profile, result);
    }
}
