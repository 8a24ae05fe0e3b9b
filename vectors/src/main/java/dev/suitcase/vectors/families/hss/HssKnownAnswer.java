package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.generate.GeneratorContext;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A positive HSS-LMS test vector from {@code vectors/sources/hss-lms/}: after a {@code #} header that
 * names its source and licence, one {@code name = hex} line each for the HSS public key, the message
 * and the signature.
 *
 * @param file      the file name under {@code hss-lms/}
 * @param publicKey the HSS public key, u32str(L) || LMS public key
 * @param message   the signed message
 * @param signature the HSS signature
 */
record HssKnownAnswer(String file, byte[] publicKey, byte[] message, byte[] signature) {
    static final String DIRECTORY = "hss-lms/";
    static final String RFC8554_TEST_CASE_1 = "rfc8554-test-case-1.txt";
    static final String RFC8554_TEST_CASE_2 = "rfc8554-test-case-2.txt";

    /** RFC 8554 Appendix F Test Case 1, the base most HSS-LMS mutations start from. */
    static HssKnownAnswer rfc8554TestCase1(GeneratorContext context) {
        return read(context, RFC8554_TEST_CASE_1);
    }

    static HssKnownAnswer read(GeneratorContext context, String file) {
        String path = DIRECTORY + file;
        Map<String, byte[]> fields = new HashMap<>();
        for (String line : context.readSource(path).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException("vectors/sources/" + path + ": a line is neither a # comment nor"
                        + " name = hex: " + line);
            }
            fields.put(line.substring(0, equals).strip(), HexFormat.of().parseHex(line.substring(equals + 1).strip()));
        }
        return new HssKnownAnswer(file, field(fields, path, "public-key"), field(fields, path, "message"),
                field(fields, path, "signature"));
    }

    private static byte[] field(Map<String, byte[]> fields, String path, String name) {
        byte[] value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException("vectors/sources/" + path + " has no '" + name + " = ...' line");
        }
        return value;
    }

    /** The signature's fields, located under the public key. */
    HssSignatureLayout layout() {
        return HssSignatureLayout.parse(publicKey, signature);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] message() {
        return message.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
