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
 * @param binds    whom the statement binds: the recipient, or the producer of what the recipient gets
 */
public record Requirement(String id, String document, String section, RequirementLevel level, String summary,
                          Binds binds) {
    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(binds, "binds");
    }

    /** Whether a recipient that does not follow this statement fails the specification: a MUST that binds it. */
    public boolean isRecipientMust() {
        return level == RequirementLevel.MUST && binds == Binds.RECIPIENT;
    }
}
