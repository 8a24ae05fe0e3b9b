package dev.suitcase.verifier.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The structure of an HSS signature, checked in full before any hash is computed (RFC 8554 §6.3,
 * with §5.4.2 Algorithm 6a for each LMS signature and §4.6 Algorithm 4b for each LM-OTS one):
 *
 * <pre>
 * u32str(Nspk) || (LMS signature, signed LMS public key) x Nspk || LMS signature
 * LMS signature = u32str(q) || u32str(otstype) || C || y[0..p-1] || u32str(type) || path[0..h-1]
 * </pre>
 *
 * <p>Level 0 is the top tree, verified by the key's own LMS public key; level i + 1 is verified
 * by the public key signed at level i. For every level: q, the LM-OTS type (equal to the verifying
 * key's), C and the y chains, the LMS type (equal to the verifying key's), q &lt; 2^h and the path;
 * every signed public key is read with the checks of a top-level key. Nspk must be L - 1 and no byte
 * may follow the last LMS signature. Every failure is {@link dev.suitcase.verifier.Reason#SIGNATURE_MALFORMED}
 * naming the level and field; nothing is read past the end.
 *
 * <p>What this does not check is the arithmetic: whether the one-time signatures and paths lead
 * to the roots. That is the library's part (or {@link LmsArithmetic}'s, for a q the library refuses),
 * on {@link #forLibrary}: the signature as received, or, where a test knocked a check out, the bytes a
 * processor without that check would in effect verify. Without the Nspk rule, a processor does what
 * Algorithm 8 does without its step 2: it reads the Nspk + 1 levels the signature declares, and then
 * verifies the chain under the key's top tree (the library is handed a key of Nspk + 1 levels). Without
 * a type rule it reads each LMS signature with its key's types whatever codes it carries, as a
 * verifier of one parameter set reading fixed offsets does; without the trailing-bytes rule it stops
 * after the last level. The type codes are not hashed, so handing the library the key's values is
 * going on "as is".
 */
final class HssSignature {
    private final List<LmsTreeParameters> levels;
    private final List<Long> leafIndices;
    private final byte[] forLibrary;

    private HssSignature(List<LmsTreeParameters> levels, List<Long> leafIndices, byte[] forLibrary) {
        this.levels = List.copyOf(levels);
        this.leafIndices = List.copyOf(leafIndices);
        this.forLibrary = forLibrary;
    }

    /** Parses {@code signature} against the structure {@code key} demands; throws a Rejection if it does not fit. */
    static HssSignature parse(byte[] signature, HssPublicKey key) {
        FieldReader reader = new FieldReader(signature, KeyCheck.HSS_SIGNATURE_TRUNCATED, "HSS signature");
        Fixes fixes = new Fixes(signature);
        long nspk = reader.u32("Nspk");
        if (nspk != key.levels() - 1) {
            // Knocked out, the signature has the Nspk + 1 levels it declares: RFC 8554 §6.3 Algorithm 8
            // without its step 2, which reads as many signed public keys as Nspk says.
            KeyCheck.HSS_NSPK.fail("HSS signature has Nspk = " + nspk + " but the key has L = " + key.levels()
                    + " level" + (key.levels() == 1 ? "" : "s") + "; RFC 8554 §6.3 requires Nspk = L - 1 = "
                    + (key.levels() - 1) + ", one signed public key per level below the top");
        }
        long levelCount = nspk + 1;
        List<LmsTreeParameters> levels = new ArrayList<>();
        List<Long> leafIndices = new ArrayList<>();
        LmsTreeParameters verifying = key.topTree();
        for (long level = 0; level < levelCount; level++) {
            levels.add(verifying);
            leafIndices.add(readLmsSignature(reader, level, verifying, fixes));
            if (level < levelCount - 1) {
                verifying = LmsTreeParameters.readPublicKey(reader, "level " + (level + 1) + " public key",
                        KeyCheck.HSS_SIGNED_KEY_LMS_TYPE_UNKNOWN, KeyCheck.HSS_SIGNED_KEY_OTS_TYPE_UNKNOWN);
            }
        }
        reader.requireEnd("the level " + (levelCount - 1) + " LMS signature", KeyCheck.HSS_SIGNATURE_TRAILING_BYTES);
        fixes.end(reader.position());
        return new HssSignature(levels, leafIndices, fixes.bytes());
    }

    /** Reads one LMS signature made by the tree {@code verifying} and returns its leaf index q. */
    private static long readLmsSignature(FieldReader reader, long level, LmsTreeParameters verifying, Fixes fixes) {
        String where = "level " + level + " LMS signature";
        long q = reader.u32(where + " q");
        int otsCodeAt = reader.position();
        long otsCode = reader.u32(where + " LM-OTS type");
        LmOtsType otsType = verifying.otsType();
        if (otsCode != otsType.code()) {
            KeyCheck.LMS_OTS_TYPE_MISMATCH.fail("level " + level + ": LM-OTS type " + LmOtsType.describe(otsCode)
                    + " in the signature differs from " + otsType + " (" + FieldReader.hexU32(otsType.code())
                    + ") of the key that verifies it; RFC 8554 §5.4.2 Algorithm 6a requires them to be equal");
            fixes.u32(otsCodeAt, otsType.code());
        }
        reader.skip(otsType.n(), where + " C (n = " + otsType.n() + " for " + otsType + ")");
        reader.skip(otsType.n() * otsType.p(), where + " y[0.." + (otsType.p() - 1) + "] (p = " + otsType.p()
                + " chains of n = " + otsType.n() + " bytes for " + otsType + ")");
        int lmsCodeAt = reader.position();
        long lmsCode = reader.u32(where + " LMS type");
        LmsType lmsType = verifying.lmsType();
        if (lmsCode != lmsType.code()) {
            KeyCheck.LMS_TYPE_MISMATCH.fail("level " + level + ": LMS type " + LmsType.describe(lmsCode)
                    + " in the signature differs from " + lmsType + " (" + FieldReader.hexU32(lmsType.code())
                    + ") of the key that verifies it; RFC 8554 §5.4.2 Algorithm 6a requires them to be equal");
            fixes.u32(lmsCodeAt, lmsType.code());
        }
        if (q >= lmsType.leafCount()) {
            // Knocked out, q goes on as it is, to LmsArithmetic: BouncyCastle throws on such a q.
            KeyCheck.LMS_Q_RANGE.fail("level " + level + ": q = " + q + " is not below 2^h = "
                    + lmsType.leafCount() + " for " + lmsType + "; RFC 8554 §5.4.2 Algorithm 6a rejects a leaf "
                    + "index outside the tree");
        }
        reader.skip(lmsType.pathLength(), where + " path[0.." + (lmsType.h() - 1) + "] (h = " + lmsType.h()
                + " nodes of m = " + lmsType.m() + " bytes for " + lmsType + ")");
        return q;
    }

    /** L, the number of LMS signatures in the HSS signature. */
    int levelCount() {
        return levels.size();
    }

    /** The parameter sets of the tree that made the LMS signature at {@code level} (0 = top). */
    LmsTreeParameters tree(int level) {
        return levels.get(level);
    }

    /** The leaf index q of the LMS signature at {@code level}. */
    long leafIndex(int level) {
        return leafIndices.get(level);
    }

    /** Whether some level's q is not below 2^h, which only a knocked-out {@link KeyCheck#LMS_Q_RANGE} lets through. */
    boolean hasLeafOutsideItsTree() {
        for (int level = 0; level < levels.size(); level++) {
            if (leafIndices.get(level) >= levels.get(level).lmsType().leafCount()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bytes to verify: the signature as received, unless a knocked-out check let a field through
     * that a processor without the check would read as the key declares it (see the class comment).
     */
    byte[] forLibrary() {
        return forLibrary;
    }

    /** The leaf indices, top level first, for details: "q = 5, 10". */
    String describeLeafIndices() {
        StringBuilder text = new StringBuilder("q = ");
        for (int level = 0; level < leafIndices.size(); level++) {
            text.append(level == 0 ? "" : ", ").append(leafIndices.get(level));
        }
        return text.toString();
    }

    /**
     * The fields a knocked-out check let through, replaced by the values the key declares, and the
     * end of the last field; the received array itself when nothing was replaced or cut.
     */
    private static final class Fixes {
        private final byte[] received;
        private byte[] fixed;

        Fixes(byte[] received) {
            this.received = received;
        }

        void u32(int offset, long value) {
            if (fixed == null) {
                fixed = received.clone();
            }
            for (int i = 0; i < 4; i++) {
                fixed[offset + i] = (byte) (value >>> (8 * (3 - i)));
            }
        }

        void end(int length) {
            if (length != received.length) {
                fixed = Arrays.copyOf(fixed == null ? received : fixed, length);
            }
        }

        byte[] bytes() {
            return fixed == null ? received : fixed;
        }
    }
}
