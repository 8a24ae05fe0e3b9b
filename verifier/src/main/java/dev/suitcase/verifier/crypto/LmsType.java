package dev.suitcase.verifier.crypto;

import java.util.Optional;

/**
 * The LMS parameter sets (the tree's hash function, node size m and height h) the verifier knows,
 * by their registered type code: RFC 8554 §5.1 Table 2 (SHA-256, m = 32) and RFC 9858 (SHA-256/192,
 * SHAKE256/256 and SHAKE256/192, the SP 800-208 sets). These are exactly the sets BouncyCastle 1.87
 * verifies ({@code org.bouncycastle.crypto.params.LMSigParameters}); the codes were checked against
 * it and against RFC 9858's test vectors.
 *
 * <p>The constant names are the registry names, so details print as the specifications do.
 */
public enum LmsType {
    LMS_SHA256_M32_H5(0x05, 32, 5),
    LMS_SHA256_M32_H10(0x06, 32, 10),
    LMS_SHA256_M32_H15(0x07, 32, 15),
    LMS_SHA256_M32_H20(0x08, 32, 20),
    LMS_SHA256_M32_H25(0x09, 32, 25),
    LMS_SHA256_M24_H5(0x0a, 24, 5),
    LMS_SHA256_M24_H10(0x0b, 24, 10),
    LMS_SHA256_M24_H15(0x0c, 24, 15),
    LMS_SHA256_M24_H20(0x0d, 24, 20),
    LMS_SHA256_M24_H25(0x0e, 24, 25),
    LMS_SHAKE_M32_H5(0x0f, 32, 5),
    LMS_SHAKE_M32_H10(0x10, 32, 10),
    LMS_SHAKE_M32_H15(0x11, 32, 15),
    LMS_SHAKE_M32_H20(0x12, 32, 20),
    LMS_SHAKE_M32_H25(0x13, 32, 25),
    LMS_SHAKE_M24_H5(0x14, 24, 5),
    LMS_SHAKE_M24_H10(0x15, 24, 10),
    LMS_SHAKE_M24_H15(0x16, 24, 15),
    LMS_SHAKE_M24_H20(0x17, 24, 20),
    LMS_SHAKE_M24_H25(0x18, 24, 25);

    /** I, the 16-byte key pair identifier in every LMS public key (RFC 8554 §5.3). */
    static final int IDENTIFIER_LENGTH = 16;

    private final int code;
    private final int m;
    private final int h;

    LmsType(int code, int m, int h) {
        this.code = code;
        this.m = m;
        this.h = h;
    }

    /** The type code as it appears, as u32str, in keys and signatures. */
    public int code() {
        return code;
    }

    /** Bytes per tree node, and so the length of T[1] and of each authentication path node. */
    public int m() {
        return m;
    }

    /** Height of the tree: it has 2^h leaves, so a signature's leaf index q must be below 2^h. */
    public int h() {
        return h;
    }

    /** Whether the tree hashes with SHAKE256 (RFC 9858's LMS_SHAKE_* sets) rather than SHA-256, truncated to m bytes. */
    public boolean shake256() {
        return code >= LMS_SHAKE_M32_H5.code;
    }

    /** 2^h, the number of one-time keys in the tree and the bound on q (RFC 8554 §5.4.2, Algorithm 6a). */
    public long leafCount() {
        return 1L << h;
    }

    /** u32str(type) || u32str(otstype) || I || T[1] (RFC 8554 §5.3). */
    public int publicKeyLength() {
        return 4 + 4 + IDENTIFIER_LENGTH + m;
    }

    /** The authentication path: h nodes of m bytes (RFC 8554 §5.4.1). */
    public int pathLength() {
        return m * h;
    }

    /** u32str(q) || LM-OTS signature || u32str(type) || path: the exact length Algorithm 6a demands. */
    public int signatureLength(LmOtsType otsType) {
        return 4 + otsType.signatureLength() + 4 + pathLength();
    }

    /** The parameter set registered under {@code code}, if the verifier knows it. */
    public static Optional<LmsType> fromCode(long code) {
        for (LmsType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** A received type code in words: its registry name if known, else that it is not registered. */
    static String describe(long code) {
        return fromCode(code)
                .map(type -> type + " (" + FieldReader.hexU32(code) + ")")
                .orElse(FieldReader.hexU32(code) + ", which is not a registered LMS type (known: "
                        + FieldReader.hexU32(LMS_SHA256_M32_H5.code) + " to "
                        + FieldReader.hexU32(LMS_SHAKE_M24_H25.code) + ", RFC 8554 §5.1 and RFC 9858)");
    }
}
