package dev.suitcase.adapters;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;

import java.util.Objects;

/**
 * Asks a producer to sign one manifest into a SUIT envelope (adapters/PROTOCOL.md, "Sign (producers)").
 *
 * @param id             names the request in answers and reports
 * @param algorithm      the algorithm to sign with; it goes into the protected header
 * @param manifest       the bstr-wrapped SUIT_Manifest, byte string head included, exactly as it
 *                       must appear in the envelope under key 3
 * @param privateCoseKey the signing key as an encoded private COSE_Key
 */
public record SignRequest(String id, Algorithm algorithm, Bytes manifest, Bytes privateCoseKey) {
    public SignRequest {
        VerifyRequest.requireWellFormedId(id);
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(privateCoseKey, "privateCoseKey");
    }
}
