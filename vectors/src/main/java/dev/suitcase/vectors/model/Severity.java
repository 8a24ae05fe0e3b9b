package dev.suitcase.vectors.model;

import java.util.Locale;

/**
 * What getting a vector wrong costs (vectors/README.md, "Severity"). For a must-reject vector:
 * what accepting it costs; for a must-accept vector: what refusing it costs.
 */
public enum Severity {
    /** Authentication bypass: unsigned or wrongly signed firmware accepted. */
    CRITICAL,
    /** Rollback, wrong-device install, digest bypass, or an arithmetic flaw that may lead to forgery. */
    HIGH,
    /** Malleability or non-canonical input accepted. */
    MEDIUM,
    LOW,
    INFO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromWireName(String name) {
        for (Severity severity : values()) {
            if (severity.wireName().equals(name)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + name + "'; expected critical, high, medium, low or info");
    }
}
