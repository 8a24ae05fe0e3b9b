package dev.suitcase.verifier;

/**
 * The closed taxonomy of rejection reasons (vectors/README.md). Every rejection names exactly one.
 * The order is the order of the table in vectors/README.md; the names are the wire names.
 */
public enum Reason {
    MALFORMED_CBOR("not well-formed CBOR, truncated, or trailing bytes"),
    NON_DETERMINISTIC_CBOR("indefinite length, non-minimal head, or unsorted map keys where order is required"),
    DUPLICATE_KEY("a map label appears twice"),
    RESOURCE_LIMIT("nesting depth, element count, size or trusted keys above the documented limits"),
    BAD_STRUCTURE("wrong tag, type, array length or shape of a COSE or SUIT structure"),
    HEADER_INVALID("alg missing or unprotected, crit violated, or a label in both header buckets"),
    UNSUPPORTED_ALGORITHM("algorithm id not supported or not allowed"),
    ALGORITHM_KEY_MISMATCH("key type or curve does not fit the algorithm"),
    BAD_KEY("key unusable: off curve, wrong length, bad HSS/LMS key, or small order where forbidden"),
    SIGNATURE_MALFORMED("signature has the wrong length or encoding, or a field out of range"),
    SIGNATURE_INVALID("well-formed signature that does not verify under any trusted key"),
    AUTHENTICATION_MISSING("no authentication block"),
    DIGEST_MISMATCH("manifest or severable-member digest does not match"),
    UNSUPPORTED_DIGEST("digest algorithm not supported"),
    UNSUPPORTED_VERSION("manifest version other than 1"),
    ROLLBACK("sequence number below the stored one (or equal, under suit-seq-strict)"),
    CONDITION_FAILED("vendor, class, device, component-slot or image-match condition failed"),
    UNSUPPORTED_COMMAND("unknown condition, directive, parameter or component"),
    POLICY("another processing rule of the manifest specification was broken");

    private final String meaning;

    Reason(String meaning) {
        this.meaning = meaning;
    }

    /** One line saying what this reason means, for reports and usage messages. */
    public String meaning() {
        return meaning;
    }
}
