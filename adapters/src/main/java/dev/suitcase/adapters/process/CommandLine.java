package dev.suitcase.adapters.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The command line of an external adapter, split into words the way a POSIX shell splits them,
 * without running a shell: blanks separate words; 'single quotes' keep everything literally;
 * "double quotes" keep everything but let a backslash escape {@code " \ $ `}; outside quotes a
 * backslash escapes the next character. No variables, globs or redirections: what is written is
 * what runs.
 *
 * @param words the program and its arguments; at least the program
 */
public record CommandLine(List<String> words) {

    public CommandLine {
        words = List.copyOf(words);
        if (words.isEmpty() || words.get(0).isEmpty()) {
            throw new IllegalArgumentException("a command line needs a program to run");
        }
    }

    /** Splits {@code text}; throws {@link IllegalArgumentException} naming an unterminated quote or a missing program. */
    public static CommandLine parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    throw unterminated(text, '\'', i);
                }
                word.append(text, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(text, i, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 < text.length()) {
                    word.append(text.charAt(i + 1));
                }
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the command line '" + text + "' names no program to run");
        }
        return new CommandLine(words);
    }

    /** Appends a double-quoted section starting at {@code open}; returns the index after the closing quote. */
    private static int doubleQuoted(String text, int open, StringBuilder word) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                word.append(text.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw unterminated(text, '"', open);
    }

    private static IllegalArgumentException unterminated(String text, char quote, int at) {
        return new IllegalArgumentException("the command line '" + text + "' has an unterminated " + quote
                + " quote opened at position " + at);
    }

    /**
     * This command line with a relative program path ({@code adapters/python/run}, one with a
     * slash) made absolute against {@code base}; a bare name ({@code python3}) is left for the PATH.
     */
    public CommandLine resolvedAgainst(Path base) {
        String program = words.get(0);
        if (!program.contains("/") || Path.of(program).isAbsolute()) {
            return this;
        }
        List<String> resolved = new ArrayList<>(words);
        resolved.set(0, base.resolve(program).normalize().toString());
        return new CommandLine(resolved);
    }

    /** This command line with more arguments. */
    public CommandLine with(String... arguments) {
        List<String> more = new ArrayList<>(words);
        more.addAll(List.of(arguments));
        return new CommandLine(more);
    }

    /** The words joined by blanks, for messages. */
    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
