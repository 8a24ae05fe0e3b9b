package dev.suitcase.verifier;

import java.util.Locale;

/** The three layers a vector can target (vectors/README.md, "Inputs"). */
public enum Layer {
    /** The primitive alone: algorithm, COSE_Key, message, signature. */
    SIGNATURE,
    /** COSE_Sign1 with headers, detached payload, external AAD and trust anchors. */
    COSE,
    /** A SUIT envelope processed against a simulated device. */
    SUIT;

    /** The lowercase name used on the command line and in vector files. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name such as {@code cose}; throws {@link IllegalArgumentException} naming the choices. */
    public static Layer fromWireName(String name) {
        for (Layer layer : values()) {
            if (layer.wireName().equals(name)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("unknown layer '" + name + "'; expected one of signature, cose, suit");
    }
}
