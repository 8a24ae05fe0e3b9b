package dev.suitcase.vectors.model;

import java.util.Objects;

/**
 * What a component of the simulated device holds, or what a payload URI serves: either the image's
 * bytes, or a stand-in known only by its size and SHA-256 digest. Described images exist for
 * manifests whose image digests no real bytes hash to, such as the draft-ietf-suit-manifest-37
 * Appendix B examples (their digests are the dummy {@code 00112233…}); the reference verifier's
 * {@code Image.described} is the same notion. Image Match (§8.4.9.2) works on both; a condition or
 * digest that needs the bytes, or another digest algorithm, fails on a described image.
 */
public sealed interface DeviceImage {

    /** An image whose bytes the vector carries. */
    static DeviceImage of(Bytes content) {
        return new Content(content);
    }

    /** An image known only by its size in bytes and its 32-byte SHA-256 digest. */
    static DeviceImage described(long size, Bytes sha256) {
        return new Described(size, sha256);
    }

    /** The image's bytes. */
    record Content(Bytes bytes) implements DeviceImage {
        public Content {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * An image known by size and digest.
     *
     * @param size   the size in bytes, at most 2^53-1 so that every JSON parser reads it exactly
     * @param sha256 the SHA-256 digest of the image, 32 bytes
     */
    record Described(long size, Bytes sha256) implements DeviceImage {
        private static final int SHA256_BYTES = 32;

        public Described {
            Objects.requireNonNull(sha256, "sha256");
            if (size < 0 || size > Device.MAX_SEQUENCE_NUMBER) {
                throw new IllegalArgumentException("image size " + size + " is outside 0.." + Device.MAX_SEQUENCE_NUMBER);
            }
            if (sha256.length() != SHA256_BYTES) {
                throw new IllegalArgumentException("a SHA-256 digest has " + SHA256_BYTES + " bytes, not " + sha256.length());
            }
        }
    }
}
