package dev.suitcase.adapters;

import java.util.Locale;
import java.util.Optional;

/** What an implementation can be asked to do (the {@code operations} of its conformance statement). */
public enum Operation {
    /** Verify signatures, COSE messages or SUIT envelopes. */
    VERIFY,
    /** Produce signed SUIT envelopes, for the producer matrix. */
    SIGN;

    /** The lowercase name used in conformance statements. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Operation> fromWireName(String name) {
        for (Operation operation : values()) {
            if (operation.wireName().equals(name)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
