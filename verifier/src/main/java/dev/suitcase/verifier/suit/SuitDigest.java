package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.Diagnostic;
import dev.suitcase.verifier.cbor.Span;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A SUIT_Digest, {@code [algorithm-id, digest-bytes, * extensions]} (draft-ietf-suit-manifest-37 §10),
 * checked at construction: a supported algorithm ({@link SuitCheck#DIGEST_ALGORITHM}), no extension
 * parameters ({@link SuitCheck#DIGEST_EXTENSIONS}), and digest bytes of the algorithm's length
 * ({@link SuitCheck#DIGEST_LENGTH}).
 *
 * @param algorithm  the algorithm the digest is compared under
 * @param bytes      the digest bytes as received
 * @param comparison {@link Comparison#EXACT} for every digest that passed its checks; the other value
 *                   only when a knocked-out check let a digest through that no algorithm fits
 */
record SuitDigest(DigestAlgorithm algorithm, byte[] bytes, Comparison comparison) {

    /** How a digest is compared with the digest of the data. */
    enum Comparison {
        /** The digest under {@link #algorithm}, byte for byte, in constant time. */
        EXACT,
        /**
         * The received bytes against the first bytes of SHA-256, whatever the algorithm id says: what a
         * processor that implements SHA-256 only and checks neither the id nor the length does.
         */
        SHA256_PREFIX
    }

    SuitDigest {
        bytes = bytes.clone();
    }

    SuitDigest(DigestAlgorithm algorithm, byte[] bytes) {
        this(algorithm, bytes, Comparison.EXACT);
    }

    /** Parses a SUIT_Digest; a wrong shape is {@link SuitCheck#DIGEST_SHAPE}. */
    static SuitDigest parse(CborItem item, String what) {
        CborArray array = item.asArray(what);
        if (array.size() < 2) {
            throw SuitCheck.DIGEST_SHAPE.rejection(what + " must be [algorithm-id, digest-bytes] (§10), found "
                    + array.size() + " element(s)");
        }
        CborInt id = array.get(0).asInt(what + " algorithm-id");
        Optional<DigestAlgorithm> known = id.asLong().flatMap(DigestAlgorithm::fromCoseId);
        if (known.isEmpty()) {
            SuitCheck.DIGEST_ALGORITHM.fail(what + " uses digest algorithm " + id.bigValue()
                    + "; this processor implements SHA-256 (-16), SHA-384 (-43) and SHA-512 (-44) (§10)");
            return new SuitDigest(DigestAlgorithm.SHA_256, array.get(1).asBytes(what + " digest-bytes").content()
                    .toByteArray(), Comparison.SHA256_PREFIX);
        }
        DigestAlgorithm algorithm = known.get();
        Span digest = array.get(1).asBytes(what + " digest-bytes").content();
        if (array.size() > 2) {
            // knocked out: the extension parameters are ignored
            SuitCheck.DIGEST_EXTENSIONS.fail(what + " carries " + (array.size() - 2)
                    + " extension parameter(s) after the digest bytes, starting " + Diagnostic.of(array.get(2))
                    + "; " + algorithm + " takes none, so their meaning is unknown");
        }
        if (digest.length() != algorithm.length()) {
            SuitCheck.DIGEST_LENGTH.fail(what + " has " + digest.length() + " digest bytes; " + algorithm
                    + " digests are " + algorithm.length() + " bytes");
            return new SuitDigest(DigestAlgorithm.SHA_256, digest.toByteArray(), Comparison.SHA256_PREFIX);
        }
        return new SuitDigest(algorithm, digest.toByteArray());
    }

    /** Whether the digest of {@code data}, as received, equals this one; compared in constant time. */
    boolean matches(Span data) {
        MessageDigest engine = algorithm.newDigest();
        data.updateDigest(engine);
        return equalsDigest(engine.digest());
    }

    /**
     * Whether {@code image}'s digest equals this one: never when the device does not know the image's
     * digest under this algorithm (a described image is known by SHA-256 only).
     */
    boolean matches(Image image) {
        return image.digest(algorithm).map(this::equalsDigest).orElse(false);
    }

    private boolean equalsDigest(byte[] actual) {
        if (comparison == Comparison.SHA256_PREFIX) {
            return bytes.length <= actual.length && MessageDigest.isEqual(Arrays.copyOf(actual, bytes.length), bytes);
        }
        return MessageDigest.isEqual(actual, bytes);
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
        return other instanceof SuitDigest that && algorithm == that.algorithm && comparison == that.comparison
                && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return (algorithm.hashCode() * 31 + comparison.hashCode()) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return algorithm + " " + hex();
    }
}
