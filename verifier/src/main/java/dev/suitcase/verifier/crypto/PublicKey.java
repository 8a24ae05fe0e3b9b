package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

/**
 * A public key that passed every profile-independent check of its specification when it was built,
 * and the one primitive that verifies signatures under it. One class per algorithm family; an
 * invalid key is rejected with {@link dev.suitcase.verifier.Reason#BAD_KEY} by its factory method.
 * The key rules a profile decides (for Ed25519: canonical encoding and small order of A, which
 * {@code ed25519-zip215} accepts) are applied by {@link #checkUsableUnder}, which the reference
 * verifier calls right after parsing each trusted key and {@link #verify} calls first.
 *
 * <p>{@link #verify} makes every structural check of the signature explicitly, before any library
 * call, and uses the library (BouncyCastle) only for the arithmetic. It returns normally only if
 * the signature is valid. Otherwise it throws a {@link Rejection} with
 * {@link dev.suitcase.verifier.Reason#SIGNATURE_MALFORMED} (length, encoding, range, type codes)
 * or {@link dev.suitcase.verifier.Reason#SIGNATURE_INVALID} (well-formed but wrong), or
 * {@link dev.suitcase.verifier.Reason#BAD_KEY} where a profile forbids the key. An exception from
 * the library is caught and becomes a rejection: it never escapes and never accepts.
 */
public sealed interface PublicKey permits P256PublicKey, Ed25519PublicKey, HssPublicKey {

    Algorithm.Family family();

    /**
     * Rejects, with {@link dev.suitcase.verifier.Reason#BAD_KEY}, a key that {@code options}' profiles
     * do not allow; returns normally for a usable key. Keys of families no profile changes are always
     * usable.
     */
    default void checkUsableUnder(VerifierOptions options) {
    }

    /** Verifies {@code signature} over {@code message}; returns only if it is valid. */
    default void verify(byte[] message, byte[] signature, VerifierOptions options) {
        verify(message, 0, message.length, signature, options);
    }

    /**
     * Verifies {@code signature} over the {@code length} bytes of {@code message} from {@code offset};
     * returns only if it is valid. The bytes are read where they lie, never changed and never kept.
     */
    void verify(byte[] message, int offset, int length, byte[] signature, VerifierOptions options);
}
