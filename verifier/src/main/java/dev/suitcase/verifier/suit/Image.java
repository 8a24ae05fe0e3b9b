package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.cbor.Span;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of a component or of a payload on the simulated device. Immutable.
 *
 * <p>An image is either <em>concrete</em> (the simulation holds its bytes, so any supported digest
 * and a byte-by-byte comparison can be computed) or <em>described</em>: a stand-in known only by
 * its size and SHA-256 digest. Described images let a device hold firmware whose bytes nobody has,
 * such as the images of the draft-ietf-suit-manifest-37 Appendix B examples, whose image digests
 * are dummies ({@code 00112233…}) that no real bytes hash to. Image Match (§8.4.9.2) compares the
 * SHA-256 of either kind; Check Content (§8.4.9.3) needs the bytes, and fails on a described image.
 * A concrete image computes each digest when it is first needed.
 */
public final class Image {
    /** The largest concrete image accepted, in bytes: the CBOR input limit, so a manifest cannot exceed it either. */
    public static final int MAX_CONTENT_BYTES = 16 * 1024 * 1024;

    private final long size;
    private final byte[] content;
    /**
     * The digests known so far. A described image's is fixed at construction; a concrete image's
     * are computed on first use and kept, since most images are only ever compared by SHA-256 and
     * hashing a large image three times would cost more than processing the envelope.
     */
    private final Map<DigestAlgorithm, byte[]> digests;

    private Image(long size, byte[] content, Map<DigestAlgorithm, byte[]> digests) {
        this.size = size;
        this.content = content;
        this.digests = digests;
    }

    /** A concrete image of a copy of {@code content}. */
    public static Image of(byte[] content) {
        checkSize(content.length);
        return concrete(content.clone());
    }

    /** A concrete image of a copy of the bytes of {@code content}, copied once. */
    static Image of(Span content) {
        checkSize(content.length());
        return concrete(content.toByteArray());
    }

    private static void checkSize(int length) {
        if (length > MAX_CONTENT_BYTES) {
            throw new IllegalArgumentException("an image of " + length + " bytes exceeds the simulation's limit of "
                    + MAX_CONTENT_BYTES + " bytes");
        }
    }

    /** A concrete image that takes ownership of {@code copy}. */
    private static Image concrete(byte[] copy) {
        return new Image(copy.length, copy, new EnumMap<>(DigestAlgorithm.class));
    }

    /** A described image: one the device holds but the simulation knows only by size and SHA-256. */
    public static Image described(long size, byte[] sha256) {
        if (size < 0) {
            throw new IllegalArgumentException("an image size cannot be negative: " + size);
        }
        if (sha256.length != DigestAlgorithm.SHA_256.length()) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + sha256.length);
        }
        Map<DigestAlgorithm, byte[]> digests = new EnumMap<>(DigestAlgorithm.class);
        digests.put(DigestAlgorithm.SHA_256, sha256.clone());
        return new Image(size, null, digests);
    }

    /** The size in bytes. */
    public long size() {
        return size;
    }

    /** The bytes, copied, if the image is concrete. */
    public Optional<byte[]> content() {
        return Optional.ofNullable(content).map(byte[]::clone);
    }

    public boolean isConcrete() {
        return content != null;
    }

    /** The image's digest under {@code algorithm}, if known: always for a concrete image, SHA-256 only for a described one. */
    public Optional<byte[]> digest(DigestAlgorithm algorithm) {
        return Optional.ofNullable(knownDigest(algorithm)).map(byte[]::clone);
    }

    /** The digest, computed now if the image is concrete and it was not needed before; null if unknown. */
    private byte[] knownDigest(DigestAlgorithm algorithm) {
        if (content == null) {
            return digests.get(algorithm);
        }
        // Images are shared between threads (one device for many envelopes), so the map is guarded.
        synchronized (digests) {
            return digests.computeIfAbsent(algorithm, unknown -> unknown.newDigest().digest(content));
        }
    }

    /** Whether the bytes are known and equal {@code expected}; constant time for equal lengths (§8.4.9.3). */
    boolean contentEquals(byte[] expected) {
        return content != null && MessageDigest.isEqual(content, expected);
    }

    /** Lowercase hex of the SHA-256 digest, which every image has. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(knownDigest(DigestAlgorithm.SHA_256));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Image that
                && size == that.size
                && Arrays.equals(content, that.content)
                && Arrays.equals(knownDigest(DigestAlgorithm.SHA_256), that.knownDigest(DigestAlgorithm.SHA_256));
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, Arrays.hashCode(knownDigest(DigestAlgorithm.SHA_256)));
    }

    @Override
    public String toString() {
        return (content != null ? "image" : "described image") + " of " + size + " bytes, SHA-256 " + sha256Hex();
    }
}
