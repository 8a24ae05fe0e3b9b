package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Layer;

import java.util.Objects;

/**
 * The signature layer: the primitive alone, as in Wycheproof.
 *
 * @param algorithmId the COSE algorithm identifier presented to the implementation; usually the
 *                    id of the vector's algorithm, but it may be one the implementation must refuse
 * @param message     the signed message
 * @param signature   the signature as received
 * @param coseKey     the COSE_Key encoding of the public key
 */
public record SignatureInput(int algorithmId, Bytes message, Bytes signature, Bytes coseKey) implements VectorInput {
    public SignatureInput {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(coseKey, "coseKey");
    }

    @Override
    public Layer layer() {
        return Layer.SIGNATURE;
    }
}
