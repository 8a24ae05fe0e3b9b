package dev.suitcase.vectors.families.hss;

import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A well-formed HSS signature with its fields located, so that a family can change exactly one of
 * them (RFC 8554 §6.2 and §5.4.1):
 *
 * <pre>
 * u32str(Nspk) || (LMS signature, signed LMS public key) x Nspk || LMS signature
 * LMS signature  = u32str(q) || u32str(otstype) || C || y[0..p-1] || u32str(type) || path[0..h-1]
 * LMS public key = u32str(type) || u32str(otstype) || I || T[1]
 * </pre>
 *
 * <p>The parameter sets come from BouncyCastle's tables, not from the reference verifier, so that
 * a mistake in the verifier's tables cannot shape the vectors that test it. Every edit returns a
 * new array; the layout itself never changes.
 */
final class HssSignatureLayout {
    static final int U32 = 4;
    static final int IDENTIFIER_LENGTH = 16;

    private final byte[] signature;
    private final List<LmsSignatureFields> levels;
    private final List<LmsPublicKeyFields> signedKeys;

    private HssSignatureLayout(byte[] signature, List<LmsSignatureFields> levels, List<LmsPublicKeyFields> signedKeys) {
        this.signature = signature;
        this.levels = List.copyOf(levels);
        this.signedKeys = List.copyOf(signedKeys);
    }

    /**
     * Locates the fields of {@code signature}, made under the HSS public key {@code publicKey}.
     *
     * @throws IllegalArgumentException if the signature is not well formed for the key; the
     *                                  families mutate only signatures they know to be valid
     */
    static HssSignatureLayout parse(byte[] publicKey, byte[] signature) {
        long levelCount = u32(publicKey, 0);
        long nspk = u32(signature, 0);
        if (nspk != levelCount - 1) {
            throw new IllegalArgumentException("signature has Nspk = " + nspk + " but the key has L = " + levelCount);
        }
        LmsPublicKeyFields verifying = LmsPublicKeyFields.at(publicKey, U32);
        List<LmsSignatureFields> levels = new ArrayList<>();
        List<LmsPublicKeyFields> signedKeys = new ArrayList<>();
        int offset = U32;
        for (int level = 0; level < levelCount; level++) {
            LmsSignatureFields fields = new LmsSignatureFields(offset, verifying.tree(), verifying.ots());
            if (u32(signature, fields.otsType()) != fields.ots().getType()
                    || u32(signature, fields.lmsType()) != fields.tree().getType()) {
                throw new IllegalArgumentException("level " + level + " type codes differ from its key's");
            }
            levels.add(fields);
            offset = fields.end();
            if (level < levelCount - 1) {
                verifying = LmsPublicKeyFields.at(signature, offset);
                signedKeys.add(verifying);
                offset = verifying.end();
            }
        }
        if (offset != signature.length) {
            throw new IllegalArgumentException("signature is " + signature.length + " bytes, its fields " + offset);
        }
        return new HssSignatureLayout(signature.clone(), levels, signedKeys);
    }

    /** L, the number of LMS signatures. */
    int levelCount() {
        return levels.size();
    }

    /** The LMS signature at {@code level}, 0 being the top tree's. */
    LmsSignatureFields level(int level) {
        return levels.get(level);
    }

    /** The LMS signature at the bottom, the one over the message. */
    LmsSignatureFields bottom() {
        return levels.get(levels.size() - 1);
    }

    /** The public key of the tree at {@code level} (1 to L-1), as signed by the level above. */
    LmsPublicKeyFields signedKey(int level) {
        return signedKeys.get(level - 1);
    }

    int length() {
        return signature.length;
    }

    byte[] bytes() {
        return signature.clone();
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive). */
    byte[] slice(int from, int to) {
        return Arrays.copyOfRange(signature, from, to);
    }

    long u32At(int offset) {
        return u32(signature, offset);
    }

    /** The signature with the four bytes at {@code offset} replaced by u32str(value). */
    byte[] withU32(int offset, long value) {
        return withU32(signature, offset, value);
    }

    /** The signature with bit {@code bit} (0 = least significant) of byte {@code offset} inverted. */
    byte[] withBitFlipped(int offset, int bit) {
        byte[] edited = signature.clone();
        edited[offset] ^= (byte) (1 << bit);
        return edited;
    }

    /** The first {@code length} bytes of the signature. */
    byte[] truncatedTo(int length) {
        return Arrays.copyOf(signature, length);
    }

    /** The signature with {@code tail} appended. */
    byte[] withAppended(byte[] tail) {
        return concat(signature, tail);
    }

    /** The signature with the bytes {@code from} to {@code to} replaced by {@code replacement}. */
    byte[] withReplaced(int from, int to, byte[] replacement) {
        return concat(Arrays.copyOfRange(signature, 0, from), replacement,
                Arrays.copyOfRange(signature, to, signature.length));
    }

    /** u32str(value), RFC 8554 §3.1.1: four bytes, big-endian. */
    static byte[] u32(long value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    static long u32(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xffL) << 24) | ((bytes[offset + 1] & 0xffL) << 16)
                | ((bytes[offset + 2] & 0xffL) << 8) | (bytes[offset + 3] & 0xffL);
    }

    static byte[] withU32(byte[] bytes, int offset, long value) {
        byte[] edited = bytes.clone();
        System.arraycopy(u32(value), 0, edited, offset, U32);
        return edited;
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }

    /**
     * The offsets of one LMS signature's fields, which start at {@code start}; the tree and
     * one-time parameter sets are those of the key that verifies it.
     */
    record LmsSignatureFields(int start, LMSigParameters tree, LMOtsParameters ots) {
        int q() {
            return start;
        }

        int otsType() {
            return start + U32;
        }

        /** The randomizer C, n bytes. */
        int randomizer() {
            return otsType() + U32;
        }

        /** The Winternitz chain value y[i], n bytes; i in 0..p-1, the last ones carry the checksum. */
        int chain(int i) {
            return randomizer() + ots.getN() * (1 + i);
        }

        int lmsType() {
            return chain(ots.getP());
        }

        /** Node {@code k} of the authentication path, m bytes; k in 0..h-1, 0 being the leaf's sibling. */
        int path(int k) {
            return lmsType() + U32 + tree.getM() * k;
        }

        /** The offset just past this signature. */
        int end() {
            return path(tree.getH());
        }

        /** 2^h, the bound on q. */
        long leafCount() {
            return 1L << tree.getH();
        }
    }

    /** The offsets of one LMS public key's fields, which start at {@code start}. */
    record LmsPublicKeyFields(int start, LMSigParameters tree, LMOtsParameters ots) {
        static LmsPublicKeyFields at(byte[] bytes, int start) {
            LMSigParameters tree = LMSigParameters.getParametersForType((int) u32(bytes, start));
            LMOtsParameters ots = LMOtsParameters.getParametersForType((int) u32(bytes, start + U32));
            if (tree == null || ots == null) {
                throw new IllegalArgumentException("LMS public key at offset " + start + " has an unknown type code");
            }
            return new LmsPublicKeyFields(start, tree, ots);
        }

        int lmsType() {
            return start;
        }

        int otsType() {
            return start + U32;
        }

        /** I, the 16-byte key pair identifier. */
        int identifier() {
            return otsType() + U32;
        }

        /** T[1], the root, m bytes. */
        int root() {
            return identifier() + IDENTIFIER_LENGTH;
        }

        int end() {
            return root() + tree.getM();
        }
    }
}
