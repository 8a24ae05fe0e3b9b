package dev.suitcase.vectors.families.hss;

import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.crypto.LmOtsType;
import dev.suitcase.verifier.crypto.LmsType;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameter sets of an HSS key as a row of a table holds them: one tree per level, top level first,
 * each with its LMS type, its LM-OTS type and the leaf q it signs at, and how the key is made. What a
 * vector's text says about the key (lengths, chain counts, leaf counts, node numbers) is computed here
 * from the types, by RFC 8554 §4, §5 and §6 and RFC 9858, with the reference verifier's tables
 * ({@link LmsType}, {@link LmOtsType}); {@link #sign} checks every such number against the signature
 * actually made, so a text cannot drift from its bytes and a mistake in those tables stops the
 * generation instead of shaping a vector.
 *
 * @param trees  the levels, top first: 1 to 8
 * @param sparse whether the key is an {@link HssSparseTreeKey}, which signs once at the given leaves;
 *               otherwise it is a BouncyCastle key ({@link HssLmsTestKey}), which signs its leaves in
 *               order, so it first spends the one-time keys before the given leaves
 */
record HssParameters(List<Tree> trees, boolean sparse) {
    private static final String[] SPELLED = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"};

    /**
     * One level of the key.
     *
     * @param lms  the tree's parameter set
     * @param ots  the parameter set of its one-time keys
     * @param leaf q, the leaf that signs at this level
     */
    record Tree(LmsType lms, LmOtsType ots, long leaf) {
        Tree {
            Objects.requireNonNull(lms, "lms");
            Objects.requireNonNull(ots, "ots");
            if (leaf < 0 || leaf >= lms.leafCount()) {
                throw new IllegalArgumentException("leaf " + leaf + " is outside a tree of height " + lms.h());
            }
        }

        /** The two registry names, e.g. {@code LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4}. */
        String name() {
            return lms + " / " + ots;
        }

        /** Whether the tree hashes with another function or output length than its one-time keys. */
        boolean mixesHashFunctions() {
            return lms.shake256() != ots.shake256() || lms.m() != ots.n();
        }

        /** u32str(q) || LM-OTS signature || u32str(type) || path (RFC 8554 §5.4.1). */
        int signatureLength() {
            return lms.signatureLength(ots);
        }

        private LMSigParameters bouncyCastleTree() {
            return LMSigParameters.getParametersForType(lms.code());
        }

        private LMOtsParameters bouncyCastleOts() {
            return LMOtsParameters.getParametersForType(ots.code());
        }

        /**
         * The words of this tree, each with {@code suffix} appended to its name: the registry names and
         * codes, n, m, h, w, p, ls, 2^w - 1 ({@code max-step}), 2^h ({@code leaves}), q and its node
         * number 2^h + q, q as a power of two or as 2^h - 1 where it is one.
         */
        private void words(String suffix, Map<String, String> words) {
            words.put("lms" + suffix, lms.toString());
            words.put("ots" + suffix, ots.toString());
            words.put("tree" + suffix, name());
            words.put("short" + suffix, "H" + lms.h() + "/W" + ots.w());
            words.put("lms-code" + suffix, String.format("0x%02x", lms.code()));
            words.put("ots-code" + suffix, String.format("0x%02x", ots.code()));
            words.put("lms-key-length" + suffix, Integer.toString(lms.publicKeyLength()));
            words.put("n" + suffix, Integer.toString(ots.n()));
            words.put("n-bits" + suffix, Integer.toString(8 * ots.n()));
            words.put("m" + suffix, Integer.toString(lms.m()));
            words.put("h" + suffix, Integer.toString(lms.h()));
            if (lms.h() < SPELLED.length) {
                words.put("h-word" + suffix, SPELLED[lms.h()]);
            }
            words.put("w" + suffix, Integer.toString(ots.w()));
            words.put("p" + suffix, Integer.toString(ots.p()));
            words.put("ls" + suffix, Integer.toString(ots.ls()));
            words.put("max-step" + suffix, Integer.toString((1 << ots.w()) - 1));
            words.put("leaves" + suffix, Long.toString(lms.leafCount()));
            words.put("q" + suffix, Long.toString(leaf));
            words.put("node" + suffix, Long.toString(lms.leafCount() + leaf));
            if (leaf > 1 && Long.bitCount(leaf) == 1) {
                words.put("q-power" + suffix, "2^" + Long.numberOfTrailingZeros(leaf));
            }
            if (leaf == lms.leafCount() - 1) {
                words.put("q-last" + suffix, "2^" + lms.h() + " - 1");
            }
        }
    }

    /** A key, its signature, and the key as an HSS-LMS COSE_Key (RFC 8778). */
    record Signed(byte[] publicKey, byte[] signature) {
        Bytes coseKey() {
            return CoseKeys.hssLms(publicKey);
        }
    }

    HssParameters {
        trees = List.copyOf(trees);
        if (trees.isEmpty() || trees.size() > 8) {
            throw new IllegalArgumentException("HSS has 1 to 8 levels (RFC 8554 §6), not " + trees.size());
        }
    }

    static Tree tree(LmsType lms, LmOtsType ots) {
        return new Tree(lms, ots, 0);
    }

    static Tree tree(LmsType lms, LmOtsType ots, long leaf) {
        return new Tree(lms, ots, leaf);
    }

    /** A BouncyCastle key signing at these trees' leaves. */
    static HssParameters generated(Tree... trees) {
        return new HssParameters(List.of(trees), false);
    }

    /** A sparse tree key signing at these trees' leaves. */
    static HssParameters sparse(Tree... trees) {
        return new HssParameters(List.of(trees), true);
    }

    /** The top tree. */
    Tree top() {
        return trees.get(0);
    }

    /** L, the number of levels. */
    int levels() {
        return trees.size();
    }

    /**
     * The HSS signature's length: u32str(Nspk), one LMS signature per level and one signed LMS public key
     * per level below the top (RFC 8554 §6.2).
     */
    int signatureLength() {
        int length = 4;
        for (int level = 0; level < levels(); level++) {
            length += trees.get(level).signatureLength();
            if (level > 0) {
                length += trees.get(level).lms().publicKeyLength();
            }
        }
        return length;
    }

    /** u32str(L) || the top tree's LMS public key (RFC 8554 §6.1). */
    int publicKeyLength() {
        return 4 + top().lms().publicKeyLength();
    }

    /**
     * How many signatures a key that signs its leaves in order makes before the one at these leaves: a
     * lower tree is replaced by the next when its 2^h leaves are spent.
     */
    long signaturesBefore() {
        long index = 0;
        for (Tree tree : trees) {
            index = index * tree.lms().leafCount() + tree.leaf();
        }
        return index;
    }

    /**
     * Whether the key hashes with more than one function or output length: within a tree, or from one
     * level to the next. Whether a verifier must accept such a key is not settled (a hash-mix vector).
     */
    boolean mixesHashFunctions() {
        for (Tree tree : trees) {
            if (tree.mixesHashFunctions() || tree.lms().shake256() != top().lms().shake256()
                    || tree.lms().m() != top().lms().m()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words a text about the key may use: {@code levels} (L), {@code nspk} (L - 1), both also spelled
     * out ({@code levels-word}, {@code nspk-word}), {@code signature-length}, {@code public-key-length},
     * {@code hash} (e.g. {@code SHA-256/192}) where one function hashes the whole key, and for a key that
     * signs its leaves in order {@code signature-ordinal} ("33rd"); then the words of the top tree
     * ({@code lms}, {@code p}, {@code leaves}, {@code q}, ...), and the same words of every level with its
     * number appended ({@code q-1} for the top, {@code q-2} for the level below).
     */
    Map<String, String> words() {
        Map<String, String> words = new HashMap<>();
        words.put("levels", Integer.toString(levels()));
        words.put("levels-word", SPELLED[levels()]);
        words.put("nspk", Integer.toString(levels() - 1));
        words.put("nspk-word", SPELLED[levels() - 1]);
        words.put("signature-length", Integer.toString(signatureLength()));
        words.put("public-key-length", Integer.toString(publicKeyLength()));
        if (!mixesHashFunctions()) {
            words.put("hash", (top().lms().shake256() ? "SHAKE256/" : "SHA-256/") + 8 * top().lms().m());
        }
        if (!sparse) {
            words.put("signature-ordinal", ordinal(signaturesBefore() + 1));
        }
        top().words("", words);
        for (int level = 0; level < levels(); level++) {
            trees.get(level).words("-" + (level + 1), words);
        }
        return words;
    }

    /**
     * The flags that follow from the key, in this order: {@code HashFamilyMix} for a key mixing hash
     * functions, else {@code ParameterSet}; {@code MultiLevel} for L &gt; 1, {@code MixedLevels} when the
     * levels of one hash function use different parameter sets, {@code MaximumLevels} for L = 8; the hash
     * function where it is not SHA-256/256 ({@code Sha256M24}, {@code ShakeM32}, {@code ShakeM24});
     * {@code SparseTree}; {@code TallTree} for a single tree of height 15 or more.
     */
    List<String> flags() {
        List<String> flags = new ArrayList<>();
        boolean mixed = mixesHashFunctions();
        flags.add(mixed ? "HashFamilyMix" : "ParameterSet");
        if (levels() > 1) {
            flags.add("MultiLevel");
        }
        if (!mixed && trees.stream().anyMatch(tree -> tree.lms() != top().lms() || tree.ots() != top().ots())) {
            flags.add("MixedLevels");
        }
        if (levels() == 8) {
            flags.add("MaximumLevels");
        }
        if (!mixed && (top().lms().shake256() || top().lms().m() != 32)) {
            flags.add((top().lms().shake256() ? "Shake" : "Sha256") + "M" + top().lms().m());
        }
        if (sparse) {
            flags.add("SparseTree");
        }
        if (levels() == 1 && top().lms().h() >= 15) {
            flags.add("TallTree");
        }
        return flags;
    }

    /**
     * Makes a key of these parameters from {@code label} and signs {@code message} at the trees' leaves.
     *
     * @throws IllegalStateException if the key or signature differs from what the types and leaves say:
     *                               its length, a type code or a leaf
     */
    Signed sign(String label, byte[] message) {
        byte[] publicKey;
        byte[] signature;
        if (sparse) {
            HssSparseTreeKey key = HssSparseTreeKey.generate(label, trees.stream()
                    .map(tree -> new HssSparseTreeKey.Level(tree.bouncyCastleTree(), tree.bouncyCastleOts(), tree.leaf()))
                    .toList());
            publicKey = key.publicKey();
            signature = key.sign(message);
        } else {
            HssLmsTestKey key = HssLmsTestKey.generate(label, trees.stream()
                    .map(tree -> LMSParameters.create(tree.bouncyCastleTree(), tree.bouncyCastleOts()))
                    .toList());
            for (long spent = 0; spent < signaturesBefore(); spent++) {
                key.sign(message);
            }
            publicKey = key.publicKey();
            signature = key.sign(message);
        }
        check(label, publicKey, signature);
        return new Signed(publicKey, signature);
    }

    /**
     * Checks that {@code publicKey} and {@code signature} are what these parameters say: the lengths RFC 8554
     * gives for them, and at every level the LMS and LM-OTS type codes and the leaf of the table.
     *
     * @param label names the key in the error
     * @throws IllegalStateException at the first difference
     */
    void check(String label, byte[] publicKey, byte[] signature) {
        if (publicKey.length != publicKeyLength() || signature.length != signatureLength()) {
            throw new IllegalStateException(label + ": the key of " + this + " is " + publicKey.length + " bytes and "
                    + "its signature " + signature.length + ", where RFC 8554 gives " + publicKeyLength() + " and "
                    + signatureLength());
        }
        HssSignatureLayout layout = HssSignatureLayout.parse(publicKey, signature);
        if (layout.levelCount() != levels()) {
            throw new IllegalStateException(label + ": the signature has " + layout.levelCount() + " levels, the table "
                    + levels());
        }
        for (int level = 0; level < levels(); level++) {
            Tree tree = trees.get(level);
            HssSignatureLayout.LmsSignatureFields fields = layout.level(level);
            if (layout.u32At(fields.lmsType()) != tree.lms().code() || layout.u32At(fields.otsType()) != tree.ots().code()
                    || layout.u32At(fields.q()) != tree.leaf()) {
                throw new IllegalStateException(label + ": level " + (level + 1) + " of the signature is not "
                        + tree.name() + " at leaf " + tree.leaf());
            }
        }
    }

    /** {@code number} as an English ordinal in digits: 1st, 2nd, 3rd, 4th, 11th, 21st. */
    static String ordinal(long number) {
        long lastTwo = number % 100;
        String suffix = switch ((int) (number % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return number + (lastTwo >= 11 && lastTwo <= 13 ? "th" : suffix);
    }
}
