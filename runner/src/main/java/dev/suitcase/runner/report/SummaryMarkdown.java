package dev.suitcase.runner.report;

import java.util.HashMap;
import java.util.Map;

/**
 * summary.md, for a CI step summary or a pull-request comment: the scores, what is new, the
 * security failures, then apart the advisories, the unsupported answers per adapter, layer and
 * algorithm and what looks not implemented, and the producer x verifier tables, each list cut to
 * {@value #LIST_LIMIT} items with a count of the rest.
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
        context.put("unsupportedNotInBaseline", Capped.of(model.newFailures().unsupportedNotInBaseline(), LIST_LIMIT));
        context.put("unsupportedSincePrevious", Capped.of(model.newFailures().unsupportedSincePrevious(), LIST_LIMIT));
        context.put("securityFailures", Capped.of(model.securityFailures(), LIST_LIMIT));
        context.put("advisories", Capped.of(model.advisories(), LIST_LIMIT));
        context.put("unsupported", Capped.of(model.unsupported(), LIST_LIMIT));
        context.put("unsupportedCount", model.unsupportedCount());
        context.put("notImplemented", Capped.of(model.notImplemented(), LIST_LIMIT));
        context.put("interop", model.interop().stream().map(table -> new InteropSection(table, Capped.of(table.notes(), LIST_LIMIT)))
                .toList());
        return Templates.MARKDOWN_TEXT.render(TEMPLATE, context);
    }

    /**
     * One producer x verifier table with the first of its notes.
     *
     * @param table the table
     * @param notes its notes, cut to {@value #LIST_LIMIT}
     */
    public record InteropSection(InteropView.Table table, Capped<String> notes) {
    }

    /**
     * E.g. {@code 12 failures, 3 security failures}, {@code no failures}, or
     * {@code 1 failure, 1 security failure; 96 unsupported; 2 advisories}: the wrong answers first,
     * then, apart, what is not done and what is only recommended.
     */
    static String headline(ReportModel model) {
        int failures = model.cards().stream().mapToInt(ScoreCard::failureCount).sum();
        int security = model.cards().stream().mapToInt(ScoreCard::securityFailures).sum();
        int unsupported = model.unsupportedCount();
        int advisories = model.cards().stream().mapToInt(ScoreCard::advisories).sum();
        String line = failures == 0 ? "no failures" : failures + (failures == 1 ? " failure" : " failures")
                + (security == 0 ? "" : ", " + security + (security == 1 ? " security failure" : " security failures"));
        return line + (unsupported == 0 ? "" : "; " + unsupported + " unsupported")
                + (advisories == 0 ? "" : "; " + advisories + (advisories == 1 ? " advisory" : " advisories"));
    }
}
