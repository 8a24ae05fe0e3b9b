package dev.suitcase.verifier.suit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The digest algorithms this processor implements for SUIT_Digest (draft-ietf-suit-manifest-37 §10):
 * SHA-256, which every manifest processor MUST implement, and the OPTIONAL SHA-384 and SHA-512.
 * Other COSE hash algorithms, such as SHAKE128 (-18) and SHAKE256 (-45), are rejected with
 * {@link dev.suitcase.verifier.Reason#UNSUPPORTED_DIGEST}.
 */
public enum DigestAlgorithm {
    SHA_256(-16, "SHA-256", 32),
    SHA_384(-43, "SHA-384", 48),
    SHA_512(-44, "SHA-512", 64);

    private final int coseId;
    private final String jcaName;
    private final int length;

    DigestAlgorithm(int coseId, String jcaName, int length) {
        this.coseId = coseId;
        this.jcaName = jcaName;
        this.length = length;
    }

    /** The COSE algorithm identifier (IANA COSE Algorithms registry). */
    public int coseId() {
        return coseId;
    }

    /** The digest length in bytes. */
    public int length() {
        return length;
    }

    /** A fresh digest engine; every Java platform provides these three (JCA standard names). */
    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is required of every Java platform", e);
        }
    }

    public static Optional<DigestAlgorithm> fromCoseId(long coseId) {
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.coseId == coseId) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return jcaName + " (" + coseId + ")";
    }
}
