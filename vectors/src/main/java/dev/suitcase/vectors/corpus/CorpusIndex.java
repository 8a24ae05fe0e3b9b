package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.json.FieldException;
import dev.suitcase.vectors.json.JsonFields;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.vectors.model.VectorStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code corpus/index.json}: the corpus version and every vector file with its SHA-256, sorted by
 * id. Ids are unique.
 *
 * @param corpusVersion the version of the corpus, e.g. {@code 0.1.0}
 * @param entries       one per vector file, sorted by id
 */
public record CorpusIndex(String corpusVersion, List<IndexEntry> entries) {
    public static final String FILE_NAME = "index.json";

    public CorpusIndex {
        Objects.requireNonNull(corpusVersion, "corpusVersion");
        entries = entries.stream().sorted(Comparator.comparing(entry -> entry.id().toString())).toList();
        Set<VectorId> seen = new HashSet<>();
        for (IndexEntry entry : entries) {
            if (!seen.add(entry.id())) {
                throw new IllegalArgumentException("vector " + entry.id() + " is listed twice");
            }
        }
    }

    /** Reads an index the index schema accepted; throws a {@link CorpusException} naming the field it refuses. */
    public static CorpusIndex fromJson(JsonNode document, String file) {
        try {
            JsonFields root = JsonFields.root(document);
            List<IndexEntry> entries = root.objects("entries").stream()
                    .map(entry -> {
                        try {
                            return new IndexEntry(entry.parsed("id", VectorId::parse), entry.text("path"),
                                    entry.text("sha256"), entry.parsed("status", VectorStatus::fromWireName));
                        } catch (IllegalArgumentException e) {
                            throw new FieldException(entry.pointer(), e.getMessage());
                        }
                    })
                    .toList();
            try {
                return new CorpusIndex(root.text("corpusVersion"), entries);
            } catch (IllegalArgumentException e) {
                throw new FieldException(root.pointerOf("entries"), e.getMessage());
            }
        } catch (FieldException e) {
            throw new CorpusException(file, e);
        }
    }

    public ObjectNode toJson() {
        ObjectNode root = JsonFormat.object();
        root.put("corpusVersion", corpusVersion);
        ArrayNode array = root.putArray("entries");
        for (IndexEntry entry : entries) {
            ObjectNode node = array.addObject();
            node.put("id", entry.id().toString());
            node.put("path", entry.path());
            node.put("sha256", entry.sha256());
            node.put("status", entry.status().wireName());
        }
        return root;
    }
}
