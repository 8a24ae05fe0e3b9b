package dev.suitcase.runner.report;

import dev.suitcase.runner.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A horizontal stacked bar chart of verdict counts, laid out here so the template only draws it as
 * inline SVG: one bar per label (an adapter, or an adapter at one layer), one segment per verdict
 * in the colour of the legend, the total at the end of the bar.
 *
 * @param title  what the chart shows; also its accessible name
 * @param width  the SVG width in user units
 * @param height the SVG height
 * @param bars   top to bottom
 */
public record StackedBarChart(String title, int width, int height, List<Bar> bars) {
    static final int LABEL_WIDTH = 190;
    static final int BAR_WIDTH = 420;
    static final int BAR_HEIGHT = 18;
    static final int ROW_HEIGHT = 26;
    static final int TOTAL_WIDTH = 50;
    /** Labels longer than this are cut, with the whole label in the bar's tooltip. */
    static final int LABEL_LIMIT = 28;

    public StackedBarChart {
        Objects.requireNonNull(title, "title");
        bars = List.copyOf(bars);
    }

    /**
     * @param title  the chart's title
     * @param counts per bar label, the count of each verdict; labels in the order drawn
     */
    public static StackedBarChart of(String title, Map<String, Map<Verdict, Integer>> counts) {
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, Map<Verdict, Integer>> entry : counts.entrySet()) {
            bars.add(Bar.of(entry.getKey(), entry.getValue(), row++ * ROW_HEIGHT));
        }
        return new StackedBarChart(title, LABEL_WIDTH + BAR_WIDTH + TOTAL_WIDTH, Math.max(1, bars.size()) * ROW_HEIGHT,
                bars);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    /**
     * One bar.
     *
     * @param label    shown left of the bar, cut to {@value #LABEL_LIMIT} characters
     * @param fullName the whole label
     * @param y        the top of the bar
     * @param total    the sum of its segments
     * @param segments left to right, in {@link Verdict} order, only verdicts with a count
     */
    public record Bar(String label, String fullName, int y, int total, List<Segment> segments) {
        public Bar {
            segments = List.copyOf(segments);
        }

        static Bar of(String name, Map<Verdict, Integer> counts, int y) {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            List<Segment> segments = new ArrayList<>();
            double x = LABEL_WIDTH;
            for (Verdict verdict : Verdict.values()) {
                int count = counts.getOrDefault(verdict, 0);
                if (count > 0) {
                    double width = (double) BAR_WIDTH * count / total;
                    segments.add(new Segment(VerdictLegend.of(verdict), units(x), units(width), count,
                            name + ": " + count + " " + verdict));
                    x += width;
                }
            }
            String label = name.length() <= LABEL_LIMIT ? name : name.substring(0, LABEL_LIMIT - 1) + "…";
            return new Bar(label, name, y, total, segments);
        }

        /** Where the label's baseline sits: mid-bar. */
        public int textY() {
            return y + BAR_HEIGHT - 5;
        }

        public int totalX() {
            return LABEL_WIDTH + BAR_WIDTH + 6;
        }
    }

    /**
     * One verdict's part of a bar.
     *
     * @param legend  the verdict, whose class colours the segment
     * @param x       the left edge, in user units with one decimal
     * @param width   the width, likewise
     * @param count   how many results
     * @param tooltip e.g. {@code jdk: 12 FAIL_ACCEPTED}
     */
    public record Segment(VerdictLegend legend, String x, String width, int count, String tooltip) {
    }

    private static String units(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
