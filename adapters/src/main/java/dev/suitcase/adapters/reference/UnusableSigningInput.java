package dev.suitcase.adapters.reference;

/**
 * A sign request the reference producer cannot honour: a private key it cannot use for the
 * algorithm, a manifest that is not a byte string, an exhausted HSS key. The adapter answers it
 * with {@link dev.suitcase.adapters.SignOutcome.Kind#UNSUPPORTED} and this message.
 */
final class UnusableSigningInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnusableSigningInput(String message) {
        super(message, null, false, false);
    }
}
