package dev.suitcase.verifier.suit;

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
 */
public final class Image {
    /** The largest concrete image accepted, in bytes: the CBOR input limit, so a manifest cannot exceed it either. */
    public static final int MAX_CONTENT_BYTES = 16 * 1024 * 1024;

    private final long size;
    private final byte[] content;
    private final Map<DigestAlgorithm, byte[]> digests;

    private Image(long size, byte[] content, Map<DigestAlgorithm, byte[]> digests) {
        this.size = size;
        this.content = content;
        this.digests = digests;
    }

    /** A concrete image; its digests under every supported algorithm are computed once, here. */
    public static Image of(byte[] content) {
        if (content.length > MAX_CONTENT_BYTES) {
            throw new IllegalArgumentException("an image of " + content.length + " bytes exceeds the simulation's limit of "
                    + MAX_CONTENT_BYTES + " bytes");
        }
        byte[] copy = content.clone();
        Map<DigestAlgorithm, byte[]> digests = new EnumMap<>(DigestAlgorithm.class);
        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            digests.put(algorithm, algorithm.newDigest().digest(copy));
        }
        return new Image(copy.length, copy, digests);
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
        return Optional.ofNullable(digests.get(algorithm)).map(byte[]::clone);
    }

    /** Whether the image's digest under {@code algorithm} is known and equals {@code expected}, in constant time. */
    boolean digestEquals(DigestAlgorithm algorithm, byte[] expected) {
        byte[] actual = digests.get(algorithm);
        return actual != null && MessageDigest.isEqual(actual, expected);
    }

    /** Whether the bytes are known and equal {@code expected}; constant time for equal lengths (§8.4.9.3). */
    boolean contentEquals(byte[] expected) {
        return content != null && MessageDigest.isEqual(content, expected);
    }

    /** Lowercase hex of the SHA-256 digest, which every image has. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(digests.get(DigestAlgorithm.SHA_256));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Image that
                && size == that.size
                && Arrays.equals(content, that.content)
                && Arrays.equals(digests.get(DigestAlgorithm.SHA_256), that.digests.get(DigestAlgorithm.SHA_256));
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, Arrays.hashCode(digests.get(DigestAlgorithm.SHA_256)));
    }

    @Override
    public String toString() {
        return (content != null ? "image" : "described image") + " of " + size + " bytes, SHA-256 " + sha256Hex();
    }
}
