package dev.suitcase.vectors.coverage;

import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.verifier.Profile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which check of the reference verifier each must-reject vector of the built-in corpus isolates:
 * with that one check knocked out, the reference verifier accepts the vector under the vector's
 * scope and device. It is measured by the vectors module's tests (knocking a check out is
 * possible only there), written to {@code vectors/check-isolation.json} by {@code vectors/generate}
 * and checked against a fresh measurement by {@code CheckIsolationTest}; the jar carries it for
 * {@code suitcase coverage}.
 *
 * @param isolating  per must-reject vector (and per profile under which a vector must be rejected
 *                   though it need not be by default), the check it isolates
 * @param robustness per robustness vector, the check that rejects it
 */
public record CheckIsolation(List<Entry> isolating, List<Entry> robustness) {

    /** Where the jar carries the file. */
    public static final String CLASSPATH_RESOURCE = "suitcase/check-isolation.json";

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::vector)
            .thenComparing(entry -> entry.profile().map(Profile::wireName).orElse(""));

    /**
     * @param vector  the vector id
     * @param profile the profile the vector was verified under, when it is rejected only under one
     * @param check   the id of the check
     */
    public record Entry(String vector, Optional<Profile> profile, String check) {
        public Entry {
            Objects.requireNonNull(vector, "vector");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(check, "check");
        }
    }

    public CheckIsolation {
        isolating = isolating.stream().sorted(ORDER).toList();
        robustness = robustness.stream().sorted(ORDER).toList();
    }

    /** The file the built-in corpus's jar carries; throws {@link IllegalStateException} when it is missing. */
    public static CheckIsolation fromClasspath() {
        try (InputStream in = CheckIsolation.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing from the classpath; the vectors jar "
                        + "is broken: rebuild it");
            }
            return fromJson(JsonFormat.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CLASSPATH_RESOURCE, e);
        }
    }

    public static CheckIsolation fromJson(JsonNode json) {
        return new CheckIsolation(entries(json.path("isolating")), entries(json.path("robustness")));
    }

    /** The stable JSON form: entries sorted by vector id, then profile. */
    public ObjectNode toJson() {
        ObjectNode json = JsonFormat.object();
        json.put("description", "Per must-reject vector of the built-in corpus, the check of the reference verifier "
                + "it isolates (with only that check knocked out, the vector is accepted), and per robustness vector "
                + "the check that rejects it. Written by vectors/generate, checked by CheckIsolationTest.");
        json.set("isolating", array(isolating));
        json.set("robustness", array(robustness));
        return json;
    }

    private static ArrayNode array(List<Entry> entries) {
        ArrayNode array = JsonFormat.array();
        for (Entry entry : entries) {
            ObjectNode node = array.addObject();
            node.put("vector", entry.vector());
            entry.profile().ifPresent(profile -> node.put("profile", profile.wireName()));
            node.put("check", entry.check());
        }
        return array;
    }

    private static List<Entry> entries(JsonNode array) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : array) {
            Optional<Profile> profile = node.has("profile")
                    ? Optional.of(Profile.fromWireName(node.get("profile").stringValue()).orElseThrow(() ->
                    new IllegalArgumentException("unknown profile " + node.get("profile"))))
                    : Optional.empty();
            entries.add(new Entry(node.get("vector").stringValue(), profile, node.get("check").stringValue()));
        }
        return entries;
    }
}
