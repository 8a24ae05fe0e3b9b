package dev.suitcase.verifier;

/**
 * The one way to knock a check out of the reference verifier, for the sensitivity tests: it lives
 * in the verifier's test jar, so no command or adapter can reach it.
 */
public final class Knockouts {
    private Knockouts() {
    }

    /** {@code options} with the skippable {@code check} knocked out. */
    public static VerifierOptions without(VerifierOptions options, Check check) {
        return options.withKnockedOut(check);
    }
}
