package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a builder method of a {@link CoseSweepFamily}: one method, one case, built once for each
 * algorithm id it applies to, as vector {@code cose.<alg>.<area>.<name>}. The method takes a
 * {@link CoseFixture} and returns a {@code BuiltCase}.
 *
 * <p>Title, description and requirements are templates: {@code {word}} is replaced by the
 * fixture's word for the algorithm (see {@link CoseFixture#words()}), so each vector's text names
 * its own algorithm, key type and requirements. A template with an unknown word is refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface CoseCase {
    /** The area of the id, e.g. {@code crit}. */
    String area();

    /** The case of the id, e.g. {@code unknown-label}. */
    String name();

    /** One line, at most 120 characters once the words are in. */
    String title();

    Severity severity();

    /** Requirement ids or words standing for them, e.g. {@code {kty-req}}. */
    String[] requirements();

    String[] flags() default {};

    /** The ids the case applies to; empty means all five. */
    Algorithm[] algorithms() default {};

    /** What is wrong, what a correct implementation does, and what a wrong answer costs on a device. */
    String description();

    /**
     * Why the vector isolates no check, when no processor can go on with its input (see
     * {@code Vector#robustness}); empty for every other vector.
     */
    String robustness() default "";
}
