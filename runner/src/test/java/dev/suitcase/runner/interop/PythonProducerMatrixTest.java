package dev.suitcase.runner.interop;

import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.Gate;
import dev.suitcase.runner.baseline.GateOptions;
import dev.suitcase.runner.fixtures.InteropResults;
import dev.suitcase.runner.report.InteropView;
import dev.suitcase.runner.report.ProducerMatrixView;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Python adapter ({@code adapters/python}: pycose, cryptography) in the producer matrix beside
 * the reference producer, through the engine and the real process adapter as
 * {@code suitcase interop --adapter python} runs it. Tagged {@code interop}: it needs Python and
 * PyPI, so it runs in the {@code interop} Maven profile ({@code mvn -Pinterop test}).
 */
@Tag("interop")
class PythonProducerMatrixTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", "..")).toAbsolutePath().normalize();

    @Test
    void pythonAndTheReferenceSignConformantlyAndVerifyEachOthersEnvelopes() {
        Results results = InteropResults.run(List.of("reference", "python", "jdk"), new RunOptions(Optional.empty(),
                Optional.empty(), Optional.of(InteropResults.MATRIX_ONLY), Set.of(), Optional.empty(), false, Optional.empty(),
                true), ROOT);

        assertEquals(List.of(), Gate.evaluate(results, Baseline.empty(), GateOptions.of(results.run().options()))
                .unexpectedFailures(), "every envelope conformant, every verifier in agreement");
        List<InteropView.Table> tables = ProducerMatrixView.of(results).tables();
        for (Algorithm algorithm : EnumSet.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519)) {
            InteropView.Table table = InteropResults.table(tables, algorithm);
            assertEquals(Optional.of(Verdict.PASS), InteropResults.cell(table, "python", ProducerMatrixView.CONFORMANCE_COLUMN).verdict());
            assertEquals("PASS (cose)", InteropResults.cell(table, "python", "jdk").label());
        }
        // its statement lists at layer cose only what pycose itself verifies
        for (Algorithm algorithm : EnumSet.of(Algorithm.ES256, Algorithm.EDDSA)) {
            assertEquals("PASS (cose)", InteropResults.cell(InteropResults.table(tables, algorithm), "reference", "python").label());
        }
        for (Algorithm algorithm : EnumSet.of(Algorithm.ESP256, Algorithm.ED25519, Algorithm.HSS_LMS)) {
            InteropView.Cell python = InteropResults.cell(InteropResults.table(tables, algorithm), "reference", "python");
            assertEquals(Optional.of(Verdict.NOT_APPLICABLE), python.verdict(), python.explanation());
            assertTrue(python.explanation().contains(algorithm.displayName() + " at layer cose"), python.explanation());
        }
        // pyhsslms verifies HSS-LMS signatures, but the Python producer cannot sign: no private COSE_Key form exists
        for (String manifest : InteropManifests.names()) {
            Result own = results.find(InteropId.of(InteropId.Kind.SIGNED, Algorithm.HSS_LMS, manifest, "python").vectorId(),
                    "python").orElseThrow();
            assertEquals(Verdict.NOT_APPLICABLE, own.verdict(), own.explanation());
            assertTrue(own.explanation().contains("answered unsupported"), own.explanation());
        }
    }
}
