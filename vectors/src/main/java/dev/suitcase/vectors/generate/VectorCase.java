package dev.suitcase.vectors.generate;

import dev.suitcase.vectors.model.Severity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a builder method of an {@link AnnotatedFamily}: one method, one vector. The annotation
 * holds what a reader of the vector needs (id, title, severity, requirements, and the description
 * that says what is wrong and why it matters on a device); the method builds the bytes and the
 * expectation and returns them as a {@link BuiltCase}. The layer and the algorithm come from the id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface VectorCase {
    /** The vector id, {@code <layer>.<alg>.<area>.<case>}. */
    String id();

    /** One line, at most 120 characters. */
    String title();

    Severity severity();

    /** Ids from requirements.json. */
    String[] requirements();

    String[] flags() default {};

    /**
     * What the input is, what is wrong with it (or what a valid input exercises), what a correct
     * implementation does, and what a wrong answer costs. Written as a text block; single line
     * breaks become spaces, blank lines separate paragraphs.
     */
    String description();

    /**
     * Why the vector isolates no check, when no processor can go on with its input (see
     * {@code Vector#robustness}); empty for every other vector.
     */
    String robustness() default "";
}
