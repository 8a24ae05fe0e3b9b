package dev.suitcase.runner.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little of Markdown the reference checks need: fenced blocks, headings and their anchors,
 * links, and web addresses. Masking replaces text by spaces and keeps every newline, so offsets and
 * line numbers stay those of the file.
 */
final class Markdown {
    private static final Pattern FENCE = Pattern.compile("(?m)^ *```[ \\t]*(\\w*)[^\\n]*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?) *#* *$");
    /** {@code [text](target)} and {@code ![alt](target)}, with an optional title after the target. */
    static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern URL = Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^\\s)>\\]`'\"]*");

    private Markdown() {
    }

    /** The text with the fenced blocks whose language (info string, lower case, empty if none) is one of these blanked. */
    static String maskFencedBlocks(String text, Predicate<String> languages) {
        StringBuilder masked = new StringBuilder(text);
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            String language = fence.group(1).toLowerCase(Locale.ROOT);
            int start = fence.end();
            if (!fence.find()) {
                throw new IllegalArgumentException("a fenced block opened at offset " + start + " is never closed");
            }
            if (languages.test(language)) {
                blank(masked, start, fence.start());
            }
        }
        return masked.toString();
    }

    /** The titles of the ATX headings outside fenced blocks, backticks removed. */
    static List<String> headings(String text) {
        List<String> headings = new ArrayList<>();
        Matcher heading = HEADING.matcher(maskFencedBlocks(text, language -> true));
        while (heading.find()) {
            headings.add(heading.group(1).replace("`", ""));
        }
        return headings;
    }

    /** GitHub's anchor of a heading: lower case, punctuation but '-' and '_' dropped, spaces as '-'. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** The text with every web address blanked: an address is no path of the repository. */
    static String maskUrls(String text) {
        return mask(text, URL);
    }

    /** The text with every link, its text and target, blanked: links are resolved as links. */
    static String maskLinks(String text) {
        return mask(text, LINK);
    }

    private static String mask(String text, Pattern pattern) {
        StringBuilder masked = new StringBuilder(text);
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            blank(masked, matcher.start(), matcher.end());
        }
        return masked.toString();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }
}
