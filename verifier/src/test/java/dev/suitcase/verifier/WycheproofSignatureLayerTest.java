package dev.suitcase.verifier;

import com.upokecenter.cbor.CBORObject;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every vector of the Wycheproof ECDSA P-256 (IEEE P1363, raw r‖s) and Ed25519 files (C2SP/wycheproof,
 * copied to shared/external/wycheproof with their provenance) runs through the signature layer
 * unchanged, its key turned into a COSE_Key exactly as for a vector of our own. The reference
 * verifier agrees with each one: "valid" is accepted; "invalid" is rejected for a key or signature
 * reason. The v1 files hold no "acceptable" vector: Wycheproof reclassified the former ones as
 * invalid with bugType LEGACY (e.g. the 12 P1363 SignatureSize vectors, r‖s shorter than 64 bytes,
 * which COSE forbids). Should a newer file mark one acceptable, its test fails and names the flags,
 * so the policy for it is decided and written down rather than left to chance.
 */
class WycheproofSignatureLayerTest {
    private static final Path WYCHEPROOF = Path.of(System.getProperty("suitcase.root", "."))
            .resolve("vectors/sources/wycheproof").normalize();
    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(VerifierOptions.DEFAULT);
    private static final Set<Reason> SIGNATURE_REJECTIONS =
            EnumSet.of(Reason.BAD_KEY, Reason.SIGNATURE_MALFORMED, Reason.SIGNATURE_INVALID);

    @TestFactory
    List<DynamicTest> ecdsaP256P1363() {
        return vectors("ecdsa_secp256r1_sha256_p1363_test.json", 262, Algorithm.ES256, group -> {
            JsonNode key = group.get("publicKey");
            return CBORObject.NewOrderedMap().Add(1, 2).Add(-1, 1)
                    .Add(-2, coordinate(key.get("wx").asString()))
                    .Add(-3, coordinate(key.get("wy").asString()))
                    .EncodeToBytes();
        });
    }

    @TestFactory
    List<DynamicTest> ed25519() {
        return vectors("ed25519_test.json", 151, Algorithm.ED25519, group -> CBORObject.NewOrderedMap()
                .Add(1, 1).Add(-1, 6).Add(-2, HexFormat.of().parseHex(group.get("publicKey").get("pk").asString()))
                .EncodeToBytes());
    }

    private interface KeyEncoder {
        byte[] coseKey(JsonNode group);
    }

    private static List<DynamicTest> vectors(String file, int expectedCount, Algorithm algorithm, KeyEncoder keys) {
        Path path = WYCHEPROOF.resolve(file);
        assertTrue(Files.isRegularFile(path),
                "Wycheproof vectors not found at " + path + " (the copy the corpus is imported from, vectors/sources/wycheproof)");
        JsonNode root = JsonMapper.builder().build().readTree(path.toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : root.get("testGroups")) {
            byte[] coseKey = keys.coseKey(group);
            for (JsonNode test : group.get("tests")) {
                int tcId = test.get("tcId").asInt();
                String result = test.get("result").asString();
                byte[] message = HexFormat.of().parseHex(test.get("msg").asString());
                byte[] signature = HexFormat.of().parseHex(test.get("sig").asString());
                String name = "tcId " + tcId + " " + result + " " + test.get("flags") + ": " + test.get("comment").asString();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Outcome outcome = VERIFIER.verifySignature(algorithm, coseKey, message, signature);
                    switch (result) {
                        case "valid" -> assertTrue(outcome.accepted(), "valid vector rejected: " + outcome);
                        case "invalid" -> assertTrue(outcome.reason().filter(SIGNATURE_REJECTIONS::contains).isPresent(),
                                "invalid vector must be rejected for a key or signature reason, got: " + outcome);
                        case "acceptable" -> fail("Wycheproof marks this vector acceptable (flags " + test.get("flags")
                                + "); decide the reference verifier's policy for these flags and document it here");
                        default -> fail("unknown Wycheproof result '" + result + "'");
                    }
                }));
            }
        }
        assertEquals(expectedCount, tests.size(), file + " should hold " + expectedCount + " vectors");
        return tests;
    }

    /** Wycheproof writes coordinates as signed big-endian hex, sometimes with a leading 00. */
    private static byte[] coordinate(String hex) {
        return BigIntegers.asUnsignedByteArray(32, new BigInteger(hex, 16));
    }
}
