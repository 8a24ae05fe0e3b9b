package dev.suitcase.vectors.model;

import java.util.Locale;

/**
 * Whether a vector is run. A wrong vector is withdrawn, never deleted or changed: its id stays
 * taken so it is never reused with another meaning.
 */
public enum VectorStatus {
    ACTIVE,
    WITHDRAWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VectorStatus fromWireName(String name) {
        for (VectorStatus status : values()) {
            if (status.wireName().equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + name + "'; expected active or withdrawn");
    }
}
