package dev.suitcase.runner.interop;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.suit.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteropManifestsTest {
    private static Corpus corpus;

    @BeforeAll
    static void load() {
        corpus = CorpusLoader.fromClasspath();
    }

    @Test
    void theStandardManifestsComeFromAcceptedSuitVectorsWithTheirDevicesAndScopes() {
        List<InteropManifest> manifests = InteropManifests.standard(corpus);

        assertEquals(List.of("example-0", "example-1", "install"), manifests.stream().map(InteropManifest::name).toList());
        InteropManifest example0 = manifests.get(0);
        assertEquals("suit.es256.spec-example.example-0", example0.source().id().toString());
        assertEquals(Scope.APPLICABILITY, example0.scope());
        assertEquals(Bytes.fromHex("fa6b4a53d5ad5fdfbe9de663e4d41ffe"), example0.device().vendorId());
        assertEquals(Scope.INSTALL, manifests.get(2).scope());
        for (InteropManifest manifest : manifests) {
            int head = manifest.manifest().toByteArray()[0] & 0xff;
            assertTrue(head >= 0x40 && head <= 0x5b, manifest.name() + " is a byte string with its head, not " + head);
        }
    }

    @Test
    void refusesAVectorThatEveryVerifierNeedNotAccept() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
                () -> InteropManifests.from("unsigned", corpus.byId("suit.any.spec-example.example-0-unsigned").orElseThrow()));
        assertTrue(rejected.getMessage().contains("is not an accepted vector"), rejected.getMessage());
        IllegalArgumentException notSuit = assertThrows(IllegalArgumentException.class,
                () -> InteropManifests.from("cose", corpus.active().stream()
                        .filter(vector -> vector.id().toString().startsWith("cose.")).findFirst().orElseThrow()));
        assertTrue(notSuit.getMessage().contains("is not a SUIT vector"), notSuit.getMessage());
    }
}
