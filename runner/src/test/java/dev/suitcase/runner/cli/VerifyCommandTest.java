package dev.suitcase.runner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyCommandTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("suitcase.root", ".."), "docs", "examples");

    @TempDir
    Path temp;

    private static String example(String name) {
        return EXAMPLES.resolve(name).toString();
    }

    @Test
    void acceptsTheSpecExampleAtTheCoseLayerAndExitsZero() {
        CommandRun run = CommandRun.of("verify", "--layer", "cose", "--hex", "--key", example("example-key.cose.hex"),
                "--input", example("example0-cose-sign1.hex"), "--payload", example("example0-detached-payload.hex"));
        assertEquals(0, run.exit(), run.err());
        assertEquals("{\"outcome\":\"accept\"}", run.out().trim());
    }

    @Test
    void rejectsATamperedPayloadWithReasonAndDetailAndExitsOne() throws IOException {
        String payload = Files.readString(EXAMPLES.resolve("example0-detached-payload.hex")).trim();
        Path tampered = temp.resolve("payload.hex");
        Files.writeString(tampered, payload.substring(0, payload.length() - 1) + (payload.endsWith("0") ? "1" : "0"));
        CommandRun run = CommandRun.of("verify", "--layer", "cose", "--hex", "--key", example("example-key.cose.hex"),
                "--input", example("example0-cose-sign1.hex"), "--payload", tampered.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("\"outcome\":\"reject\",\"reason\":\"SIGNATURE_INVALID\",\"detail\":"), run.out());
    }

    @Test
    void restrictsTheCoseAlgorithmWithAlg() {
        CommandRun run = CommandRun.of("verify", "--layer", "cose", "--alg", "ESP256", "--hex", "--key",
                example("example-key.cose.hex"), "--input", example("example0-cose-sign1.hex"), "--payload",
                example("example0-detached-payload.hex"));
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("UNSUPPORTED_ALGORITHM"), run.out());
    }

    @Test
    void verifiesAtTheSignatureLayerFromRawFiles() throws IOException {
        // RFC 8032 §7.1 TEST 1: empty message
        Path key = temp.resolve("key.cose");
        Files.write(key, java.util.HexFormat.of().parseHex(
                "a3010120062158" + "20d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        Path message = Files.write(temp.resolve("message.bin"), new byte[0]);
        Path signature = Files.write(temp.resolve("signature.bin"), java.util.HexFormat.of().parseHex(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
        CommandRun run = CommandRun.of("verify", "--layer", "signature", "--alg", "Ed25519", "--key", key.toString(),
                "--input", message.toString(), "--signature", signature.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @Test
    void acceptsTheSpecExampleEnvelopeAtApplicabilityWithATrace() {
        CommandRun run = CommandRun.of("verify", "--layer", "suit", "--hex", "--key", example("example-key.cose.hex"),
                "--input", example("example0-signed.hex"), "--device", example("example-device.json"));
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("{\"outcome\":\"accept\",\"trace\":{\"sequenceNumber\":0,"), run.out());
        assertTrue(run.out().contains("suit-condition-class-identifier (2) on component [h'00']: holds"), run.out());
    }

    @Test
    void rejectsTheSpecExampleForAnotherDeviceClass() throws IOException {
        Path otherClass = Files.writeString(temp.resolve("device.json"), Files.readString(
                EXAMPLES.resolve("example-device.json")).replace("1492af1425695e48bf429b2d51f2ab45",
                "00000000000000000000000000000000"));
        CommandRun run = CommandRun.of("verify", "--layer", "suit", "--hex", "--key", example("example-key.cose.hex"),
                "--input", example("example0-signed.hex"), "--device", otherClass.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("\"reason\":\"CONDITION_FAILED\""), run.out());
    }

    @Test
    void rejectsABadDeviceFileAsAUsageError() throws IOException {
        Path noClass = Files.writeString(temp.resolve("device.json"), "{\"vendorId\": \"00\"}");
        CommandRun run = CommandRun.of("verify", "--layer", "suit", "--hex", "--key", example("example-key.cose.hex"),
                "--input", example("example0-signed.hex"), "--device", noClass.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--device"), run.err());
        Path shortVendor = Files.writeString(temp.resolve("short.json"),
                "{\"vendorId\": \"00\", \"classId\": \"00\", \"sequenceNumber\": 0, \"components\": []}");
        CommandRun shortRun = CommandRun.of("verify", "--layer", "suit", "--hex", "--key", example("example-key.cose.hex"),
                "--input", example("example0-signed.hex"), "--device", shortVendor.toString());
        assertEquals(2, shortRun.exit(), shortRun.err());
        assertTrue(shortRun.err().contains("16 bytes"), shortRun.err());
        CommandRun scope = CommandRun.of("verify", "--layer", "suit", "--hex", "--key", example("example-key.cose.hex"),
                "--input", example("example0-signed.hex"), "--device", example("example-device.json"), "--scope", "flash");
        assertEquals(2, scope.exit());
        assertTrue(scope.err().contains("unknown scope 'flash'"), scope.err());
    }

    @Test
    void usageErrorsExitTwoWithAMessageAndNoStackTrace() throws IOException {
        Path notHex = Files.writeString(temp.resolve("bad.hex"), "zz");
        String[][] mistakes = {
            {"verify", "--layer", "radio", "--key", "k", "--input", "i"},
            {"verify", "--layer", "cose", "--key", temp.resolve("missing").toString(), "--input", "i"},
            {"verify", "--layer", "cose", "--hex", "--key", notHex.toString(), "--input", notHex.toString()},
            {"verify", "--layer", "signature", "--key", example("example-key.cose.hex"), "--input",
                example("example-key.cose.hex"), "--signature", example("example-key.cose.hex")},
            {"verify", "--layer", "cose", "--alg", "RS256", "--key", example("example-key.cose.hex"),
                "--input", example("example-key.cose.hex")},
            {"verify", "--layer", "cose", "--profile", "ed25519-zip215", "--key", example("example-key.cose.hex"),
                "--input", example("example-key.cose.hex")},
            {"verify", "--no-such-option"},
            {"frobnicate"},
            {},
        };
        for (String[] args : mistakes) {
            CommandRun run = CommandRun.of(args);
            assertEquals(2, run.exit(), String.join(" ", args) + " -> " + run.err());
            assertTrue(run.err().startsWith("suitcase"), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
    }
}
