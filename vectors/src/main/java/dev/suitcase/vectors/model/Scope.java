package dev.suitcase.vectors.model;

import java.util.Locale;

/**
 * How far a SUIT envelope is processed; each scope includes the ones before it
 * (draft-ietf-suit-manifest-37 §4.2 workflow, §8.4.6 procedures).
 */
public enum Scope {
    /** Envelope, authentication wrapper, manifest digest, manifest version and sequence number. */
    AUTHENTICATE,
    /** And the shared sequence's conditions: is this manifest for this device? */
    APPLICABILITY,
    /** And the update procedure: payload-fetch, install, and the image checks. */
    INSTALL,
    /** And the invocation procedure: validate, load and invoke. */
    BOOT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope fromWireName(String name) {
        for (Scope scope : values()) {
            if (scope.wireName().equals(name)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + name + "'; expected authenticate, applicability, install or boot");
    }
}
