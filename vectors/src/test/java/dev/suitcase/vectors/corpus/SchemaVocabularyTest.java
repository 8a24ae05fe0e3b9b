package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The schema repeats two closed vocabularies of the verifier; they must not drift apart. */
class SchemaVocabularyTest {

    private static JsonNode vectorSchema() throws IOException {
        try (InputStream in = SchemaVocabularyTest.class.getClassLoader()
                .getResourceAsStream(CorpusSchemas.RESOURCE_DIRECTORY + CorpusSchemas.VECTOR.fileName())) {
            return JsonFormat.read(in.readAllBytes());
        }
    }

    private static List<String> enumeration(JsonNode schema, String definition) {
        List<String> values = new ArrayList<>();
        schema.get("$defs").get(definition).get("enum").forEach(value -> values.add(value.stringValue()));
        return values;
    }

    @Test
    void reasonEnumerationIsTheVerifiersReasons() throws IOException {
        assertEquals(Arrays.stream(Reason.values()).map(Reason::name).toList(), enumeration(vectorSchema(), "reason"));
    }

    @Test
    void profileEnumerationIsTheVerifiersProfiles() throws IOException {
        assertEquals(Arrays.stream(Profile.values()).map(Profile::wireName).toList(), enumeration(vectorSchema(), "profile"));
    }
}
