package dev.suitcase.runner.report;

import dev.suitcase.vectors.requirements.Requirement;
import dev.suitcase.vectors.requirements.RequirementCatalogue;

import java.util.List;
import java.util.Objects;

/**
 * A requirement a vector cites, with what the catalogue says of it, so a failure reads with the
 * rule it breaks.
 *
 * @param id       the catalogue id, e.g. {@code SUITM-8.4.2-rollback}
 * @param known    whether the catalogue holds it; when not, the other fields say so
 * @param level    its BCP 14 keyword, e.g. {@code MUST}
 * @param source   the document and section, e.g. {@code RFC 9052 §4.4}
 * @param summary  the statement in the project's words
 */
public record RequirementText(String id, boolean known, String level, String source, String summary) {

    public RequirementText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
    }

    public static RequirementText of(String id, RequirementCatalogue catalogue) {
        return catalogue.find(id).map(RequirementText::of).orElseGet(() -> new RequirementText(id, false, "", "",
                "not in the requirement catalogue " + catalogue.version() + " this report was given"));
    }

    public static List<RequirementText> all(List<String> ids, RequirementCatalogue catalogue) {
        return ids.stream().map(id -> of(id, catalogue)).toList();
    }

    private static RequirementText of(Requirement requirement) {
        return new RequirementText(requirement.id(), true, requirement.level().name(),
                requirement.document() + " §" + requirement.section(), requirement.summary());
    }
}
