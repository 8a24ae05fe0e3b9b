package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The 12 vectors of "Taming the many EdDSAs" (novifinancial/ed25519-speccheck {@code cases.json},
 * provenance in the resource folder's README.md), each with the reference verifier's verdict under
 * {@code ed25519-rfc8032}, {@code ed25519-strict} and {@code ed25519-zip215} and the reason for it. In the upstream table
 * "small" means a point of order dividing 8, "mixed" a point with a non-zero torsion component
 * that is not small, and L a point of prime order.
 */
class SpeccheckVectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final VerifierOptions RFC8032 = VerifierOptions.DEFAULT;
    private static final VerifierOptions STRICT = RFC8032.with(Profile.ED25519_STRICT);
    private static final VerifierOptions ZIP215 = RFC8032.with(Profile.ED25519_ZIP215);

    /** Expected verdicts; an empty Optional is acceptance. */
    private record Expectation(int index, Optional<Reason> rfc8032, Optional<Reason> strict, Optional<Reason> zip215,
                               String why) {
    }

    private static final List<Expectation> EXPECTATIONS = List.of(
            new Expectation(0, reject(Reason.BAD_KEY), reject(Reason.BAD_KEY), accept(),
                    "A is a point of order 8 (R too, S = 0): small-order keys are rejected by the RFC 8032 profiles; "
                            + "ZIP 215 takes them, and [8]A and [8]R vanish"),
            new Expectation(1, reject(Reason.BAD_KEY), reject(Reason.BAD_KEY), accept(),
                    "A is the same order-8 point (R mixed): rejected at the key whatever the signature, but by ZIP 215"),
            new Expectation(2, accept(), reject(Reason.SIGNATURE_MALFORMED), accept(),
                    "A mixed, R of order 8, both equations hold: RFC 8032 allows a small-order R, "
                            + "ed25519-strict rejects it"),
            new Expectation(3, accept(), accept(), accept(),
                    "A and R mixed, both equations hold: mixed order is not small order, so strict accepts too"),
            new Expectation(4, accept(), accept(), accept(),
                    "A and R mixed, only the cofactored equation holds: BouncyCastle's equation is cofactored, and "
                            + "ed25519-rfc8032 allows either equation"),
            new Expectation(5, accept(), accept(), accept(),
                    "A mixed, R of order L, cofactored holds unless 8k is reduced mod L first: BouncyCastle does not "
                            + "pre-reduce, so the cofactored verifier accepts"),
            new Expectation(6, reject(Reason.SIGNATURE_MALFORMED), reject(Reason.SIGNATURE_MALFORMED),
                    reject(Reason.SIGNATURE_MALFORMED),
                    "S > L (built to pass both equations if unchecked): RFC 8032 §5.1.7 and ZIP 215 require S < L"),
            new Expectation(7, reject(Reason.SIGNATURE_MALFORMED), reject(Reason.SIGNATURE_MALFORMED),
                    reject(Reason.SIGNATURE_MALFORMED),
                    "S >> L with its high bit set (beats a 'top 3 bits zero' shortcut): S < L is checked in full"),
            new Expectation(8, reject(Reason.SIGNATURE_MALFORMED), reject(Reason.SIGNATURE_MALFORMED),
                    reject(Reason.SIGNATURE_INVALID),
                    "R = ecff..ff is (0, -1) with x = -0, a non-canonical encoding (k hashed over the reduced form): "
                            + "RFC 8032 §5.1.3 decoding fails; ZIP 215 decodes it but hashes the bytes received, so "
                            + "the equation fails"),
            new Expectation(9, reject(Reason.SIGNATURE_MALFORMED), reject(Reason.SIGNATURE_MALFORMED), accept(),
                    "the same non-canonical R, k hashed over the received bytes: decoding still fails, and ZIP 215 "
                            + "accepts"),
            new Expectation(10, reject(Reason.BAD_KEY), reject(Reason.BAD_KEY), accept(),
                    "A = ecff..ff is (0, -1) with x = -0, a non-canonical key (k hashed over the reduced form): "
                            + "ZIP 215 takes A, and as A has order 2, [8][k]A vanishes whatever k is"),
            new Expectation(11, reject(Reason.BAD_KEY), reject(Reason.BAD_KEY), accept(),
                    "the same non-canonical A, k hashed over the received bytes: the key is still rejected, but by "
                            + "ZIP 215"));

    @TestFactory
    Stream<DynamicTest> agreesWithTheDocumentedVerdictOnEveryVector() throws IOException {
        JsonNode cases = readCases();
        assertEquals(12, cases.size(), "cases.json holds the 12 vectors of the paper");
        assertEquals(cases.size(), EXPECTATIONS.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Expectation expectation : EXPECTATIONS) {
            JsonNode vector = cases.get(expectation.index());
            byte[] key = HEX.parseHex(vector.get("pub_key").asString());
            byte[] message = HEX.parseHex(vector.get("message").asString());
            byte[] signature = HEX.parseHex(vector.get("signature").asString());
            tests.add(DynamicTest.dynamicTest("vector " + expectation.index() + " under ed25519-rfc8032: "
                    + expectation.why(), () -> check(expectation.rfc8032(), key, message, signature, RFC8032)));
            tests.add(DynamicTest.dynamicTest("vector " + expectation.index() + " under ed25519-strict: "
                    + expectation.why(), () -> check(expectation.strict(), key, message, signature, STRICT)));
            tests.add(DynamicTest.dynamicTest("vector " + expectation.index() + " under ed25519-zip215: "
                    + expectation.why(), () -> check(expectation.zip215(), key, message, signature, ZIP215)));
        }
        return tests.stream();
    }

    private static void check(Optional<Reason> expected, byte[] key, byte[] message, byte[] signature,
            VerifierOptions options) {
        try {
            Ed25519PublicKey.fromEncoded(key).verify(message, signature, options);
            assertTrue(expected.isEmpty(), "accepted, but expected a rejection for " + expected.orElse(null));
        } catch (Rejection rejection) {
            if (expected.isEmpty()) {
                fail("expected acceptance, got " + rejection.reason() + ": " + rejection.detail());
            }
            assertEquals(expected.get(), rejection.reason(), rejection.detail());
        }
    }

    private static JsonNode readCases() throws IOException {
        try (InputStream in = SpeccheckVectorsTest.class.getResourceAsStream("ed25519-speccheck-cases.json")) {
            if (in == null) {
                throw new IOException("test resource ed25519-speccheck-cases.json is missing");
            }
            return new ObjectMapper().readTree(in);
        }
    }

    private static Optional<Reason> accept() {
        return Optional.empty();
    }

    private static Optional<Reason> reject(Reason reason) {
        return Optional.of(reason);
    }
}
