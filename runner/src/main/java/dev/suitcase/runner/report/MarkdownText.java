package dev.suitcase.runner.report;

/**
 * Escapes untrusted text (adapter names and answers, vector titles) for GitHub-flavoured Markdown,
 * as the escaping strategy of summary.md's template. No Markdown library on Maven Central offers
 * an escaper for this, and what it must do is small and fixed, so it is written here and tested.
 *
 * <p>The text is put inline, in a list item or a table cell, never at the start of a line. So:
 * <ul>
 *   <li>line breaks and other control characters become spaces: a line break would end the list item
 *       or table row and start a line of the attacker's choosing;</li>
 *   <li>{@code & < >} become character references: GitHub renders inline HTML;</li>
 *   <li>the ASCII punctuation that opens inline Markdown ({@code \ ` * _ [ ] | ~ $}: emphasis, code,
 *       links and images, table cells, strikethrough, math) is backslash-escaped, as CommonMark
 *       allows for any ASCII punctuation; {@code ( ) !} need nothing once {@code [ ]} are escaped;</li>
 *   <li>{@code @} and {@code #} are followed by a zero-width space, so an adapter's text cannot
 *       mention a person or team, or link an issue, in a pull-request comment;</li>
 *   <li>the text is cut to {@value #LIMIT} characters, so one answer cannot swamp the summary.</li>
 * </ul>
 */
public final class MarkdownText {
    /** The longest text kept; summary.md points to report.html for the rest. */
    public static final int LIMIT = 300;

    private static final String INLINE_PUNCTUATION = "\\`*_[]|~$";
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private MarkdownText() {
    }

    public static String escape(String text) {
        Excerpt excerpt = Excerpt.of(text, LIMIT);
        StringBuilder out = new StringBuilder(excerpt.text().length() + 16);
        excerpt.text().codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '@') {
                out.append('@').append(ZERO_WIDTH_SPACE);
            } else if (c == '#') {
                out.append('#').append(ZERO_WIDTH_SPACE);
            } else if (c < 128 && INLINE_PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\').append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        });
        if (excerpt.truncated()) {
            out.append("…");
        }
        return out.toString();
    }
}
