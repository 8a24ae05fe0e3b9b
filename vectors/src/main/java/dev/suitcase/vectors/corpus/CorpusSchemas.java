package dev.suitcase.vectors.corpus;

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
 * The JSON Schemas of the corpus files, compiled once per process and shared: compiling a schema
 * costs far more than validating a small file with it. They are read from the classpath
 * ({@code suitcase/schema/}), where the build puts {@code vectors/schema/}.
 */
public enum CorpusSchemas {
    /** One vector file. */
    VECTOR("vector.schema.json"),
    /** {@code corpus/index.json}. */
    INDEX("index.schema.json"),
    /** {@code requirements.json}. */
    REQUIREMENTS("requirements.schema.json");

    /** Where the schemas sit on the classpath. */
    public static final String RESOURCE_DIRECTORY = "suitcase/schema/";

    private final String fileName;
    private volatile Schema compiled;

    CorpusSchemas(String fileName) {
        this.fileName = fileName;
    }

    /** The schema's file name, e.g. {@code vector.schema.json}. */
    public String fileName() {
        return fileName;
    }

    /** The compiled schema; the same instance on every call. */
    public Schema schema() {
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

    /**
     * Validates {@code document}; throws a {@link CorpusException} naming {@code file}, the first
     * failing field (in document order) and every other problem found.
     */
    public void validate(JsonNode document, String file) {
        List<Error> errors = schema().validate(document);
        if (errors.isEmpty()) {
            return;
        }
        List<Error> ordered = errors.stream()
                .sorted(Comparator.comparing((Error e) -> e.getInstanceLocation().toString()))
                .toList();
        Error first = ordered.get(0);
        StringBuilder problem = new StringBuilder(describe(first))
                .append(" (").append(fileName).append(')');
        for (Error other : ordered.subList(1, ordered.size())) {
            problem.append("\n  also ").append(pointer(other)).append(": ").append(describe(other));
        }
        throw new CorpusException(file, pointer(first), problem.toString());
    }

    /**
     * The failing field. For a missing or unexpected member the library reports the enclosing
     * object; the member itself is the field a reader has to fix.
     */
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
        // the library prefixes the instance location; the exception names it already
        return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
    }

    private Schema compile() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .errorMessageKeyword("errorMessage")
                        .build()));
        String resource = RESOURCE_DIRECTORY + fileName;
        try (InputStream in = CorpusSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is not on the classpath; "
                        + "the vectors jar carries it (vectors/schema/ in the source tree)");
            }
            Schema schema = registry.getSchema(in);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }
}
