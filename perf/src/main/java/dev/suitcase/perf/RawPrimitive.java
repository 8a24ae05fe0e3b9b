package dev.suitcase.perf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the benchmark that is the floor of its class: for the verification classes BouncyCastle's
 * primitive, the arithmetic the reference verifier itself uses (with the JDK's SHA-256 for an image,
 * as the verifier hashes images); for the process-adapter class the batch protocol. The report
 * divides every other figure of the class (and of the classes that name it with {@link RatioTo}) by
 * this one, taken with the same parameters in the same run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RawPrimitive {
}
