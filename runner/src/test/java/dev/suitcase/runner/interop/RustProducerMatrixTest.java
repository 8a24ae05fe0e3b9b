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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code suitcase interop --adapter reference --adapter python --adapter rust}, through the engine and
 * the real process adapters, the Rust one built first by its adapters.json build: the SUIT layer
 * judged by implementations nobody here wrote. taylor (through {@code rust}) is a second, independent
 * producer of SUIT envelopes beside the reference producer, and suit_validator (through {@code rust})
 * a second, independent verifier of whole envelopes beside the reference verifier. Tagged
 * {@code interop}: it needs Python, cargo and, on first use, PyPI and crates.io, so it runs in the
 * {@code interop} Maven profile ({@code mvn -Pinterop test}).
 */
@Tag("interop")
class RustProducerMatrixTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", "..")).toAbsolutePath().normalize();
    private static final List<String> SUIT_PRODUCERS = List.of("reference", "rust");
    private static final List<String> SUIT_VERIFIERS = List.of("reference", "rust");

    @Test
    void taylorAndTheReferenceSignEnvelopesThatSuitValidatorAndTheReferenceVerifierBothAccept() {
        Results results = InteropResults.run(List.of("reference", "python", "rust"), new RunOptions(Optional.empty(),
                Optional.empty(), Optional.of(InteropResults.MATRIX_ONLY), Set.of(), Optional.empty(), false, Optional.empty(),
                true), ROOT);

        List<Result> broken = results.results().stream()
                .filter(result -> result.verdict() == Verdict.CRASH || result.verdict() == Verdict.TIMEOUT).toList();
        assertEquals(List.of(), broken, "no producer or verifier crashed or timed out");
        assertEquals(List.of(), Gate.evaluate(results, Baseline.empty(), GateOptions.of(results.run().options()))
                .unexpectedFailures(), "every envelope conformant, every verifier in agreement");

        InteropView.Table es256 = InteropResults.table(ProducerMatrixView.of(results).tables(), Algorithm.ES256);
        for (String producer : SUIT_PRODUCERS) {
            assertEquals(Optional.of(Verdict.PASS), InteropResults.cell(es256, producer, ProducerMatrixView.CONFORMANCE_COLUMN).verdict(),
                    producer + "'s envelopes pass the strict reference verifier");
            for (String verifier : SUIT_VERIFIERS) {
                InteropView.Cell cell = InteropResults.cell(es256, producer, verifier);
                assertEquals(Optional.of(Verdict.PASS), cell.verdict(), producer + " -> " + verifier + ": " + cell.explanation());
                assertFalse(cell.cose(), producer + " -> " + verifier + " is judged on the whole envelope, at the suit layer");
            }
        }
        // the python producer's envelopes are processed by suit_validator too; pycose checks their COSE_Sign1
        assertEquals("PASS", InteropResults.cell(es256, "python", "rust").label());
        assertEquals("PASS (cose)", InteropResults.cell(es256, "rust", "python").label());

        // suit_validator verifies every SUIT algorithm it covers on the reference producer's envelopes
        for (Algorithm algorithm : EnumSet.of(Algorithm.ESP256, Algorithm.ED25519, Algorithm.HSS_LMS)) {
            InteropView.Cell cell = InteropResults.cell(InteropResults.table(ProducerMatrixView.of(results).tables(), algorithm), "reference", "rust");
            assertEquals("PASS", cell.label(), algorithm + ": " + cell.explanation());
        }
        // taylor signs ES256 only, and says so rather than guess
        for (String manifest : InteropManifests.names()) {
            Result own = results.find(InteropId.of(InteropId.Kind.SIGNED, Algorithm.ED25519, manifest, "rust").vectorId(),
                    "rust").orElseThrow();
            assertEquals(Verdict.NOT_APPLICABLE, own.verdict(), own.explanation());
            assertTrue(own.explanation().contains("taylor"), own.explanation());
        }
    }
}
