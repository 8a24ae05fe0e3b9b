package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.runner.interop.InteropCell;
import dev.suitcase.runner.interop.InteropTable;
import dev.suitcase.runner.interop.Production;
import dev.suitcase.runner.interop.SampleMatrix;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProducerMatrixViewTest {
    private static final AdapterOutcome ACCEPT = AdapterOutcome.accept();
    private static final AdapterOutcome INVALID = AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "bad signature");

    /** What {@code verifier} answered, beside the reference verifier's answer to the same request. */
    private static InteropCell answered(AdapterOutcome outcome, AdapterOutcome reference) {
        return InteropCell.answered("v", Layer.SUIT, outcome, reference, Algorithm.ES256,
                Production.envelopeName("p", Algorithm.ES256, "example-0"));
    }

    /** A signed envelope of {@code manifest}, conformant or not, and what verifier {@code v} made of it. */
    private static Production envelope(String manifest, AdapterOutcome conformance, InteropCell cell) {
        return Production.of("p", Algorithm.ES256, manifest, SignOutcome.signed(Bytes.fromHex("d86ba0")), Optional.of(conformance),
                List.of(cell));
    }

    private static InteropView.Table table(String algorithm) {
        return ProducerMatrixView.of(SampleMatrix.matrix()).tables().stream()
                .filter(table -> table.algorithm().equals(algorithm)).findFirst().orElseThrow();
    }

    private static InteropView.Cell cell(InteropView.Table table, String producer, String verifier) {
        InteropView.Row row = table.rows().stream().filter(candidate -> candidate.producer().equals(producer)).findFirst()
                .orElseThrow();
        return row.cells().get(table.verifiers().indexOf(verifier));
    }

    @Test
    void aTablePerAlgorithmWithTheProducersDownAndTheReferenceColumnBeforeTheVerifiers() {
        InteropView view = ProducerMatrixView.of(SampleMatrix.matrix());

        assertEquals(List.of("ES256", "Ed25519", "HSS-LMS"), view.tables().stream().map(InteropView.Table::algorithm).toList());
        InteropView.Table es256 = table("ES256");
        assertEquals(List.of("reference", "jdk", "tink", "yes", "no <b>"), es256.verifiers());
        assertEquals(List.of("reference", "impostor", "broken", "picky"),
                es256.rows().stream().map(InteropView.Row::producer).toList());
        assertEquals(InteropTable.notes(SampleMatrix.matrix(), Algorithm.ES256), es256.notes(), "the text tables' notes");
    }

    @Test
    void theReferenceColumnIsTheProducersConformance() {
        InteropView.Table es256 = table("ES256");

        assertEquals(Optional.of(Verdict.PASS), cell(es256, "reference", "reference").verdict());
        InteropView.Cell impostor = cell(es256, "impostor", "reference");
        assertEquals(Optional.of(Verdict.FAIL_REJECTED), impostor.verdict(), "the reference verifier rejects its envelopes");
        assertTrue(impostor.explanation().startsWith("impostor produced a non-conformant envelope signing example-0 with ES256: "
                + "the reference verifier rejects it with "), impostor.explanation());
        assertEquals(Optional.of(Verdict.CRASH), cell(es256, "broken", "reference").verdict());
        InteropView.Cell unsupported = cell(table("Ed25519"), "picky", "reference");
        assertEquals(Optional.of(Verdict.UNSUPPORTED), unsupported.verdict());
        assertTrue(unsupported.explanation().contains("picky answered unsupported signing example-0 with Ed25519"));
    }

    @Test
    void aVerifierCellJudgesTheVerifiersAnswersAgainstTheReferenceVerifiers() {
        InteropView.Table es256 = table("ES256");

        assertEquals(Optional.of(Verdict.PASS), cell(es256, "reference", "jdk").verdict());
        assertEquals(Optional.of(Verdict.PASS), cell(es256, "reference", "yes").verdict());
        assertEquals(Optional.of(Verdict.FAIL_REJECTED), cell(es256, "reference", "no <b>").verdict(),
                "it rejects conformant envelopes");
        assertEquals(Optional.of(Verdict.FAIL_ACCEPTED), cell(es256, "impostor", "yes").verdict(),
                "it accepts envelopes signed with another key");
        assertEquals(Optional.of(Verdict.PASS), cell(es256, "impostor", "jdk").verdict(), "it rejects them as the reference does");
        assertEquals(Optional.of(Verdict.NOT_APPLICABLE), cell(es256, "reference", "tink").verdict());
    }

    @Test
    void aCellExplainsEachManifestOnceAndSaysWhyNothingRanWithoutAnEnvelope() {
        InteropView.Table es256 = table("ES256");

        List<String> explanations = List.of(cell(es256, "reference", "jdk").explanation().split(" \\| "));
        assertEquals(3, explanations.size(), explanations.toString());
        assertTrue(explanations.get(0).startsWith("the ES256 envelope of example-0 from reference"), explanations.get(0));
        assertTrue(explanations.get(1).startsWith("the ES256 envelope of example-1 from reference"), explanations.get(1));
        assertTrue(explanations.get(2).startsWith("the ES256 envelope of install from reference"), explanations.get(2));
        String notApplicable = cell(es256, "reference", "tink").explanation();
        assertTrue(notApplicable.startsWith("not applicable: ") && !notApplicable.contains(ProducerMatrixView.SEPARATOR),
                "the same reason for every manifest is given once: " + notApplicable);

        InteropView.Cell broken = cell(es256, "broken", "jdk");
        assertEquals("not run", broken.label());
        assertTrue(broken.explanation().startsWith("no envelope to verify: broken crashed signing example-0 with ES256"),
                broken.explanation());
    }

    @Test
    void eachAnswerHasItsVerdict() {
        assertEquals(Verdict.PASS, ProducerMatrixView.verdict(answered(ACCEPT, ACCEPT)));
        assertEquals(Verdict.PASS, ProducerMatrixView.verdict(answered(INVALID, INVALID)));
        assertEquals(Verdict.PASS, ProducerMatrixView.verdict(answered(AdapterOutcome.reject(Optional.empty(), "no"), INVALID)),
                "a rejection naming no reason is a plain pass, as in a vector run");
        assertEquals(Verdict.PASS_OTHER_REASON,
                ProducerMatrixView.verdict(answered(AdapterOutcome.reject(Reason.ROLLBACK, "older"), INVALID)));
        assertEquals(Verdict.FAIL_ACCEPTED, ProducerMatrixView.verdict(answered(ACCEPT, INVALID)));
        assertEquals(Verdict.FAIL_REJECTED, ProducerMatrixView.verdict(answered(INVALID, ACCEPT)));
        assertEquals(Verdict.UNSUPPORTED, ProducerMatrixView.verdict(answered(AdapterOutcome.unsupported("no"), ACCEPT)));
        assertEquals(Verdict.TIMEOUT, ProducerMatrixView.verdict(answered(AdapterOutcome.timeout("slow"), ACCEPT)));
        assertEquals(Verdict.CRASH, ProducerMatrixView.verdict(answered(AdapterOutcome.crash("died"), ACCEPT)));
        assertEquals(Verdict.CRASH, ProducerMatrixView.verdict(answered(AdapterOutcome.protocolViolation("garbled"), ACCEPT)));
        assertEquals(Verdict.NOT_APPLICABLE, ProducerMatrixView.verdict(InteropCell.notApplicable("v", "no suit layer")));

        assertEquals(Verdict.TIMEOUT, ProducerMatrixView.conformance(Production.of("p", Algorithm.ES256, "example-0",
                SignOutcome.timeout("slow"), Optional.empty(), List.of())));
        assertEquals(Verdict.CRASH, ProducerMatrixView.conformance(Production.of("p", Algorithm.ES256, "example-0",
                SignOutcome.protocolViolation("garbled"), Optional.empty(), List.of())));
    }

    @Test
    void aCellOverSeveralManifestsShowsTheMostCostlyVerdict() {
        Production passes = envelope("example-0", ACCEPT, answered(ACCEPT, ACCEPT));
        Production refused = envelope("example-1", ACCEPT, answered(INVALID, ACCEPT));
        Production otherReason = envelope("install", INVALID, answered(AdapterOutcome.reject(Reason.ROLLBACK, "older"), INVALID));

        InteropView.Cell mixed = ProducerMatrixView.verified("v", List.of(passes, refused, otherReason));
        assertEquals(Optional.of(Verdict.FAIL_REJECTED), mixed.verdict());
        assertEquals(3, mixed.explanation().split(" \\| ").length, mixed.explanation());
        assertEquals(Optional.of(Verdict.PASS_OTHER_REASON),
                ProducerMatrixView.verified("v", List.of(passes, otherReason)).verdict());
        assertEquals(Optional.of(Verdict.FAIL_REJECTED), ProducerMatrixView.conformance(List.of(passes, otherReason)).verdict(),
                "one non-conformant envelope makes the producer non-conformant");
        Production unsigned = Production.of("p", Algorithm.ES256, "example-1", SignOutcome.crash("died"), Optional.empty(),
                List.of());
        InteropView.Cell partly = ProducerMatrixView.verified("v", List.of(passes, unsigned));
        assertEquals(Optional.of(Verdict.PASS), partly.verdict(), "judged on the envelopes there are");
        assertTrue(partly.explanation().contains(" | no envelope to verify: p crashed signing example-1 with ES256"),
                partly.explanation());
        assertFalse(ProducerMatrixView.verified("v", List.of(unsigned)).verdict().isPresent());
    }
}
