package dev.suitcase.runner.verdict;

import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The expectation a vector sets for one adapter, once the adapter's profiles are taken into
 * account (vectors/README.md, "Expectations").
 *
 * @param result   what a correct implementation does
 * @param reason   the reason a rejection should name; empty when the result is not reject, or when a
 *                 profile turns a vector the default expectation does not reject into a rejection
 *                 (the vector names no reason for it then, so any reason passes)
 * @param profile  the profile whose override gave {@code result}; empty when the default applies
 * @param advisory present when the rejection is one the specification does not bind a recipient to
 *                 (a recipient SHOULD, a producer rule, a hardening choice): accepting the vector is
 *                 then ADVISORY, not FAIL_ACCEPTED. Only on a reject expectation
 */
public record Expected(ExpectedResult result, Optional<Reason> reason, Optional<Profile> profile,
                       Optional<Advisory> advisory) {

    /** Strictest first: a profile that rejects is a promise to reject, whatever another declared profile allows. */
    private static final Comparator<ExpectedResult> STRICTNESS = Comparator.comparingInt(result -> switch (result) {
        case REJECT -> 0;
        case EITHER -> 1;
        case ACCEPT -> 2;
    });

    public Expected {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(advisory, "advisory");
        if (reason.isPresent() && result != ExpectedResult.REJECT) {
            throw new IllegalArgumentException("only a reject expectation names a reason, not " + result.wireName());
        }
        if (advisory.isPresent() && result != ExpectedResult.REJECT) {
            throw new IllegalArgumentException("only a reject expectation can be advisory, not " + result.wireName());
        }
    }

    /** An expectation a recipient is bound to: no advisory. */
    public Expected(ExpectedResult result, Optional<Reason> reason, Optional<Profile> profile) {
        this(result, reason, profile, Optional.empty());
    }

    /**
     * The expectation for an implementation that follows {@code profiles}. When none of them
     * overrides the vector's result, the default applies, advisory or not. When one does, its result
     * applies. When several do and they disagree, the strictest applies (reject over either over
     * accept), and the first profile in {@link Profile} order that gives it is named: an
     * implementation claiming a profile that rejects the input must reject it, whatever else it
     * claims. A profile's result is never advisory: declaring the profile is the implementation's
     * own promise.
     */
    public static Expected under(Expectation expectation, Set<Profile> profiles) {
        Optional<Profile> chosen = Optional.empty();
        for (Profile profile : Profile.values()) {
            ExpectedResult override = expectation.profiles().get(profile);
            if (override != null && profiles.contains(profile)
                    && (chosen.isEmpty() || STRICTNESS.compare(override, expectation.profiles().get(chosen.get())) < 0)) {
                chosen = Optional.of(profile);
            }
        }
        if (chosen.isEmpty()) {
            return new Expected(expectation.result(), expectation.reason(), Optional.empty(), expectation.advisory());
        }
        ExpectedResult result = expectation.profiles().get(chosen.get());
        Optional<Reason> reason = result == ExpectedResult.REJECT ? expectation.reason() : Optional.empty();
        return new Expected(result, reason, chosen);
    }

    /** Whether a rejection naming {@code named} (or no reason) has the expected reason: PASS rather than PASS_OTHER_REASON. */
    public boolean reasonMatches(Optional<Reason> named) {
        return reason.isEmpty() || named.isEmpty() || named.equals(reason);
    }

    /** In words, e.g. {@code reject with SIGNATURE_MALFORMED under ecdsa-low-s} or {@code reject with HEADER_INVALID (advisory: recipient-should)}. */
    public String describe() {
        String what = switch (result) {
            case ACCEPT -> "accept";
            case REJECT -> reason.map(r -> "reject with " + r.name()).orElse("reject");
            case EITHER -> "accept or reject";
        };
        return what + profile.map(p -> " under " + p.wireName()).orElse("")
                + advisory.map(a -> " (advisory: " + a.basis().wireName() + ")").orElse("");
    }
}
