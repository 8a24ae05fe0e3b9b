package dev.suitcase.perf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalDouble;

class FormatTest {

    @Test
    void writesTimesInTheUnitThatSuitsThem() {
        assertEquals("783 ns", Format.time(783.4));
        assertEquals("84.9 us", Format.time(84_870));
        assertEquals("1.31 ms", Format.time(1_310_000));
        assertEquals("98.9 s", Format.time(98.9e9));
        assertEquals("-", Format.time(Double.NaN));
    }

    @Test
    void writesSizesInBinaryUnits() {
        assertEquals("608 B", Format.bytes(OptionalDouble.of(608)));
        assertEquals("78.5 KiB", Format.bytes(OptionalDouble.of(78.5 * 1024)));
        assertEquals("2.00 MiB", Format.bytes(OptionalDouble.of(2 << 20)));
        assertEquals("-", Format.bytes(OptionalDouble.empty()));
    }

    @Test
    void writesRatiosWithTwoDecimalsSmallOnesWithThreeSignificantDigitsAndLargeOnesWhole() {
        assertEquals("1.04", Format.ratio(OptionalDouble.of(1.0412)));
        assertEquals("99.50", Format.ratio(OptionalDouble.of(99.5)));
        assertEquals("612", Format.ratio(OptionalDouble.of(612.4)));
        assertEquals("0.00182", Format.ratio(OptionalDouble.of(0.0018213)));
        assertEquals("-", Format.ratio(OptionalDouble.empty()));
    }

    @Test
    void writesErrorAsShareOfScore() {
        assertEquals("± 3.1%", Format.error(result(6.2)));
        assertEquals("", Format.error(result(Double.NaN)));
    }

    private static BenchmarkResult result(double error) {
        return new BenchmarkResult("a.B.c", Map.of(), 200, error, "us/op", OptionalDouble.empty(),
                OptionalDouble.empty());
    }
}
