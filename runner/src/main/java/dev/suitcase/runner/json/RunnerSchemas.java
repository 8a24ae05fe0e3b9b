package dev.suitcase.runner.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON Schemas (2020-12) of the files the runner writes and reads back, compiled once per
 * process. The build puts {@code runner/schema/} on the classpath under {@value #RESOURCE_DIRECTORY}.
 */
public enum RunnerSchemas {
    /** {@code results.json}. */
    RESULTS("results.schema.json"),
    /** A baseline of known deviations. */
    BASELINE("baseline.schema.json");

    public static final String RESOURCE_DIRECTORY = "suitcase/schema/";

    private final String fileName;
    private volatile Schema compiled;

    RunnerSchemas(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Every problem the schema finds in {@code document}, in document order; empty when it is valid. */
    public List<Error> problems(JsonNode document) {
        return schema().validate(document).stream()
                .sorted(Comparator.comparing(RunnerSchemas::pointer))
                .toList();
    }

    /**
     * Validates {@code document}; throws a {@link JsonFileException} naming {@code file}, the first
     * failing field and every other problem found.
     */
    public void validate(JsonNode document, String file) {
        List<Error> problems = problems(document);
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(describe(problems.get(0))).append(" (").append(fileName).append(')');
        for (Error other : problems.subList(1, problems.size())) {
            message.append("\n  also ").append(pointer(other)).append(": ").append(describe(other));
        }
        throw new JsonFileException(file, pointer(problems.get(0)), message.toString());
    }

    /** The failing field; for a missing or unexpected member, the member rather than the enclosing object. */
    private static String pointer(Error error) {
        String location = error.getInstanceLocation().toString();
        boolean aboutMember = "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
        return aboutMember && error.getProperty() != null
                ? location + "/" + error.getProperty().replace("~", "~0").replace("/", "~1")
                : location;
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        // the library prefixes the instance location, which the exception names already
        return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
    }

    private Schema schema() {
        Schema schema = compiled;
        if (schema == null) {
            synchronized (this) {
                schema = compiled;
                if (schema == null) {
                    schema = compile();
                    compiled = schema;
                }
            }
        }
        return schema;
    }

    private Schema compile() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .build()));
        String resource = RESOURCE_DIRECTORY + fileName;
        try (InputStream in = RunnerSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is not on the classpath; the runner jar "
                        + "carries it (runner/schema/ in the source tree)");
            }
            Schema schema = registry.getSchema(in);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }
}
