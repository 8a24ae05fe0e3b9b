package dev.suitcase.runner.report;

import java.util.HashMap;
import java.util.Map;

/**
 * summary.md, for a CI step summary or a pull-request comment: the scores, what is new, the
 * security failures and the producer x verifier tables, each list cut to {@value #LIST_LIMIT} items with a count of the rest.
 */
public final class SummaryMarkdown {
    static final String TEMPLATE = "summary.md.peb";
    /** The most items of each list shown. */
    public static final int LIST_LIMIT = 20;

    private SummaryMarkdown() {
    }

    public static String render(ReportModel model) {
        Map<String, Object> context = new HashMap<>();
        context.put("run", model.run());
        context.put("cards", model.cards());
        context.put("headline", headline(model));
        context.put("newFailures", model.newFailures());
        context.put("notInBaseline", Capped.of(model.newFailures().notInBaseline(), LIST_LIMIT));
        context.put("sincePrevious", Capped.of(model.newFailures().sincePrevious(), LIST_LIMIT));
        context.put("securityFailures", Capped.of(model.securityFailures(), LIST_LIMIT));
        context.put("interop", model.interop().stream().map(table -> new InteropSection(table, Capped.of(table.notes(), LIST_LIMIT)))
                .toList());
        return Templates.render(Templates.MARKDOWN_TEXT, TEMPLATE, context);
    }

    /**
     * One producer x verifier table with the first of its notes.
     *
     * @param table the table
     * @param notes its notes, cut to {@value #LIST_LIMIT}
     */
    public record InteropSection(InteropView.Table table, Capped<String> notes) {
    }

    /** E.g. {@code 12 failures, 3 security failures}, or {@code no failures}. */
    static String headline(ReportModel model) {
        int failures = model.cards().stream().mapToInt(ScoreCard::failureCount).sum();
        int security = model.cards().stream().mapToInt(ScoreCard::securityFailures).sum();
        if (failures == 0) {
            return "no failures";
        }
        return failures + (failures == 1 ? " failure" : " failures")
                + (security == 0 ? "" : ", " + security + (security == 1 ? " security failure" : " security failures"));
    }
}
