package dev.suitcase.vectors.coverage;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4's acceptance: every requirement of the catalogue is covered by the committed corpus, a MUST
 * by at least one vector that must be rejected, any other statement by at least one vector. The
 * failure names each uncovered requirement and what it lacks.
 */
class RequirementCoverageTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", ".."));

    @Test
    void everyRequirementOfTheCatalogueIsCoveredByTheCommittedCorpus() {
        Corpus corpus = CorpusLoader.fromDirectory(ROOT.resolve("vectors/corpus"));
        RequirementCatalogue catalogue = RequirementCatalogue.fromFile(ROOT.resolve("vectors/requirements.json"));
        List<RequirementCoverage.Row> rows = RequirementCoverage.of(corpus, catalogue);

        List<String> uncovered = rows.stream().filter(row -> !row.covered())
                .map(row -> row.requirement().id() + " (" + row.requirement().level() + ", "
                        + row.accepting().size() + " accept and " + row.rejecting().size() + " reject vectors)")
                .toList();

        assertEquals(catalogue.all().size(), rows.size(), "one coverage row per requirement");
        assertTrue(uncovered.isEmpty(), uncovered.size() + " requirement(s) of vectors/requirements.json are not covered"
                + " by the committed corpus (a MUST needs a vector that must be rejected, any other level one vector):\n  "
                + String.join("\n  ", uncovered));
    }
}
