package dev.suitcase.verifier.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A positive HSS-LMS test vector from {@code src/test/resources/hss-lms/}: public key, message and
 * signature as hex, one {@code name = hex} line each, after a {@code #} header naming the source.
 */
record HssVector(String resource, byte[] publicKey, byte[] message, byte[] signature) {

    /** Every published vector in the resources, for {@code @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")}. */
    static List<String> published() {
        return List.of("rfc8554-test-case-1.txt", "rfc8554-test-case-2.txt", "rfc9858-a1.txt", "rfc9858-a2.txt",
                "rfc9858-a3.txt", "rfc9858-a4.txt", "cose-wg-hsssig-sig-01.txt");
    }

    static HssVector load(String resource) {
        String path = "/hss-lms/" + resource;
        try (InputStream in = HssVector.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + path + " is missing");
            }
            Map<String, byte[]> fields = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int equals = line.indexOf('=');
                if (equals < 0) {
                    throw new IllegalStateException(path + ": line without '=': " + line);
                }
                fields.put(line.substring(0, equals).trim(), HexFormat.of().parseHex(line.substring(equals + 1).trim()));
            }
            return new HssVector(resource, field(fields, path, "public-key"), field(fields, path, "message"),
                    field(fields, path, "signature"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] field(Map<String, byte[]> fields, String path, String name) {
        byte[] value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException(path + " has no " + name);
        }
        return value;
    }

    HssPublicKey key() {
        return HssPublicKey.fromEncoded(publicKey);
    }

    @Override
    public String toString() {
        return resource;
    }
}
