package dev.suitcase.runner.cli;

import dev.suitcase.testkeys.Ed25519TestKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

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
    void zip215AcceptsASignatureWhoseRIsEncodedNonCanonicallyAtTheSignatureLayer() throws IOException {
        NonCanonicalR signer = new NonCanonicalR();
        byte[] message = "firmware".getBytes(StandardCharsets.US_ASCII);
        Path key = Files.write(temp.resolve("key.cose"), signer.coseKey());
        Path input = Files.write(temp.resolve("message.bin"), message);
        Path signature = Files.write(temp.resolve("signature.bin"), signer.sign(message));
        String[] args = {"verify", "--layer", "signature", "--alg", "Ed25519", "--key", key.toString(), "--input",
            input.toString(), "--signature", signature.toString()};

        CommandRun zip215 = CommandRun.of(withProfile(args, "ed25519-zip215"));
        assertEquals(0, zip215.exit(), zip215.out() + zip215.err());
        assertEquals("{\"outcome\":\"accept\"}", zip215.out().trim());

        CommandRun rfc8032 = CommandRun.of(args);
        assertEquals(1, rfc8032.exit(), rfc8032.out() + rfc8032.err());
        assertTrue(rfc8032.out().contains("\"reason\":\"SIGNATURE_MALFORMED\"") && rfc8032.out().contains("non-canonical"),
                rfc8032.out());
        CommandRun strict = CommandRun.of(withProfile(args, "ed25519-strict"));
        assertEquals(1, strict.exit(), strict.out() + strict.err());
    }

    @Test
    void zip215AcceptsACoseSign1WhoseRIsEncodedNonCanonically() throws IOException {
        NonCanonicalR signer = new NonCanonicalR();
        byte[] protectedHeader = HexFormat.of().parseHex("a10132"); // {1: -19}, alg Ed25519
        byte[] payload = "firmware".getBytes(StandardCharsets.US_ASCII);
        // Sig_structure = ["Signature1", protected, external_aad = h'', payload] (RFC 9052 §4.4)
        byte[] toBeSigned = concat(HexFormat.of().parseHex("846a5369676e61747572653143"), protectedHeader,
                HexFormat.of().parseHex("4048"), payload);
        byte[] coseSign1 = concat(HexFormat.of().parseHex("d28443"), protectedHeader, HexFormat.of().parseHex("a048"),
                payload, HexFormat.of().parseHex("5840"), signer.sign(toBeSigned));
        Path key = Files.write(temp.resolve("key.cose"), signer.coseKey());
        Path input = Files.write(temp.resolve("sign1.cbor"), coseSign1);
        String[] args = {"verify", "--layer", "cose", "--key", key.toString(), "--input", input.toString()};

        CommandRun zip215 = CommandRun.of(withProfile(args, "ed25519-zip215"));
        assertEquals(0, zip215.exit(), zip215.out() + zip215.err());
        CommandRun rfc8032 = CommandRun.of(args);
        assertEquals(1, rfc8032.exit(), rfc8032.out() + rfc8032.err());
        assertTrue(rfc8032.out().contains("\"reason\":\"SIGNATURE_MALFORMED\""), rfc8032.out());
    }

    /**
     * An Ed25519 signer (RFC 8032 §7.1 TEST 1's private key) whose R is the identity point written
     * with y = p + 1, a non-canonical encoding that fits in 255 bits: S = k a mod L, k hashed over
     * that R as written, so [S]B = R + [k]A holds and ZIP 215, which reduces y modulo p, accepts,
     * while RFC 8032 §5.1.3 decoding refuses R.
     */
    private static final class NonCanonicalR {
        private static final BigInteger L = BigInteger.TWO.pow(252)
                .add(new BigInteger("27742317777372353535851937790883648493"));
        private static final Ed25519TestKey KEY = Ed25519TestKey.RFC8032_TEST_1;
        private static final byte[] R = HexFormat.of().parseHex(
                "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");

        private final byte[] publicKey = KEY.publicKey();
        private final BigInteger secretScalar;

        NonCanonicalR() {
            byte[] scalar = Arrays.copyOf(sha512(KEY.seed()), 32);
            scalar[0] &= (byte) 0xf8;
            scalar[31] &= 0x7f;
            scalar[31] |= 0x40;
            secretScalar = littleEndian(scalar);
        }

        /** The OKP COSE_Key {1: 1, -1: 6, -2: A}. */
        byte[] coseKey() {
            return concat(HexFormat.of().parseHex("a301012006215820"), publicKey);
        }

        byte[] sign(byte[] message) {
            BigInteger k = littleEndian(sha512(R, publicKey, message)).mod(L);
            byte[] s = k.multiply(secretScalar).mod(L).toByteArray();
            byte[] signature = Arrays.copyOf(R, 64);
            for (int i = 0; i < s.length && i < 32; i++) {
                signature[32 + i] = s[s.length - 1 - i];
            }
            return signature;
        }

        private static BigInteger littleEndian(byte[] bytes) {
            byte[] bigEndian = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                bigEndian[i] = bytes[bytes.length - 1 - i];
            }
            return new BigInteger(1, bigEndian);
        }

        private static byte[] sha512(byte[]... parts) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-512");
                for (byte[] part : parts) {
                    digest.update(part);
                }
                return digest.digest();
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static String[] withProfile(String[] args, String profile) {
        String[] more = Arrays.copyOf(args, args.length + 2);
        more[args.length] = "--profile";
        more[args.length + 1] = profile;
        return more;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
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
    void aDeviceFileThatIsNotJsonIsOneLineNamingWhere() throws IOException {
        String[][] contents = {{"not json {", "Unrecognized token 'not'"}, {"[1,\n2", "end-of-input"}, {"", "is empty"}};
        for (String[] content : contents) {
            Path device = Files.writeString(temp.resolve("device.json"), content[0]);
            CommandRun run = CommandRun.of("verify", "--layer", "suit", "--hex", "--key", example("example-key.cose.hex"),
                    "--input", example("example0-signed.hex"), "--device", device.toString()).assertUsageError("verify");
            String[] lines = run.err().split("\n");
            assertEquals(2, lines.length, "one line and the hint: " + run.err());
            assertTrue(lines[0].startsWith("suitcase verify: --device: " + device + ": "), run.err());
            assertTrue(lines[0].contains(content[1]), run.err());
            assertFalse(run.err().contains("Source"), "no Jackson internals: " + run.err());
        }
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
            {"verify", "--layer", "cose", "--profile", "ed25519-strict", "--profile", "ed25519-zip215", "--key",
                example("example-key.cose.hex"), "--input", example("example-key.cose.hex")},
            {"verify", "--layer", "cose", "--profile", "ed25519-lenient", "--key", example("example-key.cose.hex"),
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
