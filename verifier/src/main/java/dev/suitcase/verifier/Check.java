package dev.suitcase.verifier;

/**
 * One named rejection rule of the reference verifier: the closed set of them ({@link Checks#all()})
 * is everything the verifier can reject for. Each has a stable id ({@code cose.crit.unknown-label}),
 * the specification section it enforces, the {@link Reason} it rejects with and the layer it first
 * applies at. Every {@link Rejection} names the check that fired.
 *
 * <p>A check is <em>skippable</em> when a processor that omits it can still go on with the input
 * (ignoring {@code crit}, accepting a duplicate label, not comparing a digest): the corpus then
 * needs a vector that such a processor accepts, and the sensitivity test proves it by knocking the
 * check out of the reference verifier ({@code VerifierOptions}, reachable from tests only). A
 * check that is not skippable guards input no processor can go on with (truncated CBOR, an array
 * where a map must be); the vectors that fire it are robustness vectors.
 *
 * <p>Implemented by one enum per package ({@code CborCheck}, {@code CoseCheck}, {@code KeyCheck},
 * {@code SuitCheck}), so each package names its own rules.
 */
public interface Check {

    /** The stable id, {@code <area>.<rule>} in lowercase words joined by '-' and '.'. */
    String id();

    /** The specification section the rule enforces, e.g. {@code RFC 9052 §3.1}. */
    String section();

    /** The reason a rejection by this check carries. */
    Reason reason();

    /** The lowest layer whose inputs this check applies to. */
    Layer layer();

    /** Whether a processor that omits this check can go on with the input (see the class comment). */
    boolean skippable();

    /**
     * Throws this check's rejection, unless a test has knocked this check out for the running
     * verification (then it returns and the verifier goes on as a processor without the check
     * would). Call it where the rule is found broken; a check that is not skippable uses
     * {@link #rejection} instead.
     */
    default void fail(String detail) {
        if (!CheckKnockout.isKnockedOut(this)) {
            throw rejection(detail);
        }
    }

    /** This check's rejection with {@code detail}, to be thrown whatever is knocked out. */
    default Rejection rejection(String detail) {
        return new Rejection(this, detail);
    }
}
