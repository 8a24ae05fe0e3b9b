package dev.suitcase.vectors.corpus;

import com.networknt.schema.Schema;
import dev.suitcase.vectors.json.JsonSchemaFile;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * The JSON Schemas of the corpus files, compiled once per process and shared. They are read from
 * the classpath ({@value JsonSchemaFile#RESOURCE_DIRECTORY}), where the build puts {@code vectors/schema/}.
 */
public enum CorpusSchemas {
    /** One vector file. */
    VECTOR("vector.schema.json"),
    /** {@code corpus/index.json}. */
    INDEX("index.schema.json"),
    /** {@code requirements.json}. */
    REQUIREMENTS("requirements.schema.json");

    /** Where the schemas sit on the classpath. */
    public static final String RESOURCE_DIRECTORY = JsonSchemaFile.RESOURCE_DIRECTORY;

    private final JsonSchemaFile file;

    CorpusSchemas(String fileName) {
        this.file = new JsonSchemaFile(fileName);
    }

    /** The schema's file name, e.g. {@code vector.schema.json}. */
    public String fileName() {
        return file.fileName();
    }

    /** The compiled schema; the same instance on every call. */
    public Schema schema() {
        return file.schema();
    }

    /**
     * Validates {@code document}; throws a {@link CorpusException} naming {@code file}, the first
     * failing field (in document order) and every other problem found.
     */
    public void validate(JsonNode document, String fileName) {
        List<JsonSchemaFile.Problem> problems = file.problems(document);
        if (!problems.isEmpty()) {
            throw new CorpusException(fileName, problems.get(0).pointer(), file.summary(problems));
        }
    }
}
