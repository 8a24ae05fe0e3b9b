package dev.suitcase.runner.json;

import dev.suitcase.vectors.json.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the JSON files the runner takes back (results, baselines). */
public final class JsonFiles {
    private JsonFiles() {
    }

    /** The parsed document; a {@link JsonFileException} says whether the file could not be read or is not JSON. */
    public static JsonNode read(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new JsonFileException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
        try {
            return JsonFormat.read(content);
        } catch (JacksonException e) {
            throw new JsonFileException(file.toString(), "", "is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
