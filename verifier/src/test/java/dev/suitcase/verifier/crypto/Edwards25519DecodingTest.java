package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.crypto.Edwards25519Arithmetic.AffinePoint;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The verifier decodes points with BouncyCastle's field arithmetic ({@link Edwards25519#decode});
 * {@link Edwards25519Arithmetic#decode} transcribes RFC 8032 §5.1.3 literally in {@code BigInteger}.
 * On every encoding here the two must agree: both accept, or both name the same broken rule in the
 * same words. So must the lenient decoding of ed25519-zip215 ({@link EdwardsPoint#decodeLenient}, and
 * whether {@link Edwards25519.Decoding#onCurve} holds) with the transcription applied to y modulo p. The encodings cover each branch of the decoding: every y near 0 and near p (all 19
 * non-canonical y, x = 0 with either sign bit, y without a point), the small-order points and their
 * non-canonical forms, thousands of seeded random encodings (about half of them points), and every R
 * and A of the speccheck and Wycheproof Ed25519 vectors.
 */
class Edwards25519DecodingTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger TWO_TO_255 = BigInteger.TWO.pow(255);
    private static final Path WYCHEPROOF_ED25519 = Path.of(System.getProperty("suitcase.root", "."))
            .resolve("vectors/sources/wycheproof/ed25519_test.json").normalize();

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
        assertTrue(Files.isRegularFile(WYCHEPROOF_ED25519),
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

    /**
     * Asserts both decoders give the same verdict on {@code encoding}, strictly and leniently; returns
     * its kind. The lenient reference is the strict one on y reduced modulo p, with x = -0 read as 0.
     */
    private static String agree(byte[] encoding) {
        Edwards25519.Decoding fast = Edwards25519.decode(encoding.clone());
        Optional<String> reference = Edwards25519Arithmetic.decodingFailure(encoding.clone(), "R");
        String hex = HEX.formatHex(encoding);
        assertEquals(reference, fast.strictDecodingFailure("R"), hex);
        Optional<AffinePoint> lenientReference = lenientReference(encoding);
        Optional<EdwardsPoint> lenient = EdwardsPoint.decodeLenient(encoding.clone());
        assertEquals(lenientReference.isPresent(), fast.onCurve(), hex);
        assertEquals(lenientReference.isPresent(), lenient.isPresent(), hex);
        lenientReference.ifPresent(point -> {
            assertArrayEquals(Edwards25519Arithmetic.encode(point), lenient.orElseThrow().encode(), hex);
            assertArrayEquals(Edwards25519Arithmetic.encode(point), fast.canonicalEncoding(), hex);
        });
        if (reference.isEmpty()) {
            return "accepted";
        }
        String detail = reference.get();
        return detail.contains("x = -0") ? "x = -0" : detail.contains("p + ") ? "non-canonical y" : "no point";
    }

    private static Optional<AffinePoint> lenientReference(byte[] encoding) {
        BigInteger y = Edwards25519.littleEndian(encoding).clearBit(255).mod(Edwards25519.P);
        boolean signBit = (encoding[31] & 0x80) != 0;
        byte[] reduced = Edwards25519Arithmetic.encodeInteger(signBit ? y.setBit(255) : y);
        Optional<String> failure = Edwards25519Arithmetic.decodingFailure(reduced, "R");
        if (failure.isPresent() && failure.get().contains("x = -0")) {
            reduced = Edwards25519Arithmetic.encodeInteger(y);
            failure = Edwards25519Arithmetic.decodingFailure(reduced, "R");
        }
        return failure.isPresent() ? Optional.empty() : Optional.of(Edwards25519Arithmetic.decode(reduced));
    }

    private static void withBothSignBits(BigInteger y, List<byte[]> encodings) {
        byte[] encoding = Edwards25519Arithmetic.encodeInteger(y);
        encodings.add(encoding);
        byte[] negative = encoding.clone();
        negative[31] |= (byte) 0x80;
        encodings.add(negative);
    }
}
