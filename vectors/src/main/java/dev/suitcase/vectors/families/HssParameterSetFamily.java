package dev.suitcase.vectors.families;

import dev.suitcase.vectors.generate.AnnotatedFamily;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.VectorCase;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid HSS-LMS signatures across the parameter space: LMS heights
 * 5 to 25 with every Winternitz width, the SHA-256/192 and SHAKE256 sets of RFC 9858, and hierarchies
 * of 1, 2, 3 and 8 levels, each with a key of its own. A verifier must accept every one of them that
 * uses a parameter set it implements. Keys of H5 trees with W1, W2 or W4 come from BouncyCastle's
 * generator ({@link HssLmsTestKey}); taller trees and W8 would cost up to seconds each on the shared
 * build machine, so they come from {@link HssSparseTreeKey}, whose signatures are equally valid.
 *
 * <p>The {@code hash-mix} vectors combine hash functions inside one key, which no specification
 * clearly forbids or allows for a verifier; they are {@code either}.
 */
public final class HssParameterSetFamily extends AnnotatedFamily {

    @Override
    public String name() {
        return "hss-lms-parameter-sets";
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h5-w1",
            title = "Valid signature, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W1 (265 chains, checksum shift 7)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet"},
            description = """
                    A single-level key on LMS_SHA256_M32_H5 with LMOTS_SHA256_N32_W1: each of the p = 265 chains is
                    one hash long and encodes one bit, and the checksum is shifted left by ls = 7 before its bits are
                    read (RFC 8554 §4.4). The signature is 8688 bytes.

                    A verifier must accept it. W = 1 is where a wrong p, a wrong checksum shift or a coefficient
                    extraction written only for whole bytes shows: an implementation tested only with W = 8 (ls = 0)
                    can refuse every W = 1 signature.""")
    BuiltCase sha256M32H5W1() {
        return generated("sha256-m32-h5-w1", level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w1));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h5-w2",
            title = "Valid signature, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W2 (133 chains, checksum shift 6)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet"},
            description = """
                    A single-level key on LMS_SHA256_M32_H5 with LMOTS_SHA256_N32_W2: p = 133 chains of at most 3
                    steps, two bits per coefficient, checksum shifted by ls = 6. The signature is 4464 bytes.

                    A verifier must accept it. W = 2 reads four coefficients from each byte of Q || Cksm(Q), the case
                    where the shift 8 - (w * (i mod (8/w)) + w) of RFC 8554 §3.1.3 is most often miscomputed.""")
    BuiltCase sha256M32H5W2() {
        return generated("sha256-m32-h5-w2", level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w2));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h5-w4",
            title = "Valid signature, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4 (67 chains, checksum shift 4)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet"},
            description = """
                    A single-level key on LMS_SHA256_M32_H5 with LMOTS_SHA256_N32_W4: p = 67 chains of at most 15
                    steps, a nibble per coefficient, checksum shifted by ls = 4. The signature is 2352 bytes.

                    A verifier must accept it. W = 4 is a common choice for firmware signing, trading signature
                    size against verification time; refusing it refuses those deployments.""")
    BuiltCase sha256M32H5W4() {
        return generated("sha256-m32-h5-w4", level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h5-w8",
            title = "Valid signature, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W8 (34 chains of up to 255 steps)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "SparseTree"},
            description = """
                    A single-level key on LMS_SHA256_M32_H5 with LMOTS_SHA256_N32_W8: p = 34 chains of up to 255
                    steps, a byte per coefficient, no checksum shift, signing at leaf q = 0. The signature is 1296
                    bytes, the smallest of the SHA-256/M32 sets. The key is a sparse tree: only the signing leaf is a
                    real one-time key, which a verifier cannot observe.

                    A verifier must accept it. The chain step j is a single byte u8str(j) in the hash input; an
                    implementation that writes it wider, or stops a chain at 2^w - 2, fails only on the long chains
                    of W = 8.""")
    BuiltCase sha256M32H5W8() {
        return sparse("sha256-m32-h5-w8", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5,
                LMOtsParameters.sha256_n32_w8, 0));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h10-w1",
            title = "Valid signature, LMS_SHA256_M32_H10 / LMOTS_SHA256_N32_W1, leaf q = 1",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "SparseTree"},
            description = """
                    A single-level key on LMS_SHA256_M32_H10 (1024 leaves, a 10-node authentication path) with
                    LMOTS_SHA256_N32_W1, signing at leaf q = 1. The signature is 8848 bytes. The key is a sparse tree:
                    only the signing leaf is a real one-time key.

                    A verifier must accept it. It pairs the largest one-time signature with a path twice as long as
                    H5's, so a verifier that sizes its buffers for one common parameter set shows here.""")
    BuiltCase sha256M32H10W1() {
        return sparse("sha256-m32-h10-w1", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h10,
                LMOtsParameters.sha256_n32_w1, 1));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h10-w2",
            title = "Valid signature, LMS_SHA256_M32_H10 / LMOTS_SHA256_N32_W2, leaf q = 512",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "SparseTree"},
            description = """
                    A single-level key on LMS_SHA256_M32_H10 with LMOTS_SHA256_N32_W2 (p = 133), signing at leaf
                    q = 512, the first leaf of the right half. The signature is 4624 bytes. The key is a sparse tree:
                    only the signing leaf is a real one-time key.

                    A verifier must accept it: an H10 tree is the usual size for a firmware signing key that signs
                    up to 1024 releases.""")
    BuiltCase sha256M32H10W2() {
        return sparse("sha256-m32-h10-w2", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h10,
                LMOtsParameters.sha256_n32_w2, 512));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h10-w4",
            title = "Valid signature, LMS_SHA256_M32_H10 / LMOTS_SHA256_N32_W4, leaf q = 513",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "SparseTree"},
            description = """
                    A single-level key on LMS_SHA256_M32_H10 with LMOTS_SHA256_N32_W4, the parameter sets of the
                    COSE-WG HSS-LMS example, signing at leaf q = 513 (node 2^10 + 513, an odd node, so the walk up
                    the tree starts with the leaf on the right). The signature is 2512 bytes. The key was built as a
                    sparse tree: only the signing leaf is a real one-time key, which a verifier cannot observe.

                    A verifier must accept it. A mistake in the left/right order of the path (RFC 8554 §5.4.2
                    Algorithm 6a, step 4) passes at even leaves such as q = 0 and fails here.""")
    BuiltCase sha256M32H10W4() {
        return sparse("sha256-m32-h10-w4", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h10,
                LMOtsParameters.sha256_n32_w4, 513));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h10-w8",
            title = "Valid signature, LMS_SHA256_M32_H10 / LMOTS_SHA256_N32_W8, leaf q = 1000",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "SparseTree"},
            description = """
                    A single-level key on LMS_SHA256_M32_H10 with LMOTS_SHA256_N32_W8 signing at leaf q = 1000; the
                    signature is 1456 bytes. The key is a sparse tree (only the signing leaf is a real one-time key;
                    the path nodes are pseudorandom and T[1] is computed from them), valid by every rule of RFC 8554.

                    A verifier must accept it: H10 with W8 is the smallest signature for a 1024-release key, a natural
                    choice for devices with little bandwidth.""")
    BuiltCase sha256M32H10W8() {
        return sparse("sha256-m32-h10-w8", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h10,
                LMOtsParameters.sha256_n32_w8, 1000));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h15-w1",
            title = "Valid signature, LMS_SHA256_M32_H15 / LMOTS_SHA256_N32_W1, leaf q = 20000",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root", "RFC8554-5.4-q-range"},
            flags = {"ParameterSet", "SparseTree", "TallTree"},
            description = """
                    A single-level key on LMS_SHA256_M32_H15 (32768 leaves) with LMOTS_SHA256_N32_W1, signing at leaf
                    q = 20000, whose node number 2^15 + 20000 = 52768 does not fit in 15 bits; the signature is 9008
                    bytes. The key is a sparse tree: only the signing leaf is a real one-time key.

                    A verifier must accept it. Node numbers are u32str values in the tree hashes; a verifier that
                    stores them in 16-bit or signed 16-bit variables computes another root for the upper half of an
                    H15 tree.""")
    BuiltCase sha256M32H15W1() {
        return sparse("sha256-m32-h15-w1", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h15,
                LMOtsParameters.sha256_n32_w1, 20000));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h15-w2",
            title = "Valid signature, LMS_SHA256_M32_H15 / LMOTS_SHA256_N32_W2, leaf q = 7",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "SparseTree", "TallTree"},
            description = """
                    A single-level key on LMS_SHA256_M32_H15 with LMOTS_SHA256_N32_W2, signing at leaf q = 7; the
                    signature is 4784 bytes and its authentication path has 15 nodes. The key is a sparse tree: only
                    the signing leaf is a real one-time key, which a verifier cannot observe.

                    A verifier must accept it. H15 trees serve keys that sign tens of thousands of times, such as a
                    fleet's per-device update tokens.""")
    BuiltCase sha256M32H15W2() {
        return sparse("sha256-m32-h15-w2", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h15,
                LMOtsParameters.sha256_n32_w2, 7));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h20-w8",
            title = "Valid signature, LMS_SHA256_M32_H20 / LMOTS_SHA256_N32_W8, leaf q = 2^19",
            severity = Severity.LOW, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "SparseTree", "TallTree"},
            description = """
                    A single-level key on LMS_SHA256_M32_H20 (about a million leaves) with LMOTS_SHA256_N32_W8,
                    signing at leaf q = 2^19, the first leaf of the right half of the tree; the signature is 1776
                    bytes. The key is a sparse tree: only the signing leaf is a real one-time key.

                    A verifier must accept it. A verifier that caps h below 20, or computes 2^h in a type too small,
                    refuses the H20 parameter set the RFC registers.""")
    BuiltCase sha256M32H20W8() {
        return sparse("sha256-m32-h20-w8", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h20,
                LMOtsParameters.sha256_n32_w8, 1L << 19));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m32-h25-w4",
            title = "Valid signature, LMS_SHA256_M32_H25 / LMOTS_SHA256_N32_W4, last leaf q = 2^25 - 1",
            severity = Severity.LOW, requirements = {"RFC8554-5.4-length", "RFC8554-5.4-root", "RFC8554-5.4-q-range"},
            flags = {"ParameterSet", "SparseTree", "TallTree", "LastLeaf"},
            description = """
                    A single-level key on LMS_SHA256_M32_H25, the tallest registered tree (2^25 leaves), with
                    LMOTS_SHA256_N32_W4, signing at its very last leaf q = 2^25 - 1 = 33554431; the path has 25 nodes
                    and the signature is 2992 bytes. The key is a sparse tree: only the signing leaf is a real one-time
                    key.

                    A verifier must accept it: q is below 2^h, so the range check of Algorithm 6a passes. An
                    off-by-one in that check (q >= 2^h - 1 refused) or a node number computed in too few bits refuses
                    the last signature a key can make.""")
    BuiltCase sha256M32H25W4() {
        return sparse("sha256-m32-h25-w4", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h25,
                LMOtsParameters.sha256_n32_w4, (1L << 25) - 1));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m24-h5-w1",
            title = "Valid signature, LMS_SHA256_M24_H5 / LMOTS_SHA256_N24_W1 (SHA-256/192, 200 chains)",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "Sha256M24"},
            description = """
                    A single-level key on the SHA-256/192 sets of RFC 9858, LMS_SHA256_M24_H5 with
                    LMOTS_SHA256_N24_W1: n = m = 24, p = 200 chains, checksum shift ls = 8. The public key is 52 bytes,
                    the signature 4960.

                    A verifier that implements the RFC 9858 sets must accept it. With n = 24 the checksum covers
                    192 bits and is shifted by 8, not 7 as for n = 32: a table copied from the SHA-256/256 sets gets
                    p and ls wrong here.""")
    BuiltCase sha256M24H5W1() {
        return generated("sha256-m24-h5-w1", level(LMSigParameters.lms_sha256_n24_h5, LMOtsParameters.sha256_n24_w1));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m24-h5-w2",
            title = "Valid signature, LMS_SHA256_M24_H5 / LMOTS_SHA256_N24_W2 (SHA-256/192, 101 chains)",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "Sha256M24"},
            description = """
                    A single-level key on LMS_SHA256_M24_H5 with LMOTS_SHA256_N24_W2: n = 24, p = 101, ls = 6; the
                    signature is 2584 bytes.

                    A verifier that implements the RFC 9858 sets must accept it; a wrong p for this set makes the
                    exact-length check refuse a genuine signature.""")
    BuiltCase sha256M24H5W2() {
        return generated("sha256-m24-h5-w2", level(LMSigParameters.lms_sha256_n24_h5, LMOtsParameters.sha256_n24_w2));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m24-h5-w4",
            title = "Valid signature, LMS_SHA256_M24_H5 / LMOTS_SHA256_N24_W4 (SHA-256/192, 51 chains)",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "Sha256M24"},
            description = """
                    A single-level key on LMS_SHA256_M24_H5 with LMOTS_SHA256_N24_W4: n = 24, p = 51, ls = 4; the
                    signature is 1384 bytes.

                    A verifier that implements the RFC 9858 sets must accept it. These are the sets SP 800-208
                    deployments pick to cut signature size by a quarter.""")
    BuiltCase sha256M24H5W4() {
        return generated("sha256-m24-h5-w4", level(LMSigParameters.lms_sha256_n24_h5, LMOtsParameters.sha256_n24_w4));
    }

    @VectorCase(id = "signature.hss-lms.params.sha256-m24-h5-w8",
            title = "Valid signature, LMS_SHA256_M24_H5 / LMOTS_SHA256_N24_W8 (SHA-256/192, 26 chains)",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "Sha256M24", "SparseTree"},
            description = """
                    A single-level key on LMS_SHA256_M24_H5 with LMOTS_SHA256_N24_W8: n = 24, p = 26, ls = 0; the
                    signature at leaf q = 0 is 784 bytes, the smallest this corpus has. The key is a sparse tree: only
                    the signing leaf is a real one-time key.

                    A verifier that implements the RFC 9858 sets must accept it.""")
    BuiltCase sha256M24H5W8() {
        return sparse("sha256-m24-h5-w8", new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n24_h5,
                LMOtsParameters.sha256_n24_w8, 0));
    }

    @VectorCase(id = "signature.hss-lms.params.shake-m32-h5-w4",
            title = "Valid signature, LMS_SHAKE_M32_H5 / LMOTS_SHAKE_N32_W4 (SHAKE256/256)",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "ShakeM32"},
            description = """
                    A single-level key on the SHAKE256/256 sets of RFC 9858, LMS_SHAKE_M32_H5 (type 0x0f) with
                    LMOTS_SHAKE_N32_W4 (type 0x0b). Every length is that of the SHA-256 sets with W = 4; only the
                    hash function differs.

                    A verifier that implements the RFC 9858 sets must accept it. One that derives the hash function
                    from n and m alone hashes with SHA-256 and refuses it.""")
    BuiltCase shakeM32H5W4() {
        return generated("shake-m32-h5-w4", level(LMSigParameters.lms_shake256_n32_h5, LMOtsParameters.shake256_n32_w4));
    }

    @VectorCase(id = "signature.hss-lms.params.shake-m24-h5-w4",
            title = "Valid signature, LMS_SHAKE_M24_H5 / LMOTS_SHAKE_N24_W4 (SHAKE256/192)",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "ShakeM24"},
            description = """
                    A single-level key on the SHAKE256/192 sets of RFC 9858, LMS_SHAKE_M24_H5 (type 0x14) with
                    LMOTS_SHAKE_N24_W4 (type 0x0f): SHAKE256 with 24 bytes of output, p = 51.

                    A verifier that implements the RFC 9858 sets must accept it.""")
    BuiltCase shakeM24H5W4() {
        return generated("shake-m24-h5-w4", level(LMSigParameters.lms_shake256_n24_h5, LMOtsParameters.shake256_n24_w4));
    }

    @VectorCase(id = "signature.hss-lms.params.shake-m24-h10-w2",
            title = "Valid signature, LMS_SHAKE_M24_H10 / LMOTS_SHAKE_N24_W2, leaf q = 999",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "ShakeM24", "SparseTree"},
            description = """
                    A single-level key on LMS_SHAKE_M24_H10 with LMOTS_SHAKE_N24_W2 (p = 101), signing at leaf
                    q = 999; a sparse tree whose only real one-time key is the signing leaf.

                    A verifier that implements the RFC 9858 sets must accept it: it combines SHAKE256/192 with a
                    ten-node path of 24-byte nodes.""")
    BuiltCase shakeM24H10W2() {
        return sparse("shake-m24-h10-w2", new HssSparseTreeKey.Level(LMSigParameters.lms_shake256_n24_h10,
                LMOtsParameters.shake256_n24_w2, 999));
    }

    @VectorCase(id = "signature.hss-lms.params.hss-l2-h5-w2-over-h5-w8",
            title = "Valid two-level signature: H5/W2 top tree over an H5/W8 bottom tree",
            severity = Severity.HIGH,
            requirements = {"RFC8554-6-level-params", "RFC8554-6.3-nspk", "RFC8554-6.3-chain", "RFC8554-6.3-exact"},
            flags = {"ParameterSet", "MultiLevel", "MixedLevels", "SparseTree"},
            description = """
                    An HSS key with L = 2: the top tree LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W2, the bottom tree
                    LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W8. The signature holds Nspk = 1, the top tree's signature
                    (leaf 0) over the bottom public key, that key, and the bottom tree's signature (leaf 0) over the
                    message. Both trees are sparse: only their signing leaves are real one-time keys.

                    A verifier must accept it, reading the bottom level's types from the signed public key. This is
                    the usual way to keep a long-lived top key offline while a lower key signs releases.""")
    BuiltCase hssL2() {
        return sparse("hss-l2-h5-w2-over-h5-w8",
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w2, 0),
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8, 0));
    }

    @VectorCase(id = "signature.hss-lms.params.hss-l2-second-bottom-tree",
            title = "Valid two-level signature from the second bottom tree: top q = 1, bottom q = 0",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-chain", "RFC8554-6.3-exact", "RFC8554-5.4-root"},
            flags = {"ParameterSet", "MultiLevel"},
            description = """
                    The 33rd signature of an L = 2 key whose trees are both LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4:
                    the first bottom tree's 32 leaves are used up, so the signer made a new bottom tree, signed its
                    public key with the top tree's leaf q = 1, and signed the message with the new tree's leaf q = 0.

                    A verifier must accept it. A verifier that caches the first signed lower key it saw, or assumes
                    the top leaf is always 0, refuses every signature after the first lower tree is exhausted: the
                    device stops taking updates after its 33rd release.""")
    BuiltCase hssL2SecondBottomTree() {
        LMSParameters tree = level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4);
        HssLmsTestKey key = HssLmsTestKey.generate(label("hss-l2-second-bottom-tree"), List.of(tree, tree));
        byte[] message = message("hss-l2-second-bottom-tree");
        for (int used = 0; used < 32; used++) {
            key.sign(message);
        }
        return accept(key.publicKey(), message, key.sign(message));
    }

    @VectorCase(id = "signature.hss-lms.params.hss-l3-h5-w4",
            title = "Valid three-level signature, every tree LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk", "RFC8554-6.3-chain", "RFC8554-6.3-exact"},
            flags = {"ParameterSet", "MultiLevel"},
            description = """
                    An HSS key with L = 3, every tree LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4: Nspk = 2, two signed
                    public keys, three LMS signatures, 7160 bytes.

                    A verifier must accept it. Implementations written and tested only for L = 1 and L = 2 often
                    handle the second signed public key wrongly, verifying it under the top key instead of the one
                    just above it.""")
    BuiltCase hssL3() {
        LMSParameters tree = level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4);
        return generated("hss-l3-h5-w4", tree, tree, tree);
    }

    @VectorCase(id = "signature.hss-lms.params.hss-l3-h15-h10-h5",
            title = "Valid three-level signature: H15/W2, H10/W4 and H5/W8 trees",
            severity = Severity.HIGH,
            requirements = {"RFC8554-6-level-params", "RFC8554-6.3-chain", "RFC8554-6.3-exact"},
            flags = {"ParameterSet", "MultiLevel", "MixedLevels", "SparseTree"},
            description = """
                    An HSS key with L = 3 whose levels all differ: LMS_SHA256_M32_H15 / LMOTS_SHA256_N32_W2 at the top
                    (leaf q = 3), LMS_SHA256_M32_H10 / LMOTS_SHA256_N32_W4 in the middle (q = 0) and
                    LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W8 at the bottom (q = 31, its last leaf). Built as sparse
                    trees: only the signing leaves are real one-time keys.

                    A verifier must accept it. Each LMS signature has its own length, fixed by the key one level up;
                    a verifier that computes the lengths of all levels from the top key's types misplaces every field
                    after the first signature.""")
    BuiltCase hssL3MixedHeights() {
        return sparse("hss-l3-h15-h10-h5",
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h15, LMOtsParameters.sha256_n32_w2, 3),
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h10, LMOtsParameters.sha256_n32_w4, 0),
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8, 31));
    }

    @VectorCase(id = "signature.hss-lms.params.hss-l8-h5-w4",
            title = "Valid eight-level signature (L = 8, the maximum), every tree H5/W4",
            severity = Severity.LOW, requirements = {"RFC8554-6.1-levels", "RFC8554-6.3-nspk", "RFC8554-6.3-chain"},
            flags = {"ParameterSet", "MultiLevel", "MaximumLevels", "SparseTree"},
            description = """
                    An HSS key with L = 8, the largest number of levels RFC 8554 §6 allows, every tree
                    LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4, level i signing at leaf q = i: Nspk = 7, seven signed
                    public keys, eight LMS signatures, 19180 bytes. The trees are sparse: only their signing leaves are
                    real one-time keys.

                    A verifier must accept it. A verifier that checks 1 <= L < 8 instead of 1 <= L <= 8, or that sizes
                    a fixed array of levels too small, refuses the deepest valid hierarchy.""")
    BuiltCase hssL8() {
        List<HssSparseTreeKey.Level> levels = new ArrayList<>();
        for (int level = 0; level < 8; level++) {
            levels.add(new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, level));
        }
        return sparse("hss-l8-h5-w4", levels.toArray(HssSparseTreeKey.Level[]::new));
    }

    @VectorCase(id = "signature.hss-lms.params.hss-l2-sha256-m24",
            title = "Valid two-level signature on the SHA-256/192 sets, H5/W4 at both levels",
            severity = Severity.MEDIUM, requirements = {"RFC8554-6.3-chain", "RFC8554-6.3-exact", "RFC8554-5.4-pubkey"},
            flags = {"ParameterSet", "MultiLevel", "Sha256M24"},
            description = """
                    An HSS key with L = 2, both trees LMS_SHA256_M24_H5 / LMOTS_SHA256_N24_W4: the signed public key
                    in the signature is 48 bytes (24 + m with m = 24), not the 56 of the SHA-256/256 sets.

                    A verifier that implements the RFC 9858 sets must accept it. One that assumes 56-byte signed
                    public keys misreads the bottom signature.""")
    BuiltCase hssL2Sha256M24() {
        LMSParameters tree = level(LMSigParameters.lms_sha256_n24_h5, LMOtsParameters.sha256_n24_w4);
        return generated("hss-l2-sha256-m24", tree, tree);
    }

    @VectorCase(id = "signature.hss-lms.params.hss-l2-shake-m32",
            title = "Valid two-level signature on the SHAKE256/256 sets, H5/W4 at both levels",
            severity = Severity.MEDIUM, requirements = {"RFC8554-6.3-chain", "RFC8554-6.3-exact", "RFC8554-5.4-pubkey"},
            flags = {"ParameterSet", "MultiLevel", "ShakeM32"},
            description = """
                    An HSS key with L = 2, both trees LMS_SHAKE_M32_H5 / LMOTS_SHAKE_N32_W4.

                    A verifier that implements the RFC 9858 sets must accept it: the signed lower key, and so the hash
                    function of the lower level, is SHAKE256 as well.""")
    BuiltCase hssL2ShakeM32() {
        LMSParameters tree = level(LMSigParameters.lms_shake256_n32_h5, LMOtsParameters.shake256_n32_w4);
        return generated("hss-l2-shake-m32", tree, tree);
    }

    @VectorCase(id = "signature.hss-lms.params.empty-message",
            title = "Valid signature over the empty message, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4",
            severity = Severity.LOW, requirements = {"RFC8554-5.4-root"},
            flags = {"ParameterSet", "EmptyMessage"},
            description = """
                    A single-level key on LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4 signing the empty message: Q is the
                    hash of I || u32str(q) || u16str(D_MESG) || C and nothing more.

                    A verifier must accept it. RFC 8554 signs byte strings of any length, zero included; a verifier
                    that treats an empty message as an error, or skips hashing it, breaks an edge that COSE never
                    reaches but a raw HSS interface does.""")
    BuiltCase emptyMessage() {
        HssLmsTestKey key = HssLmsTestKey.generate(label("empty-message"),
                List.of(level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4)));
        return accept(key.publicKey(), new byte[0], key.sign(new byte[0]));
    }

    @VectorCase(id = "signature.hss-lms.hash-mix.sha256-tree-shake-ots",
            title = "Key mixing hash functions in one tree: LMS_SHA256_M32_H5 with LMOTS_SHAKE_N32_W4",
            severity = Severity.INFO, requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-root"},
            flags = {"HashFamilyMix"},
            description = """
                    A single-level key whose tree is LMS_SHA256_M32_H5 (SHA-256) while its one-time keys are
                    LMOTS_SHAKE_N32_W4 (SHAKE256/256), with a signature that is correct for exactly that combination:
                    the one-time signature hashes with SHAKE256, the leaves and interior nodes with SHA-256.

                    Whether a verifier must accept such a key is not settled. RFC 8554 and RFC 9858 define LMS and
                    LM-OTS types separately and do not forbid combining them; implementation guidance (SP 800-208, as
                    Botan's documentation reads it) recommends one hash function per key, and Botan and the JDK
                    refuse the key while BouncyCastle accepts the signature. Either outcome is recorded, not judged;
                    a device provisioning keys should refuse such keys at provisioning time.""")
    BuiltCase sha256TreeShakeOts() {
        return generated("sha256-tree-shake-ots", level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.shake256_n32_w4))
                .withExpectation(Expectation.either());
    }

    @VectorCase(id = "signature.hss-lms.hash-mix.m32-tree-n24-ots",
            title = "Key mixing output sizes in one tree: LMS_SHA256_M32_H5 with LMOTS_SHA256_N24_W4",
            severity = Severity.INFO, requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-root"},
            flags = {"HashFamilyMix"},
            description = """
                    A single-level key whose tree is LMS_SHA256_M32_H5 (m = 32) while its one-time keys are
                    LMOTS_SHA256_N24_W4 (n = 24, SHA-256/192), with a signature correct for that combination: the
                    24-byte one-time public key K is hashed into a 32-byte leaf.

                    As with the other hash-mix vectors, no specification text we found forbids or requires accepting
                    it: RFC 9858 defines its LMS and LM-OTS sets side by side without saying whether sets of different
                    output sizes may share a tree, and implementations disagree (BouncyCastle verifies, the JDK and
                    Botan refuse). The outcome is recorded, not judged.""")
    BuiltCase m32TreeN24Ots() {
        return generated("m32-tree-n24-ots", level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n24_w4))
                .withExpectation(Expectation.either());
    }

    @VectorCase(id = "signature.hss-lms.hash-mix.sha256-top-shake-bottom",
            title = "Two-level key mixing hash functions across levels: SHA-256 top tree, SHAKE256 bottom tree",
            severity = Severity.INFO, requirements = {"RFC8554-6-level-params", "RFC8554-6.3-chain"},
            flags = {"HashFamilyMix", "MultiLevel"},
            description = """
                    An HSS key with L = 2 whose top tree is LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4 and whose bottom
                    tree is LMS_SHAKE_M32_H5 / LMOTS_SHAKE_N32_W4, with a valid signature.

                    RFC 8554 §6 lets levels use different parameter sets, written when every set used SHA-256; the JDK
                    refuses hierarchies whose levels use different hash functions, BouncyCastle accepts them. No
                    specification text we found settles it, so the outcome is recorded, not judged.""")
    BuiltCase sha256TopShakeBottom() {
        return generated("sha256-top-shake-bottom", level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4),
                level(LMSigParameters.lms_shake256_n32_h5, LMOtsParameters.shake256_n32_w4))
                .withExpectation(Expectation.either());
    }

    private static LMSParameters level(LMSigParameters tree, LMOtsParameters ots) {
        return LMSParameters.create(tree, ots);
    }

    private static String label(String name) {
        return "hss-lms-parameter-sets " + name;
    }

    private static byte[] message(String name) {
        return ("suitcase HSS-LMS parameter set vector " + name).getBytes(StandardCharsets.UTF_8);
    }

    /** The first signature of a BouncyCastle key with these levels. */
    private static BuiltCase generated(String name, LMSParameters... levels) {
        HssLmsTestKey key = HssLmsTestKey.generate(label(name), List.of(levels));
        byte[] message = message(name);
        return accept(key.publicKey(), message, key.sign(message));
    }

    /** The one signature of a sparse tree key with these levels. */
    private static BuiltCase sparse(String name, HssSparseTreeKey.Level... levels) {
        HssSparseTreeKey key = HssSparseTreeKey.generate(label(name), List.of(levels));
        byte[] message = message(name);
        return accept(key.publicKey(), message, key.sign(message));
    }

    private static BuiltCase accept(byte[] publicKey, byte[] message, byte[] signature) {
        return BuiltCase.of(Expectation.accept(), HssKnownAnswerFamily.input(publicKey, message, signature));
    }
}
