package dev.suitcase.runner.report;

import java.util.List;

/**
 * The first items of a list and how many more there are: summary.md lists at most a few of each
 * kind, so a pull-request comment stays readable (and within GitHub's size limit) however many
 * failures a run has, and says how many it left to report.html.
 *
 * @param shown the first items
 * @param more  how many were left out
 */
public record Capped<T>(List<T> shown, int more) {

    public Capped {
        shown = List.copyOf(shown);
        if (more < 0) {
            throw new IllegalArgumentException("more must not be negative, not " + more);
        }
    }

    public static <T> Capped<T> of(List<T> all, int limit) {
        if (all.size() <= limit) {
            return new Capped<>(all, 0);
        }
        return new Capped<>(all.subList(0, limit), all.size() - limit);
    }

    public int total() {
        return shown.size() + more;
    }
}
