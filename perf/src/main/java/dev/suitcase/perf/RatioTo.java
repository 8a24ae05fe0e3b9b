package dev.suitcase.perf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For a benchmark class without a {@link RawPrimitive} of its own: the class whose raw primitive
 * its figures are divided by. Parameters the two classes share must match; the others are ignored.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RatioTo {
    Class<?> value();
}
