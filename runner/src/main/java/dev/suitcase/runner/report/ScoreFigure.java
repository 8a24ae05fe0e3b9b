package dev.suitcase.runner.report;

import dev.suitcase.runner.score.Score;

import java.util.Locale;
import java.util.Objects;

/**
 * A score as the reports print it.
 *
 * @param label      what is scored, e.g. {@code overall}, {@code suit} or {@code es256}
 * @param passes     passes
 * @param applicable vectors scored
 * @param percent    e.g. {@code 97.3 %}, or {@code n/a} when nothing was scored; rounded down, so
 *                   only a perfect score reads 100 %
 * @param grade      {@code full}, {@code high} (90 % and above), {@code mid} (50 %), {@code low} or
 *                   {@code none}: the colour of the figure
 */
public record ScoreFigure(String label, int passes, int applicable, String percent, String grade) {

    public ScoreFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(grade, "grade");
    }

    public static ScoreFigure of(String label, Score score) {
        if (score.applicable() == 0) {
            return new ScoreFigure(label, 0, 0, "n/a", "none");
        }
        double ratio = score.ratio().orElseThrow();
        // tenths of a percent, rounded down: 1999/2000 must not read as 100.0 %
        long tenths = (long) score.passes() * 1000 / score.applicable();
        String percent = String.format(Locale.ROOT, "%d.%d %%", tenths / 10, tenths % 10);
        String grade = score.passes() == score.applicable() ? "full" : ratio >= 0.9 ? "high" : ratio >= 0.5 ? "mid" : "low";
        return new ScoreFigure(label, score.passes(), score.applicable(), percent, grade);
    }

    /** The share of passes in whole percent, rounded down: the width of the figure's meter. */
    public int width() {
        return applicable == 0 ? 0 : (int) ((long) passes * 100 / applicable);
    }

    /** {@code passes/applicable}, e.g. {@code 1802/1850}. */
    public String fraction() {
        return passes + "/" + applicable;
    }
}
