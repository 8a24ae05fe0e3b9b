package dev.suitcase.verifier.suit;

import java.util.Locale;

/**
 * How far a request takes an envelope on the simulated device. Each scope does everything the one
 * before it does, and more (draft-ietf-suit-manifest-37 §4.2 workflow, §8.4.6 procedures).
 */
public enum Scope {
    /**
     * The envelope structure, the authentication wrapper (§8.3), the manifest digest, the manifest
     * version (§8.4.1), the rollback check (§8.4.2), the manifest structure and the digests of the
     * severable members carried in the envelope (§8.4.12). No command sequence runs.
     */
    AUTHENTICATE,
    /**
     * Plus the components (§6.2) and the shared sequence (§8.4.5), whose vendor and class conditions
     * decide whether the manifest applies to this device (§7.1).
     */
    APPLICABILITY,
    /**
     * Plus the Update Procedure (§8.4.6 goals 1-3): shared sequence, payload-fetch, install and
     * validate, which fetch or copy the payloads and check the installed images.
     */
    INSTALL,
    /**
     * Plus the Invocation Procedure (§8.4.6 goals 3-5) on the device state the installation left:
     * shared sequence, validate, load and invoke. Invocation is recorded, not executed.
     */
    BOOT;

    /** The lowercase name used on the command line and in vector files. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this scope does everything {@code other} does. */
    public boolean includes(Scope other) {
        return compareTo(other) >= 0;
    }

    /** Parses a wire name such as {@code install}; throws {@link IllegalArgumentException} naming the choices. */
    public static Scope fromWireName(String name) {
        for (Scope scope : values()) {
            if (scope.wireName().equals(name)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + name
                + "'; expected one of authenticate, applicability, install, boot");
    }
}
