package dev.suitcase.perf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a benchmark class whose ratios divide wall-clock times, even when CPU times were measured:
 * part of its work runs outside the benchmark JVM (an adapter program in a child process), and the
 * CPU-time profiler counts the benchmark JVM's threads only, so a ratio of CPU times would leave
 * that work out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WallClockRatio {
}
