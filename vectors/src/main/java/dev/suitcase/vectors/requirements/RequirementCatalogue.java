package dev.suitcase.vectors.requirements;

import dev.suitcase.vectors.corpus.CorpusException;
import dev.suitcase.vectors.corpus.CorpusSchemas;
import dev.suitcase.vectors.json.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code requirements.json}: the normative statements the corpus covers, validated against
 * {@code schema/requirements.schema.json}, with unique ids. The vectors jar carries it as
 * {@value #CLASSPATH_RESOURCE}.
 */
public final class RequirementCatalogue {
    public static final String CLASSPATH_RESOURCE = "suitcase/requirements.json";

    private final String version;
    private final Map<String, Requirement> byId;

    private RequirementCatalogue(String version, Map<String, Requirement> byId) {
        this.version = version;
        this.byId = byId;
    }

    public static RequirementCatalogue fromClasspath() {
        String name = "classpath:" + CLASSPATH_RESOURCE;
        try (InputStream in = RequirementCatalogue.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new CorpusException(name, "", "is not on the classpath; the vectors jar carries it");
            }
            return parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new CorpusException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    public static RequirementCatalogue fromFile(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new CorpusException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static RequirementCatalogue parse(byte[] content, String name) {
        JsonNode root;
        try {
            root = JsonFormat.read(content);
        } catch (JacksonException e) {
            throw new CorpusException(name, "", "not valid JSON: " + e.getOriginalMessage(), e);
        }
        CorpusSchemas.REQUIREMENTS.validate(root, name);
        Map<String, Requirement> byId = new LinkedHashMap<>();
        JsonNode entries = root.get("requirements");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            // the schema has checked level and binds against their enums
            Requirement requirement = new Requirement(entry.get("id").stringValue(), entry.get("document").stringValue(),
                    entry.get("section").stringValue(), RequirementLevel.valueOf(entry.get("level").stringValue()),
                    entry.get("summary").stringValue(), Binds.fromWireName(entry.get("binds").stringValue()).orElseThrow());
            if (byId.putIfAbsent(requirement.id(), requirement) != null) {
                throw new CorpusException(name, "/requirements/" + i + "/id",
                        "requirement " + requirement.id() + " is listed twice; ids are unique");
            }
        }
        return new RequirementCatalogue(root.get("catalogueVersion").stringValue(), byId);
    }

    public String version() {
        return version;
    }

    /** Every requirement, in catalogue order. */
    public Collection<Requirement> all() {
        return byId.values();
    }

    public Optional<Requirement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The ids among {@code ids} that the catalogue does not hold, in the order given. */
    public List<String> unknown(Collection<String> ids) {
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (!byId.containsKey(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }
}
