package dev.suitcase.vectors.families.hss;

import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.suitcase.vectors.families.hss.HssParameters.generated;
import static dev.suitcase.vectors.families.hss.HssParameters.sparse;
import static dev.suitcase.vectors.families.hss.HssParameters.tree;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N24_W1;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N24_W2;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N24_W4;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N24_W8;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W1;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W2;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W4;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W8;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHAKE_N24_W2;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHAKE_N24_W4;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHAKE_N32_W4;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M24_H5;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H10;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H15;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H20;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H25;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H5;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHAKE_M24_H10;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHAKE_M24_H5;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHAKE_M32_H5;

/**
 * Valid HSS-LMS signatures across the parameter space, one row of a table per key: LMS heights 5 to 25
 * with every Winternitz width, the SHA-256/192 and SHAKE256 sets of RFC 9858, and hierarchies of 1, 2, 3
 * and 8 levels, each with a key of its own. A row holds the key's parameter sets and leaves and the
 * words specific to it; the numbers its text gives (p, ls, lengths, leaf counts, node numbers) are
 * computed from the parameter sets ({@link HssParameters}) and checked against the signature made. A
 * verifier must accept every one of them that uses a parameter set it implements. Keys of H5 trees with
 * W1, W2 or W4 come from BouncyCastle's generator ({@link HssLmsTestKey}); taller trees and W8 would cost
 * up to seconds each on the shared build machine, so they come from {@link HssSparseTreeKey}, whose
 * signatures are equally valid.
 *
 * <p>The {@code hash-mix} vectors combine hash functions inside one key, which no specification
 * clearly forbids or allows for a verifier; they are {@code either}.
 */
public final class HssParameterSetFamily extends CaseFamily<Void> {
    private static final String PARAMS = "signature.hss-lms.params.";
    private static final String HASH_MIX = "signature.hss-lms.hash-mix.";
    private static final List<String> LENGTH_ROOT = List.of("RFC8554-5.4-length", "RFC8554-5.4-root");
    private static final List<String> LENGTH_ROOT_Q_RANGE = List.of("RFC8554-5.4-length", "RFC8554-5.4-root",
            "RFC8554-5.4-q-range");
    private static final List<String> PUBKEY_LENGTH_ROOT = List.of("RFC8554-5.4-pubkey", "RFC8554-5.4-length",
            "RFC8554-5.4-root");

    @Override
    public String name() {
        return "hss-lms-parameter-sets";
    }

    @Override
    protected List<Row<Void>> rows() {
        return table().stream()
                .map(row -> new Row<Void>(row.spec(), context -> sign(row.key(), context, message(context))))
                .toList();
    }

    private static List<HssKeyRow> table() {
        return List.of(
                HssKeyRow.of(PARAMS + "sha256-m32-h5-w1", Severity.HIGH,
                        generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W1)), LENGTH_ROOT,
                        "Valid signature, {tree} ({p} chains, checksum shift {ls})", """
                        A single-level key on {lms} with {ots}: each of the p = {p} chains is one hash long and
                        encodes one bit, and the checksum is shifted left by ls = {ls} before its bits are read
                        (RFC 8554 §4.4). The signature is {signature-length} bytes.

                        A verifier must accept it. W = {w} is where a wrong p, a wrong checksum shift or a
                        coefficient extraction written only for whole bytes shows: an implementation tested only
                        with W = 8 (ls = {w8-ls}) can refuse every W = {w} signature.""")
                        .with("w8-ls", LMOTS_SHA256_N32_W8.ls()),
                HssKeyRow.of(PARAMS + "sha256-m32-h5-w2", Severity.HIGH,
                        generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W2)), LENGTH_ROOT,
                        "Valid signature, {tree} ({p} chains, checksum shift {ls})", """
                        A single-level key on {lms} with {ots}: p = {p} chains of at most {max-step} steps, two bits
                        per coefficient, checksum shifted by ls = {ls}. The signature is {signature-length} bytes.

                        A verifier must accept it. W = {w} reads four coefficients from each byte of Q || Cksm(Q),
                        the case where the shift 8 - (w * (i mod (8/w)) + w) of RFC 8554 §3.1.3 is most often
                        miscomputed."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h5-w4", Severity.HIGH,
                        generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4)), LENGTH_ROOT,
                        "Valid signature, {tree} ({p} chains, checksum shift {ls})", """
                        A single-level key on {lms} with {ots}: p = {p} chains of at most {max-step} steps, a nibble
                        per coefficient, checksum shifted by ls = {ls}. The signature is {signature-length} bytes.

                        A verifier must accept it. W = {w} is a common choice for firmware signing, trading
                        signature size against verification time; refusing it refuses those deployments."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h5-w8", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 0)), LENGTH_ROOT,
                        "Valid signature, {tree} ({p} chains of up to {max-step} steps)", """
                        A single-level key on {lms} with {ots}: p = {p} chains of up to {max-step} steps, a byte per
                        coefficient, no checksum shift, signing at leaf q = {q}. The signature is
                        {signature-length} bytes, the smallest of the SHA-256/M32 sets. The key is a sparse tree:
                        only the signing leaf is a real one-time key, which a verifier cannot observe.

                        A verifier must accept it. The chain step j is a single byte u8str(j) in the hash input; an
                        implementation that writes it wider, or stops a chain at 2^w - 2, fails only on the long
                        chains of W = {w}."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h10-w1", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H10, LMOTS_SHA256_N32_W1, 1)), LENGTH_ROOT,
                        "Valid signature, {tree}, leaf q = {q}", """
                        A single-level key on {lms} ({leaves} leaves, a {h}-node authentication path) with {ots},
                        signing at leaf q = {q}. The signature is {signature-length} bytes. The key is a sparse
                        tree: only the signing leaf is a real one-time key.

                        A verifier must accept it. It pairs the largest one-time signature with a path twice as long
                        as H5's, so a verifier that sizes its buffers for one common parameter set shows here."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h10-w2", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H10, LMOTS_SHA256_N32_W2, 512)), LENGTH_ROOT,
                        "Valid signature, {tree}, leaf q = {q}", """
                        A single-level key on {lms} with {ots} (p = {p}), signing at leaf q = {q}, the first leaf of
                        the right half. The signature is {signature-length} bytes. The key is a sparse tree: only
                        the signing leaf is a real one-time key.

                        A verifier must accept it: an H{h} tree is the usual size for a firmware signing key that
                        signs up to {leaves} releases."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h10-w4", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H10, LMOTS_SHA256_N32_W4, 513)), LENGTH_ROOT,
                        "Valid signature, {tree}, leaf q = {q}", """
                        A single-level key on {lms} with {ots}, the parameter sets of the COSE-WG HSS-LMS example,
                        signing at leaf q = {q} (node 2^{h} + {q}, an odd node, so the walk up the tree starts with
                        the leaf on the right). The signature is {signature-length} bytes. The key was built as a
                        sparse tree: only the signing leaf is a real one-time key, which a verifier cannot observe.

                        A verifier must accept it. A mistake in the left/right order of the path (RFC 8554 §5.4.2
                        Algorithm 6a, step 4) passes at even leaves such as q = 0 and fails here."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h10-w8", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H10, LMOTS_SHA256_N32_W8, 1000)), LENGTH_ROOT,
                        "Valid signature, {tree}, leaf q = {q}", """
                        A single-level key on {lms} with {ots} signing at leaf q = {q}; the signature is
                        {signature-length} bytes. The key is a sparse tree (only the signing leaf is a real one-time
                        key; the path nodes are pseudorandom and T[1] is computed from them), valid by every rule of
                        RFC 8554.

                        A verifier must accept it: H{h} with W{w} is the smallest signature for a {leaves}-release
                        key, a natural choice for devices with little bandwidth."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h15-w1", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H15, LMOTS_SHA256_N32_W1, 20000)), LENGTH_ROOT_Q_RANGE,
                        "Valid signature, {tree}, leaf q = {q}", """
                        A single-level key on {lms} ({leaves} leaves) with {ots}, signing at leaf q = {q}, whose node
                        number 2^{h} + {q} = {node} does not fit in {h} bits; the signature is {signature-length}
                        bytes. The key is a sparse tree: only the signing leaf is a real one-time key.

                        A verifier must accept it. Node numbers are u32str values in the tree hashes; a verifier that
                        stores them in signed 16-bit variables, whose largest value is 32767, computes another root for
                        the upper half of an H{h} tree."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h15-w2", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H15, LMOTS_SHA256_N32_W2, 7)), LENGTH_ROOT,
                        "Valid signature, {tree}, leaf q = {q}", """
                        A single-level key on {lms} with {ots}, signing at leaf q = {q}; the signature is
                        {signature-length} bytes and its authentication path has {h} nodes. The key is a sparse
                        tree: only the signing leaf is a real one-time key, which a verifier cannot observe.

                        A verifier must accept it. H{h} trees serve keys that sign tens of thousands of times, such
                        as a fleet's per-device update tokens."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h20-w8", Severity.LOW,
                        sparse(tree(LMS_SHA256_M32_H20, LMOTS_SHA256_N32_W8, 1L << 19)), LENGTH_ROOT,
                        "Valid signature, {tree}, leaf q = {q-power}", """
                        A single-level key on {lms} (about a million leaves) with {ots}, signing at leaf
                        q = {q-power}, the first leaf of the right half of the tree; the signature is
                        {signature-length} bytes. The key is a sparse tree: only the signing leaf is a real one-time
                        key.

                        A verifier must accept it. A verifier that caps h below {h}, or computes 2^h in a type too
                        small, refuses the H{h} parameter set the RFC registers."""),
                HssKeyRow.of(PARAMS + "sha256-m32-h25-w4", Severity.LOW,
                        sparse(tree(LMS_SHA256_M32_H25, LMOTS_SHA256_N32_W4, (1L << 25) - 1)), LENGTH_ROOT_Q_RANGE,
                        "Valid signature, {tree}, last leaf q = {q-last}", """
                        A single-level key on {lms}, the tallest registered tree (2^{h} leaves), with {ots}, signing
                        at its very last leaf q = {q-last} = {q}; the path has {h} nodes and the signature is
                        {signature-length} bytes. The key is a sparse tree: only the signing leaf is a real one-time
                        key.

                        A verifier must accept it: q is below 2^h, so the range check of Algorithm 6a passes. An
                        off-by-one in that check (q >= 2^h - 1 refused) or a node number computed in too few bits
                        refuses the last signature a key can make.""")
                        .flag("LastLeaf"),
                HssKeyRow.of(PARAMS + "sha256-m24-h5-w1", Severity.MEDIUM,
                        generated(tree(LMS_SHA256_M24_H5, LMOTS_SHA256_N24_W1)), PUBKEY_LENGTH_ROOT,
                        "Valid signature, {tree} ({hash}, {p} chains)", """
                        A single-level key on the {hash} sets of RFC 9858, {lms} with {ots}: n = m = {n}, p = {p}
                        chains, checksum shift ls = {ls}. The public key is {public-key-length} bytes, the signature
                        {signature-length}.

                        A verifier that implements the RFC 9858 sets must accept it. With n = {n} the checksum
                        covers {n-bits} bits and is shifted by {ls}, not {n32-ls} as for n = 32: a table copied from
                        the SHA-256/256 sets gets p and ls wrong here.""")
                        .with("n32-ls", LMOTS_SHA256_N32_W1.ls()),
                HssKeyRow.of(PARAMS + "sha256-m24-h5-w2", Severity.MEDIUM,
                        generated(tree(LMS_SHA256_M24_H5, LMOTS_SHA256_N24_W2)), PUBKEY_LENGTH_ROOT,
                        "Valid signature, {tree} ({hash}, {p} chains)", """
                        A single-level key on {lms} with {ots}: n = {n}, p = {p}, ls = {ls}; the signature is
                        {signature-length} bytes.

                        A verifier that implements the RFC 9858 sets must accept it; a wrong p for this set makes
                        the exact-length check refuse a genuine signature."""),
                HssKeyRow.of(PARAMS + "sha256-m24-h5-w4", Severity.MEDIUM,
                        generated(tree(LMS_SHA256_M24_H5, LMOTS_SHA256_N24_W4)), PUBKEY_LENGTH_ROOT,
                        "Valid signature, {tree} ({hash}, {p} chains)", """
                        A single-level key on {lms} with {ots}: n = {n}, p = {p}, ls = {ls}; the signature is
                        {signature-length} bytes.

                        A verifier that implements the RFC 9858 sets must accept it. These are the sets SP 800-208
                        deployments pick to cut signature size: {signature-length} bytes here, {m32-signature-length}
                        with the SHA-256/256 sets of the same height and width.""")
                        .with("m32-signature-length", generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4)).signatureLength()),
                HssKeyRow.of(PARAMS + "sha256-m24-h5-w8", Severity.MEDIUM,
                        sparse(tree(LMS_SHA256_M24_H5, LMOTS_SHA256_N24_W8, 0)), PUBKEY_LENGTH_ROOT,
                        "Valid signature, {tree} ({hash}, {p} chains)", """
                        A single-level key on {lms} with {ots}: n = {n}, p = {p}, ls = {ls}; the signature at leaf
                        q = {q} is {signature-length} bytes, the smallest this corpus has. The key is a sparse tree:
                        only the signing leaf is a real one-time key.

                        A verifier that implements the RFC 9858 sets must accept it."""),
                HssKeyRow.of(PARAMS + "shake-m32-h5-w4", Severity.MEDIUM,
                        generated(tree(LMS_SHAKE_M32_H5, LMOTS_SHAKE_N32_W4)), PUBKEY_LENGTH_ROOT,
                        "Valid signature, {tree} ({hash})", """
                        A single-level key on the {hash} sets of RFC 9858, {lms} (type {lms-code}) with {ots} (type
                        {ots-code}). Every length is that of the SHA-256 sets with W = {w}; only the hash function
                        differs.

                        A verifier that implements the RFC 9858 sets must accept it. One that derives the hash
                        function from n and m alone hashes with SHA-256 and refuses it."""),
                HssKeyRow.of(PARAMS + "shake-m24-h5-w4", Severity.MEDIUM,
                        generated(tree(LMS_SHAKE_M24_H5, LMOTS_SHAKE_N24_W4)), PUBKEY_LENGTH_ROOT,
                        "Valid signature, {tree} ({hash})", """
                        A single-level key on the {hash} sets of RFC 9858, {lms} (type {lms-code}) with {ots} (type
                        {ots-code}): SHAKE256 with {n} bytes of output, p = {p}.

                        A verifier that implements the RFC 9858 sets must accept it."""),
                HssKeyRow.of(PARAMS + "shake-m24-h10-w2", Severity.MEDIUM,
                        sparse(tree(LMS_SHAKE_M24_H10, LMOTS_SHAKE_N24_W2, 999)), PUBKEY_LENGTH_ROOT,
                        "Valid signature, {tree}, leaf q = {q}", """
                        A single-level key on {lms} with {ots} (p = {p}), signing at leaf q = {q}; a sparse tree
                        whose only real one-time key is the signing leaf.

                        A verifier that implements the RFC 9858 sets must accept it: it combines {hash} with a
                        {h-word}-node path of {m}-byte nodes."""),
                HssKeyRow.of(PARAMS + "hss-l2-h5-w2-over-h5-w8", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W2, 0), tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 0)),
                        List.of("RFC8554-6-level-params", "RFC8554-6.3-nspk", "RFC8554-6.3-chain", "RFC8554-6.3-exact"),
                        "Valid {levels-word}-level signature: {short-1} top tree over an {short-2} bottom tree", """
                        An HSS key with L = {levels}: the top tree {tree-1}, the bottom tree {tree-2}. The signature
                        holds Nspk = {nspk}, the top tree's signature (leaf {q-1}) over the bottom public key, that
                        key, and the bottom tree's signature (leaf {q-2}) over the message. Both trees are sparse:
                        only their signing leaves are real one-time keys.

                        A verifier must accept it, reading the bottom level's types from the signed public key. This
                        is the usual way to keep a long-lived top key offline while a lower key signs releases."""),
                HssKeyRow.of(PARAMS + "hss-l2-second-bottom-tree", Severity.HIGH,
                        generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, 1), tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, 0)),
                        List.of("RFC8554-6.3-chain", "RFC8554-6.3-exact", "RFC8554-5.4-root"),
                        "Valid {levels-word}-level signature from the second bottom tree: top q = {q-1}, bottom q = {q-2}", """
                        The {signature-ordinal} signature of an L = {levels} key whose trees are both {tree}: the
                        first bottom tree's {leaves-2} leaves are used up, so the signer made a new bottom tree,
                        signed its public key with the top tree's leaf q = {q-1}, and signed the message with the new
                        tree's leaf q = {q-2}.

                        A verifier must accept it. A verifier that caches the first signed lower key it saw, or
                        assumes the top leaf is always 0, refuses every signature after the first lower tree is
                        exhausted: the device stops taking updates after its {signature-ordinal} release."""),
                HssKeyRow.of(PARAMS + "hss-l3-h5-w4", Severity.HIGH,
                        generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4), tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4),
                                tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4)),
                        List.of("RFC8554-6.3-nspk", "RFC8554-6.3-chain", "RFC8554-6.3-exact"),
                        "Valid {levels-word}-level signature, every tree {tree}", """
                        An HSS key with L = {levels}, every tree {tree}: Nspk = {nspk}, {nspk-word} signed public
                        keys, {levels-word} LMS signatures, {signature-length} bytes.

                        A verifier must accept it. Implementations written and tested only for L = 1 and L = 2 often
                        handle the second signed public key wrongly, verifying it under the top key instead of the
                        one just above it."""),
                HssKeyRow.of(PARAMS + "hss-l3-h15-h10-h5", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H15, LMOTS_SHA256_N32_W2, 3), tree(LMS_SHA256_M32_H10, LMOTS_SHA256_N32_W4, 0),
                                tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 31)),
                        List.of("RFC8554-6-level-params", "RFC8554-6.3-chain", "RFC8554-6.3-exact"),
                        "Valid {levels-word}-level signature: {short-1}, {short-2} and {short-3} trees", """
                        An HSS key with L = {levels} whose levels all differ: {tree-1} at the top (leaf q = {q-1}),
                        {tree-2} in the middle (q = {q-2}) and {tree-3} at the bottom (q = {q-3}, its last leaf).
                        Built as sparse trees: only the signing leaves are real one-time keys.

                        A verifier must accept it. Each LMS signature has its own length, fixed by the key one level
                        up; a verifier that computes the lengths of all levels from the top key's types misplaces
                        every field after the first signature."""),
                HssKeyRow.of(PARAMS + "hss-l8-h5-w4", Severity.LOW, sparse(eightLevels()),
                        List.of("RFC8554-6.1-levels", "RFC8554-6.3-nspk", "RFC8554-6.3-chain"),
                        "Valid {levels-word}-level signature (L = {levels}, the maximum), every tree {short}", """
                        An HSS key with L = {levels}, the largest number of levels RFC 8554 §6 allows, every tree
                        {tree}, level i signing at leaf q = i: Nspk = {nspk}, {nspk-word} signed public keys,
                        {levels-word} LMS signatures, {signature-length} bytes. The trees are sparse: only their
                        signing leaves are real one-time keys.

                        A verifier must accept it. A verifier that checks 1 <= L < 8 instead of 1 <= L <= 8, or that
                        sizes a fixed array of levels too small, refuses the deepest valid hierarchy."""),
                HssKeyRow.of(PARAMS + "hss-l2-sha256-m24", Severity.MEDIUM,
                        generated(tree(LMS_SHA256_M24_H5, LMOTS_SHA256_N24_W4), tree(LMS_SHA256_M24_H5, LMOTS_SHA256_N24_W4)),
                        List.of("RFC8554-6.3-chain", "RFC8554-6.3-exact", "RFC8554-5.4-pubkey"),
                        "Valid {levels-word}-level signature on the {hash} sets, {short} at both levels", """
                        An HSS key with L = {levels}, both trees {tree}: the signed public key in the signature is
                        {lms-key-length} bytes (24 + m with m = {m}), not the {m32-key-length} of the SHA-256/256
                        sets.

                        A verifier that implements the RFC 9858 sets must accept it. One that assumes
                        {m32-key-length}-byte signed public keys misreads the bottom signature.""")
                        .with("m32-key-length", LMS_SHA256_M32_H5.publicKeyLength()),
                HssKeyRow.of(PARAMS + "hss-l2-shake-m32", Severity.MEDIUM,
                        generated(tree(LMS_SHAKE_M32_H5, LMOTS_SHAKE_N32_W4), tree(LMS_SHAKE_M32_H5, LMOTS_SHAKE_N32_W4)),
                        List.of("RFC8554-6.3-chain", "RFC8554-6.3-exact", "RFC8554-5.4-pubkey"),
                        "Valid {levels-word}-level signature on the {hash} sets, {short} at both levels", """
                        An HSS key with L = {levels}, both trees {tree}.

                        A verifier that implements the RFC 9858 sets must accept it: the signed lower key, and so the
                        hash function of the lower level, is SHAKE256 as well."""),
                HssKeyRow.of(HASH_MIX + "sha256-tree-shake-ots", Severity.INFO,
                        generated(tree(LMS_SHA256_M32_H5, LMOTS_SHAKE_N32_W4)),
                        List.of("RFC8554-5.4-pubkey", "RFC8554-5.4-root"),
                        "Key mixing hash functions in one tree: {lms} with {ots}", """
                        A single-level key whose tree is {lms} (SHA-256) while its one-time keys are {ots}
                        (SHAKE256/256), with a signature that is correct for exactly that combination: the one-time
                        signature hashes with SHAKE256, the leaves and interior nodes with SHA-256.

                        Whether a verifier must accept such a key is not settled. RFC 8554 and RFC 9858 define LMS
                        and LM-OTS types separately and do not forbid combining them; implementation guidance (SP
                        800-208, as Botan's documentation reads it) recommends one hash function per key, and Botan
                        and the JDK refuse the key while BouncyCastle accepts the signature. Either outcome is
                        recorded, not judged; a device provisioning keys should refuse such keys at provisioning
                        time."""),
                HssKeyRow.of(HASH_MIX + "m32-tree-n24-ots", Severity.INFO,
                        generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N24_W4)),
                        List.of("RFC8554-5.4-pubkey", "RFC8554-5.4-root"),
                        "Key mixing output sizes in one tree: {lms} with {ots}", """
                        A single-level key whose tree is {lms} (m = {m}) while its one-time keys are {ots} (n = {n},
                        SHA-256/192), with a signature correct for that combination: the {n}-byte one-time public key
                        K is hashed into a {m}-byte leaf.

                        As with the other hash-mix vectors, no specification text we found forbids or requires
                        accepting it: RFC 9858 defines its LMS and LM-OTS sets side by side without saying whether
                        sets of different output sizes may share a tree, and implementations disagree (BouncyCastle
                        verifies, the JDK and Botan refuse). The outcome is recorded, not judged."""),
                HssKeyRow.of(HASH_MIX + "sha256-top-shake-bottom", Severity.INFO,
                        generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4), tree(LMS_SHAKE_M32_H5, LMOTS_SHAKE_N32_W4)),
                        List.of("RFC8554-6-level-params", "RFC8554-6.3-chain"),
                        "Two-level key mixing hash functions across levels: SHA-256 top tree, SHAKE256 bottom tree", """
                        An HSS key with L = {levels} whose top tree is {tree-1} and whose bottom tree is {tree-2},
                        with a valid signature.

                        RFC 8554 §6 lets levels use different parameter sets, written when every set used SHA-256;
                        the JDK refuses hierarchies whose levels use different hash functions, BouncyCastle accepts
                        them. No specification text we found settles it, so the outcome is recorded, not judged."""));
    }

    /** L = 8, every tree LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4, level i signing at leaf i. */
    private static HssParameters.Tree[] eightLevels() {
        HssParameters.Tree[] levels = new HssParameters.Tree[8];
        for (int level = 0; level < levels.length; level++) {
            levels[level] = tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, level);
        }
        return levels;
    }

    @Case(id = "signature.hss-lms.params.empty-message",
            title = "Valid signature over the empty message, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4",
            severity = Severity.LOW, requirements = {"RFC8554-5.4-root"},
            flags = {"ParameterSet", "EmptyMessage"},
            description = """
                    A single-level key on LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4 signing the empty message: Q is the
                    hash of I || u32str(q) || u16str(D_MESG) || C and nothing more.

                    A verifier must accept it. RFC 8554 signs byte strings of any length, zero included; a verifier
                    that treats an empty message as an error, or skips hashing it, breaks an edge that COSE never
                    reaches but a raw HSS interface does.""")
    BuiltCase emptyMessage(CaseContext<Void> context) {
        return sign(generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4)), context, new byte[0]);
    }

    private static byte[] message(CaseContext<Void> context) {
        return ("suitcase HSS-LMS parameter set vector " + context.caseName()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A key of these parameters, labelled with the family and case name, signing {@code message}: a
     * verifier must accept it, unless the key mixes hash functions, which is {@code either}.
     */
    private static BuiltCase sign(HssParameters key, CaseContext<Void> context, byte[] message) {
        HssParameters.Signed signed = key.sign(context.family() + " " + context.caseName(), message);
        return BuiltCase.of(key.mixesHashFunctions() ? Expectation.either() : Expectation.accept(),
                HssKnownAnswerFamily.input(signed.publicKey(), message, signed.signature()));
    }
}
