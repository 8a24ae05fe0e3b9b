package dev.suitcase.perf.report;

import java.util.Locale;
import java.util.OptionalDouble;

/** How the report writes times, sizes and ratios: three significant digits, in the unit that suits the value. */
final class Format {
    private Format() {
    }

    /** A time per operation given in nanoseconds: {@code 84.9 us}, {@code 1.31 ms}. */
    static String time(double nanos) {
        if (Double.isNaN(nanos)) {
            return "-";
        }
        if (nanos < 1e3) {
            return significant(nanos) + " ns";
        }
        if (nanos < 1e6) {
            return significant(nanos / 1e3) + " us";
        }
        if (nanos < 1e9) {
            return significant(nanos / 1e6) + " ms";
        }
        return significant(nanos / 1e9) + " s";
    }

    /** The error as a share of the score: {@code ± 3.1%}, or nothing when JMH gave none. */
    static String error(BenchmarkResult result) {
        double error = result.scoreError();
        if (Double.isNaN(error) || result.score() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "± %.1f%%", 100 * error / result.score());
    }

    /** A size in bytes: {@code 512 B}, {@code 78.5 KiB}, {@code 2.00 MiB}. */
    static String bytes(OptionalDouble bytes) {
        if (bytes.isEmpty()) {
            return "-";
        }
        double value = bytes.getAsDouble();
        if (value < 1024) {
            return String.format(Locale.ROOT, "%.0f B", value);
        }
        if (value < 1024 * 1024) {
            return significant(value / 1024) + " KiB";
        }
        return significant(value / (1024 * 1024)) + " MiB";
    }

    /** A ratio: {@code 1.04}, {@code 0.0031}, {@code 612}; {@code -} when there is none. */
    static String ratio(OptionalDouble ratio) {
        if (ratio.isEmpty()) {
            return "-";
        }
        double value = ratio.getAsDouble();
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return value >= 0.1 ? String.format(Locale.ROOT, "%.2f", value) : significant(value);
    }

    /** Three significant digits, without exponent. */
    static String significant(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        int digitsBeforePoint = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
        int decimals = Math.max(0, 3 - digitsBeforePoint);
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
