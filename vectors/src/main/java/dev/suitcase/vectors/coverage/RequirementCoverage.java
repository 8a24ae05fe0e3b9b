package dev.suitcase.vectors.coverage;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.requirements.Requirement;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import dev.suitcase.vectors.requirements.RequirementLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which active vectors cover each requirement of the catalogue: those that must be accepted and
 * those that must be rejected. A MUST is covered when at least one reject vector cites it.
 */
public final class RequirementCoverage {

    /**
     * @param requirement the catalogue entry
     * @param accepting   ids of vectors citing it that must be accepted (or may be, under {@code either})
     * @param rejecting   ids of vectors citing it that must be rejected
     */
    public record Row(Requirement requirement, List<String> accepting, List<String> rejecting) {
        public Row {
            accepting = List.copyOf(accepting);
            rejecting = List.copyOf(rejecting);
        }

        /** A MUST needs a reject vector; any other statement needs at least one vector. */
        public boolean covered() {
            return requirement.level() == RequirementLevel.MUST ? !rejecting.isEmpty()
                    : !rejecting.isEmpty() || !accepting.isEmpty();
        }
    }

    private RequirementCoverage() {
    }

    /** One row per requirement, in catalogue order by id. */
    public static List<Row> of(Corpus corpus, RequirementCatalogue catalogue) {
        List<Row> rows = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>(catalogue.all());
        requirements.sort(Comparator.comparing(Requirement::id));
        for (Requirement requirement : requirements) {
            List<String> accepting = new ArrayList<>();
            List<String> rejecting = new ArrayList<>();
            for (Vector vector : corpus.active()) {
                if (vector.requirements().contains(requirement.id())) {
                    (vector.expect().result() == ExpectedResult.REJECT ? rejecting : accepting).add(vector.id().toString());
                }
            }
            rows.add(new Row(requirement, accepting, rejecting));
        }
        return rows;
    }
}
