package dev.suitcase.runner.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The Pebble engines the reports are drawn with. Autoescaping is on for every value a template
 * prints, so no string from an adapter or a vector reaches a report unescaped unless a template
 * says {@code raw}, which none does: HTML escaping for report.html, {@link MarkdownText} for
 * summary.md. Templates are read from the classpath only, and a variable a template names but the
 * model lacks is an error rather than an empty string.
 */
final class Templates {
    static final String DIRECTORY = "suitcase/report";
    private static final String MARKDOWN = "markdown";

    static final PebbleEngine HTML = engine().defaultEscapingStrategy("html").build();
    /** Keeps every newline: in Markdown a line break ends a list item or a table row, so none may go missing. */
    static final PebbleEngine MARKDOWN_TEXT = engine().addEscapingStrategy(MARKDOWN, MarkdownText::escape)
            .defaultEscapingStrategy(MARKDOWN).newLineTrimming(false).build();

    private Templates() {
    }

    static String render(PebbleEngine engine, String template, Map<String, Object> context) {
        StringWriter out = new StringWriter(1 << 16);
        try {
            engine.getTemplate(template).evaluate(out, context, Locale.ROOT);
        } catch (IOException writingToAString) {
            throw new UncheckedIOException(writingToAString);
        }
        return out.toString();
    }

    /** A resource of the template directory, e.g. the report's script, as bytes. */
    static byte[] resource(String name) {
        String path = DIRECTORY + "/" + name;
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath; the runner jar carries it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the classpath", e);
        }
    }

    private static PebbleEngine.Builder engine() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(DIRECTORY);
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true)
                .defaultLocale(Locale.ROOT);
    }
}
