package dev.suitcase.vectors.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;

/**
 * The one JSON configuration of the suite's files: the corpus, and every JSON file the runner,
 * the adapters and the benchmarks read or write. Reading is strict: a duplicated key is an
 * error, not "last one wins", so a file has one meaning. Writing is stable: two-space indent,
 * {@code "key": value}, one array element per line, '\n' line ends whatever the platform, and a
 * trailing newline, so that regenerating a file yields the same bytes.
 */
public final class JsonFormat {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT));

    private JsonFormat() {
    }

    /** Parses one JSON document; throws {@link JacksonException} with the location of the first error. */
    public static JsonNode read(byte[] json) {
        return MAPPER.readTree(json);
    }

    /**
     * What is wrong with a document {@link #read} refused, on one line for a person: Jackson's own
     * problem without the source excerpts it appends, then where, e.g. {@code Unexpected end-of-input:
     * expected close marker for Array at line 3, column 1}.
     */
    public static String problem(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "not JSON" : e.getOriginalMessage();
        String problem = original.replaceAll("\\s*\\((?:start marker at )?\\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll("[\\p{Cntrl}]+", " ")
                .strip();
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return problem;
        }
        return problem + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** The stable encoding of {@code node}, UTF-8, with a trailing newline. */
    public static byte[] write(JsonNode node) {
        byte[] body = WRITER.writeValueAsBytes(node);
        byte[] withNewline = Arrays.copyOf(body, body.length + 1);
        withNewline[body.length] = '\n';
        return withNewline;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }
}
