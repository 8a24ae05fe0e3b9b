package dev.suitcase.runner.report;

import dev.suitcase.runner.fixtures.InteropResults;
import dev.suitcase.runner.interop.InteropId;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.verifier.Algorithm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.suitcase.runner.fixtures.InteropResults.BROKEN;
import static dev.suitcase.runner.fixtures.InteropResults.FLIPPER;
import static dev.suitcase.runner.fixtures.InteropResults.IMPOSTOR;
import static dev.suitcase.runner.fixtures.InteropResults.JDK;
import static dev.suitcase.runner.fixtures.InteropResults.NO;
import static dev.suitcase.runner.fixtures.InteropResults.REFERENCE;
import static dev.suitcase.runner.fixtures.InteropResults.TINK;
import static dev.suitcase.runner.fixtures.InteropResults.YES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tables drawn from a real run's judged results: every cell a verdict the Judge gave, none made here. */
class ProducerMatrixViewTest {
    private static InteropView.Table table() {
        List<InteropView.Table> tables = ProducerMatrixView.of(InteropResults.es256()).tables();
        assertEquals(List.of("ES256"), tables.stream().map(InteropView.Table::algorithm).toList());
        return tables.get(0);
    }

    private static InteropView.Cell cell(String producer, String column) {
        InteropView.Table table = table();
        InteropView.Row row = table.rows().stream().filter(candidate -> candidate.producer().equals(producer)).findFirst()
                .orElseThrow();
        return row.cells().get(table.verifiers().indexOf(column));
    }

    private static Result result(InteropId.Kind kind, String manifest, String producer, String adapter) {
        Results results = InteropResults.es256();
        return results.find(InteropId.of(kind, Algorithm.ES256, manifest, producer).vectorId(), adapter).orElseThrow();
    }

    @Test
    void theProducersGoDownAndTheirConformanceThenTheVerifiersAcross() {
        InteropView.Table table = table();

        assertEquals(List.of(ProducerMatrixView.CONFORMANCE_COLUMN, REFERENCE, JDK, TINK, YES, NO), table.verifiers(),
                "the producers that only sign get no column");
        assertEquals(List.of(REFERENCE, IMPOSTOR, FLIPPER, BROKEN), table.rows().stream().map(InteropView.Row::producer).toList());
    }

    @Test
    void theConformanceColumnIsEachProducersOwnVerdict() {
        assertEquals(Optional.of(Verdict.PASS), cell(REFERENCE, ProducerMatrixView.CONFORMANCE_COLUMN).verdict());
        InteropView.Cell impostor = cell(IMPOSTOR, ProducerMatrixView.CONFORMANCE_COLUMN);
        assertEquals(Optional.of(Verdict.FAIL_REJECTED), impostor.verdict());
        assertTrue(impostor.explanation().contains("which the reference verifier rejects with SIGNATURE_INVALID"),
                impostor.explanation());
        assertEquals(Optional.of(Verdict.CRASH), cell(BROKEN, ProducerMatrixView.CONFORMANCE_COLUMN).verdict());
        assertEquals(result(InteropId.Kind.SIGNED, "example-0", IMPOSTOR, IMPOSTOR).explanation(),
                impostor.explanation().split(" \\| ")[0], "the cell shows the judged results, manifest by manifest");
    }

    @Test
    void aVerifierCellShowsTheMostCostlyVerdictOnTheWholeEnvelopeOrOnItsCoseSign1() {
        assertEquals("PASS", cell(REFERENCE, REFERENCE).label());
        assertEquals("PASS (cose)", cell(REFERENCE, JDK).label(), "jdk verifies COSE_Sign1 messages, not envelopes");
        assertEquals("FAIL_REJECTED (cose)", cell(REFERENCE, NO).label());
        assertEquals("FAIL_ACCEPTED", cell(IMPOSTOR, YES).label());
        assertEquals("PASS (cose)", cell(IMPOSTOR, NO).label(), "rejecting a forged signature is right");
        // the flipped bit is in the manifest, not in the COSE_Sign1: a COSE-only verifier rightly accepts the signature
        assertEquals("PASS (cose)", cell(FLIPPER, JDK).label());
        assertEquals(Verdict.FAIL_REJECTED, result(InteropId.Kind.COSE_SIGN1, "install", FLIPPER, NO).verdict());
        assertEquals(Verdict.PASS, result(InteropId.Kind.ENVELOPE, "install", FLIPPER, REFERENCE).verdict());
        InteropView.Cell tink = cell(REFERENCE, TINK);
        assertEquals(Optional.of(Verdict.NOT_APPLICABLE), tink.verdict());
        assertTrue(tink.explanation().contains("does not implement layer suit"), tink.explanation());
        assertTrue(tink.explanation().contains("does not implement layer cose"), tink.explanation());
    }

    @Test
    void aProducerWithoutEnvelopesLeavesItsVerifierCellsNotRunAndSaysWhy() {
        InteropView.Cell cell = cell(BROKEN, REFERENCE);

        assertEquals("not run", cell.label());
        assertTrue(cell.explanation().startsWith("no envelope of example-0 to verify: crashed on \""), cell.explanation());
        assertTrue(cell.explanation().contains("no signer configured"), cell.explanation());
    }

    @Test
    void theNotesListWhatIsNotAPassWithWhoseItIs() {
        List<String> notes = table().notes();

        assertTrue(notes.contains(IMPOSTOR + ": " + result(InteropId.Kind.SIGNED, "example-0", IMPOSTOR, IMPOSTOR).explanation()),
                notes.toString());
        assertTrue(notes.contains(YES + ": " + result(InteropId.Kind.ENVELOPE, "install", FLIPPER, YES).explanation()),
                notes.toString());
        assertTrue(notes.stream().anyMatch(note -> note.startsWith(TINK + ": not applicable: ")), notes.toString());
        assertTrue(notes.stream().noneMatch(note -> note.startsWith(REFERENCE + ": ")), "the reference passes: " + notes);
    }

    @Test
    void aRunWithoutTheMatrixHasNoTable() {
        assertEquals(List.of(), ProducerMatrixView.of(ReportFixtures.finished()).tables());
    }
}
