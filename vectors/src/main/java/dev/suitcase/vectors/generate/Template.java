package dev.suitcase.vectors.generate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one placeholder syntax of case texts: {@code {word}}, a lowercase word or words joined by
 * {@code -}, replaced by its value. A word with no value is an error in the case, never left in the
 * text; braces around anything else (CBOR diagnostic notation such as {@code {1: -7}}) are text.
 */
public final class Template {
    private static final Pattern WORD = Pattern.compile("\\{([a-z][a-z0-9]*(?:-[a-z0-9]+)*)}");

    private Template() {
    }

    /**
     * {@code template} with every {@code {word}} replaced by its value in {@code words}.
     *
     * @param where names the case in the error
     * @throws IllegalStateException naming the word and the known words when a word has no value
     */
    public static String fill(String template, Map<String, String> words, String where) {
        Matcher matcher = WORD.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = words.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(where + " uses {" + matcher.group(1) + "}, which has no value here; "
                        + "known words: " + words.keySet().stream().sorted().toList());
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }
}
