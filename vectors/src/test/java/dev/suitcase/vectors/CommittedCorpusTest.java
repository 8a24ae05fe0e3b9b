package dev.suitcase.vectors;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus the vectors jar carries: valid, complete, and citing only catalogued requirements. */
class CommittedCorpusTest {
    private static final Corpus CORPUS = CorpusLoader.fromClasspath();

    @Test
    void everyFileIsValidAndTheJarCarriesTheCommittedCorpus() {
        Corpus fromDirectory = CorpusLoader.fromDirectory(CorpusGeneratorTest.COMMITTED);

        assertEquals(fromDirectory.digest(), CORPUS.digest());
        assertEquals(fromDirectory.vectors(), CORPUS.vectors());
    }

    @Test
    void everyCitedRequirementIsInTheCatalogue() {
        RequirementCatalogue catalogue = RequirementCatalogue.fromClasspath();
        List<String> unknown = new ArrayList<>();
        for (Vector vector : CORPUS.vectors()) {
            catalogue.unknown(vector.requirements()).forEach(id -> unknown.add(vector.id() + " cites " + id));
        }

        assertTrue(unknown.isEmpty(), String.join("\n", unknown));
    }

    @Test
    void importsEveryWycheproofTestAndEverySpecExample() {
        Map<String, Long> perFamily = CORPUS.vectors().stream()
                .collect(Collectors.groupingBy(vector -> vector.provenance().family(), Collectors.counting()));

        Map<String, Long> imports = Map.of("wycheproof-ecdsa-p1363", 262L, "wycheproof-ed25519", 151L, "suit-spec-examples", 13L);
        imports.forEach((family, count) -> assertEquals(count, perFamily.get(family), family));
    }

    @Test
    void idsAreUnique() {
        Map<String, Vector> byId = CORPUS.vectors().stream()
                .collect(Collectors.toMap(vector -> vector.id().toString(), Function.identity()));

        assertEquals(CORPUS.vectors().size(), byId.size());
    }
}
