package dev.suitcase.verifier;

import java.util.Optional;

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

    /**
     * What a check is, as each package's enum declares it.
     *
     * @param id        the stable id, {@code <area>.<rule>} in lowercase words joined by '-' and '.'
     * @param section   the specification section the rule enforces, e.g. {@code RFC 9052 §3.1}
     * @param reason    the reason a rejection by this check carries
     * @param layer     the lowest layer whose inputs this check applies to
     * @param skippable whether a processor that omits this check can go on with the input (see the class comment)
     */
    record Definition(String id, String section, Reason reason, Layer layer, boolean skippable) {
    }

    /** This check's definition. */
    Definition definition();

    /** The stable id, {@code <area>.<rule>} in lowercase words joined by '-' and '.'. */
    default String id() {
        return definition().id();
    }

    /** The specification section the rule enforces, e.g. {@code RFC 9052 §3.1}. */
    default String section() {
        return definition().section();
    }

    /** The reason a rejection by this check carries. */
    default Reason reason() {
        return definition().reason();
    }

    /** The lowest layer whose inputs this check applies to. */
    default Layer layer() {
        return definition().layer();
    }

    /** Whether a processor that omits this check can go on with the input (see the class comment). */
    default boolean skippable() {
        return definition().skippable();
    }

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

    /** {@link #fail}, the rejection pointing at {@code range}: where the rule's site blames particular bytes. */
    default void failAt(String detail, ByteRange range) {
        try {
            fail(detail);
        } catch (Rejection rejection) {
            throw rejection.at(range);
        }
    }

    /**
     * The rejection of this broken rule, unless the check is knocked out (then empty, and the caller
     * goes on as a processor without the check). For rules whose failure is a value rather than a throw:
     * a SUIT condition's failure travels up through Try Each and soft failure before it rejects.
     */
    default Optional<Rejection> failure(String detail) {
        try {
            fail(detail);
            return Optional.empty();
        } catch (Rejection rejection) {
            return Optional.of(rejection);
        }
    }

    /** This check's rejection with {@code detail}, to be thrown whatever is knocked out. */
    default Rejection rejection(String detail) {
        return new Rejection(this, detail);
    }
}
