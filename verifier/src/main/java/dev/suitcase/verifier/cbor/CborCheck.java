package dev.suitcase.verifier.cbor;

import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;

/**
 * The rules of the strict CBOR decoder (RFC 8949 §3, §4.2.1; RFC 9052 §9 for duplicate labels) and its limits.
 * One constant per rule; see {@link Check} for what the fields mean.
 *
 * <p>The decoder reads every input of every layer, the COSE_Key of a signature-layer vector included,
 * so its rules apply from {@link Layer#SIGNATURE}. A COSE_Key that breaks one is rejected as a bad
 * key ({@code cose.key.cbor}); knocking the CBOR rule out is what lets such a key through.
 *
 * <p>Skippable are the rules a lenient decoder does without and still returns an item: it keeps
 * trailing bytes for later, reads a long head or an indefinite length, keeps one value of a duplicate
 * key, passes invalid UTF-8 on, or has no limits. Not skippable are inputs no decoder can return an
 * item for (too little data, a reserved head), and the two type rules a structure's reader applies.
 */
public enum CborCheck implements Check {
    /** The input ends inside an item, or is empty (RFC 8949 §3: "not well-formed"; Appendix F "too little data"). */
    TRUNCATED("cbor.truncated", "RFC 8949 §3", Reason.MALFORMED_CBOR, Layer.SIGNATURE, false),
    /**
     * Bytes after the one item the input must be. RFC 8949 §3 leaves it to the application whether that is an
     * error; a COSE message, a COSE_Key and a SUIT envelope are each one item.
     */
    TRAILING_BYTES("cbor.trailing-bytes", "RFC 8949 §3", Reason.MALFORMED_CBOR, Layer.SIGNATURE, true),
    /** Additional information 28, 29 or 30. */
    RESERVED_ADDITIONAL_INFO("cbor.reserved-additional-info", "RFC 8949 §3", Reason.MALFORMED_CBOR, Layer.SIGNATURE,
            false),
    /** Additional information 31 (indefinite) on an integer or a tag, where it means nothing. */
    INDEFINITE_INT_OR_TAG("cbor.indefinite-int-or-tag", "RFC 8949 §3.2.4", Reason.MALFORMED_CBOR, Layer.SIGNATURE,
            false),
    /** A break stop code where a data item is expected, not closing an indefinite-length item. */
    MISPLACED_BREAK("cbor.misplaced-break", "RFC 8949 §3.2.1", Reason.MALFORMED_CBOR, Layer.SIGNATURE, false),
    /**
     * A chunk of an indefinite-length string that is not a definite-length string of the same major type. The
     * chunks are the string's own encoding, so the decoder checks them before it applies {@link #INDEFINITE_LENGTH}
     * to the string: input that is not well formed is refused as such (RFC 8949 §10).
     */
    INDEFINITE_CHUNK("cbor.indefinite-chunk", "RFC 8949 §3.2.3", Reason.MALFORMED_CBOR, Layer.SIGNATURE, false),
    /** A simple value below 32 in the two-byte form 0xf8 nn, which RFC 8949 §3.3 makes not well-formed. */
    SIMPLE_VALUE_TWO_BYTES("cbor.simple-value-two-bytes", "RFC 8949 §3.3", Reason.MALFORMED_CBOR, Layer.SIGNATURE,
            true),
    /** A text string that is not valid UTF-8: well-formed but invalid; a decoder may or may not check (§5.3.1). */
    INVALID_UTF8("cbor.invalid-utf8", "RFC 8949 §5.3.1", Reason.MALFORMED_CBOR, Layer.SIGNATURE, true),
    /** An indefinite-length string, array or map; deterministic encoding uses definite lengths only. */
    INDEFINITE_LENGTH("cbor.indefinite-length", "RFC 8949 §4.2.1", Reason.NON_DETERMINISTIC_CBOR, Layer.SIGNATURE,
            true),
    /** A head whose argument has a shorter encoding. */
    NON_MINIMAL_HEAD("cbor.non-minimal-head", "RFC 8949 §4.2.1", Reason.NON_DETERMINISTIC_CBOR, Layer.SIGNATURE, true),
    /** A single- or double-precision float with an exact shorter form (preferred serialization, §4.1). */
    FLOAT_NOT_SHORTEST("cbor.float-not-shortest", "RFC 8949 §4.2.1", Reason.NON_DETERMINISTIC_CBOR, Layer.SIGNATURE,
            true),
    /** A map key that appears twice: RFC 9052 §9 forbids parsing and processing such a message. */
    DUPLICATE_KEY("cbor.duplicate-key", "RFC 9052 §9", Reason.DUPLICATE_KEY, Layer.SIGNATURE, true),
    /** An input above {@link CborLimits#maxInputBytes()}: the suite's bound against resource exhaustion (§10). */
    INPUT_SIZE("cbor.limits.input-size", "RFC 8949 §10", Reason.RESOURCE_LIMIT, Layer.SIGNATURE, true),
    /** Nesting deeper than {@link CborLimits#maxDepth()}: the suite's bound against stack exhaustion (§10). */
    NESTING_DEPTH("cbor.limits.nesting-depth", "RFC 8949 §10", Reason.RESOURCE_LIMIT, Layer.SIGNATURE, true),
    /** More data items than {@link CborLimits#maxItems()}: the suite's bound against resource exhaustion (§10). */
    ITEM_COUNT("cbor.limits.item-count", "RFC 8949 §10", Reason.RESOURCE_LIMIT, Layer.SIGNATURE, true),
    /**
     * An item of another CBOR type than the structure being read declares for it in its CDDL (RFC 9052,
     * draft-ietf-suit-manifest): an array where a map must be. Thrown by {@link CborItem#asArray} and its siblings,
     * which COSE and SUIT structures read with.
     */
    TYPE_MISMATCH("cbor.type-mismatch", "RFC 8610 §3", Reason.BAD_STRUCTURE, Layer.COSE, false);

    private final Definition definition;

    CborCheck(String id, String section, Reason reason, Layer layer, boolean skippable) {
        this.definition = new Definition(id, section, reason, layer, skippable);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
