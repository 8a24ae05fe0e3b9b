package dev.suitcase.runner.json;

import dev.suitcase.vectors.json.JsonSchemaFile;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * The JSON Schemas (2020-12) of the files the runner writes (and reads back), compiled once per
 * process. The build puts {@code runner/schema/} on the classpath under {@value #RESOURCE_DIRECTORY}.
 */
public enum RunnerSchemas {
    /** {@code results.json}. */
    RESULTS("results.schema.json"),
    /** A baseline of known deviations. */
    BASELINE("baseline.schema.json"),
    /** {@code suitcase diff --json}: written only, its schema published for the machines that read it. */
    DIFF("diff.schema.json");

    public static final String RESOURCE_DIRECTORY = JsonSchemaFile.RESOURCE_DIRECTORY;

    private final JsonSchemaFile file;

    RunnerSchemas(String fileName) {
        this.file = new JsonSchemaFile(fileName);
    }

    public String fileName() {
        return file.fileName();
    }

    /** Every problem the schema finds in {@code document}, in document order; empty when it is valid. */
    public List<JsonSchemaFile.Problem> problems(JsonNode document) {
        return file.problems(document);
    }

    /**
     * Validates {@code document}; throws a {@link JsonFileException} naming {@code file}, the first
     * failing field and every other problem found.
     */
    public void validate(JsonNode document, String fileName) {
        List<JsonSchemaFile.Problem> problems = file.problems(document);
        if (!problems.isEmpty()) {
            throw new JsonFileException(fileName, problems.get(0).pointer(), file.summary(problems));
        }
    }
}
