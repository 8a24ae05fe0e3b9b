package dev.suitcase.runner.diff;

import dev.suitcase.runner.verdict.Result;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code suitcase diff} for a human: a summary, then the changes in groups, regressions first
 * (what a pull-request comment leads with), then the other changes, the results added and those
 * removed. One line per change: vector, adapter, old state, new state, and the explanation of the
 * new result (of the old one for a removal), so a line says what to fix without opening a file.
 */
public final class DiffText {
    private DiffText() {
    }

    /** The diff as lines; {@code oldName} and {@code newName} name the two runs. */
    public static List<String> render(ResultsDiff diff, String oldName, String newName) {
        List<ResultChange> regressions = diff.regressions();
        Predicate<ResultChange> other = change -> !change.isRegression();
        List<ResultChange> changed = diff.changed().stream().filter(other).toList();
        List<ResultChange> added = diff.added().stream().filter(other).toList();
        List<ResultChange> removed = diff.removed();

        List<String> lines = new ArrayList<>();
        lines.add(oldName + " -> " + newName + ": " + count(regressions.size(), "regression") + ", "
                + changed.size() + " other changed, " + added.size() + " added, " + removed.size() + " removed, "
                + diff.unchanged() + " unchanged");
        lines.add(diff.sameCorpus() ? "corpus " + diff.after() + " in both"
                : "corpus " + diff.before() + " -> " + diff.after() + ": the vectors themselves may have changed");
        group(lines, "Regressions (new failures)", regressions);
        group(lines, "Changed", changed);
        group(lines, "Added", added);
        group(lines, "Removed", removed);
        return lines;
    }

    private static void group(List<String> lines, String title, List<ResultChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(title + " (" + changes.size() + "):");
        int vectorWidth = changes.stream().mapToInt(change -> change.vector().toString().length()).max().orElse(0);
        int adapterWidth = changes.stream().mapToInt(change -> change.adapter().length()).max().orElse(0);
        for (ResultChange change : changes) {
            String explanation = change.after().map(Result::explanation)
                    .orElseGet(() -> "was: " + change.before().orElseThrow().explanation());
            lines.add("  " + pad(change.vector().toString(), vectorWidth) + "  " + pad(change.adapter(), adapterWidth) + "  "
                    + change.before().map(ResultChange::state).orElse("-") + " -> "
                    + change.after().map(ResultChange::state).orElse("-") + ": " + explanation);
        }
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
