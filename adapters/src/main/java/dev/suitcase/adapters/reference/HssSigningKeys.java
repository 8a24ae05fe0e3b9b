package dev.suitcase.adapters.reference;

import dev.suitcase.vectors.model.Bytes;
import org.bouncycastle.crypto.params.HSSPrivateKeyParameters;
import org.bouncycastle.crypto.signers.HSSSigner;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The signing state of the HSS keys one producer has used. An HSS private key is stateful: each
 * signature consumes a one-time key, and signing twice from the same state reuses it, which lets
 * anyone forge (RFC 8554 §9.2). A request carries the key as it was when the test key was made, so
 * this class keeps, per key, the state after the producer's last signature and signs the next
 * request from there. The state lives as long as the adapter: test keys only, never real ones.
 */
final class HssSigningKeys {
    private final Map<Bytes, HSSPrivateKeyParameters> current = new HashMap<>();

    /** Decodes BouncyCastle's encoding of an HSS private key; throws {@link UnusableSigningInput} if it is not one. */
    static HSSPrivateKeyParameters decode(byte[] encoded) {
        try {
            return HSSPrivateKeyParameters.getInstance(encoded);
        } catch (IOException | RuntimeException notAKey) {
            throw new UnusableSigningInput("label -2 of the HSS-LMS private COSE_Key is not a BouncyCastle-encoded HSS "
                    + "private key (" + notAKey.getClass().getSimpleName()
                    + (notAKey.getMessage() == null ? "" : ": " + notAKey.getMessage()) + ")");
        }
    }

    /** Signs {@code message} with the next one-time key of {@code encodedKey}. */
    synchronized byte[] sign(byte[] encodedKey, byte[] message) {
        HSSPrivateKeyParameters key = current.computeIfAbsent(Bytes.of(encodedKey), k -> decode(encodedKey));
        if (key.getUsagesRemaining() <= 0) {
            throw new UnusableSigningInput("the HSS private key is exhausted: all " + key.getIndexLimit()
                    + " one-time keys have signed");
        }
        HSSSigner signer = new HSSSigner();
        signer.init(true, key);
        return signer.generateSignature(message);
    }
}
