package dev.suitcase.perf.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page (no script, no network): the targets, a bar chart of
 * every ratio to the raw primitive as inline SVG, and the tables. Every string from the JMH results
 * is escaped.
 */
public final class HtmlReport {
    private static final int CHART_WIDTH = 960;
    private static final int LABEL_WIDTH = 420;
    private static final int VALUE_WIDTH = 70;
    private static final int ROW_HEIGHT = 18;
    private static final int AXIS_HEIGHT = 28;

    private HtmlReport() {
    }

    public static String render(PerfReport report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>suitcase perf</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}\n")
                .append("table{border-collapse:collapse;margin:0 0 1.5em 0}\n")
                .append("th,td{padding:2px 10px;text-align:right;border-bottom:1px solid #ddd}\n")
                .append("th:first-child,td:first-child{text-align:left}\n")
                .append(".met{color:#1a7f37}.missed{color:#b42318;font-weight:bold}\n")
                .append("svg text{font-size:12px;font-family:system-ui,sans-serif}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>suitcase perf</h1>\n<p>").append(escape(TextReport.count(report) + " from "
                + report.source())).append("<br>").append(escape(report.environment())).append("</p>\n")
                .append("<p>").append(escape(TextReport.RATIO_EXPLAINED)).append(" Below 1: cheaper than the "
                        + "primitive (a part of the work); above 1: the cost on top of it.</p>\n");
        targets(html, report);
        html.append("<h2>Ratios to the raw primitive</h2>\n");
        chart(html, report.figures());
        html.append("<h2>Figures</h2>\n");
        for (FigureGroup group : report.groups()) {
            table(html, group);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void targets(StringBuilder html, PerfReport report) {
        html.append("<h2>Targets (issue 7)</h2>\n");
        for (Map.Entry<Target, List<Target.Check>> target : report.targets().entrySet()) {
            html.append("<h3>").append(escape(target.getKey().statement())).append("</h3>\n");
            if (target.getValue().isEmpty()) {
                html.append("<p>Not measured in this run.</p>\n");
                continue;
            }
            html.append("<table>\n<tr><th>figure</th><th>value</th><th>status</th></tr>\n");
            for (Target.Check check : target.getValue()) {
                BenchmarkResult result = check.figure().result();
                html.append("<tr><td>").append(escape(TextReport.label(result)))
                        .append("</td><td>").append(escape(Format.ratio(check.value()) + " " + target.getKey().unit()))
                        .append("</td><td class=\"").append(check.met() ? "met" : "missed").append("\">")
                        .append(escape(TextReport.status(check)))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
    }

    private static void table(StringBuilder html, FigureGroup group) {
        html.append("<h3>").append(escape(group.title())).append("</h3>\n<table>\n")
                .append("<tr><th>benchmark</th><th>time/op</th><th>error</th><th>cpu/op</th><th>× raw</th>"
                        + "<th>alloc/op</th></tr>\n");
        for (Figure figure : group.figures()) {
            BenchmarkResult result = figure.result();
            html.append("<tr><td>").append(escape(result.methodName()))
                    .append("</td><td>").append(escape(Format.time(result.nanosPerOp())))
                    .append("</td><td>").append(escape(Format.error(result)))
                    .append("</td><td>").append(escape(TextReport.cpuTime(result)))
                    .append("</td><td>").append(escape(TextReport.ratio(figure)))
                    .append("</td><td>").append(escape(TextReport.allocation(figure)))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /**
     * Horizontal bars on a logarithmic axis, growing from 1 (the raw primitive): to the right for a
     * figure that costs more, to the left for one that costs less. The dashed line is the 1.10 target.
     * Figures of wall-clock classes (the process adapters) are left to their table: their ratios span
     * six decades and would squeeze the verifier's into a few pixels.
     */
    private static void chart(StringBuilder html, List<Figure> figures) {
        List<Figure> bars = new ArrayList<>();
        for (Figure figure : figures) {
            if (figure.ratio().isPresent() && !figure.isBaseline() && figure.ratio().getAsDouble() > 0
                    && !figure.wallClockOnly()) {
                bars.add(figure);
            }
        }
        if (bars.isEmpty()) {
            html.append("<p>No figure in this run has a raw primitive to compare with.</p>\n");
            return;
        }
        double low = 0.1;
        double high = 10;
        for (Figure bar : bars) {
            low = Math.min(low, bar.ratio().getAsDouble());
            high = Math.max(high, bar.ratio().getAsDouble());
        }
        int lowDecade = (int) Math.floor(Math.log10(low));
        int highDecade = (int) Math.ceil(Math.log10(high));
        double plotLeft = LABEL_WIDTH;
        double plotWidth = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        Axis axis = new Axis(lowDecade, highDecade, plotLeft, plotWidth);
        int height = AXIS_HEIGHT + bars.size() * ROW_HEIGHT + 8;

        html.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "role=\"img\" aria-label=\"ratio of each figure to the raw primitive, logarithmic\">\n",
                CHART_WIDTH, height));
        for (int decade = lowDecade; decade <= highDecade; decade++) {
            double x = axis.x(Math.pow(10, decade));
            html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"14\" text-anchor=\"middle\">%s</text>\n", x, AXIS_HEIGHT - 6, x, height,
                    x, escape(decade >= 0 ? String.format(Locale.ROOT, "%.0f", Math.pow(10, decade))
                            : Format.significant(Math.pow(10, decade)))));
        }
        double one = axis.x(1);
        double target = axis.x(1.10);
        html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b42318\" "
                + "stroke-dasharray=\"4 3\"/>\n", target, AXIS_HEIGHT - 6, target, height));
        int y = AXIS_HEIGHT;
        for (Figure bar : bars) {
            double ratio = bar.ratio().getAsDouble();
            double x = axis.x(ratio);
            BenchmarkResult result = bar.result();
            String label = result.simpleClassName() + "." + result.methodName()
                    + (result.params().isEmpty() ? "" : " " + result.describeParams());
            String colour = ratio <= 1.10 ? "#4c8bf5" : "#f59e0b";
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 6, y + ROW_HEIGHT - 5, escape(label)));
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                    + "fill=\"%s\"><title>%s</title></rect>", Math.min(one, x), y + 3, Math.max(1, Math.abs(x - one)),
                    ROW_HEIGHT - 6, colour, escape(label + ": " + TextReport.ratio(bar) + " x raw")));
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n",
                    CHART_WIDTH - VALUE_WIDTH + 6, y + ROW_HEIGHT - 5, escape(TextReport.ratio(bar))));
            y += ROW_HEIGHT;
        }
        html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>\n",
                one, AXIS_HEIGHT - 6, one, height));
        html.append("</svg>\n");
    }

    /** Maps a ratio to an x coordinate on a log axis spanning whole decades. */
    private record Axis(int lowDecade, int highDecade, double left, double width) {
        double x(double ratio) {
            return left + width * (Math.log10(ratio) - lowDecade) / (highDecade - lowDecade);
        }
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
