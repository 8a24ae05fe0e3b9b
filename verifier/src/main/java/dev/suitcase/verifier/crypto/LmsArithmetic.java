package dev.suitcase.verifier.crypto;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHAKEDigest;

import java.util.Arrays;

/**
 * HSS verification (RFC 8554 §6.3 Algorithm 8, each level by §5.4.2 Algorithm 6a and §4.6
 * Algorithm 4b) in the verifier's own arithmetic, for the one input BouncyCastle will not take: a
 * leaf index q at or above 2^h, which only a test that knocks {@link KeyCheck#LMS_Q_RANGE} out lets
 * through (BouncyCastle throws on it). BouncyCastle verifies everything else; LmsArithmeticTest
 * checks this arithmetic against RFC 8554's and RFC 9858's test cases and against BouncyCastle.
 *
 * <p>A processor without the range check computes the candidate root as Algorithm 6a does, from
 * node number 2^h + q, and walks up the path it was given, one node per level of the tree: h steps.
 * For q &gt;= 2^h the node numbers it hashes belong to no node of a tree whose leaves are 0 to
 * 2^h - 1, so the root of such a tree is never reached; a key whose T[1] was itself computed by that
 * walk, from the out-of-range leaf, verifies. (Algorithm 6a's loop runs while the node number is
 * above 1, which for q &gt;= 2^h would read past the h nodes of the path; a processor bounded by the
 * path it holds stops after h.)
 *
 * <p>The signature is read with the structure {@link HssSignature#parse} found (the key's type
 * codes, L levels): every length is known, nothing is read past the end.
 */
final class LmsArithmetic {
    private static final int D_PBLC = 0x8080;
    private static final int D_MESG = 0x8181;
    private static final int D_LEAF = 0x8282;
    private static final int D_INTR = 0x8383;
    private static final int IDENTIFIER_AT = 8;

    private LmsArithmetic() {
    }

    /**
     * Whether {@code signature} (as {@link HssSignature#forLibrary} gives it) verifies {@code length}
     * bytes of {@code message} from {@code offset} under the top-level LMS public key
     * {@code topPublicKey} (u32str(type) || u32str(otstype) || I || T[1]).
     */
    static boolean hssVerifies(byte[] topPublicKey, HssSignature structure, byte[] signature, byte[] message,
                               int offset, int length) {
        byte[] publicKey = topPublicKey;
        int position = 4;
        for (int level = 0; level < structure.levelCount(); level++) {
            LmsTreeParameters tree = structure.tree(level);
            int signatureLength = tree.lmsType().signatureLength(tree.otsType());
            byte[] lmsSignature = Arrays.copyOfRange(signature, position, position + signatureLength);
            position += signatureLength;
            boolean verified;
            byte[] signedKey = null;
            if (level < structure.levelCount() - 1) {
                int keyLength = structure.tree(level + 1).lmsType().publicKeyLength();
                signedKey = Arrays.copyOfRange(signature, position, position + keyLength);
                position += keyLength;
                verified = lmsVerifies(publicKey, tree, lmsSignature, signedKey, 0, signedKey.length);
            } else {
                verified = lmsVerifies(publicKey, tree, lmsSignature, message, offset, length);
            }
            if (!verified) {
                return false;
            }
            publicKey = signedKey;
        }
        return true;
    }

    /** RFC 8554 §5.4.2 Algorithm 6a: the candidate root Tc of one LMS signature, compared with T[1]. */
    private static boolean lmsVerifies(byte[] publicKey, LmsTreeParameters tree, byte[] signature, byte[] message,
                                       int offset, int length) {
        LmsType lmsType = tree.lmsType();
        LmOtsType otsType = tree.otsType();
        byte[] identifier = Arrays.copyOfRange(publicKey, IDENTIFIER_AT, IDENTIFIER_AT + LmsType.IDENTIFIER_LENGTH);
        byte[] root = Arrays.copyOfRange(publicKey, IDENTIFIER_AT + LmsType.IDENTIFIER_LENGTH,
                IDENTIFIER_AT + LmsType.IDENTIFIER_LENGTH + lmsType.m());
        long q = u32(signature, 0);
        byte[] otsPublicKey = otsCandidate(otsType, identifier, q, signature, message, offset, length);
        int pathAt = 4 + otsType.signatureLength() + 4;
        long node = lmsType.leafCount() + q;
        byte[] value = hash(lmsType.shake256(), lmsType.m(), identifier, u32str(node), u16str(D_LEAF), otsPublicKey);
        for (int i = 0; i < lmsType.h(); i++) {
            byte[] sibling = Arrays.copyOfRange(signature, pathAt + i * lmsType.m(), pathAt + (i + 1) * lmsType.m());
            byte[] parent = u32str(node / 2);
            value = node % 2 == 1
                    ? hash(lmsType.shake256(), lmsType.m(), identifier, parent, u16str(D_INTR), sibling, value)
                    : hash(lmsType.shake256(), lmsType.m(), identifier, parent, u16str(D_INTR), value, sibling);
            node /= 2;
        }
        return Arrays.equals(value, root);
    }

    /**
     * RFC 8554 §4.6 Algorithm 4b: the one-time public key Kc the LM-OTS signature at the start of
     * {@code lmsSignature} (after q) implies for the message.
     */
    private static byte[] otsCandidate(LmOtsType type, byte[] identifier, long q, byte[] lmsSignature, byte[] message,
                                       int offset, int length) {
        int n = type.n();
        byte[] qBytes = u32str(q);
        int randomizerAt = 4 + 4;
        byte[] randomizer = Arrays.copyOfRange(lmsSignature, randomizerAt, randomizerAt + n);
        byte[] digest = hash(type.shake256(), n, identifier, qBytes, u16str(D_MESG), randomizer,
                Arrays.copyOfRange(message, offset, offset + length));
        byte[] withChecksum = Arrays.copyOf(digest, n + 2);
        int checksum = checksum(type, digest);
        withChecksum[n] = (byte) (checksum >>> 8);
        withChecksum[n + 1] = (byte) checksum;
        int max = (1 << type.w()) - 1;
        byte[] chains = new byte[type.p() * n];
        for (int i = 0; i < type.p(); i++) {
            int chainAt = randomizerAt + n + i * n;
            byte[] value = Arrays.copyOfRange(lmsSignature, chainAt, chainAt + n);
            for (int j = coefficient(withChecksum, i, type.w()); j < max; j++) {
                value = hash(type.shake256(), n, identifier, qBytes, u16str(i), new byte[] {(byte) j}, value);
            }
            System.arraycopy(value, 0, chains, i * n, n);
        }
        return hash(type.shake256(), n, identifier, qBytes, u16str(D_PBLC), chains);
    }

    /** RFC 8554 §4.4 Algorithm 2: the checksum of the digest, shifted left by ls. */
    private static int checksum(LmOtsType type, byte[] digest) {
        int max = (1 << type.w()) - 1;
        int sum = 0;
        for (int i = 0; i < type.n() * 8 / type.w(); i++) {
            sum += max - coefficient(digest, i, type.w());
        }
        return sum << type.ls();
    }

    /** coef(S, i, w), RFC 8554 §3.1.3. */
    private static int coefficient(byte[] bytes, int i, int w) {
        int shift = 8 - (w * (i % (8 / w)) + w);
        return ((bytes[i * w / 8] & 0xff) >>> shift) & ((1 << w) - 1);
    }

    /** SHA-256 truncated to {@code length} bytes, or SHAKE256 with {@code length} bytes of output (RFC 9858). */
    private static byte[] hash(boolean shake256, int length, byte[]... parts) {
        Digest digest = shake256 ? new SHAKEDigest(256) : new SHA256Digest();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] output = new byte[length];
        if (shake256) {
            ((SHAKEDigest) digest).doFinal(output, 0, length);
        } else {
            byte[] full = new byte[digest.getDigestSize()];
            digest.doFinal(full, 0);
            System.arraycopy(full, 0, output, 0, length);
        }
        return output;
    }

    private static long u32(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xff);
        }
        return value;
    }

    /** u32str of the low 32 bits: a node number 2^h + q above 2^32 - 1 wraps, as in 32-bit arithmetic. */
    private static byte[] u32str(long value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static byte[] u16str(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }
}
