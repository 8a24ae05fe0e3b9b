package dev.suitcase.verifier;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The check knocked out for the verification running on this thread, if any. Only
 * {@link ReferenceVerifier} sets it, and only for options built by the sensitivity tests
 * ({@link VerifierOptions#withKnockedOut}, package-private). It is read only on the path where a
 * rule was found broken ({@link Check#fail}), so the passing path never touches it.
 */
final class CheckKnockout {
    private static final ThreadLocal<Check> KNOCKED_OUT = new ThreadLocal<>();

    private CheckKnockout() {
    }

    static boolean isKnockedOut(Check check) {
        return check.skippable() && check.equals(KNOCKED_OUT.get());
    }

    /** Runs {@code verification} with {@code check} knocked out, or as it is when none is. */
    static <T> T during(Optional<Check> check, Supplier<T> verification) {
        if (check.isEmpty()) {
            return verification.get();
        }
        Check previous = KNOCKED_OUT.get();
        KNOCKED_OUT.set(check.get());
        try {
            return verification.get();
        } finally {
            KNOCKED_OUT.set(previous);
        }
    }
}
