package dev.suitcase.vectors.requirements;

import java.util.Locale;
import java.util.Optional;

/**
 * Whom a normative statement binds. A plain reject expectation rests on a MUST that binds the
 * recipient; a rule that binds the producer makes a rejection advisory at most (vectors/README.md,
 * "Expectations").
 */
public enum Binds {
    /** The verifier or processor of a message, key or manifest. */
    RECIPIENT,
    /** Whoever writes it: the encoder, signer, key provisioner or manifest author. */
    PRODUCER;

    /** The wire name, e.g. {@code recipient}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Binds> fromWireName(String name) {
        for (Binds binds : values()) {
            if (binds.wireName().equals(name)) {
                return Optional.of(binds);
            }
        }
        return Optional.empty();
    }
}
