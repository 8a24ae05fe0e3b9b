package dev.suitcase.runner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusCommandsTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", ".."));

    @TempDir
    Path temp;

    @Test
    void listsTheBuiltInCorpusFilteredByGlobLayerAndAlgorithm() {
        CommandRun run = CommandRun.of("list", "--filter", "suit.*.spec-example.*");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("suit.es256.spec-example.example-0"), run.out());
        assertTrue(run.out().contains("suit.any.spec-example."), run.out());
        assertTrue(run.out().lines().filter(line -> line.startsWith("signature.")).findAny().isEmpty(), run.out());
        CommandRun es256 = CommandRun.of("list", "--layer", "suit", "--alg", "ES256");
        assertTrue(es256.out().lines().filter(line -> line.startsWith("suit.")).allMatch(l -> l.startsWith("suit.es256.")),
                es256.out());
        CommandRun any = CommandRun.of("list", "--layer", "suit", "--alg", "any");
        assertTrue(any.out().contains("suit.any.spec-example."), any.out());
        assertTrue(!any.out().contains("suit.es256."), any.out());
    }

    @Test
    void showsAVectorWithItsRequirementsAndTheMarkedInput() {
        CommandRun run = CommandRun.of("show", "suit.any.spec-example.example-0-unsigned");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("expect      reject AUTHENTICATION_MISSING"), run.out());
        assertTrue(run.out().contains("reference   reject AUTHENTICATION_MISSING by suit.auth.block-missing"), run.out());
        assertTrue(run.out().contains("isolates    suit.auth.block-missing: a processor that skips exactly this check "
                + "accepts the vector"), run.out());
        assertTrue(run.out().contains("Requirements:"), run.out());
        assertTrue(run.out().contains("107({"), run.out());
        assertTrue(run.out().contains("/ <- AUTHENTICATION_MISSING /"), run.out());
    }

    @Test
    void reportsAnUnknownIdAsAUsageError() {
        CommandRun run = CommandRun.of("show", "cose.es256.no.such-vector");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no vector with id 'cose.es256.no.such-vector'"), run.err());
    }

    @Test
    void reportsAGlobThatDoesNotCompileAsAUsageError() {
        CommandRun run = CommandRun.of("list", "--filter", "cose.[a");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("suitcase list: --filter: 'cose.[a' is not a valid glob"), run.err());
    }

    @Test
    void coverageExitsZeroExactlyWhenEveryRequirementAndEveryCheckIsCovered() {
        CommandRun run = CommandRun.of("coverage");
        boolean allCovered = run.out().contains("requirements are covered")
                && run.out().contains(" 0 checks without a vector.");
        assertEquals(allCovered ? 0 : 1, run.exit(), run.out());
        assertTrue(run.out().contains("SUITM-8.3-manifest-digest"), run.out());
    }

    @Test
    void coveragePrintsTheThreeCheckCounts() {
        CommandRun run = CommandRun.of("coverage");
        assertTrue(run.out().matches("(?s).*Checks of the reference verifier: \\d+ vectors isolate a check, \\d+ "
                + "robustness vectors, \\d+ checks without a vector.*"), run.out());
    }

    @Test
    void exportsEachVectorAsPlainFiles() throws IOException {
        CommandRun run = CommandRun.of("export", "--dir", temp.toString(), "--filter", "suit.es256.spec-example.example-0");
        assertEquals(0, run.exit(), run.err());
        Path folder = temp.resolve("suit.es256.spec-example.example-0");
        assertTrue(Files.size(folder.resolve("envelope.suit")) > 100);
        assertTrue(Files.readString(folder.resolve("device.json")).contains("fa6b4a53d5ad5fdfbe9de663e4d41ffe"));
        assertTrue(Files.readString(folder.resolve("vector.json")).contains("\"key-1.cose\""));
        // the exported files are exactly what `suitcase verify` takes
        CommandRun verify = CommandRun.of("verify", "--layer", "suit", "--input", folder.resolve("envelope.suit").toString(),
                "--key", folder.resolve("key-1.cose").toString(), "--device", folder.resolve("device.json").toString());
        assertEquals(0, verify.exit(), verify.out() + verify.err());
    }

    @Test
    void exportsTheAlgorithmACoseVectorAllowsForVerifyToTake() throws IOException {
        String id = "cose.es256.allowed.sibling-only";
        CommandRun run = CommandRun.of("export", "--dir", temp.toString(), "--filter", id);
        assertEquals(0, run.exit(), run.err());
        Path folder = temp.resolve(id);
        assertTrue(Files.readString(folder.resolve("vector.json")).contains("\"allowedAlgorithm\": \"ESP256\""),
                Files.readString(folder.resolve("vector.json")));
        // with the allowed algorithm as --alg, `suitcase verify` gives the vector's verdict
        CommandRun verify = CommandRun.of("verify", "--layer", "cose", "--input", folder.resolve("cose-sign1.cbor").toString(),
                "--key", folder.resolve("key-1.cose").toString(), "--alg", "ESP256");
        assertTrue(verify.out().contains("UNSUPPORTED_ALGORITHM"), verify.out() + verify.err());
    }

    @Test
    void showsTheAlgorithmACoseVectorAllowsAndTheCheckThatRejectsIt() {
        CommandRun run = CommandRun.of("show", "cose.eddsa.allowed.sibling-only");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("allowed algorithm Ed25519 (-19) only"), run.out());
        assertTrue(run.out().contains("reference   reject UNSUPPORTED_ALGORITHM by cose.alg.not-allowed"), run.out());
    }

    @Test
    void importsAWycheproofFileAsACorpusUsableWithCorpus() {
        Path source = ROOT.resolve("vectors/sources/wycheproof/ed25519_test.json");
        Path out = temp.resolve("imported");
        CommandRun run = CommandRun.of("import", "wycheproof", source.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("imported 151 vectors"), run.out());
        CommandRun list = CommandRun.of("list", "--corpus", out.toString());
        assertTrue(list.out().contains("151 of 151 vectors"), list.out());
    }

    @Test
    void rejectsACorruptCorpusWithTheFileNamed() throws IOException {
        Path corpus = temp.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("index.json"), "{\"corpusVersion\": 1");
        CommandRun run = CommandRun.of("list", "--corpus", corpus.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("index.json"), run.err());
    }
}
