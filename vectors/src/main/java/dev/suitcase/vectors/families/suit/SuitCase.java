package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.model.Severity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a builder method of the SUIT layer sweep ({@link SuitLayerFamily}): one method, one case,
 * built once for each signature algorithm of the SUIT profiles, as {@code suit.<alg>.<area>.<name>}.
 * The method takes a {@link SuitFixture} (the algorithm's keys and the shared building blocks) and
 * returns a {@code BuiltCase}.
 *
 * <p>In the title and description, {@code {alg}} becomes the algorithm with its COSE id, e.g.
 * {@code HSS-LMS (-46)}, and {@code {key}} what the key is (e.g. {@code key on P-256}), so that each vector's text
 * names what it was built with.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface SuitCase {
    /** The id's area, lowercase words joined by '-'. */
    String area();

    /** The id's case, lowercase words joined by '-'. */
    String name();

    /** One line, at most 120 characters once {@code {alg}} is replaced. */
    String title();

    Severity severity();

    /** Ids from requirements.json. */
    String[] requirements();

    String[] flags() default {};

    /**
     * Why the vector isolates no check, when no processor can go on with its input (see
     * {@code Vector#robustness}); empty for every other vector. {@code {alg}} and {@code {key}} are
     * replaced as in the title.
     */
    String robustness() default "";

    /** What is wrong (or exercised), what a correct processor does, and what a wrong answer costs on a device. */
    String description();
}
