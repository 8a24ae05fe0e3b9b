package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every vector of the Wycheproof files for the two primitives (C2SP/wycheproof, copied to
 * shared/external/wycheproof with their provenance), run through {@link P256PublicKey} and
 * {@link Ed25519PublicKey} with the default options, as a verifier built from a COSE key would
 * run them: a public key that fails the key checks counts as a rejection of each of its tests.
 *
 * <p>"valid" must be accepted; "invalid" must be rejected, for a signature or key reason. The v1
 * files used here contain no "acceptable" vector: Wycheproof reclassified the former ones as
 * invalid with bugType LEGACY (e.g. the 12 P1363 SignatureSize vectors, r ‖ s shorter than 64
 * bytes, which COSE forbids). Should a newer file mark a vector acceptable, its test fails and names
 * the flags, so that the reference verifier's policy for it is decided and written down here
 * rather than left to chance.
 */
class WycheproofTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Set<Reason> SIGNATURE_REJECTIONS =
            EnumSet.of(Reason.BAD_KEY, Reason.SIGNATURE_MALFORMED, Reason.SIGNATURE_INVALID);

    @TestFactory
    Stream<DynamicTest> ecdsaSecp256r1Sha256P1363() {
        JsonNode file = read("ecdsa_secp256r1_sha256_p1363_test.json");
        assertEquals("ecdsa_p1363_verify_schema_v1.json", file.get("schema").asString());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : file.get("testGroups")) {
            assertEquals("EcdsaP1363Verify", group.get("type").asString());
            assertEquals("secp256r1", group.get("publicKey").get("curve").asString());
            assertEquals("SHA-256", group.get("sha").asString());
            byte[] uncompressed = HEX.parseHex(group.get("publicKey").get("uncompressed").asString());
            assertEquals(65, uncompressed.length);
            assertEquals(0x04, uncompressed[0]);
            Supplier<PublicKey> key = () -> P256PublicKey.fromCoordinates(
                    Arrays.copyOfRange(uncompressed, 1, 33), Arrays.copyOfRange(uncompressed, 33, 65));
            addTests(tests, group, key);
        }
        assertEquals(file.get("numberOfTests").asInt(), tests.size(), "every test of the file is run");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> ed25519() {
        JsonNode file = read("ed25519_test.json");
        assertEquals("eddsa_verify_schema_v1.json", file.get("schema").asString());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : file.get("testGroups")) {
            assertEquals("EddsaVerify", group.get("type").asString());
            assertEquals("edwards25519", group.get("publicKey").get("curve").asString());
            byte[] encoded = HEX.parseHex(group.get("publicKey").get("pk").asString());
            addTests(tests, group, () -> Ed25519PublicKey.fromEncoded(encoded));
        }
        assertEquals(file.get("numberOfTests").asInt(), tests.size(), "every test of the file is run");
        return tests.stream();
    }

    private static void addTests(List<DynamicTest> tests, JsonNode group, Supplier<PublicKey> key) {
        for (JsonNode test : group.get("tests")) {
            int id = test.get("tcId").asInt();
            String result = test.get("result").asString();
            List<String> flags = new ArrayList<>();
            test.get("flags").forEach(flag -> flags.add(flag.asString()));
            byte[] message = HEX.parseHex(test.get("msg").asString());
            byte[] signature = HEX.parseHex(test.get("sig").asString());
            String name = "tcId " + id + " " + result + " " + flags + ": " + test.get("comment").asString();
            tests.add(DynamicTest.dynamicTest(name, () -> check(result, flags, key, message, signature)));
        }
    }

    private static void check(String result, List<String> flags, Supplier<PublicKey> key, byte[] message,
            byte[] signature) {
        Optional<Rejection> rejection = rejectionOf(key, message, signature);
        switch (result) {
            case "valid" -> rejection.ifPresent(rejected -> fail("valid vector rejected: "
                    + rejected.reason() + ": " + rejected.detail()));
            case "invalid" -> {
                assertTrue(rejection.isPresent(), "invalid vector accepted");
                assertTrue(SIGNATURE_REJECTIONS.contains(rejection.get().reason()),
                        "rejected for " + rejection.get().reason() + ": " + rejection.get().detail());
            }
            case "acceptable" -> fail("Wycheproof marks this vector acceptable (flags " + flags + "); decide the "
                    + "reference verifier's policy for these flags and document it in this test");
            default -> fail("unknown Wycheproof result '" + result + "'");
        }
    }

    /** Builds the key and verifies; any exception other than a Rejection escapes and errors the test. */
    private static Optional<Rejection> rejectionOf(Supplier<PublicKey> key, byte[] message, byte[] signature) {
        try {
            key.get().verify(message, signature, VerifierOptions.DEFAULT);
            return Optional.empty();
        } catch (Rejection rejection) {
            return Optional.of(rejection);
        }
    }

    private static JsonNode read(String fileName) {
        String root = System.getProperty("suitcase.root");
        Assumptions.assumeTrue(root != null, "system property suitcase.root is not set (Surefire sets it to the "
                + "reactor root); cannot locate shared/external/wycheproof");
        Path folder = Path.of(root, "..", "shared", "external", "wycheproof").normalize();
        Path file = folder.resolve(fileName);
        Assumptions.assumeTrue(Files.isRegularFile(file), "Wycheproof folder " + folder + " or its file " + fileName
                + " is missing; these vectors are skipped");
        return new ObjectMapper().readTree(file.toFile());
    }
}
