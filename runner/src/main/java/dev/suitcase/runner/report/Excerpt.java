package dev.suitcase.runner.report;

import java.util.Objects;

/**
 * The start of a text that may be too long to show whole (an adapter's detail or stderr, a large
 * input's diagnostic notation), and whether it was cut, so the report can say so rather than
 * silently dropping the rest.
 *
 * @param text      at most the limit, in characters, cut before a surrogate pair rather than through it
 * @param truncated whether the text was longer
 * @param length    the length of the whole text
 */
public record Excerpt(String text, boolean truncated, int length) {

    public Excerpt {
        Objects.requireNonNull(text, "text");
    }

    public static Excerpt of(String whole, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an excerpt holds at least one character, not " + limit);
        }
        if (whole.length() <= limit) {
            return new Excerpt(whole, false, whole.length());
        }
        int end = Character.isHighSurrogate(whole.charAt(limit - 1)) ? limit - 1 : limit;
        return new Excerpt(whole.substring(0, end), true, whole.length());
    }

    public boolean isEmpty() {
        return length == 0;
    }
}
