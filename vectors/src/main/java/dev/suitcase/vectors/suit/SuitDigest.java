package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * A SUIT_Digest, {@code [algorithm-id, digest-bytes]} (draft-ietf-suit-manifest-37 §10). The
 * factory methods compute real digests; the canonical constructor takes any algorithm id and bytes,
 * so that a vector can carry a digest that lies about its algorithm or its value.
 *
 * @param algorithmId the COSE algorithm id of the hash function
 * @param digest      the digest bytes
 */
public record SuitDigest(long algorithmId, Bytes digest) {
    public SuitDigest {
        Objects.requireNonNull(digest, "digest");
    }

    /** The SHA-256 digest of {@code data}, the algorithm every processor implements (§10). */
    public static SuitDigest sha256(Bytes data) {
        return new SuitDigest(SuitLabels.DigestAlgorithm.SHA_256, hash("SHA-256", data));
    }

    public static SuitDigest sha384(Bytes data) {
        return new SuitDigest(SuitLabels.DigestAlgorithm.SHA_384, hash("SHA-384", data));
    }

    public static SuitDigest sha512(Bytes data) {
        return new SuitDigest(SuitLabels.DigestAlgorithm.SHA_512, hash("SHA-512", data));
    }

    /** This digest with another algorithm id and the same bytes. */
    public SuitDigest withAlgorithmId(long newAlgorithmId) {
        return new SuitDigest(newAlgorithmId, digest);
    }

    /** This digest with bit 0 of its last byte flipped. */
    public SuitDigest withLastBitFlipped() {
        byte[] changed = digest.toByteArray();
        changed[changed.length - 1] ^= 0x01;
        return new SuitDigest(algorithmId, Bytes.of(changed));
    }

    public CborValue value() {
        return CborValue.array(CborValue.integer(algorithmId), CborValue.bytes(digest));
    }

    /** The encoded SUIT_Digest array. */
    public Bytes encode() {
        return value().toBytes();
    }

    private static Bytes hash(String algorithm, Bytes data) {
        try {
            return Bytes.of(MessageDigest.getInstance(algorithm).digest(data.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
