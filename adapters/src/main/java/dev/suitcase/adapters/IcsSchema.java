package dev.suitcase.adapters;

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
 * {@code adapters/schema/ics.schema.json}, compiled once per process. The build puts it on the
 * classpath under {@code suitcase/schema/}.
 */
final class IcsSchema {
    static final String RESOURCE = "suitcase/schema/ics.schema.json";

    private static volatile Schema compiled;

    private IcsSchema() {
    }

    /**
     * Validates a statement; throws an {@link AdapterException} naming {@code source}, the first
     * failing field as a JSON pointer, and every other problem found.
     */
    static void validate(JsonNode statement, String source) {
        List<Error> errors = schema().validate(statement);
        if (errors.isEmpty()) {
            return;
        }
        List<Error> ordered = errors.stream()
                .sorted(Comparator.comparing((Error e) -> pointer(e)))
                .toList();
        StringBuilder message = new StringBuilder("the conformance statement of ").append(source)
                .append(" is invalid (adapters/schema/ics.schema.json): ");
        for (int i = 0; i < ordered.size(); i++) {
            Error error = ordered.get(i);
            message.append(i == 0 ? "" : "; ").append(fieldName(error)).append(' ').append(describe(error));
        }
        throw new AdapterException(message.toString());
    }

    /** The failing field; for a missing or unexpected member, the member rather than the enclosing object. */
    private static String pointer(Error error) {
        String location = error.getInstanceLocation().toString();
        boolean aboutMember = "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
        return aboutMember && error.getProperty() != null ? location + "/" + error.getProperty() : location;
    }

    private static String fieldName(Error error) {
        String pointer = pointer(error);
        return pointer.isEmpty() ? "the statement" : "field " + pointer;
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        // the library prefixes the instance location, which fieldName() has given already
        return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
    }

    private static Schema schema() {
        Schema schema = compiled;
        if (schema == null) {
            synchronized (IcsSchema.class) {
                schema = compiled;
                if (schema == null) {
                    schema = compile();
                    compiled = schema;
                }
            }
        }
        return schema;
    }

    private static Schema compile() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .errorMessageKeyword("errorMessage")
                        .build()));
        try (InputStream in = IcsSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema " + RESOURCE + " is not on the classpath; the adapters jar "
                        + "carries it (adapters/schema/ in the source tree)");
            }
            Schema schema = registry.getSchema(in);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + RESOURCE, e);
        }
    }
}
