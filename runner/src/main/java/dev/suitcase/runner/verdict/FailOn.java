package dev.suitcase.runner.verdict;

import dev.suitcase.vectors.model.Severity;

import java.util.Locale;

/**
 * {@code --fail-on} (engine key {@code suitcase.failOn}): which failures fail the gate. A severity
 * level counts the failures of vectors that severe or worse; {@link #ADVISORY}, the level below
 * {@code info}, counts every failure and the advisories too. UNSUPPORTED is not held to the
 * threshold: the statement claims the vector, whatever its severity, so it fails the gate unless
 * {@code --allow-unimplemented}.
 */
public enum FailOn {
    CRITICAL(Severity.CRITICAL),
    HIGH(Severity.HIGH),
    MEDIUM(Severity.MEDIUM),
    LOW(Severity.LOW),
    INFO(Severity.INFO),
    /** Every failure, and ADVISORY as a failure too. */
    ADVISORY(Severity.INFO);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The wire name, e.g. {@code high} or {@code advisory}, as {@code --fail-on} takes it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FailOn fromWireName(String name) {
        for (FailOn level : values()) {
            if (level.wireName().equals(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + name + "'; expected a severity (critical, high, medium, low, "
                + "info) or advisory");
    }

    /** Whether a failure of a vector of {@code severity} fails the gate: that severe or worse. */
    public boolean counts(Severity severity) {
        return severity.compareTo(threshold) <= 0;
    }

    /** Whether ADVISORY is a failure: only at {@link #ADVISORY}. */
    public boolean countsAdvisories() {
        return this == ADVISORY;
    }
}
