package dev.suitcase.verifier.crypto;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

import org.bouncycastle.crypto.params.HSSPublicKeyParameters;
import org.bouncycastle.crypto.params.LMSPublicKeyParameters;
import org.bouncycastle.crypto.signers.lms.LMSContext;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An HSS-LMS public key (COSE alg -46, RFC 8778): {@code u32str(L) || LMS public key} (RFC 8554
 * §6.1), the LMS public key being {@code u32str(type) || u32str(otstype) || I || T[1]} (§5.3).
 *
 * <p>{@link #fromEncoded} accepts only 1 &le; L &le; 8 (RFC 8554 §6), registered LMS and LM-OTS
 * types ({@link LmsType}, {@link LmOtsType}: RFC 8554 and RFC 9858) and the exact length those
 * types fix. {@link #verify} checks the whole signature structure itself ({@link HssSignature})
 * and only then asks BouncyCastle for the hash chains and Merkle paths, on the raw message: HSS
 * hashes internally, COSE does not pre-hash (RFC 8778). A leaf index outside its tree, which only a
 * knocked-out check lets through and BouncyCastle refuses, is verified by {@link LmsArithmetic}.
 *
 * <p>Within one tree, the LMS and LM-OTS types are taken as the key declares them; a key whose LMS
 * and LM-OTS hash functions differ is not rejected here.
 */
public final class HssPublicKey implements PublicKey {
    /** RFC 8554 §6: "The number of levels is denoted as L and is between one and eight, inclusive." */
    public static final int MAX_LEVELS = 8;

    private final byte[] encoded;
    private final long levels;
    private final LmsTreeParameters topTree;
    private final HSSPublicKeyParameters library;

    private HssPublicKey(byte[] encoded, long levels, LmsTreeParameters topTree, HSSPublicKeyParameters library) {
        this.encoded = encoded;
        this.levels = levels;
        this.topTree = topTree;
        this.library = library;
    }

    /**
     * Parses and checks a raw HSS public key (the COSE_Key {@code pub} parameter of RFC 8778).
     *
     * @throws Rejection with {@link Reason#BAD_KEY} saying what is wrong
     */
    public static HssPublicKey fromEncoded(byte[] pub) {
        Objects.requireNonNull(pub, "pub");
        byte[] encoded = pub.clone();
        FieldReader reader = new FieldReader(encoded, KeyCheck.HSS_KEY_TRUNCATED, "HSS public key");
        long levels = reader.u32("L");
        boolean levelsInRange = levels >= 1 && levels <= MAX_LEVELS;
        if (!levelsInRange) {
            KeyCheck.HSS_LEVELS.fail("HSS public key has L = " + levels + " levels; RFC 8554 §6 allows 1 to "
                    + MAX_LEVELS);
        }
        LmsTreeParameters topTree = LmsTreeParameters.readPublicKey(reader, "top-level LMS public key",
                KeyCheck.HSS_KEY_LMS_TYPE_UNKNOWN, KeyCheck.HSS_KEY_OTS_TYPE_UNKNOWN);
        reader.requireEnd("T[1] of the top-level " + topTree.lmsType() + " public key", KeyCheck.HSS_KEY_TRAILING_BYTES);
        HSSPublicKeyParameters library = levelsInRange && reader.position() == encoded.length
                ? libraryKey(encoded)
                : libraryKeyFromParts(levels, Arrays.copyOfRange(encoded, 4, reader.position()));
        return new HssPublicKey(encoded, levels, topTree, library);
    }

    private static HSSPublicKeyParameters libraryKey(byte[] encoded) {
        try {
            return HSSPublicKeyParameters.getInstance(encoded.clone());
        } catch (IOException | RuntimeException failure) {
            throw libraryRefused(failure);
        }
    }

    /**
     * The library's key for one a knocked-out check let through (L outside 1..8, bytes after T[1]),
     * built as a processor without the check would read it: L as given, the LMS public key alone.
     * BouncyCastle's own parser refuses both, so the key is assembled from its parts.
     */
    private static HSSPublicKeyParameters libraryKeyFromParts(long levels, byte[] lmsPublicKey) {
        try {
            return new HSSPublicKeyParameters((int) levels, LMSPublicKeyParameters.getInstance(lmsPublicKey));
        } catch (IOException | RuntimeException failure) {
            throw libraryRefused(failure);
        }
    }

    /**
     * BouncyCastle reads what the checks above read (L, two registered type codes, I and T[1]) and
     * knows exactly the parameter sets {@link LmsType} and {@link LmOtsType} accept, so no input makes
     * it refuse a key they let through: if it does, the verifier and its library disagree, an
     * internal error that the fail-closed net turns into a rejection.
     */
    private static IllegalStateException libraryRefused(Exception failure) {
        return new IllegalStateException("BouncyCastle refused an HSS public key that every RFC 8554 structure check "
                + "of the verifier accepts: the verifier and its library disagree", failure);
    }

    /** L, the number of levels of the hierarchy: 1 to 8 unless a test knocked {@link KeyCheck#HSS_LEVELS} out. */
    public long levels() {
        return levels;
    }

    /** The LMS parameter set of the top-level tree. */
    public LmsType lmsType() {
        return topTree.lmsType();
    }

    /** The LM-OTS parameter set of the top-level tree's one-time keys. */
    public LmOtsType lmOtsType() {
        return topTree.otsType();
    }

    /** The key as received, {@code u32str(L) || LMS public key}; a copy. */
    public byte[] encoded() {
        return encoded.clone();
    }

    LmsTreeParameters topTree() {
        return topTree;
    }

    /** The top-level LMS public key, u32str(type) || u32str(otstype) || I || T[1], without L or trailing bytes. */
    private byte[] topPublicKey() {
        return Arrays.copyOfRange(encoded, 4, 4 + topTree.lmsType().publicKeyLength());
    }

    @Override
    public Algorithm.Family family() {
        return Algorithm.Family.HSS_LMS;
    }

    /**
     * Verifies an HSS signature over {@code message} (for COSE, the ToBeSigned bytes themselves).
     * A signature whose structure is wrong anywhere is {@link Reason#SIGNATURE_MALFORMED}; a
     * well-formed one that does not verify, or on which the library fails, is
     * {@link Reason#SIGNATURE_INVALID}. No profile changes HSS-LMS verification.
     */
    @Override
    public void verify(byte[] message, int offset, int length, byte[] signature, VerifierOptions options) {
        Objects.requireNonNull(message, "message");
        Objects.checkFromIndexSize(offset, length, message.length);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(options, "options");
        HssSignature structure = HssSignature.parse(signature, this);
        Optional<String> failure;
        try {
            boolean verified = structure.hasLeafOutsideItsTree()
                    ? LmsArithmetic.hssVerifies(topPublicKey(), structure, structure.forLibrary(), message, offset, length)
                    : libraryVerifies(libraryKeyFor(structure), message, offset, length, structure.forLibrary());
            failure = verified ? Optional.empty()
                    : Optional.of("HSS signature is well formed (L = " + levels + ", " + structure.describeLeafIndices()
                    + ") but does not verify: at some level the root recomputed from C, y, q and the path (RFC 8554"
                    + " §5.4.2 Algorithm 6a, §4.6 Algorithm 4b) is not the signing key's T[1], so the message, a"
                    + " signed public key or the signature was altered");
        } catch (RuntimeException libraryFailure) {
            failure = Optional.of("BouncyCastle failed on an HSS signature whose structure passed every RFC 8554"
                    + " check (" + structure.describeLeafIndices() + "): " + libraryFailure.getClass().getSimpleName()
                    + (libraryFailure.getMessage() == null ? "" : ": " + libraryFailure.getMessage())
                    + "; counted as not verified");
        }
        failure.ifPresent(KeyCheck.HSS_ROOT_MISMATCH::fail);
    }

    /**
     * BouncyCastle's {@code HSSSigner.verifySignature(message, signature)}, step for step, on a range
     * of an array: {@code HSSSigner} takes the message only as a whole array, or buffers it. A
     * signature BouncyCastle cannot take apart does not verify, as there.
     */
    private static boolean libraryVerifies(HSSPublicKeyParameters key, byte[] message, int offset, int length,
                                           byte[] signature) {
        LMSContext context;
        try {
            context = key.generateLMSContext(signature);
        } catch (RuntimeException unreadable) {
            return false;
        }
        context.update(message, offset, length);
        return key.verify(context);
    }

    /**
     * The key the library verifies {@code structure} with: this one, unless a knocked-out Nspk rule let
     * the signature declare another number of levels, which BouncyCastle checks against its key's L;
     * then the top tree with the signature's number of levels, as a processor without the rule uses it.
     */
    private HSSPublicKeyParameters libraryKeyFor(HssSignature structure) {
        return structure.levelCount() == levels ? library : libraryKeyFromParts(structure.levelCount(), topPublicKey());
    }

    @Override
    public String toString() {
        return "HSS-LMS public key (L = " + levels + ", top tree " + topTree + ")";
    }
}
