package dev.suitcase.runner.verdict;

import dev.suitcase.adapters.Ics;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One adapter of a run, as the verdicts and reports see it.
 *
 * @param name            how the run names it: the spec given to {@code --adapter}, unique within a run
 * @param ics             its conformance statement, which decides what is NOT_APPLICABLE and, per
 *                        layer, the profiles its vectors are judged under
 * @param profileOverride the profiles the run judges every vector under instead of the statement's
 *                        ({@code --profile}); empty when the statement's own apply
 */
public record AdapterUnderTest(String name, Ics ics, Set<Profile> profileOverride) {

    public AdapterUnderTest {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an adapter's name must not be blank");
        }
        Objects.requireNonNull(ics, "ics");
        EnumSet<Profile> copy = EnumSet.noneOf(Profile.class);
        copy.addAll(profileOverride);
        profileOverride = Collections.unmodifiableSet(copy);
    }

    /** The adapter judged under the profiles its statement declares for each layer. */
    public static AdapterUnderTest of(String name, Ics ics) {
        return new AdapterUnderTest(name, ics, Set.of());
    }

    /** The same adapter judged under {@code replacement} at every layer instead; empty: its statement's again. */
    public AdapterUnderTest withProfiles(Set<Profile> replacement) {
        return new AdapterUnderTest(name, ics, replacement);
    }

    /**
     * The profiles its vectors at {@code layer} are judged under: the run's when it gave some, else
     * the statement's for that layer.
     */
    public Set<Profile> profilesFor(Layer layer) {
        return profileOverride.isEmpty() ? ics.profilesFor(layer) : profileOverride;
    }
}
