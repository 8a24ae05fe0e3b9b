package dev.suitcase.adapters;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input to verify, for one layer (adapters/PROTOCOL.md, "Verify").
 *
 * @param id               names the request in answers and reports; a vector's id when built from one
 * @param input            the layer's input, exactly as the vector carries it
 * @param allowedAlgorithm for the COSE layer only: when present, the only algorithm the caller accepts
 *                         (the {@code algorithm} field of a COSE verify request); given empty, the one the
 *                         COSE input allows ({@link CoseInput#allowedAlgorithm()}), if any, so that an
 *                         adapter never loses a vector's restriction
 */
public record VerifyRequest(String id, VectorInput input, Optional<Algorithm> allowedAlgorithm) {

    public VerifyRequest {
        requireWellFormedId(id);
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(allowedAlgorithm, "allowedAlgorithm");
        if (allowedAlgorithm.isPresent() && input.layer() != Layer.COSE) {
            throw new IllegalArgumentException("request " + id + ": only a COSE request names an allowed algorithm, not a "
                    + input.layer().wireName() + " request");
        }
        if (input instanceof CoseInput cose) {
            try {
                allowedAlgorithm = cose.allowedWith(allowedAlgorithm);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("request " + id + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The request for one vector: its id and its input; at the COSE layer, the algorithm the input
     * allows when it names one, else any algorithm the message's header names.
     */
    public static VerifyRequest of(Vector vector) {
        return new VerifyRequest(vector.id().toString(), vector.input(), Optional.empty());
    }

    public Layer layer() {
        return input.layer();
    }

    /**
     * The keys the implementation is given: the signature layer's one key, or the trusted keys of a
     * COSE or SUIT input. Untrusted keys are never sent (adapters/PROTOCOL.md: "keys holds the trusted
     * public keys only").
     */
    public List<Bytes> trustedKeys() {
        if (input instanceof SignatureInput signature) {
            return List.of(signature.coseKey());
        }
        List<KeyEntry> keys = input instanceof CoseInput cose ? cose.keys() : ((SuitInput) input).keys();
        return keys.stream().filter(KeyEntry::trusted).map(KeyEntry::coseKey).toList();
    }

    /**
     * The size of the message the implementation has to process, compared with an ICS's
     * {@code limits.maxMessageBytes}: the signed message (signature layer), the COSE_Sign1 plus
     * any detached payload (COSE layer), the envelope (SUIT layer).
     */
    public static long messageBytes(VectorInput input) {
        if (input instanceof SignatureInput signature) {
            return signature.message().length();
        }
        if (input instanceof CoseInput cose) {
            return (long) cose.coseSign1().length() + cose.detachedPayload().map(Bytes::length).orElse(0);
        }
        return ((SuitInput) input).envelope().length();
    }

    static void requireWellFormedId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a request id must not be blank");
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                throw new IllegalArgumentException("request id '" + id.replaceAll("\\p{Cntrl}", "?")
                        + "' contains a control character at position " + i);
            }
        }
    }
}
