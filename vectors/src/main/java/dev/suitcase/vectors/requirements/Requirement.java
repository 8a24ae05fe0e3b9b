package dev.suitcase.vectors.requirements;

import java.util.Objects;

/**
 * One normative statement the corpus covers.
 *
 * @param id       the catalogue id, e.g. {@code SUITM-8.4.2-rollback}
 * @param document the document it comes from, e.g. {@code RFC 9052}
 * @param section  the section number in that document
 * @param level    its BCP 14 keyword
 * @param summary  the statement in the project's own words
 */
public record Requirement(String id, String document, String section, RequirementLevel level, String summary) {
    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(summary, "summary");
    }
}
