package dev.suitcase.runner.interop;

import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteropIdTest {
    @Test
    void theThreeVectorsOfAnEnvelopeAreVectorIdsInTheReservedAreas() {
        assertEquals("suit.es256.interop-sign.example-0-from-python",
                InteropId.of(InteropId.Kind.SIGNED, Algorithm.ES256, "example-0", "python").toString());
        assertEquals("suit.hss-lms.interop.install-from-reference",
                InteropId.of(InteropId.Kind.ENVELOPE, Algorithm.HSS_LMS, "install", "reference").toString());
        assertEquals("cose.ed25519.interop.example-1-from-python",
                InteropId.of(InteropId.Kind.COSE_SIGN1, Algorithm.ED25519, "example-1", "python").toString());
    }

    @Test
    void anIdReadsBackAndOtherIdsAreNone() {
        for (InteropId.Kind kind : InteropId.Kind.values()) {
            InteropId id = InteropId.of(kind, Algorithm.ESP256, "example-1", "process:./my adapter --fast");
            assertEquals(Optional.of(id), InteropId.of(VectorId.parse(id.toString())));
            assertTrue(InteropId.reserved(id.vectorId()));
        }
        assertEquals(Optional.empty(), InteropId.of(VectorId.parse("suit.es256.spec-example.example-0")));
        assertEquals(Optional.empty(), InteropId.of(VectorId.parse("signature.es256.interop.example-0-from-python")),
                "the signature layer has no vector of the matrix");
        assertEquals(Optional.empty(), InteropId.of(VectorId.parse("suit.any.interop.example-0-from-python")));
        assertFalse(InteropId.reserved(VectorId.parse("suit.es256.interoperability.example-0")));
    }

    @Test
    void noCorpusVectorIsInTheReservedAreas() {
        assertTrue(CorpusLoader.fromClasspath().vectors().stream().noneMatch(vector -> InteropId.reserved(vector.id())));
    }

    @Test
    void aSpecThatIsNoWordsIsNamedByItsLastWordsAndAHash() {
        assertEquals("reference", InteropId.token("reference"));
        assertEquals("cose-java", InteropId.token("cose-java"));
        String process = InteropId.token("process:./my-adapter");
        assertTrue(process.matches("process-my-adapter-[0-9a-f]{8}"), process);
        String java = InteropId.token("java:com.example.suit.firmware.verification.MyVerifierAdapter");
        assertTrue(java.matches("firmware-verification-myverifieradapter-[0-9a-f]{8}"), java);
        assertTrue(java.length() <= 49, java);
        assertNotEquals(InteropId.token("process:./a b"), InteropId.token("process:./a-b"), "the hash tells them apart");
        assertTrue(InteropId.token("@@@").matches("[0-9a-f]{8}"), "no word to keep");
    }

    @Test
    void aManifestNamedWithTheSeparatorWordIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InteropId.of(InteropId.Kind.SIGNED, Algorithm.ES256, "made-from-scratch", "python"));
        assertTrue(e.getMessage().contains("must not contain the word 'from'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InteropId(InteropId.Kind.SIGNED, Algorithm.ES256, "x", "Py"));
    }
}
