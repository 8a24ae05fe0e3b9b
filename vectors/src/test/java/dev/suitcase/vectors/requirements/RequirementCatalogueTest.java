package dev.suitcase.vectors.requirements;

import dev.suitcase.vectors.corpus.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequirementCatalogueTest {
    @TempDir
    Path directory;

    private Path write(String json) throws IOException {
        Path file = directory.resolve("requirements.json");
        Files.writeString(file, json);
        return file;
    }

    private static String entry(String id) {
        return "{\"id\": \"" + id + "\", \"document\": \"RFC 9052\", \"section\": \"3.1\", \"level\": \"MUST\","
                + " \"summary\": \"crit sits in the protected bucket, always.\", \"binds\": \"producer\"}";
    }

    @Test
    void theCommittedCatalogueLoadsWithUniqueIds() {
        RequirementCatalogue catalogue = RequirementCatalogue.fromClasspath();

        Set<String> ids = new HashSet<>();
        catalogue.all().forEach(requirement -> assertTrue(ids.add(requirement.id()), requirement.id()));
        assertTrue(catalogue.all().size() >= 60, "catalogue has " + catalogue.all().size() + " entries");
    }

    @Test
    void theCommittedCatalogueCoversEveryDocumentOfItsScope() {
        Set<String> documents = new HashSet<>();
        RequirementCatalogue.fromClasspath().all().forEach(requirement -> documents.add(requirement.document()));

        assertEquals(Set.of("RFC 8032", "RFC 8554", "RFC 8778", "RFC 8949", "RFC 9052", "RFC 9053", "RFC 9864", "RFC 9124",
                "draft-ietf-suit-manifest-37"), documents);
    }

    @Test
    void idsNameTheirDocumentAndSection() {
        for (Requirement requirement : RequirementCatalogue.fromClasspath().all()) {
            String prefix = requirement.document().equals("draft-ietf-suit-manifest-37") ? "SUITM-"
                    : requirement.document().replace(" ", "") + "-";
            String expected = requirement.document().equals("RFC 9124") ? prefix + "REQ." : prefix + requirement.section() + "-";
            assertTrue(requirement.id().startsWith(expected), requirement.id() + " should start with " + expected);
        }
    }

    @Test
    void refusesADuplicatedId() throws IOException {
        Path file = write("{\"catalogueVersion\": \"0.1.0\", \"requirements\": ["
                + entry("RFC9052-3.1-crit-protected") + ", " + entry("RFC9052-3.1-crit-protected") + "]}");

        CorpusException e = assertThrows(CorpusException.class, () -> RequirementCatalogue.fromFile(file));

        assertEquals("/requirements/1/id", e.pointer());
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }

    @Test
    void refusesAnUnknownLevel() throws IOException {
        Path file = write("{\"catalogueVersion\": \"0.1.0\", \"requirements\": ["
                + entry("RFC9052-3.1-crit-protected").replace("\"MUST\"", "\"MUST NOT\"") + "]}");

        CorpusException e = assertThrows(CorpusException.class, () -> RequirementCatalogue.fromFile(file));

        assertEquals("/requirements/0/level", e.pointer());
    }

    @Test
    void readsWhomARequirementBinds() throws IOException {
        Path file = write("{\"catalogueVersion\": \"0.2.0\", \"requirements\": ["
                + entry("RFC9052-3.1-crit-protected") + ", "
                + entry("RFC9052-3.1-crit-present").replace("\"producer\"", "\"recipient\"") + "]}");

        RequirementCatalogue catalogue = RequirementCatalogue.fromFile(file);

        assertEquals(Binds.PRODUCER, catalogue.find("RFC9052-3.1-crit-protected").orElseThrow().binds());
        assertEquals(Binds.RECIPIENT, catalogue.find("RFC9052-3.1-crit-present").orElseThrow().binds());
        assertFalse(catalogue.find("RFC9052-3.1-crit-protected").orElseThrow().isRecipientMust());
        assertTrue(catalogue.find("RFC9052-3.1-crit-present").orElseThrow().isRecipientMust());
    }

    @Test
    void refusesARequirementThatDoesNotSayWhomItBinds() throws IOException {
        Path file = write("{\"catalogueVersion\": \"0.2.0\", \"requirements\": ["
                + entry("RFC9052-3.1-crit-protected").replace(", \"binds\": \"producer\"", "") + "]}");

        CorpusException e = assertThrows(CorpusException.class, () -> RequirementCatalogue.fromFile(file));

        assertTrue(e.getMessage().contains("binds"), e.getMessage());
    }

    @Test
    void refusesAnUnknownBindsValue() throws IOException {
        Path file = write("{\"catalogueVersion\": \"0.2.0\", \"requirements\": ["
                + entry("RFC9052-3.1-crit-protected").replace("\"producer\"", "\"verifier\"") + "]}");

        CorpusException e = assertThrows(CorpusException.class, () -> RequirementCatalogue.fromFile(file));

        assertEquals("/requirements/0/binds", e.pointer());
    }

    @Test
    void theCommittedCatalogueSaysWhomEachStatementBinds() {
        Set<Binds> seen = new HashSet<>();
        RequirementCatalogue.fromClasspath().all().forEach(requirement -> seen.add(requirement.binds()));

        assertEquals(Set.of(Binds.RECIPIENT, Binds.PRODUCER), seen);
    }

    @Test
    void listsTheIdsItDoesNotHold() {
        RequirementCatalogue catalogue = RequirementCatalogue.fromClasspath();

        assertEquals(List.of("RFC0000-1-nothing"), catalogue.unknown(List.of("SUITM-8.4.2-rollback", "RFC0000-1-nothing")));
    }
}
