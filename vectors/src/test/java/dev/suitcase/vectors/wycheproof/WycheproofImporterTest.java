package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.corpus.CorpusIndex;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WycheproofImporterTest {
    private static final Path SOURCES = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("sources/wycheproof");
    private static final Map<String, Vector> ECDSA = byTcId(SOURCES.resolve("ecdsa_secp256r1_sha256_p1363_test.json"));
    private static final Map<String, Vector> ED25519 = byTcId(SOURCES.resolve("ed25519_test.json"));
    /** The key of Wycheproof's first ECDSA group, uncompressed. */
    private static final String P256_KEY = "042927b10512bae3eddcfe467828128bad2903269919f7086069c8c4df6c732838"
            + "c7787964eaac00e5921fb1498a60f4606766b3d9685001558d1a974e7341513e";

    @TempDir
    Path directory;

    private static Map<String, Vector> byTcId(Path file) {
        return WycheproofImporter.importFile(file, WycheproofImporter.Settings.defaults()).stream()
                .collect(Collectors.toMap(vector -> vector.provenance().originalId().orElseThrow(), Function.identity()));
    }

    private Path write(String json) throws IOException {
        Path file = directory.resolve("wycheproof.json");
        Files.writeString(file, json);
        return file;
    }

    private static String ecdsaFile(String sha, String key, String test) {
        return "{\"algorithm\": \"ECDSA\", \"schema\": \"ecdsa_p1363_verify_schema_v1.json\", \"numberOfTests\": 1,"
                + " \"notes\": {\"Edge\": {\"bugType\": \"EDGE_CASE\"}}, \"testGroups\": [{\"type\": \"EcdsaP1363Verify\","
                + " \"publicKey\": {\"curve\": \"secp256r1\", \"uncompressed\": \"" + key + "\"}, \"sha\": \"" + sha + "\","
                + " \"tests\": [" + test + "]}]}";
    }

    private static String test(String signature, String result) {
        return "{\"tcId\": 7, \"comment\": \"synthetic\", \"flags\": [\"Edge\"], \"msg\": \"313233343030\", \"sig\": \""
                + signature + "\", \"result\": \"" + result + "\"}";
    }

    @Test
    void importsEveryTestOfBothFiles() {
        assertEquals(262, ECDSA.size());
        assertEquals(151, ED25519.size());
    }

    @Test
    void namesVectorsByTcIdAndPresentsTheAlgorithmId() {
        Vector vector = ECDSA.get("tcId 1");

        assertEquals("signature.es256.wycheproof.tc-1", vector.id().toString());
        assertEquals(Optional.of(Algorithm.ES256), vector.algorithm());
        assertEquals(-7, ((SignatureInput) vector.input()).algorithmId());
        assertEquals(-19, ((SignatureInput) ED25519.get("tcId 1").input()).algorithmId());
    }

    @Test
    void rejectsZeroROrSAsMalformedAndCritical() {
        Vector vector = ECDSA.get("tcId 11");

        assertEquals(Expectation.reject(Reason.SIGNATURE_MALFORMED), vector.expect());
        assertEquals(Severity.CRITICAL, vector.severity());
        assertEquals(List.of("RFC9053-2.1-rs-range"), vector.requirements());
        assertTrue(vector.description().contains("r is 0 and s is 0"), vector.description());
    }

    @Test
    void aShortEncodingOfAValidSignatureIsAnAdvisoryRejectionForTheSignersRule() {
        Vector vector = ECDSA.get("tcId 121");

        assertEquals(ExpectedResult.REJECT, vector.expect().result());
        assertEquals(Optional.of(Reason.SIGNATURE_MALFORMED), vector.expect().reason());
        assertEquals(Advisory.Basis.PRODUCER_RULE, vector.expect().advisory().orElseThrow().basis());
        assertEquals(Severity.LOW, vector.severity());
        assertEquals(List.of("RFC9053-2.1-raw-rs"), vector.requirements());
    }

    @Test
    void aWrongLengthWhoseIntegersAreOutOfRangeRestsOnTheRangeCheck() {
        Vector vector = ECDSA.get("tcId 2");

        assertEquals(Expectation.reject(Reason.SIGNATURE_MALFORMED), vector.expect());
        assertEquals(List.of("RFC9053-2.1-raw-rs", "RFC9053-2.1-rs-range"), vector.requirements());
    }

    @Test
    void aWrongLengthThatNoReadingVerifiesRestsOnVerification() throws IOException {
        Path file = write(ecdsaFile("SHA-256", P256_KEY, test("01".repeat(62), "invalid")));

        Vector vector = WycheproofImporter.importFile(file, WycheproofImporter.Settings.defaults()).get(0);

        assertEquals(Expectation.reject(Reason.SIGNATURE_MALFORMED), vector.expect());
        assertEquals(List.of("RFC9053-2.1-raw-rs", "RFC9053-2.1-dss-verify"), vector.requirements());
        assertEquals(Severity.HIGH, vector.severity());
    }

    @Test
    void aDerEncodingOfAValidSignatureIsAnAdvisoryRejectionForTheSignersRule() throws IOException {
        EcdsaP256TestKey key = EcdsaP256TestKey.derive("wycheproof importer test: DER");
        byte[] raw = key.sign(HexFormat.of().parseHex("313233343030"));
        String der = der(new BigInteger(1, Arrays.copyOf(raw, 32)), new BigInteger(1, Arrays.copyOfRange(raw, 32, 64)));
        String uncompressed = "04" + HexFormat.of().formatHex(key.x()) + HexFormat.of().formatHex(key.y());
        Path file = write(ecdsaFile("SHA-256", uncompressed, test(der, "invalid")));

        Vector vector = WycheproofImporter.importFile(file, WycheproofImporter.Settings.defaults()).get(0);

        assertEquals(Advisory.Basis.PRODUCER_RULE, vector.expect().advisory().orElseThrow().basis());
        assertEquals(Optional.of(Reason.SIGNATURE_MALFORMED), vector.expect().reason());
    }

    /** SEQUENCE { INTEGER r, INTEGER s } in DER, as hex. */
    private static String der(BigInteger r, BigInteger s) {
        String integers = derInteger(r) + derInteger(s);
        return "30" + "%02x".formatted(integers.length() / 2) + integers;
    }

    private static String derInteger(BigInteger value) {
        String content = HexFormat.of().formatHex(value.toByteArray());
        return "02" + "%02x".formatted(content.length() / 2) + content;
    }

    @Test
    void rejectsAWellFormedWrongSignatureAsInvalid() {
        Vector vector = ECDSA.get("tcId 4");

        assertEquals(Expectation.reject(Reason.SIGNATURE_INVALID), vector.expect());
        assertEquals(Severity.CRITICAL, vector.severity());
    }

    @Test
    void acceptsHighSSignaturesExceptUnderTheLowSProfile() {
        BigInteger halfOrder = P256.N.shiftRight(1);
        int highS = 0;
        for (Vector vector : ECDSA.values()) {
            if (vector.expect().result() != ExpectedResult.ACCEPT) {
                continue;
            }
            byte[] signature = ((SignatureInput) vector.input()).signature().toByteArray();
            boolean high = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)).compareTo(halfOrder) > 0;
            assertEquals(high ? ExpectedResult.REJECT : ExpectedResult.ACCEPT, vector.expect().resultUnder(Profile.ECDSA_LOW_S),
                    vector.id().toString());
            highS += high ? 1 : 0;
        }
        assertTrue(highS > 0);
    }

    @Test
    void rejectsSPlusLAsMalformedMalleability() {
        Vector vector = ED25519.get("tcId 63");

        assertEquals(Expectation.reject(Reason.SIGNATURE_MALFORMED), vector.expect());
        assertEquals(Severity.MEDIUM, vector.severity());
        assertEquals(List.of("RFC8032-5.1.7-s-range"), vector.requirements());
    }

    @Test
    void rejectsAnEmptySignatureAsMalformed() {
        assertEquals(Expectation.reject(Reason.SIGNATURE_MALFORMED), ED25519.get("tcId 30").expect());
        assertEquals(List.of("RFC8032-5.1.7-lengths"), ED25519.get("tcId 30").requirements());
    }

    @Test
    void negativeZeroRIsMalformedButVerifiesUnderZip215() {
        Vector vector = ED25519.get("tcId 151");

        assertEquals(Reason.SIGNATURE_MALFORMED, vector.expect().reason().orElseThrow());
        assertEquals(ExpectedResult.ACCEPT, vector.expect().resultUnder(Profile.ED25519_ZIP215));
        assertEquals(List.of("RFC8032-5.1.7-decode-r"), vector.requirements());
    }

    @Test
    void smallOrderRWithAWrongEquationIsInvalid() {
        assertEquals(Expectation.reject(Reason.SIGNATURE_INVALID), ED25519.get("tcId 10").expect());
    }

    @Test
    void acceptsRfc8032Test1WithTheKeyAsOkpCoseKey() {
        Vector vector = ED25519.get("tcId 80");
        SignatureInput input = (SignatureInput) vector.input();

        assertEquals(Expectation.accept(), vector.expect());
        assertEquals("", input.message().hex());
        assertEquals("a301012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", input.coseKey().hex());
    }

    @Test
    void carriesFlagsAndNamesTheSourceInProvenance() {
        Vector vector = ED25519.get("tcId 63");

        assertEquals(List.of("SignatureMalleability"), vector.flags());
        assertEquals("wycheproof", vector.provenance().source());
        assertEquals("wycheproof-ed25519", vector.provenance().family());
        assertEquals(Optional.of("ed25519_test.json"), vector.provenance().file());
    }

    @Test
    void keepsBracesInAWycheproofCommentAsText() throws IOException {
        String test = test("00".repeat(31) + "01" + "00".repeat(31) + "01", "invalid").replace("synthetic", "r = {r}, {alg}");
        Path file = write(ecdsaFile("SHA-256", P256_KEY, test));

        Vector vector = WycheproofImporter.importFile(file, WycheproofImporter.Settings.defaults()).get(0);

        assertEquals("Wycheproof tcId 7: r = {r}, {alg}", vector.title());
        assertTrue(vector.description().contains("(\"r = {r}, {alg}\")"), vector.description());
        assertEquals(Optional.of("wycheproof.json"), vector.provenance().file());
    }

    @Test
    void rejectsAKeyOffTheCurveAsBadKey() throws IOException {
        String offCurve = P256_KEY.substring(0, P256_KEY.length() - 2) + "3f";
        Path file = write(ecdsaFile("SHA-256", offCurve, test("00".repeat(31) + "01" + "00".repeat(31) + "01", "invalid")));

        Vector vector = WycheproofImporter.importFile(file, WycheproofImporter.Settings.defaults()).get(0);

        assertEquals(Expectation.reject(Reason.BAD_KEY), vector.expect());
        assertEquals(Severity.HIGH, vector.severity());
    }

    @Test
    void turnsAcceptableIntoEither() throws IOException {
        Path file = write(ecdsaFile("SHA-256", P256_KEY, test("00".repeat(31) + "01" + "00".repeat(31) + "01", "acceptable")));

        Vector vector = WycheproofImporter.importFile(file, WycheproofImporter.Settings.defaults()).get(0);

        assertEquals(Expectation.either(), vector.expect());
        assertEquals(Severity.INFO, vector.severity());
    }

    @Test
    void stopsWhenWycheproofCallsValidWhatTheSpecificationRefuses() throws IOException {
        Path file = write(ecdsaFile("SHA-256", P256_KEY, test("00".repeat(70), "valid")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WycheproofImporter.importFile(file, WycheproofImporter.Settings.defaults()));

        assertTrue(e.getMessage().contains("tcId 7 is valid for Wycheproof"), e.getMessage());
    }

    @Test
    void refusesAnotherHash() throws IOException {
        Path file = write(ecdsaFile("SHA-512", P256_KEY, test("00".repeat(64), "invalid")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WycheproofImporter.importFile(file, WycheproofImporter.Settings.defaults()));

        assertTrue(e.getMessage().contains("ES256 is P-256 (secp256r1) with SHA-256"), e.getMessage());
    }

    @Test
    void refusesFilesOfOtherAlgorithmsNamingWhatItReads() throws IOException {
        Path file = write("{\"algorithm\": \"RSASSA-PSS\", \"schema\": \"rsassa_pss_verify_schema_v1.json\","
                + " \"notes\": {}, \"testGroups\": []}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WycheproofImporter.importFile(file, WycheproofImporter.Settings.defaults()));

        assertTrue(e.getMessage().contains("ECDSA P1363 files") && e.getMessage().contains("EdDSA files"), e.getMessage());
    }

    @Test
    void importsIntoALoadableCorpusOfItsOwn() {
        Path output = directory.resolve("out");

        CorpusIndex index = WycheproofImporter.importTo(SOURCES.resolve("ed25519_test.json"), output);

        assertEquals(151, index.entries().size());
        assertEquals(151, CorpusLoader.fromDirectory(output).vectors().size());
    }
}
