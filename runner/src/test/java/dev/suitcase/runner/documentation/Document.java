package dev.suitcase.runner.documentation;

import java.nio.file.Path;

/**
 * A text the suite publishes: a Markdown file of the repository or the {@code --help} text of a
 * {@code suitcase} command.
 *
 * @param name      how a failure names it: the file relative to the repository root, or the command line
 * @param directory where a relative path in it starts: the file's directory, or the repository root for a
 *                  help text, which is read where {@code ./suitcase} runs
 * @param text      the whole text
 * @param markdown  whether it is Markdown (links, headings, fenced blocks) rather than plain text
 */
record Document(String name, Path directory, String text, boolean markdown) {

    /** {@code name:line} of the character at {@code offset}, for a failure message. */
    String at(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return markdown ? name + ":" + line : name;
    }
}
