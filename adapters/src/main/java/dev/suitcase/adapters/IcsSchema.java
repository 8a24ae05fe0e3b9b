package dev.suitcase.adapters;

import dev.suitcase.vectors.json.JsonSchemaFile;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code adapters/schema/ics.schema.json}, compiled once per process, and the one rule of a statement
 * a JSON Schema cannot state: each layer of {@code coverage} once. The build puts the schema on the
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
        List<JsonSchemaFile.Problem> problems = new ArrayList<>(FILE.problems(statement));
        problems.addAll(repeatedLayers(statement));
        if (problems.isEmpty()) {
            return;
        }
        problems.sort(Comparator.comparing(JsonSchemaFile.Problem::pointer));
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

    /** Each coverage entry that states a layer an earlier entry states already. */
    private static List<JsonSchemaFile.Problem> repeatedLayers(JsonNode statement) {
        List<JsonSchemaFile.Problem> problems = new ArrayList<>();
        JsonNode coverage = statement.path("coverage");
        if (!coverage.isArray()) {
            return problems;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < coverage.size(); i++) {
            JsonNode layer = coverage.get(i).path("layer");
            if (!layer.isString()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(layer.stringValue(), i);
            if (earlier != null) {
                problems.add(new JsonSchemaFile.Problem("/coverage/" + i + "/layer", "states layer " + layer.stringValue()
                        + " again (first at /coverage/" + earlier + "); give each layer one entry"));
            }
        }
        return problems;
    }
}
