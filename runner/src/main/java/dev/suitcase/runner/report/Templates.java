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
 * A directory of Pebble templates on the classpath and the engine that draws them. Autoescaping is
 * on for every value a template prints, so no string from an adapter, a vector or a benchmark
 * reaches a page unescaped unless a template says {@code raw}, which none does: HTML escaping for
 * report.html, {@link MarkdownText} for summary.md. Templates are read from the classpath only, and
 * a variable a template names but the model lacks is an error rather than an empty string. The
 * runner's reports use {@link #HTML} and {@link #MARKDOWN_TEXT}; another module's HTML page (the
 * perf report) gets the same engine over its own directory from {@link #html}.
 */
public final class Templates {
    static final String DIRECTORY = "suitcase/report";
    private static final String MARKDOWN = "markdown";

    static final Templates HTML = html(DIRECTORY);
    /** Keeps every newline: in Markdown a line break ends a list item or a table row, so none may go missing. */
    static final Templates MARKDOWN_TEXT = new Templates(engine(DIRECTORY)
            .addEscapingStrategy(MARKDOWN, MarkdownText::escape).defaultEscapingStrategy(MARKDOWN)
            .newLineTrimming(false).build());

    private final PebbleEngine engine;

    private Templates(PebbleEngine engine) {
        this.engine = engine;
    }

    /**
     * The HTML templates under {@code directory} on the classpath (e.g. {@code dev/suitcase/perf/report}),
     * drawn as report.html is: every value HTML-escaped, a missing variable an error.
     */
    public static Templates html(String directory) {
        return new Templates(engine(directory).defaultEscapingStrategy("html").build());
    }

    /** Draws {@code template}, a file of the directory, with the values of {@code context}. */
    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter(1 << 16);
        try {
            engine.getTemplate(template).evaluate(out, context, Locale.ROOT);
        } catch (IOException writingToAString) {
            throw new UncheckedIOException(writingToAString);
        }
        return out.toString();
    }

    /** A resource of the report's template directory, e.g. the report's script, as bytes. */
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

    private static PebbleEngine.Builder engine(String directory) {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(directory);
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true)
                .defaultLocale(Locale.ROOT);
    }
}
