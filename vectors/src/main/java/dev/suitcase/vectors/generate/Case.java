package dev.suitcase.vectors.generate;

import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a builder method of a {@link CaseFamily}: one method, one case. The annotation holds what a
 * reader of the vector needs (id, title, severity, requirements, and the description that says what
 * is wrong and why it matters on a device); the method builds the bytes and the expectation and
 * returns them as a {@link BuiltCase}. It takes no argument, or a {@link CaseContext} (the family's
 * fixture for the algorithm, the vector's id, a seed label).
 *
 * <p>A case whose id has {@code *} in place of the algorithm is a sweep: it is built once for each id
 * of its {@link #sweep()}, e.g. {@code cose.*.crit.unknown-label} with {@link Sweep#COSE} is five
 * vectors, {@code cose.es256.crit.unknown-label} to {@code cose.hss-lms.crit.unknown-label}.
 *
 * <p>Every text (id, title, requirements, description, robustness) is a {@link Template}: {@code {word}}
 * is replaced per algorithm by {@code alg} ("ES256 (-7)"), {@code name} ("ES256"), {@code id} ("-7"),
 * {@code token} ("es256"), and the words of the family's fixture. The description is written as a
 * text block: single line breaks become spaces, blank lines separate paragraphs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Case {
    /** The vector id, {@code <layer>.<alg>.<area>.<case>}, with {@code *} as the algorithm of a sweep. */
    String id();

    /** One line, at most 120 characters once the words are in. */
    String title();

    Severity severity();

    /** Ids from requirements.json, or words standing for them. */
    String[] requirements();

    String[] flags() default {};

    /**
     * What the input is, what is wrong with it (or what a valid input exercises), what a correct
     * implementation does, and what a wrong answer costs.
     */
    String description();

    /**
     * Why the vector isolates no check, when no processor can go on with its input (see
     * {@code Vector#robustness}); empty for every other vector.
     */
    String robustness() default "";

    /** The ids a case with {@code *} in its id is built for; {@link Sweep#NONE} for every other case. */
    Sweep sweep() default Sweep.NONE;

    /** The ids of the sweep this case is built for, where not all of them; empty means the whole sweep. */
    Algorithm[] only() default {};
}
