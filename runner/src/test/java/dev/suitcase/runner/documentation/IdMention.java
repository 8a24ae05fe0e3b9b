package dev.suitcase.runner.documentation;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A vector id, a check id, or a glob over either, as a document mentions it.
 *
 * <p>What counts as a mention: a dotted token, anywhere in a document (prose, code span, fenced
 * block, help text), that starts with a layer ({@code signature.}, {@code cose.}, {@code suit.}) or
 * with a glob over layers ({@code *.}, {@code {cose,suit}.}), is not part of a longer word, path
 * or Java name (no letter, digit, '.', '/', '-' or glob character right before it), and runs on in
 * id characters: lower-case letters, digits, '-', '.', the glob characters of {@code --filter}
 * ({@code * ? {a,b} [ab]}) and placeholders such as {@code <tcId>}. Its dot-separated parts (dots
 * inside braces, brackets or a placeholder do not separate) make it
 * <ul>
 *   <li>a vector id or glob ({@code <layer>.<alg>.<area>.<case>}, vectors/README.md "IDs") when its
 *       layer is a glob or its second part is an algorithm token, a glob or a placeholder;</li>
 *   <li>otherwise a check id or glob of the reference verifier ({@code cose.alg.not-allowed},
 *       {@code cose.sign1.*}) when it has three parts;</li>
 *   <li>otherwise, with two parts, no mention ({@code signature.bin}, a file name), and with more
 *       than three an id of neither kind, which is an error.</li>
 * </ul>
 * The argument of {@code --filter} in an example command line is a vector glob whatever it starts
 * with, when it is quoted or holds a '.', '*' or '?' (a metavariable such as {@code GLOB} stands for
 * one, and in prose "--filter select" is English); so is every quoted example in the help text of a
 * {@code --filter} option.
 *
 * @param kind     what the mention names
 * @param text     the mention as written
 * @param document where it is
 * @param offset   where in the document
 */
record IdMention(Kind kind, String text, Document document, int offset) {
    enum Kind { VECTOR, CHECK, NEITHER }

    private static final String LAYER_NAMES = Arrays.stream(Layer.values()).map(Layer::wireName)
            .collect(Collectors.joining("|"));
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\w.*?{}\\[\\]<>/-])(?:" + LAYER_NAMES + "|\\*|\\{(?:" + LAYER_NAMES + ")(?:,(?:" + LAYER_NAMES + "))*\\})"
                    + "\\.(?:[a-z0-9*?-]|\\{[^{}\\s]*\\}|\\[[^\\]\\s]*\\]|<[A-Za-z]+>|\\.(?=[a-z0-9*?{\\[<]))+");
    private static final Pattern FILTER_ARGUMENT = Pattern.compile("--filter[ =]+(?:'([^'\\s]+)'|\"([^\"\\s]+)\"|([^\\s'\"`]*[.*?][^\\s'\"`]*))");
    private static final Pattern QUOTED = Pattern.compile("'([^'\\s]+)'");
    private static final Set<String> ALGORITHM_TOKENS = Arrays.stream(Algorithm.values()).map(Algorithm::idName)
            .collect(Collectors.toUnmodifiableSet());
    private static final String ANY_ALGORITHM = "any";

    /** Every id mention of the document, and every {@code --filter} argument of its example command lines. */
    static List<IdMention> in(Document document) {
        List<IdMention> mentions = new ArrayList<>();
        Matcher mention = MENTION.matcher(document.text());
        while (mention.find()) {
            Kind kind = classify(mention.group());
            if (kind != null) {
                mentions.add(new IdMention(kind, mention.group(), document, mention.start()));
            }
        }
        Matcher filter = FILTER_ARGUMENT.matcher(document.text());
        while (filter.find()) {
            int group = filter.group(1) != null ? 1 : filter.group(2) != null ? 2 : 3;
            mentions.add(new IdMention(Kind.VECTOR, filter.group(group), document, filter.start(group)));
        }
        return mentions.stream().distinct().toList();
    }

    /** The quoted examples of a {@code --filter} option's description: each a vector glob. */
    static List<IdMention> filterExamples(String description, Document document) {
        List<IdMention> mentions = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(description);
        while (quoted.find()) {
            mentions.add(new IdMention(Kind.VECTOR, quoted.group(1), document, 0));
        }
        return mentions;
    }

    /** The mention as a {@code --filter} glob: a placeholder such as {@code <tcId>} stands for any characters. */
    String glob() {
        return text.replaceAll("<[A-Za-z]+>", "*");
    }

    /** What a token the pattern found names, or null for none (a two-part token such as a file name). */
    static Kind classify(String token) {
        List<String> parts = parts(token);
        boolean layerGlob = isGlob(parts.get(0));
        if (layerGlob || ALGORITHM_TOKENS.contains(parts.get(1)) || parts.get(1).equals(ANY_ALGORITHM)
                || isGlob(parts.get(1))) {
            return Kind.VECTOR;
        }
        if (parts.size() == 3) {
            return Kind.CHECK;
        }
        return parts.size() == 2 ? null : Kind.NEITHER;
    }

    /** The parts between the dots that separate: not those inside braces, brackets or a placeholder. */
    static List<String> parts(String token) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '{' || c == '[' || c == '<') {
                depth++;
            } else if (c == '}' || c == ']' || c == '>') {
                depth--;
            } else if (c == '.' && depth == 0) {
                parts.add(token.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(token.substring(start));
        return parts;
    }

    private static boolean isGlob(String part) {
        return part.chars().anyMatch(c -> "*?{[<".indexOf(c) >= 0);
    }

    String at() {
        return document.at(offset);
    }
}
