package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.Bytes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a Wycheproof signature-verification file (testvectors_v1 format) the importer uses:
 * the schema name, the notes (flag to bug type), and the tests by group with each group's public key.
 *
 * @param fileName  the file's name, for provenance
 * @param algorithm the top-level algorithm, e.g. {@code ECDSA} or {@code EDDSA}
 * @param schema    the schema name, e.g. {@code ecdsa_p1363_verify_schema_v1.json}
 * @param bugTypes  the bug type of each flag, from the file's notes
 * @param groups    the test groups, in file order
 */
record WycheproofFile(String fileName, String algorithm, String schema, Map<String, String> bugTypes, List<Group> groups) {

    /**
     * One test group.
     *
     * @param type    the group type, e.g. {@code EcdsaP1363Verify}
     * @param curve   the public key's curve, e.g. {@code secp256r1} or {@code edwards25519}
     * @param hash    the hash, e.g. {@code SHA-256}; empty for EdDSA
     * @param key     the raw public key: the uncompressed point for ECDSA, the 32-byte encoding for EdDSA
     * @param tests   the tests
     */
    record Group(String type, String curve, String hash, Bytes key, List<Test> tests) {
    }

    /** One test; {@code result} is {@code valid}, {@code invalid} or {@code acceptable}. */
    record Test(int tcId, String comment, List<String> flags, Bytes message, Bytes signature, String result) {
    }

    static WycheproofFile read(Path file) {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = JsonFormat.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Wycheproof file " + file, e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        Map<String, String> bugTypes = new LinkedHashMap<>();
        JsonNode notes = required(root, "notes", name);
        for (String flag : notes.propertyNames()) {
            bugTypes.put(flag, notes.get(flag).path("bugType").asString(""));
        }
        List<Group> groups = new ArrayList<>();
        for (JsonNode group : required(root, "testGroups", name)) {
            JsonNode publicKey = required(group, "publicKey", name);
            String keyHex = publicKey.has("uncompressed") ? publicKey.get("uncompressed").asString()
                    : required(publicKey, "pk", name).asString();
            List<Test> tests = new ArrayList<>();
            for (JsonNode test : required(group, "tests", name)) {
                List<String> flags = new ArrayList<>();
                required(test, "flags", name).forEach(flag -> flags.add(flag.asString()));
                tests.add(new Test(required(test, "tcId", name).asInt(), test.path("comment").asString(""), flags,
                        hex(required(test, "msg", name).asString(), name), hex(required(test, "sig", name).asString(), name),
                        required(test, "result", name).asString()));
            }
            groups.add(new Group(group.path("type").asString(""), publicKey.path("curve").asString(""),
                    group.path("sha").asString(""), hex(keyHex, name), tests));
        }
        return new WycheproofFile(name, required(root, "algorithm", name).asString(),
                required(root, "schema", name).asString(), bugTypes, groups);
    }

    int numberOfTests() {
        return groups.stream().mapToInt(group -> group.tests().size()).sum();
    }

    private static JsonNode required(JsonNode node, String field, String file) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException(file + " lacks '" + field + "'; is it a Wycheproof testvectors_v1 file?");
        }
        return value;
    }

    private static Bytes hex(String hex, String file) {
        try {
            return Bytes.of(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " holds an invalid hex string: " + e.getMessage(), e);
        }
    }
}
