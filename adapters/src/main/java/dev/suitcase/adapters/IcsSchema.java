package dev.suitcase.adapters;

import dev.suitcase.vectors.json.JsonSchemaFile;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * {@code adapters/schema/ics.schema.json}, compiled once per process. The build puts it on the
 * classpath under {@value JsonSchemaFile#RESOURCE_DIRECTORY}.
 */
final class IcsSchema {
    private static final JsonSchemaFile FILE = new JsonSchemaFile("ics.schema.json");

    private IcsSchema() {
    }

    /**
     * Validates a statement; throws an {@link AdapterException} naming {@code source}, each failing
     * field as a JSON pointer, and what is wrong with it.
     */
    static void validate(JsonNode statement, String source) {
        List<JsonSchemaFile.Problem> problems = FILE.problems(statement);
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("the conformance statement of ").append(source)
                .append(" is invalid (adapters/schema/ics.schema.json): ");
        for (int i = 0; i < problems.size(); i++) {
            JsonSchemaFile.Problem problem = problems.get(i);
            message.append(i == 0 ? "" : "; ")
                    .append(problem.pointer().isEmpty() ? "the statement" : "field " + problem.pointer())
                    .append(' ').append(problem.message());
        }
        throw new AdapterException(message.toString());
    }
}
