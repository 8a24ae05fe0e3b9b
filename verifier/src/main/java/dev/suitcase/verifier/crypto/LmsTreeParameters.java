package dev.suitcase.verifier.crypto;

import java.util.Objects;

/**
 * The two parameter sets of one LMS tree, as its public key declares them: the LMS type (hash,
 * m, h) and the LM-OTS type of its one-time keys (n, w, p). A signature made with the tree must
 * carry these same two types (RFC 8554 §5.4.2, Algorithm 6a), and they fix its exact length.
 */
record LmsTreeParameters(LmsType lmsType, LmOtsType otsType) {

    LmsTreeParameters {
        Objects.requireNonNull(lmsType, "lmsType");
        Objects.requireNonNull(otsType, "otsType");
    }

    /**
     * Reads one LMS public key, {@code u32str(type) || u32str(otstype) || I || T[1]} (RFC 8554
     * §5.3), checking that both type codes are registered and that I and T[1] are all there. The
     * caller decides whether more bytes may follow. An unregistered code leaves the lengths unknown,
     * so nothing can go on past it.
     *
     * @param name           what the key is, for details ("top-level LMS public key", "level 1 public key")
     * @param unknownLmsType the check that rejects an unregistered LMS type code here
     * @param unknownOtsType the check that rejects an unregistered LM-OTS type code here
     */
    static LmsTreeParameters readPublicKey(FieldReader reader, String name, KeyCheck unknownLmsType,
                                           KeyCheck unknownOtsType) {
        long lmsCode = reader.u32(name + " LMS type");
        LmsType lmsType = LmsType.fromCode(lmsCode).orElseThrow(() -> unknownLmsType.rejection(
                reader.subject() + ": " + name + ": LMS type " + LmsType.describe(lmsCode)));
        long otsCode = reader.u32(name + " LM-OTS type");
        LmOtsType otsType = LmOtsType.fromCode(otsCode).orElseThrow(() -> unknownOtsType.rejection(
                reader.subject() + ": " + name + ": LM-OTS type " + LmOtsType.describe(otsCode)));
        reader.skip(LmsType.IDENTIFIER_LENGTH, name + " I");
        reader.skip(lmsType.m(), name + " T[1] (m = " + lmsType.m() + " for " + lmsType + ")");
        return new LmsTreeParameters(lmsType, otsType);
    }

    @Override
    public String toString() {
        return lmsType + "/" + otsType;
    }
}
