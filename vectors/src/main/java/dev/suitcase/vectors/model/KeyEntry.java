package dev.suitcase.vectors.model;

import java.util.Objects;

/**
 * A public key offered with a COSE or SUIT input.
 *
 * @param coseKey the COSE_Key encoding of the public key, exactly as the implementation receives it
 * @param trusted whether the key is a trust anchor; a signature that verifies only under an
 *                untrusted key does not authenticate
 */
public record KeyEntry(Bytes coseKey, boolean trusted) {
    public KeyEntry {
        Objects.requireNonNull(coseKey, "coseKey");
    }

    public static KeyEntry trusted(Bytes coseKey) {
        return new KeyEntry(coseKey, true);
    }
}
