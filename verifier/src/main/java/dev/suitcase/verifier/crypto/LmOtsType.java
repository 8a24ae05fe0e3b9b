package dev.suitcase.verifier.crypto;

import java.util.Optional;

/**
 * The LM-OTS parameter sets (hash output n, Winternitz width w, chain count p, checksum shift ls)
 * the verifier knows, by their registered type code: RFC 8554 §4.1 Table 1 (SHA-256, n = 32) and
 * RFC 9858 (SHA-256/192, SHAKE256/256 and SHAKE256/192). These are exactly the sets BouncyCastle
 * 1.87 verifies ({@code org.bouncycastle.crypto.params.LMOtsParameters}). p and ls follow from n
 * and w by RFC 8554 Appendix B; they are tabulated, as in the RFCs, and a test recomputes them.
 *
 * <p>The constant names are the registry names, so details print as the specifications do.
 */
public enum LmOtsType {
    LMOTS_SHA256_N32_W1(0x01, 32, 1, 265, 7),
    LMOTS_SHA256_N32_W2(0x02, 32, 2, 133, 6),
    LMOTS_SHA256_N32_W4(0x03, 32, 4, 67, 4),
    LMOTS_SHA256_N32_W8(0x04, 32, 8, 34, 0),
    LMOTS_SHA256_N24_W1(0x05, 24, 1, 200, 8),
    LMOTS_SHA256_N24_W2(0x06, 24, 2, 101, 6),
    LMOTS_SHA256_N24_W4(0x07, 24, 4, 51, 4),
    LMOTS_SHA256_N24_W8(0x08, 24, 8, 26, 0),
    LMOTS_SHAKE_N32_W1(0x09, 32, 1, 265, 7),
    LMOTS_SHAKE_N32_W2(0x0a, 32, 2, 133, 6),
    LMOTS_SHAKE_N32_W4(0x0b, 32, 4, 67, 4),
    LMOTS_SHAKE_N32_W8(0x0c, 32, 8, 34, 0),
    LMOTS_SHAKE_N24_W1(0x0d, 24, 1, 200, 8),
    LMOTS_SHAKE_N24_W2(0x0e, 24, 2, 101, 6),
    LMOTS_SHAKE_N24_W4(0x0f, 24, 4, 51, 4),
    LMOTS_SHAKE_N24_W8(0x10, 24, 8, 26, 0);

    private final int code;
    private final int n;
    private final int w;
    private final int p;
    private final int ls;

    LmOtsType(int code, int n, int w, int p, int ls) {
        this.code = code;
        this.n = n;
        this.w = w;
        this.p = p;
        this.ls = ls;
    }

    /** The type code as it appears, as u32str, in keys and signatures. */
    public int code() {
        return code;
    }

    /** Bytes of hash output: the length of C and of each y[i]. */
    public int n() {
        return n;
    }

    /** Winternitz width in bits. */
    public int w() {
        return w;
    }

    /** Number of n-byte chains y[0..p-1] in a signature. */
    public int p() {
        return p;
    }

    /** Left shift of the checksum (RFC 8554 §4.4). */
    public int ls() {
        return ls;
    }

    /** Whether the one-time keys hash with SHAKE256 (RFC 9858's LMOTS_SHAKE_* sets) rather than SHA-256, truncated to n bytes. */
    public boolean shake256() {
        return code >= LMOTS_SHAKE_N32_W1.code;
    }

    /** u32str(type) || C || y[0] || ... || y[p-1]: 4 + n(p+1) bytes (RFC 8554 §4.5, Algorithm 4b step 1). */
    public int signatureLength() {
        return 4 + n * (p + 1);
    }

    /** The parameter set registered under {@code code}, if the verifier knows it. */
    public static Optional<LmOtsType> fromCode(long code) {
        for (LmOtsType type : values()) {
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
                .orElse(FieldReader.hexU32(code) + ", which is not a registered LM-OTS type (known: "
                        + FieldReader.hexU32(LMOTS_SHA256_N32_W1.code) + " to "
                        + FieldReader.hexU32(LMOTS_SHAKE_N24_W8.code) + ", RFC 8554 §4.1 and RFC 9858)");
    }
}
