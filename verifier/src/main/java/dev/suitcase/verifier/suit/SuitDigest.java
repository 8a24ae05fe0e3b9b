package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.Diagnostic;
import dev.suitcase.verifier.cbor.Span;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SUIT_Digest, {@code [algorithm-id, digest-bytes, * extensions]} (draft-ietf-suit-manifest-37 §10),
 * checked at construction: a supported algorithm, no extension parameters, and digest bytes of the
 * algorithm's length.
 */
record SuitDigest(DigestAlgorithm algorithm, byte[] bytes) {

    SuitDigest {
        bytes = bytes.clone();
    }

    /**
     * Parses a SUIT_Digest. An algorithm other than SHA-256, SHA-384 or SHA-512, or extension
     * parameters (which SHA-2 does not take, so their meaning is unknown), are
     * {@link Reason#UNSUPPORTED_DIGEST}; a wrong shape or a digest of the wrong length is
     * {@link Reason#BAD_STRUCTURE}.
     */
    static SuitDigest parse(CborItem item, String what) {
        CborArray array = item.asArray(what);
        if (array.size() < 2) {
            throw new Rejection(Reason.BAD_STRUCTURE, what + " must be [algorithm-id, digest-bytes] (§10), found "
                    + array.size() + " element(s)");
        }
        CborInt id = array.get(0).asInt(what + " algorithm-id");
        DigestAlgorithm algorithm = id.asLong().flatMap(DigestAlgorithm::fromCoseId).orElseThrow(() ->
                new Rejection(Reason.UNSUPPORTED_DIGEST, what + " uses digest algorithm " + id.bigValue()
                        + "; this processor implements SHA-256 (-16), SHA-384 (-43) and SHA-512 (-44) (§10)"));
        Span digest = array.get(1).asBytes(what + " digest-bytes").content();
        if (array.size() > 2) {
            throw new Rejection(Reason.UNSUPPORTED_DIGEST, what + " carries " + (array.size() - 2)
                    + " extension parameter(s) after the digest bytes, starting " + Diagnostic.of(array.get(2))
                    + "; " + algorithm + " takes none, so their meaning is unknown");
        }
        if (digest.length() != algorithm.length()) {
            throw new Rejection(Reason.BAD_STRUCTURE, what + " has " + digest.length() + " digest bytes; " + algorithm
                    + " digests are " + algorithm.length() + " bytes");
        }
        return new SuitDigest(algorithm, digest.toByteArray());
    }

    /** Whether the digest of {@code data}, as received, equals this one; compared in constant time. */
    boolean matches(Span data) {
        MessageDigest engine = algorithm.newDigest();
        data.updateDigest(engine);
        return MessageDigest.isEqual(engine.digest(), bytes);
    }

    /** The digest of {@code data}, as lowercase hex, for rejection details. */
    String digestOf(Span data) {
        MessageDigest engine = algorithm.newDigest();
        data.updateDigest(engine);
        return HexFormat.of().formatHex(engine.digest());
    }

    String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SuitDigest that && algorithm == that.algorithm && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return algorithm.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return algorithm + " " + hex();
    }
}
