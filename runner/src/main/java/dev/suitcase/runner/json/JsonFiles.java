package dev.suitcase.runner.json;

import dev.suitcase.vectors.json.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the JSON files the runner takes from its user (results, baselines, a device). */
public final class JsonFiles {
    private JsonFiles() {
    }

    /**
     * The parsed document; a {@link JsonFileException} says on one line whether the file could not be
     * read, is empty or is not JSON, and where.
     */
    public static JsonNode read(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new JsonFileException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
        JsonNode document;
        try {
            document = JsonFormat.read(content);
        } catch (JacksonException e) {
            throw new JsonFileException(file.toString(), "", "is not valid JSON: " + JsonFormat.problem(e), e);
        }
        if (document.isMissingNode()) {
            throw new JsonFileException(file.toString(), "", "is empty; a JSON document is expected");
        }
        return document;
    }
}
