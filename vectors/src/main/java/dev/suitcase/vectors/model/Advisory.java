package dev.suitcase.vectors.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Marks a reject expectation that asks for more than the specification binds a recipient to
 * (vectors/README.md, "Expectations"). A plain reject rests on a recipient MUST; an advisory one rests on
 * {@link #basis}, and a recipient that accepts the vector gets the ADVISORY verdict, never a
 * security failure.
 *
 * @param basis what the rejection rests on
 * @param rule  the rule in the specification's words where there are any (the SHOULD quoted, with its
 *              section), or the suite's hardening choice and why
 */
public record Advisory(Basis basis, String rule) {

    public Advisory {
        Objects.requireNonNull(basis, "basis");
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("an advisory expectation must state the rule it rests on");
        }
    }

    /** What an advisory rejection rests on instead of a recipient MUST. */
    public enum Basis {
        /** A recipient SHOULD (or RECOMMENDED) of the specification. */
        RECIPIENT_SHOULD,
        /** A rule the specification sets for producers (encoders, manifest authors), not for recipients. */
        PRODUCER_RULE,
        /** A hardening choice of this suite that no specification requires. */
        HARDENING;

        /** The wire name, e.g. {@code recipient-should}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Basis> fromWireName(String name) {
            for (Basis basis : values()) {
                if (basis.wireName().equals(name)) {
                    return Optional.of(basis);
                }
            }
            return Optional.empty();
        }
    }
}
