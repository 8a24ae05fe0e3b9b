package dev.suitcase.adapters.python;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.CorpusSlice;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.jdk.JdkPrimitives;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Python adapter ({@code adapters/python}, pycose + cryptography + pyhsslms) over the whole
 * committed corpus through the real process adapter, as {@code --adapter python} would run it.
 * Tagged {@code interop}: it needs Python and PyPI, so it runs in the {@code interop} Maven profile
 * that CI activates ({@code mvn -Pinterop test}); a Python adapter that cannot start fails it.
 */
@Tag("interop")
class PythonAdapterCorpusTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", "..")).toAbsolutePath().normalize();

    @Test
    void answersEveryVectorItsStatementCoversAndDiffersFromTheJdkOnEd25519EdgeCases() throws Exception {
        AdapterRegistry registry = AdapterRegistry.forRepository(ProcessSettings.defaults(ROOT));
        SliceRun python = SliceRun.ofCorpus(registry, "python", 400);

        List<Vector> ed25519 = CorpusSlice.active().stream()
                .filter(vector -> vector.algorithm().filter(Algorithm.ED25519::equals).isPresent()).toList();
        SliceRun jdk;
        try (Adapter adapter = JdkPrimitives.adapter()) {
            jdk = SliceRun.of(adapter, ed25519);
        }
        Map<String, String> differences = new TreeMap<>();
        for (Vector vector : ed25519) {
            String id = vector.id().toString();
            if (python.outcomes().containsKey(id) && jdk.outcomes().containsKey(id)
                    && python.outcomes().get(id).kind() != jdk.outcomes().get(id).kind()) {
                differences.put(id, "python " + python.outcomes().get(id).kind() + ", jdk " + jdk.outcomes().get(id).kind());
            }
        }
        System.out.println("Ed25519 vectors where cryptography (OpenSSL) and the running JDK differ: " + differences);
        assertFalse(differences.isEmpty(), "the two Ed25519 stacks are known to differ on edge cases");
        if (Runtime.version().feature() == 17) {
            // JDK 17's SunEC accepts a 65-byte signature (trailing 0x00); OpenSSL refuses it.
            assertTrue(differences.containsKey("signature.ed25519.wycheproof.tc-37"), differences.toString());
        }
    }
}
