package dev.suitcase.runner.results;

import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.runner.verdict.FailurePolicy;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The options of a run that shape its results, recorded so a results file says what it measured.
 * The adapters are recorded beside them, in {@link RunInfo#adapters()}.
 *
 * @param layer              {@code --layer}
 * @param algorithm          {@code --alg}: an algorithm's display name, or {@code any}
 * @param filter             {@code --filter}, a glob over vector ids
 * @param profiles           {@code --profile}: the profiles every adapter is judged under instead of
 *                           its statement's; empty when not given
 * @param shard              {@code --shard}
 * @param allowUnimplemented {@code --allow-unimplemented}: UNSUPPORTED is not a failure
 * @param failOn             {@code --fail-on}: only failures of this severity or above fail the gate;
 *                           {@code advisory}: every failure and the advisories too
 * @param interop            {@code suitcase interop}: the producer × verifier matrix ran too, its
 *                           envelopes as vectors beside the corpus's
 */
public record RunOptions(Optional<Layer> layer, Optional<String> algorithm, Optional<String> filter,
                         Set<Profile> profiles, Optional<Shard> shard, boolean allowUnimplemented,
                         Optional<FailOn> failOn, boolean interop) {
    public static final String ANY_ALGORITHM = "any";

    public RunOptions {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(algorithm, "algorithm");
        algorithm = algorithm.map(RunOptions::algorithmName);
        Objects.requireNonNull(filter, "filter");
        if (filter.isPresent() && filter.get().isBlank()) {
            throw new IllegalArgumentException("a vector filter must not be blank");
        }
        EnumSet<Profile> copy = EnumSet.noneOf(Profile.class);
        copy.addAll(profiles);
        profiles = Collections.unmodifiableSet(copy);
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(failOn, "failOn");
    }

    /** The options of a run without the producer × verifier matrix ({@code suitcase run}). */
    public RunOptions(Optional<Layer> layer, Optional<String> algorithm, Optional<String> filter, Set<Profile> profiles,
                      Optional<Shard> shard, boolean allowUnimplemented, Optional<FailOn> failOn) {
        this(layer, algorithm, filter, profiles, shard, allowUnimplemented, failOn, false);
    }

    /** A run of the whole corpus with no option given. */
    public static RunOptions defaults() {
        return new RunOptions(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                false, Optional.empty());
    }

    /** What the run counts as a failure: UNSUPPORTED unless {@code --allow-unimplemented}, ADVISORY under {@code --fail-on advisory}. */
    public FailurePolicy policy() {
        return new FailurePolicy(allowUnimplemented, failOn.filter(FailOn::countsAdvisories).isPresent());
    }

    /** Whether the run selected every active vector: no layer, algorithm, filter or shard. */
    public boolean selectsWholeCorpus() {
        return layer.isEmpty() && algorithm.isEmpty() && filter.isEmpty() && shard.isEmpty();
    }

    /**
     * The options as they are written on the command line, e.g. {@code --layer suit --fail-on high};
     * empty for the defaults. {@link #interop} is the command ({@code suitcase interop}), not an option.
     */
    public String asArguments() {
        List<String> words = new ArrayList<>();
        layer.ifPresent(value -> words.add("--layer " + value.wireName()));
        algorithm.ifPresent(value -> words.add("--alg " + value));
        filter.ifPresent(value -> words.add("--filter '" + value + "'"));
        profiles.forEach(profile -> words.add("--profile " + profile.wireName()));
        shard.ifPresent(value -> words.add("--shard " + value));
        if (allowUnimplemented) {
            words.add("--allow-unimplemented");
        }
        failOn.ifPresent(level -> words.add("--fail-on " + level.wireName()));
        return String.join(" ", words);
    }

    public RunOptions withShard(Optional<Shard> newShard) {
        return new RunOptions(layer, algorithm, filter, profiles, newShard, allowUnimplemented, failOn, interop);
    }

    private static String algorithmName(String name) {
        if (ANY_ALGORITHM.equalsIgnoreCase(name)) {
            return ANY_ALGORITHM;
        }
        return Algorithm.fromName(name).map(Algorithm::displayName).orElseThrow(() -> new IllegalArgumentException(
                "unknown algorithm '" + name + "'; expected ES256, ESP256, EdDSA, Ed25519, HSS-LMS or any"));
    }
}
