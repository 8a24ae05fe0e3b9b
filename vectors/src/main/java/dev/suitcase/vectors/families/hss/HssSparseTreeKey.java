package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.testkeys.SeededRandom;
import dev.suitcase.vectors.model.Bytes;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.suitcase.vectors.families.hss.HssSignatureLayout.concat;
import static dev.suitcase.vectors.families.hss.HssSignatureLayout.u32;

/**
 * An HSS key that signs one message, at leaves chosen in advance, without building its trees.
 *
 * <p>BouncyCastle's key generator computes every one-time key of a tree to find its root, 2^h of
 * them: an H15 or H25 tree, or an H10 tree with W8, costs seconds to minutes, too much for a corpus
 * regenerated on every build. A verifier, though, only ever sees one leaf and its authentication
 * path (RFC 8554 §5.4.2, Algorithm 6a). So each tree here has one real LM-OTS key pair, at the
 * chosen leaf q, and its h path nodes are pseudorandom values; T[1] is the root computed from the
 * leaf and that path, exactly as a verifier computes it. The result is a valid key and a valid
 * signature by every rule of RFC 8554; no other leaf of the tree can ever sign, which nothing in the
 * verifier can observe. A unit test checks that BouncyCastle verifies what this produces.
 *
 * <p>The one-time secrets follow RFC 8554 Appendix A (x[i] = H(I || u32str(q) || u16str(i) ||
 * u8str(0xff) || SEED)) and C is derived the same way with i = 0xfffd, as the reference
 * implementation does; I, SEED and the path come from a {@link SeededRandom} keyed by the label, so
 * the same label and levels give the same bytes on every run. The key signs once: a second
 * signature would reuse the one-time keys.
 */
public final class HssSparseTreeKey {
    private static final int D_PBLC = 0x8080;
    private static final int D_MESG = 0x8181;
    private static final int D_LEAF = 0x8282;
    private static final int D_INTR = 0x8383;
    private static final int RANDOMIZER_INDEX = 0xfffd;
    private static final int SEED_LENGTH = 32;

    private final List<SparseTree> trees;
    private boolean used;

    private HssSparseTreeKey(List<SparseTree> trees) {
        this.trees = List.copyOf(trees);
    }

    /** One level of the hierarchy: its parameter sets and the leaf that signs, a u32 (RFC 8554 §5.4.1). */
    public record Level(LMSigParameters tree, LMOtsParameters ots, long leaf) {
        public Level {
            Objects.requireNonNull(tree, "tree");
            Objects.requireNonNull(ots, "ots");
            if (leaf < 0 || leaf > 0xffffffffL) {
                throw new IllegalArgumentException("leaf " + leaf + " is not a u32");
            }
        }

        boolean insideItsTree() {
            return leaf < 1L << tree.getH();
        }
    }

    /** A key with one tree per level, top level first: 1 to 8 levels, each signing leaf inside its tree. */
    public static HssSparseTreeKey generate(String label, List<Level> levels) {
        if (levels.isEmpty() || levels.size() > 8) {
            throw new IllegalArgumentException("HSS has 1 to 8 levels (RFC 8554 §6), not " + levels.size());
        }
        for (Level level : levels) {
            if (!level.insideItsTree()) {
                throw new IllegalArgumentException("leaf " + level.leaf() + " is outside a tree of height "
                        + level.tree().getH());
            }
        }
        return generateAsGiven(label, levels);
    }

    /**
     * A key as {@link #generate} makes it, but with any number of levels and signing leaves anywhere:
     * for the vectors that show what a verifier without the level or leaf range rules accepts. A leaf
     * q at or above 2^h gets the root a walk from node 2^h + q up h path nodes computes, as such a
     * verifier computes it (RFC 8554 §5.4.2, Algorithm 6a, without the range check).
     */
    static HssSparseTreeKey generateAsGiven(String label, List<Level> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a key has at least one level");
        }
        SeededRandom random = new SeededRandom("suitcase hss-lms sparse tree key: " + label);
        List<SparseTree> trees = new ArrayList<>();
        for (Level level : levels) {
            trees.add(SparseTree.generate(level, random));
        }
        return new HssSparseTreeKey(trees);
    }

    /** u32str(L) || the top tree's LMS public key (RFC 8554 §6.1). */
    byte[] publicKey() {
        return concat(u32(trees.size()), trees.get(0).publicKey());
    }

    /** The public key as an HSS-LMS COSE_Key (RFC 8778). */
    public Bytes coseKey() {
        return CoseKeys.hssLms(publicKey());
    }

    /** The HSS signature over {@code message} (RFC 8554 §6.2); a key signs once. */
    public byte[] sign(byte[] message) {
        if (used) {
            throw new IllegalStateException("a sparse tree key has one leaf per tree and has signed already");
        }
        used = true;
        byte[] signature = u32(trees.size() - 1);
        for (int level = 0; level < trees.size() - 1; level++) {
            byte[] lower = trees.get(level + 1).publicKey();
            signature = concat(signature, trees.get(level).sign(lower), lower);
        }
        return concat(signature, trees.get(trees.size() - 1).sign(message));
    }

    /** One LMS tree of which only the signing leaf and its authentication path exist. */
    private static final class SparseTree {
        private final Level level;
        private final byte[] identifier;
        private final byte[] seed;
        private final byte[][] path;
        private final byte[] root;

        private SparseTree(Level level, byte[] identifier, byte[] seed, byte[][] path) {
            this.level = level;
            this.identifier = identifier;
            this.seed = seed;
            this.path = path;
            this.root = rootFrom(leafHash(otsPublicKey()));
        }

        static SparseTree generate(Level level, SeededRandom random) {
            byte[] identifier = new byte[HssSignatureLayout.IDENTIFIER_LENGTH];
            random.nextBytes(identifier);
            byte[] seed = new byte[SEED_LENGTH];
            random.nextBytes(seed);
            byte[][] path = new byte[level.tree().getH()][level.tree().getM()];
            for (byte[] node : path) {
                random.nextBytes(node);
            }
            return new SparseTree(level, identifier, seed, path);
        }

        /** u32str(type) || u32str(otstype) || I || T[1] (RFC 8554 §5.3). */
        byte[] publicKey() {
            return concat(u32(level.tree().getType()), u32(level.ots().getType()), identifier, root);
        }

        /** u32str(q) || LM-OTS signature || u32str(type) || path (RFC 8554 §5.4.1). */
        byte[] sign(byte[] message) {
            byte[] signature = concat(u32(level.leaf()), otsSign(message), u32(level.tree().getType()));
            for (byte[] node : path) {
                signature = concat(signature, node);
            }
            return signature;
        }

        /** RFC 8554 §4.5, Algorithm 3: u32str(otstype) || C || y[0..p-1]. */
        private byte[] otsSign(byte[] message) {
            LMOtsParameters ots = level.ots();
            byte[] randomizer = otsHash(prefix(), u16(RANDOMIZER_INDEX), new byte[] {(byte) 0xff}, seed);
            byte[] digest = otsHash(prefix(), u16(D_MESG), randomizer, message);
            byte[] withChecksum = concat(digest, u16(checksum(digest)));
            byte[] signature = concat(u32(ots.getType()), randomizer);
            for (int i = 0; i < ots.getP(); i++) {
                signature = concat(signature, chain(i, coefficient(withChecksum, i), secret(i)));
            }
            return signature;
        }

        /** RFC 8554 §4.3, Algorithm 1: K = H(I || u32str(q) || u16str(D_PBLC) || y[0] || ... || y[p-1]). */
        private byte[] otsPublicKey() {
            LMOtsParameters ots = level.ots();
            byte[] chains = new byte[0];
            for (int i = 0; i < ots.getP(); i++) {
                chains = concat(chains, chain(i, (1 << ots.getW()) - 1, secret(i)));
            }
            return otsHash(prefix(), u16(D_PBLC), chains);
        }

        /** x[i] by the pseudorandom key generation of RFC 8554 Appendix A. */
        private byte[] secret(int i) {
            return otsHash(prefix(), u16(i), new byte[] {(byte) 0xff}, seed);
        }

        /** {@code steps} applications of the chain function to {@code start}, from j = 0. */
        private byte[] chain(int i, int steps, byte[] start) {
            byte[] value = start;
            for (int j = 0; j < steps; j++) {
                value = otsHash(prefix(), u16(i), new byte[] {(byte) j}, value);
            }
            return value;
        }

        /** RFC 8554 §4.4, Algorithm 2: the checksum, shifted left by ls. */
        private int checksum(byte[] digest) {
            LMOtsParameters ots = level.ots();
            int max = (1 << ots.getW()) - 1;
            int sum = 0;
            for (int i = 0; i < ots.getN() * 8 / ots.getW(); i++) {
                sum += max - coefficient(digest, i);
            }
            return sum << ots.getLs();
        }

        /** coef(S, i, w), RFC 8554 §3.1.3. */
        private int coefficient(byte[] bytes, int i) {
            int w = level.ots().getW();
            int shift = 8 - (w * (i % (8 / w)) + w);
            return ((bytes[i * w / 8] & 0xff) >>> shift) & ((1 << w) - 1);
        }

        /** T[1] from the leaf hash and the path, as RFC 8554 §5.4.2 Algorithm 6a step 4 computes it. */
        private byte[] rootFrom(byte[] leaf) {
            long node = (1L << level.tree().getH()) + level.leaf();
            byte[] value = leaf;
            for (byte[] sibling : path) {
                byte[] parent = u32(node / 2);
                value = node % 2 == 1
                        ? treeHash(identifier, parent, u16(D_INTR), sibling, value)
                        : treeHash(identifier, parent, u16(D_INTR), value, sibling);
                node /= 2;
            }
            return value;
        }

        private byte[] leafHash(byte[] otsPublicKey) {
            long node = (1L << level.tree().getH()) + level.leaf();
            return treeHash(identifier, u32(node), u16(D_LEAF), otsPublicKey);
        }

        private byte[] prefix() {
            return concat(identifier, u32(level.leaf()));
        }

        private byte[] otsHash(byte[]... parts) {
            return hash(level.ots().getDigestOID(), level.ots().getN(), parts);
        }

        private byte[] treeHash(byte[]... parts) {
            return hash(level.tree().getDigestOID(), level.tree().getM(), parts);
        }
    }

    /** SHA-256 truncated to {@code length} bytes, or SHAKE256 with {@code length} bytes of output (RFC 9858). */
    private static byte[] hash(ASN1ObjectIdentifier function, int length, byte[]... parts) {
        byte[] output = new byte[length];
        if (function.equals(NISTObjectIdentifiers.id_sha256)) {
            SHA256Digest digest = new SHA256Digest();
            for (byte[] part : parts) {
                digest.update(part, 0, part.length);
            }
            byte[] full = new byte[digest.getDigestSize()];
            digest.doFinal(full, 0);
            System.arraycopy(full, 0, output, 0, length);
        } else if (function.equals(NISTObjectIdentifiers.id_shake256_len)) {
            SHAKEDigest digest = new SHAKEDigest(256);
            for (byte[] part : parts) {
                digest.update(part, 0, part.length);
            }
            digest.doFinal(output, 0, length);
        } else {
            throw new IllegalArgumentException("no LMS hash function is registered under " + function);
        }
        return output;
    }

    private static byte[] u16(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }
}
