package dev.suitcase.perf.report;

import dev.suitcase.runner.report.Templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page (no script, nothing loaded from the network) drawn from
 * {@code perf.html.peb} with the runner's templating: the targets, a bar chart of every ratio to the
 * raw primitive as inline SVG, and the tables. The template prints every string from the JMH results
 * through Pebble's HTML autoescaping; this class lays out the chart and formats the figures.
 */
public final class HtmlReport {
    static final String DIRECTORY = "dev/suitcase/perf/report";
    static final String TEMPLATE = "perf.html.peb";
    private static final Templates TEMPLATES = Templates.html(DIRECTORY);

    private HtmlReport() {
    }

    public static String render(PerfReport report) {
        Map<String, Object> context = new HashMap<>();
        context.put("count", TextReport.count(report));
        context.put("source", report.source());
        context.put("environment", report.environment());
        context.put("ratioExplained", TextReport.RATIO_EXPLAINED);
        context.put("targets", report.targets().entrySet().stream()
                .map(target -> TargetTable.of(target.getKey(), target.getValue())).toList());
        context.put("chart", Chart.of(report.figures()));
        context.put("tables", report.groups().stream().map(Table::of).toList());
        return TEMPLATES.render(TEMPLATE, context);
    }

    /**
     * One target and where each figure it applies to stands.
     *
     * @param statement what the target asks
     * @param rows      one per figure; none when the run did not measure it
     */
    public record TargetTable(String statement, List<TargetRow> rows) {
        static TargetTable of(Target target, List<Target.Check> checks) {
            return new TargetTable(target.statement(), checks.stream().map(check -> new TargetRow(
                    TextReport.label(check.figure().result()), Format.ratio(check.value()) + " " + target.unit(),
                    check.met(), TextReport.status(check))).toList());
        }
    }

    /**
     * @param label  the figure, as target lists name it
     * @param value  its value, with the target's unit
     * @param met    whether it meets the target
     * @param status met, MISSED or n/a
     */
    public record TargetRow(String label, String value, boolean met, String status) {
    }

    /**
     * The table of one benchmark class with one set of parameters.
     *
     * @param title the class and its parameters
     * @param rows  one per figure, the raw primitive first
     */
    public record Table(String title, List<Row> rows) {
        static Table of(FigureGroup group) {
            return new Table(group.title(), group.figures().stream().map(figure -> {
                BenchmarkResult result = figure.result();
                return new Row(result.methodName(), Format.time(result.nanosPerOp()), Format.error(result),
                        TextReport.cpuTime(result), TextReport.ratio(figure), TextReport.allocation(figure));
            }).toList());
        }
    }

    /** One figure's columns, formatted as the text report prints them. */
    public record Row(String method, String time, String error, String cpu, String ratio, String allocation) {
    }

    /**
     * Horizontal bars on a logarithmic axis, growing from 1 (the raw primitive): to the right for a
     * figure that costs more, to the left for one that costs less. The dashed line is the 1.10 target.
     * Figures of wall-clock classes (the process adapters) are left to their table: their ratios span
     * six decades and would squeeze the verifier's into a few pixels. Coordinates are SVG user units,
     * written with one decimal.
     *
     * @param width   the SVG width
     * @param height  the SVG height
     * @param axisTop where the vertical lines start, under the decade labels
     * @param oneX    the x of ratio 1, where every bar starts
     * @param targetX the x of the 1.10 target
     * @param decades one vertical line and label per decade
     * @param bars    top to bottom, in run order; empty when no figure has a raw primitive
     */
    public record Chart(int width, int height, int axisTop, String oneX, String targetX, List<Decade> decades,
                        List<Bar> bars) {
        static final int WIDTH = 960;
        static final int LABEL_WIDTH = 420;
        static final int VALUE_WIDTH = 70;
        static final int ROW_HEIGHT = 18;
        static final int AXIS_HEIGHT = 28;
        static final double TARGET = 1.10;

        public Chart {
            decades = List.copyOf(decades);
            bars = List.copyOf(bars);
        }

        public int labelX() {
            return LABEL_WIDTH - 6;
        }

        public int valueX() {
            return WIDTH - VALUE_WIDTH + 6;
        }

        static Chart of(List<Figure> figures) {
            List<Figure> drawn = figures.stream().filter(figure -> figure.ratio().isPresent() && !figure.isBaseline()
                    && figure.ratio().getAsDouble() > 0 && !figure.wallClockOnly()).toList();
            double low = 0.1;
            double high = 10;
            for (Figure figure : drawn) {
                low = Math.min(low, figure.ratio().getAsDouble());
                high = Math.max(high, figure.ratio().getAsDouble());
            }
            Axis axis = new Axis((int) Math.floor(Math.log10(low)), (int) Math.ceil(Math.log10(high)), LABEL_WIDTH,
                    WIDTH - LABEL_WIDTH - VALUE_WIDTH);
            List<Decade> decades = new ArrayList<>();
            for (int decade = axis.lowDecade(); decade <= axis.highDecade(); decade++) {
                double ratio = Math.pow(10, decade);
                decades.add(new Decade(units(axis.x(ratio)),
                        decade >= 0 ? String.format(Locale.ROOT, "%.0f", ratio) : Format.significant(ratio)));
            }
            double one = axis.x(1);
            List<Bar> bars = new ArrayList<>();
            int y = AXIS_HEIGHT;
            for (Figure figure : drawn) {
                bars.add(Bar.of(figure, axis, one, y));
                y += ROW_HEIGHT;
            }
            return new Chart(WIDTH, AXIS_HEIGHT + drawn.size() * ROW_HEIGHT + 8, AXIS_HEIGHT - 6, units(one),
                    units(axis.x(TARGET)), decades, bars);
        }
    }

    /**
     * @param x     where its line is
     * @param label the ratio it stands for: {@code 0.1}, {@code 1}, {@code 10}
     */
    public record Decade(String x, String label) {
    }

    /**
     * One figure's bar.
     *
     * @param label   the class, method and parameters, left of the bar
     * @param tooltip the label and the ratio
     * @param ratio   the ratio, right of the chart
     * @param textY   the baseline of the label and the ratio
     * @param x       the bar's left edge: 1, or the ratio when below 1
     * @param y       the bar's top
     * @param width   at least one unit, so a ratio of 1 still shows
     * @param height  the bar's height
     * @param over    whether the ratio misses the 1.10 target (drawn in another colour)
     */
    public record Bar(String label, String tooltip, String ratio, int textY, String x, int y, String width, int height,
                      boolean over) {
        static Bar of(Figure figure, Axis axis, double one, int top) {
            double ratio = figure.ratio().getAsDouble();
            double x = axis.x(ratio);
            BenchmarkResult result = figure.result();
            String label = result.simpleClassName() + "." + result.methodName()
                    + (result.params().isEmpty() ? "" : " " + result.describeParams());
            return new Bar(label, label + ": " + TextReport.ratio(figure) + " x raw", TextReport.ratio(figure),
                    top + Chart.ROW_HEIGHT - 5, units(Math.min(one, x)), top + 3, units(Math.max(1, Math.abs(x - one))),
                    Chart.ROW_HEIGHT - 6, ratio > Chart.TARGET);
        }
    }

    /** Maps a ratio to an x coordinate on a log axis spanning whole decades. */
    record Axis(int lowDecade, int highDecade, double left, double width) {
        double x(double ratio) {
            return left + width * (Math.log10(ratio) - lowDecade) / (highDecade - lowDecade);
        }
    }

    private static String units(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
