package dev.suitcase.vectors.json;

import com.networknt.schema.Error;
import com.networknt.schema.path.PathType;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * One JSON Schema (2020-12) of the suite's files (vectors, index, requirements, ICS, results,
 * baselines), read from the classpath and compiled once on first use: compiling costs far more than
 * validating a small file. Problems come out in document order, each naming the field a reader has
 * to fix as a JSON pointer. The modules' own schema types wrap this and raise their own exceptions.
 */
public final class JsonSchemaFile {
    /** Where the build puts every module's {@code schema/} folder on the classpath. */
    public static final String RESOURCE_DIRECTORY = "suitcase/schema/";

    /**
     * @param pointer the failing field; for a missing or unexpected member, the member itself
     * @param message what is wrong with it, without the location the library prefixes
     */
    public record Problem(String pointer, String message) {
    }

    private final String fileName;
    private volatile Schema compiled;

    /** @param fileName the schema's file name under {@value #RESOURCE_DIRECTORY}, e.g. {@code vector.schema.json} */
    public JsonSchemaFile(String fileName) {
        this.fileName = fileName;
    }

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

    /** Every problem the schema finds in {@code document}, in document order; empty when it is valid. */
    public List<Problem> problems(JsonNode document) {
        return schema().validate(document).stream()
                .map(error -> new Problem(pointer(error), describe(error)))
                .sorted(Comparator.comparing(Problem::pointer))
                .toList();
    }

    /**
     * The first problem, the schema file in brackets, then each other problem on its own line:
     * the text of an exception that names the file and the first failing field.
     */
    public String summary(List<Problem> problems) {
        StringBuilder message = new StringBuilder(problems.get(0).message()).append(" (").append(fileName).append(')');
        for (Problem other : problems.subList(1, problems.size())) {
            message.append("\n  also ").append(other.pointer()).append(": ").append(other.message());
        }
        return message.toString();
    }

    /** The failing field. For a missing or unexpected member the library reports the enclosing object. */
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
        // the library prefixes the instance location, which the pointer names already
        return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
    }

    private Schema compile() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .errorMessageKeyword("errorMessage")
                        .build()));
        String resource = RESOURCE_DIRECTORY + fileName;
        try (InputStream in = JsonSchemaFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is not on the classpath; the suite's jars "
                        + "carry it (the schema/ folder of its module in the source tree)");
            }
            Schema schema = registry.getSchema(in);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }
}
