package dev.suitcase.runner.verdict;

import dev.suitcase.adapters.Ics;
import dev.suitcase.verifier.Profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One adapter of a run, as the verdicts and reports see it.
 *
 * @param name     how the run names it: the spec given to {@code --adapter}, unique within a run
 * @param ics      its conformance statement, which decides what is NOT_APPLICABLE
 * @param profiles the profiles its vectors are judged under: the statement's own, unless the run
 *                 replaced them ({@code --profile})
 */
public record AdapterUnderTest(String name, Ics ics, Set<Profile> profiles) {

    public AdapterUnderTest {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an adapter's name must not be blank");
        }
        Objects.requireNonNull(ics, "ics");
        EnumSet<Profile> copy = EnumSet.noneOf(Profile.class);
        copy.addAll(profiles);
        profiles = Collections.unmodifiableSet(copy);
    }

    /** The adapter judged under the profiles its statement declares. */
    public static AdapterUnderTest of(String name, Ics ics) {
        return new AdapterUnderTest(name, ics, ics.profiles());
    }

    /** The same adapter judged under {@code replacement} instead. */
    public AdapterUnderTest withProfiles(Set<Profile> replacement) {
        return new AdapterUnderTest(name, ics, replacement);
    }
}
