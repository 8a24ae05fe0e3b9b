package dev.suitcase.adapters.reference;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.coverage.CheckCoverage;
import dev.suitcase.verifier.Check;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sensitivity of the corpus, proven: every must-reject vector isolates the check it names (a
 * processor that skips exactly that check accepts it) or is a robustness vector, every check has a
 * vector, and the committed {@code vectors/check-isolation.json} that {@code suitcase coverage}
 * reads is what the corpus measures now.
 */
class CheckIsolationTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", ".."));
    private static CheckIsolationProbe probe;

    @BeforeAll
    static void measure() {
        Corpus corpus = CorpusLoader.fromDirectory(ROOT.resolve("vectors/corpus"));
        probe = CheckIsolationProbe.measure(corpus);
    }

    @Test
    void everyMustRejectVectorIsolatesACheckOrIsARobustnessVector() {
        List<String> problems = probe.problems();
        assertTrue(problems.isEmpty(), problems.size() + " vectors isolate no check:\n" + String.join("\n", problems));
    }

    @Test
    void theChecksNoVectorCanReachAreExactlyThoseListedAndExist() {
        CheckCoverage coverage = CheckCoverage.of(probe.isolation());
        assertEquals(CheckCoverage.NOT_REACHABLE_FROM_A_VECTOR.keySet(),
                coverage.notReachable().stream().map(Check::id).collect(Collectors.toSet()),
                "a check listed as not reachable from a vector either has a vector now (drop it from the list) or "
                        + "no longer exists");
    }

    @Test
    void everyCheckHasAVector() {
        List<Check> uncovered = CheckCoverage.of(probe.isolation()).uncovered();
        assertTrue(uncovered.isEmpty(), uncovered.size() + " checks have no vector: " + uncovered.stream()
                .map(check -> check.id() + (check.skippable() ? " (needs a vector that isolates it)" : " (needs a robustness vector)"))
                .collect(Collectors.joining(", ")));
    }

    /**
     * The case that started it: a SUIT processor that never compares a severable member with its
     * digest must fail a vector, on every algorithm, so the swapped install sequence has to run to
     * the end on the vector's device.
     */
    @Test
    void aProcessorSkippingTheSeverableDigestCheckFailsAVectorOnEveryAlgorithm() {
        Set<String> algorithms = probe.isolation().isolating().stream()
                .filter(entry -> entry.check().equals("suit.severable.digest-mismatch"))
                .map(entry -> entry.vector().split("\\.")[1])
                .collect(Collectors.toSet());
        assertEquals(Set.of("es256", "esp256", "ed25519", "hss-lms"), algorithms);
    }

    @Test
    void theCommittedIsolationFileIsWhatTheCorpusMeasures() throws IOException {
        Path committed = ROOT.resolve(CheckIsolationWriter.FILE);
        String expected = new String(JsonFormat.write(probe.isolation().toJson()), java.nio.charset.StandardCharsets.UTF_8);
        String actual = Files.readString(committed);
        assertEquals(expected, actual, committed + " is stale: regenerate it with vectors/generate and commit it");
    }
}
