package dev.suitcase.runner.interop;

import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.jdk.JdkPrimitives;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Python adapter ({@code adapters/python}: pycose, cryptography) in the producer matrix beside
 * the reference producer, through the real process adapter as {@code suitcase matrix --adapter python}
 * runs it. Tagged {@code interop}: it needs Python and PyPI, so it runs in the {@code interop} Maven
 * profile ({@code mvn -Pinterop test}).
 */
@Tag("interop")
class PythonProducerMatrixTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", "..")).toAbsolutePath().normalize();

    @Test
    void pythonAndTheReferenceSignConformantlyAndVerifyEachOthersEnvelopes() {
        AdapterRegistry registry = AdapterRegistry.forRepository(ProcessSettings.defaults(ROOT));
        ProducerMatrix matrix;
        try (var python = registry.open("python"); var reference = new ReferenceAdapter(); var jdk = JdkPrimitives.adapter()) {
            matrix = new InteropRun(InteropManifests.standard(CorpusLoader.fromClasspath()), InteropKeys.standard(), line -> { })
                    .run(List.of(new NamedAdapter("reference", reference), new NamedAdapter("python", python),
                            new NamedAdapter("jdk", jdk)), EnumSet.allOf(Algorithm.class));
        }

        assertEquals(List.of(), matrix.problems());
        for (Algorithm algorithm : EnumSet.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519)) {
            for (Production production : matrix.row("python", algorithm)) {
                assertTrue(production.conformant(), production.explanation());
                InteropCell jdk = production.cell("jdk").orElseThrow();
                assertEquals(InteropCell.Kind.ACCEPT, jdk.kind(), jdk.explanation());
            }
        }
        // its statement lists at layer cose only what pycose itself verifies
        for (Algorithm algorithm : EnumSet.of(Algorithm.ES256, Algorithm.EDDSA)) {
            for (Production production : matrix.row("reference", algorithm)) {
                InteropCell python = production.cell("python").orElseThrow();
                assertEquals(Optional.of(Layer.COSE), python.layer());
                assertEquals(InteropCell.Kind.ACCEPT, python.kind(), python.explanation());
            }
        }
        for (Algorithm algorithm : EnumSet.of(Algorithm.ESP256, Algorithm.ED25519, Algorithm.HSS_LMS)) {
            for (Production production : matrix.row("reference", algorithm)) {
                InteropCell python = production.cell("python").orElseThrow();
                assertEquals(InteropCell.Kind.NOT_APPLICABLE, python.kind(), python.explanation());
                assertTrue(python.explanation().contains(algorithm.displayName() + " at layer cose"), python.explanation());
            }
        }
        // pyhsslms verifies HSS-LMS signatures, but the Python producer cannot sign: no private COSE_Key form exists
        matrix.row("python", Algorithm.HSS_LMS).forEach(production ->
                assertEquals(SignOutcome.Kind.UNSUPPORTED, production.signing().kind(), production.explanation()));
    }
}
