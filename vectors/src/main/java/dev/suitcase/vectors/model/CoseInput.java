package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The COSE layer: one COSE_Sign1, tagged or not.
 *
 * @param coseSign1        the encoded COSE_Sign1 as received
 * @param detachedPayload  the payload when the message carries nil (RFC 9052 §4.1)
 * @param externalAad      externally supplied data (RFC 9052 §4.3); empty when absent
 * @param keys             the keys offered to the implementation
 * @param allowedAlgorithm when present, the only algorithm the application accepts (RFC 9052 §10 leaves the
 *                         choice of algorithms to the application); empty when the caller restricts none
 */
public record CoseInput(Bytes coseSign1, Optional<Bytes> detachedPayload, Optional<Bytes> externalAad,
                        List<KeyEntry> keys, Optional<Algorithm> allowedAlgorithm) implements VectorInput {
    public CoseInput {
        Objects.requireNonNull(coseSign1, "coseSign1");
        Objects.requireNonNull(detachedPayload, "detachedPayload");
        Objects.requireNonNull(externalAad, "externalAad");
        keys = List.copyOf(keys);
        Objects.requireNonNull(allowedAlgorithm, "allowedAlgorithm");
    }

    /** An input whose caller accepts whatever algorithm the message names. */
    public CoseInput(Bytes coseSign1, Optional<Bytes> detachedPayload, Optional<Bytes> externalAad, List<KeyEntry> keys) {
        this(coseSign1, detachedPayload, externalAad, keys, Optional.empty());
    }

    /** This input with {@code algorithm} as the only one the caller accepts. */
    public CoseInput allowingOnly(Algorithm algorithm) {
        return new CoseInput(coseSign1, detachedPayload, externalAad, keys, Optional.of(algorithm));
    }

    /**
     * The one algorithm this input is verified under when a caller adds {@code caller}: the caller's, else
     * this input's own, else none.
     *
     * @throws IllegalArgumentException if both name an algorithm and they differ: no algorithm would be left
     */
    public Optional<Algorithm> allowedWith(Optional<Algorithm> caller) {
        if (caller.isPresent() && allowedAlgorithm.isPresent() && caller.get() != allowedAlgorithm.get()) {
            throw new IllegalArgumentException("the caller allows only " + caller.get() + " but the input allows only "
                    + allowedAlgorithm.get());
        }
        return caller.or(() -> allowedAlgorithm);
    }

    @Override
    public Layer layer() {
        return Layer.COSE;
    }
}
