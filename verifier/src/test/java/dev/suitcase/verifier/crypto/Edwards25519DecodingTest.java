package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The verifier decodes points with BouncyCastle's field arithmetic ({@link Edwards25519#requireDecodable});
 * {@link Edwards25519Arithmetic#decode} transcribes RFC 8032 §5.1.3 literally in {@code BigInteger}.
 * On every encoding here the two must agree: both accept, or both reject with the same reason and the
 * same detail. The encodings cover each branch of the decoding: every y near 0 and near p (all 19
 * non-canonical y, x = 0 with either sign bit, y without a point), the small-order points and their
 * non-canonical forms, thousands of seeded random encodings (about half of them points), and every R
 * and A of the speccheck and Wycheproof Ed25519 vectors.
 */
class Edwards25519DecodingTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger TWO_TO_255 = BigInteger.TWO.pow(255);
    private static final Path WYCHEPROOF_ED25519 = Path.of(System.getProperty("suitcase.root", "."))
            .resolve("../shared/external/wycheproof/ed25519_test.json").normalize();

    @Test
    void agreesWithTheBigIntegerTranscriptionForEveryYNearZeroAndNearP() {
        List<byte[]> encodings = new ArrayList<>();
        for (int y = 0; y < 1024; y++) {
            withBothSignBits(BigInteger.valueOf(y), encodings);
        }
        for (BigInteger y = Edwards25519.P.subtract(BigInteger.valueOf(64)); y.compareTo(TWO_TO_255) < 0;
                y = y.add(BigInteger.ONE)) {
            withBothSignBits(y, encodings);
        }
        Map<String, Integer> verdicts = agreeOnAll(encodings);
        // Each branch of the decoding is taken, so agreement is not agreement on one kind of answer.
        assertTrue(verdicts.get("accepted") > 100, verdicts.toString());
        assertEquals(2 * 19, verdicts.get("non-canonical y"), verdicts.toString());
        assertEquals(2, verdicts.get("x = -0"), "y = 1 and y = p - 1 with the sign bit set: " + verdicts);
        assertTrue(verdicts.get("no point") > 100, verdicts.toString());
    }

    @Test
    void agreesWithTheBigIntegerTranscriptionOnSeededRandomEncodings() {
        SplittableRandom random = new SplittableRandom(0x5017CA5EL);
        List<byte[]> encodings = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            byte[] encoding = new byte[Edwards25519.ENCODED_LENGTH];
            random.nextBytes(encoding);
            encodings.add(encoding);
        }
        Map<String, Integer> verdicts = agreeOnAll(encodings);
        assertTrue(verdicts.get("accepted") > 1500 && verdicts.get("no point") > 1500, verdicts.toString());
    }

    @Test
    void agreesWithTheBigIntegerTranscriptionOnTheSmallOrderPointsAndTheirNonCanonicalForms() {
        List<byte[]> encodings = new ArrayList<>();
        for (String encoding : Edwards25519Torsion.encodings()) {
            byte[] canonical = HEX.parseHex(encoding);
            encodings.add(canonical);
            byte[] flipped = canonical.clone();
            flipped[31] ^= (byte) 0x80;
            encodings.add(flipped);
            // y + p, where it still fits in 255 bits (y < 19): the non-canonical twin.
            BigInteger y = Edwards25519.littleEndian(canonical).clearBit(255);
            if (y.add(Edwards25519.P).compareTo(TWO_TO_255) < 0) {
                withBothSignBits(y.add(Edwards25519.P), encodings);
            }
        }
        Map<String, Integer> verdicts = agreeOnAll(encodings);
        // The eight, and six of their sign flips: those of (0, 1) and (0, -1) are x = -0.
        assertEquals(14, verdicts.get("accepted"), verdicts.toString());
        assertEquals(2, verdicts.get("x = -0"), verdicts.toString());
    }

    @Test
    void agreesWithTheBigIntegerTranscriptionOnEveryPointOfTheSpeccheckVectors() throws IOException {
        JsonNode cases;
        try (InputStream in = Edwards25519DecodingTest.class.getResourceAsStream("ed25519-speccheck-cases.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        List<byte[]> encodings = new ArrayList<>();
        for (JsonNode vector : cases) {
            encodings.add(HEX.parseHex(vector.get("pub_key").asString()));
            encodings.add(HEX.parseHex(vector.get("signature").asString().substring(0, 64)));
        }
        Map<String, Integer> verdicts = agreeOnAll(encodings);
        assertEquals(24, verdicts.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(verdicts.containsKey("x = -0"), "vectors 8 to 11 carry x = -0: " + verdicts);
    }

    @Test
    void agreesWithTheBigIntegerTranscriptionOnEveryPointOfTheWycheproofVectors() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(WYCHEPROOF_ED25519),
                "Wycheproof vectors not found at " + WYCHEPROOF_ED25519);
        JsonNode root = new ObjectMapper().readTree(WYCHEPROOF_ED25519.toFile());
        List<byte[]> encodings = new ArrayList<>();
        for (JsonNode group : root.get("testGroups")) {
            encodings.add(HEX.parseHex(group.get("publicKey").get("pk").asString()));
            for (JsonNode test : group.get("tests")) {
                String signature = test.get("sig").asString();
                if (signature.length() >= 64) {
                    encodings.add(HEX.parseHex(signature.substring(0, 64)));
                }
            }
        }
        Map<String, Integer> verdicts = agreeOnAll(encodings);
        assertTrue(verdicts.get("accepted") > 100, verdicts.toString());
    }

    /** Checks each encoding and counts the verdicts by kind. */
    private static Map<String, Integer> agreeOnAll(List<byte[]> encodings) {
        Map<String, Integer> verdicts = new TreeMap<>();
        for (byte[] encoding : encodings) {
            verdicts.merge(agree(encoding), 1, Integer::sum);
        }
        return verdicts;
    }

    /** Asserts both decoders give the same verdict on {@code encoding}; returns its kind. */
    private static String agree(byte[] encoding) {
        Rejection fast = rejection(() -> Edwards25519.requireDecodable(encoding.clone(), Reason.SIGNATURE_MALFORMED, "R"));
        Rejection reference = rejection(() -> Edwards25519Arithmetic.decode(encoding.clone(), Reason.SIGNATURE_MALFORMED,
                "R"));
        String hex = HEX.formatHex(encoding);
        if (reference == null) {
            assertEquals(null, fast == null ? null : fast.detail(), "the reference decodes " + hex);
            return "accepted";
        }
        assertTrue(fast != null, "the reference rejects " + hex + " (" + reference.detail() + ") but the verifier accepts it");
        assertEquals(reference.reason(), fast.reason(), hex);
        assertEquals(reference.detail(), fast.detail(), hex);
        String detail = reference.detail();
        return detail.contains("x = -0") ? "x = -0" : detail.contains("p + ") ? "non-canonical y" : "no point";
    }

    private static Rejection rejection(Runnable decoding) {
        try {
            decoding.run();
            return null;
        } catch (Rejection rejection) {
            return rejection;
        }
    }

    private static void withBothSignBits(BigInteger y, List<byte[]> encodings) {
        byte[] encoding = Edwards25519Arithmetic.encodeInteger(y);
        encodings.add(encoding);
        byte[] negative = encoding.clone();
        negative[31] |= (byte) 0x80;
        encodings.add(negative);
    }
}
