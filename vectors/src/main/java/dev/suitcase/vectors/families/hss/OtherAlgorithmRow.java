package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.Template;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row of a table of HSS-LMS vectors that differ only in another algorithm: an HSS key or signature
 * presented under it, or a key restricted to it. The id and the text are written with
 * {@code {other-name}} ({@code ES256}), {@code {other-id}} ({@code -7}) and {@code {other-token}}
 * ({@code es256}), which the algorithm fills in, so the id, the text and the identifier in the bytes
 * come from one value.
 *
 * @param other        the other algorithm
 * @param id           the vector id, with words
 * @param severity     what getting it wrong costs
 * @param requirements ids from requirements.json
 * @param flags        tags
 * @param title        one line, with words
 * @param description  paragraphs, with words
 */
record OtherAlgorithmRow(Algorithm other, String id, Severity severity, List<String> requirements, List<String> flags,
                         String title, String description) {

    OtherAlgorithmRow {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        requirements = List.copyOf(requirements);
        flags = List.copyOf(flags);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    /** The case's text, the algorithm's words filled in. */
    CaseSpec spec() {
        Map<String, String> words = Map.of("other-name", other.displayName(), "other-id", Integer.toString(other.coseId()),
                "other-token", other.idName());
        String where = "row " + id + " for " + other.displayName();
        return CaseSpec.of(Template.fill(id, words, where), Template.fill(title, words, where), severity, requirements,
                flags, Template.fill(description, words, where));
    }
}
