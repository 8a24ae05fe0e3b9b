package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Layer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The COSE layer: one COSE_Sign1, tagged or not.
 *
 * @param coseSign1       the encoded COSE_Sign1 as received
 * @param detachedPayload the payload when the message carries nil (RFC 9052 §4.1)
 * @param externalAad     externally supplied data (RFC 9052 §4.3); empty when absent
 * @param keys            the keys offered to the implementation
 */
public record CoseInput(Bytes coseSign1, Optional<Bytes> detachedPayload, Optional<Bytes> externalAad,
                        List<KeyEntry> keys) implements VectorInput {
    public CoseInput {
        Objects.requireNonNull(coseSign1, "coseSign1");
        Objects.requireNonNull(detachedPayload, "detachedPayload");
        Objects.requireNonNull(externalAad, "externalAad");
        keys = List.copyOf(keys);
    }

    @Override
    public Layer layer() {
        return Layer.COSE;
    }
}
