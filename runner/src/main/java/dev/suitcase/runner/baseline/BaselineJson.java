package dev.suitcase.runner.baseline;

import dev.suitcase.runner.json.AtomicFiles;
import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.runner.json.JsonFiles;
import dev.suitcase.runner.json.RunnerSchemas;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.VectorId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A baseline file, in the form {@code runner/schema/baseline.schema.json} defines:
 * {@code {"formatVersion": 1, "entries": [{"adapter", "vector", "verdict", "reason"}]}}, sorted
 * by adapter and vector so that edits to it diff cleanly.
 */
public final class BaselineJson {
    public static final int FORMAT_VERSION = 1;

    private BaselineJson() {
    }

    public static void write(Baseline baseline, Path file) throws IOException {
        AtomicFiles.write(file, JsonFormat.write(toJson(baseline)));
    }

    /** Reads a baseline; a {@link JsonFileException} names the file and the failing field. */
    public static Baseline read(Path file) {
        return fromJson(JsonFiles.read(file), file.toString());
    }

    public static ObjectNode toJson(Baseline baseline) {
        ObjectNode json = JsonFormat.object();
        json.put("formatVersion", FORMAT_VERSION);
        ArrayNode entries = json.putArray("entries");
        for (BaselineEntry entry : baseline.entries()) {
            ObjectNode item = entries.addObject();
            item.put("adapter", entry.adapter());
            item.put("vector", entry.vector().toString());
            item.put("verdict", entry.verdict().name());
            item.put("reason", entry.reason());
        }
        return json;
    }

    public static Baseline fromJson(JsonNode document, String source) {
        RunnerSchemas.BASELINE.validate(document, source);
        JsonNode list = document.get("entries");
        List<BaselineEntry> entries = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            try {
                entries.add(new BaselineEntry(item.get("adapter").stringValue(), VectorId.parse(item.get("vector").stringValue()),
                        Verdict.valueOf(item.get("verdict").stringValue()), item.get("reason").stringValue()));
            } catch (IllegalArgumentException e) {
                throw new JsonFileException(source, "/entries/" + i, e.getMessage(), e);
            }
        }
        try {
            return new Baseline(entries);
        } catch (IllegalArgumentException e) {
            throw new JsonFileException(source, "/entries", e.getMessage(), e);
        }
    }
}
