package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

/**
 * Runs the whole HSS-LMS path, key load then verification, and turns a {@link Rejection} into a
 * rejecting {@link Outcome}. Any other exception escapes on purpose: in a test it is a bug in the
 * verifier (it must fail closed with a reason), not a verdict.
 */
final class HssOutcomes {
    private HssOutcomes() {
    }

    static Outcome verify(byte[] publicKey, byte[] message, byte[] signature) {
        try {
            HssPublicKey.fromEncoded(publicKey).verify(message, signature, VerifierOptions.DEFAULT);
            return Outcome.accept();
        } catch (Rejection rejection) {
            return Outcome.reject(rejection.reason(), rejection.detail());
        }
    }
}
