package dev.suitcase.vectors.families.hss;

import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.Template;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.LmOtsType;
import dev.suitcase.verifier.crypto.LmsType;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongBinaryOperator;

import static dev.suitcase.vectors.families.hss.HssSignatureLayout.concat;
import static dev.suitcase.vectors.families.hss.HssSignatureLayout.u32;
import static dev.suitcase.vectors.families.hss.HssSignatureLayout.withU32;

/**
 * HSS signatures whose structure is wrong: Nspk that does not match L, leaf indices outside
 * the tree, LM-OTS and LMS type codes that differ from the verifying key's, and lengths that differ
 * from what the type codes fix. Every such signature is malformed (RFC 8554 §5.4.2 Algorithm 6a,
 * §4.6 Algorithm 4b, §6.3) and must be rejected before any hash is computed, without reading past its
 * end; the few whose structure is intact but whose hashes cannot match are invalid.
 *
 * <p>Most vectors are built from RFC 8554 Test Case 1 (L = 2, both trees LMS_SHA256_M32_H5 /
 * LMOTS_SHA256_N32_W8, top q = 5, bottom q = 10), so a reader can check them against the RFC; the
 * "single-level" ones use its bottom tree as a key of its own (u32str(1) || bottom LMS public key,
 * signature u32str(0) || bottom LMS signature), which is valid. Test Case 1's trees have leaves 0 to 31
 * only, so a q outside them fails the root as well as the range rule; the H10 and H25 q-range vectors
 * use sparse keys whose root was computed from the out-of-range leaf, so that only the range rule
 * stops them. The out-of-range q vectors are tables ({@link #rows()}) whose texts compute their leaf
 * indices from the tree height and the genuine leaves; Test Case 1 is the family's fixture.
 */
public final class HssSignatureFormatFamily extends CaseFamily<HssKnownAnswer> {
    /** The parameter set of both trees of RFC 8554 Test Case 1, and the leaves its two LMS signatures use. */
    private static final LmsType TC1_TREE = LmsType.LMS_SHA256_M32_H5;
    private static final long TC1_TOP_LEAF = 5;
    private static final long TC1_BOTTOM_LEAF = 10;
    private static final String TC1_Q_RANGE_ROBUSTNESS = """
            RFC 8554 Test Case 1's trees have leaves 0 to {last-leaf} only: a verifier without the range rule walks up
            from node 2^h + q, no node of such a tree, and misses the root (only one that masks q to h bits recovers
            the genuine leaf); q-range.h10-q-equals-2h isolates the rule.""";

    @Override
    public String name() {
        return "hss-lms-signature-format";
    }

    /** RFC 8554 Test Case 1, which most of the family's vectors start from: read once per generation. */
    @Override
    protected Function<Optional<Algorithm>, HssKnownAnswer> fixtures(GeneratorContext context) {
        return algorithm -> HssKnownAnswer.rfc8554TestCase1(context);
    }

    // H2: Nspk must be L - 1 (RFC 8554 §6.3)

    @Case(id = "signature.hss-lms.nspk.zero-under-l2", title = "Nspk = 0 under an L = 2 key (RFC 8554 Test Case 1)",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk"},
            flags = {"NspkMismatch", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the signature's first field, Nspk, changed from 1 to 0; the key says
                    L = 2. RFC 8554 §6.3 requires Nspk = L - 1: one signed public key per level below the top.

                    A verifier must reject it as malformed. One that takes the number of levels from the signature
                    verifies the top tree's signature directly against the message, so a signature the top key made
                    over a lower public key becomes a signature over that key's bytes as a message: a level
                    confusion the L in the trusted key exists to prevent.""",
            robustness = """
                    Read as the one level its Nspk declares, as a verifier without the rule reads it, the signature's
                    top LMS signature signs the lower public key, not the message, and the rest is left over;
                    nspk.l1-key-l2-signature isolates the rule.""")
    BuiltCase nspkZeroUnderL2(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return malformed(tc1.publicKey(), tc1.message(), tc1.layout().withU32(0, 0));
    }

    @Case(id = "signature.hss-lms.nspk.two-under-l2", title = "Nspk = 2 under an L = 2 key (RFC 8554 Test Case 1)",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk"},
            flags = {"NspkMismatch", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with Nspk changed from 1 to 2 while the key says L = 2.

                    A verifier must reject it as malformed before parsing further: with Nspk = 2 it would look for a
                    second signed public key where the bottom signature's bytes are, and read past the end.""",
            robustness = """
                    Read as the three levels its Nspk declares, the two-level signature runs out of bytes: no processor
                    finds a third level in it; nspk.l1-key-l2-signature isolates the rule.""")
    BuiltCase nspkTwoUnderL2(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return malformed(tc1.publicKey(), tc1.message(), tc1.layout().withU32(0, 2));
    }

    @Case(id = "signature.hss-lms.nspk.max-u32", title = "Nspk = 2^32 - 1 under an L = 2 key",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk"},
            flags = {"NspkMismatch", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with Nspk = 0xffffffff (-1 as a signed 32-bit integer) under its L = 2 key.

                    A verifier must reject it as malformed, without allocating room for four billion signed public
                    keys and without a negative count slipping through a signed comparison such as Nspk + 1 <= L.""",
            robustness = """
                    Read as the 2^32 levels its Nspk declares, the two-level signature runs out of bytes: no processor
                    finds the levels it announces; nspk.l1-key-l2-signature isolates the rule.""")
    BuiltCase nspkMaxU32(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return malformed(tc1.publicKey(), tc1.message(), tc1.layout().withU32(0, 0xffffffffL));
    }

    @Case(id = "signature.hss-lms.nspk.high-byte", title = "Nspk = 0x01000001, whose lowest byte is the genuine 1",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk"},
            flags = {"NspkMismatch", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with Nspk = 0x01000001: the last byte is the correct 1, the first byte is set.
                    Nspk is a u32str, so its value is 16777217, not L - 1 = 1.

                    A verifier must reject it as malformed. One that reads the count as a byte accepts a second
                    encoding of a valid signature, a malleability that breaks signature-based replay detection.""",
            robustness = """
                    Read as the 16777218 levels its Nspk declares, the two-level signature runs out of bytes (a
                    processor that reads only the last byte has another bug); nspk.l1-key-l2-signature isolates the
                    rule.""")
    BuiltCase nspkHighByte(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return malformed(tc1.publicKey(), tc1.message(), tc1.layout().withU32(0, 0x01000001L));
    }

    @Case(id = "signature.hss-lms.nspk.l1-key-l2-signature",
            title = "Single-level key (Test Case 1's top tree, L = 1) with Test Case 1's two-level signature",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk", "RFC8554-6.1-levels"},
            flags = {"NspkMismatch"},
            description = """
                    RFC 8554 Test Case 1's public key with L changed from 2 to 1, so it names the top tree alone, and
                    Test Case 1's signature unchanged (Nspk = 1). The top tree did make the first LMS signature in it.

                    A verifier must reject it as malformed: under an L = 1 key the signature must have Nspk = 0. A
                    verifier that walks the levels the signature declares verifies the whole chain and accepts a
                    two-level signature under a key that was provisioned as single-level, letting whoever holds a
                    lower tree sign for a device that trusts only the top one.""")
    BuiltCase l1KeyL2Signature(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return malformed(withU32(tc1.publicKey(), 0, 1), tc1.message(), tc1.signature());
    }

    @Case(id = "signature.hss-lms.nspk.l2-key-l1-signature",
            title = "Two-level key (RFC 8554 Test Case 1) with a single-level signature (Nspk = 0)",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk"},
            flags = {"NspkMismatch"},
            description = """
                    RFC 8554 Test Case 1's L = 2 key with a single-level signature: Nspk = 0 followed by the test case's
                    bottom LMS signature, which is valid for the message under the bottom tree's key.

                    A verifier must reject it as malformed: Nspk must be 1. Verifying the bottom signature directly
                    under the top key would fail anyway, but a verifier must not get that far: it must not treat the
                    signature's Nspk as authoritative.""",
            robustness = """
                    Read as the one level its Nspk declares, the signature is the bottom tree's, which the key's top
                    tree did not make, so the root differs; nspk.l1-key-l2-signature isolates the rule.""")
    BuiltCase l2KeyL1Signature(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return malformed(tc1.publicKey(), tc1.message(), singleLevel(context.fixture()).signature());
    }

    @Case(id = "signature.hss-lms.nspk.one-under-l1", title = "Nspk = 1 under a single-level key",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk"},
            flags = {"NspkMismatch", "ModifiedSignature"},
            description = """
                    The bottom tree of RFC 8554 Test Case 1 as a single-level key with its valid signature, except that
                    Nspk is 1 instead of 0.

                    A verifier must reject it as malformed; with Nspk = 1 the LMS signature would be read as a signature
                    followed by a signed public key that is not there.""",
            robustness = """
                    Read as the two levels its Nspk declares, the single-level signature runs out of bytes where the
                    signed public key should follow; nspk.l1-key-l2-signature isolates the rule.""")
    BuiltCase oneUnderL1(CaseContext<HssKnownAnswer> context) {
        SingleLevel single = singleLevel(context.fixture());
        return malformed(single.publicKey(), single.message(), withU32(single.signature(), 0, 1));
    }

    @Case(id = "signature.hss-lms.nspk.l3-key-raised-from-l2",
            title = "Test Case 1's key with L raised from 2 to 3, its signature unchanged",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk"},
            flags = {"NspkMismatch", "ModifiedKey"},
            description = """
                    RFC 8554 Test Case 1's public key with L = 3, still a valid level count, and the test case's
                    signature with Nspk = 1.

                    A verifier must reject it as malformed: an L = 3 key needs Nspk = 2. The key's L, not the
                    signature, fixes the depth of the hierarchy.""")
    BuiltCase l3KeyRaisedFromL2(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return malformed(withU32(tc1.publicKey(), 0, 3), tc1.message(), tc1.signature());
    }

    @Case(id = "signature.hss-lms.nspk.l3-key-nspk-one", title = "Nspk = 1 under a three-level key",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk"},
            flags = {"NspkMismatch", "ModifiedSignature"},
            description = """
                    A valid signature of an L = 3 key (every tree LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4) with Nspk
                    changed from 2 to 1.

                    A verifier must reject it as malformed. Checking Nspk <= L - 1 instead of equality lets a signature
                    skip levels of the hierarchy.""",
            robustness = """
                    Read as the two levels its Nspk declares, the second LMS signature signs the third level's public
                    key, not the message, and the rest is left over; nspk.l1-key-l2-signature isolates the rule.""")
    BuiltCase l3KeyNspkOne() {
        LMSParameters tree = LMSParameters.create(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4);
        HssLmsTestKey key = HssLmsTestKey.generate("hss-lms-signature-format l3", List.of(tree, tree, tree));
        byte[] message = "suitcase HSS-LMS three-level signature".getBytes(StandardCharsets.UTF_8);
        return malformed(key.publicKey(), message, withU32(key.sign(message), 0, 1));
    }

    // H3: q < 2^h at every level (RFC 8554 §5.4.2, Algorithm 6a)

    /** The q-range tables: leaf indices of RFC 8554 Test Case 1 moved out of its trees, and sparse keys signing outside theirs. */
    @Override
    protected List<Row<HssKnownAnswer>> rows() {
        List<Row<HssKnownAnswer>> rows = new ArrayList<>();
        for (LeafChange change : leafChanges()) {
            rows.add(new Row<>(change.spec(), context -> change.build(context.fixture())));
        }
        for (OutsideTree outside : outsideTrees()) {
            rows.add(new Row<>(outside.spec(), context -> outside.build(context)));
        }
        return rows;
    }

    /** Which leaf index of Test Case 1 a {@link LeafChange} changes. */
    private enum Where {
        /** The top LMS signature's. */
        TOP,
        /** The bottom LMS signature's. */
        BOTTOM,
        /** The signature of Test Case 1's bottom tree as a single-level key. */
        SINGLE_LEVEL
    }

    /**
     * A q-range row of Test Case 1: the leaf index at {@code where} replaced by {@code q} of the tree's leaf count
     * and the genuine leaf. The text may use {@code {q}}, {@code {q-hex}}, {@code {genuine}}, {@code {h}},
     * {@code {leaves}} and {@code {last-leaf}}.
     */
    private record LeafChange(String name, Where where, LongBinaryOperator q, List<String> flags, String title,
                              String description) {
        long genuine() {
            return where == Where.TOP ? TC1_TOP_LEAF : TC1_BOTTOM_LEAF;
        }

        long changed() {
            return q.applyAsLong(TC1_TREE.leafCount(), genuine());
        }

        CaseSpec spec() {
            Map<String, String> words = Map.of("q", Long.toString(changed()), "q-hex", String.format("0x%08x", changed()),
                    "genuine", Long.toString(genuine()), "h", Integer.toString(TC1_TREE.h()),
                    "leaves", Long.toString(TC1_TREE.leafCount()), "last-leaf", Long.toString(TC1_TREE.leafCount() - 1));
            String where = "row " + name;
            return CaseSpec.of("signature.hss-lms.q-range." + name, Template.fill(title, words, where), Severity.HIGH,
                    List.of("RFC8554-5.4-q-range"), flags, Template.fill(description, words, where))
                    .withRobustness(Template.fill(TC1_Q_RANGE_ROBUSTNESS, words, where));
        }

        BuiltCase build(HssKnownAnswer tc1) {
            HssSignatureLayout layout = tc1.layout();
            HssSignatureLayout.LmsSignatureFields fields = where == Where.TOP ? layout.level(0) : layout.bottom();
            if (layout.u32At(fields.lmsType()) != TC1_TREE.code() || layout.u32At(fields.q()) != genuine()) {
                throw new IllegalStateException("signature.hss-lms.q-range." + name + ": RFC 8554 Test Case 1's "
                        + where + " signature is not " + TC1_TREE + " at leaf " + genuine());
            }
            if (where == Where.SINGLE_LEVEL) {
                SingleLevel single = singleLevel(tc1);
                return malformed(single.publicKey(), single.message(), withU32(single.signature(), 4, changed()));
            }
            return malformedTc1(tc1, layout.withU32(fields.q(), changed()));
        }
    }

    private static List<LeafChange> leafChanges() {
        List<String> top = List.of("LeafIndexOutOfRange", "ModifiedSignature", "ProviderException");
        List<String> lower = List.of("LeafIndexOutOfRange", "ModifiedSignature");
        return List.of(
                new LeafChange("top-q-equals-2h", Where.TOP, (leaves, genuine) -> leaves, top,
                        "Top-level leaf index q = 2^h = {q} in an H{h} tree", """
                        RFC 8554 Test Case 1 with the top LMS signature's q changed from {genuine} to {q}; the top
                        tree has height {h}, so its leaves are 0 to {last-leaf}.

                        A verifier must reject it as malformed (Algorithm 6a: q >= 2^h is invalid). The off-by-one
                        q > 2^h has been seen in production verifiers (ACVP-Server #481, caliptra-sw #838); with
                        q = 2^h the leaf node number 2^h + q = 2^(h+1) lies outside the tree, and BouncyCastle throws
                        an IllegalArgumentException that a careless caller turns into a crash."""),
                new LeafChange("top-q-max-u32", Where.TOP, (leaves, genuine) -> 0xffffffffL, top,
                        "Top-level leaf index q = 2^32 - 1", """
                        RFC 8554 Test Case 1 with the top LMS signature's q = {q-hex}. As a signed 32-bit integer it
                        is -1, which passes a signed check q < 2^h.

                        A verifier must reject it as malformed; q is unsigned and far outside the tree."""),
                new LeafChange("top-q-plus-2h", Where.TOP, (leaves, genuine) -> leaves + genuine, top,
                        "Top-level leaf index q = {q} = 2^h + {genuine}: the genuine leaf {genuine} plus one tree size", """
                        RFC 8554 Test Case 1 with the top LMS signature's q changed from {genuine} to {q} = {leaves} +
                        {genuine}. Reduced modulo 2^h = {leaves} it is the genuine leaf, so a verifier that masks q to
                        h bits instead of range-checking it recomputes exactly the original root and accepts.

                        A verifier must reject it as malformed. Accepting makes every signature malleable in its q
                        field, and whoever tracks used leaves (for example, to detect a signer that reused a one-time
                        key) is misled."""),
                new LeafChange("top-q-high-bit", Where.TOP, (leaves, genuine) -> 0x80000000L | genuine, top,
                        "Top-level leaf index q = {q-hex}: the genuine leaf {genuine} with the top bit set", """
                        RFC 8554 Test Case 1 with the top LMS signature's q = {q-hex}, negative as a signed 32-bit
                        integer and equal to the genuine leaf {genuine} in its low bits.

                        A verifier must reject it as malformed. A signed comparison passes it as negative, a mask
                        keeps {genuine}; either way the verifier computes the original root and accepts a modified
                        signature."""),
                new LeafChange("bottom-q-equals-2h", Where.BOTTOM, (leaves, genuine) -> leaves, lower,
                        "Bottom-level leaf index q = 2^h = {q}", """
                        RFC 8554 Test Case 1 with the bottom LMS signature's q changed from {genuine} to {q}; the
                        bottom tree, whose parameters come from the signed public key inside the signature, has
                        height {h}.

                        A verifier must reject it as malformed. The range check applies at every level, with h taken
                        from the key that verifies that level; a verifier that checks only the top level misses it."""),
                new LeafChange("bottom-q-plus-2h", Where.BOTTOM, (leaves, genuine) -> leaves + genuine, lower,
                        "Bottom-level leaf index q = {q} = 2^h + {genuine}: the genuine leaf {genuine} plus one tree size", """
                        RFC 8554 Test Case 1 with the bottom LMS signature's q changed from {genuine} to {q}; modulo
                        {leaves} it is the genuine leaf.

                        A verifier must reject it as malformed; one that masks q at the lower levels accepts it."""),
                new LeafChange("single-level-q-equals-2h", Where.SINGLE_LEVEL, (leaves, genuine) -> leaves, lower,
                        "Single-level signature with q = 2^h = {q}", """
                        The bottom tree of RFC 8554 Test Case 1 as a single-level key, with its signature's q changed
                        from {genuine} to {q}, one past the last leaf of the H{h} tree.

                        A verifier must reject it as malformed. It is the plain LMS case of the off-by-one, the form in
                        which NIST's ACVP LMS tests reach most verifiers."""));
    }

    /**
     * A q-range row of a single-level sparse key that signs at leaf q = 2^h, outside its tree, with the root a
     * walk up the h path nodes from node 2^h + q gives: invalid by the range of q alone. The text may use
     * {@code {tree}} (the two registry names), {@code {h}}, {@code {q}} and {@code {node-power}}, h + 1.
     */
    private record OutsideTree(String name, LmsType lms, LmOtsType ots, String title, String description) {
        long q() {
            return lms.leafCount();
        }

        CaseSpec spec() {
            Map<String, String> words = Map.of("tree", lms + " / " + ots, "h", Integer.toString(lms.h()),
                    "q", Long.toString(q()), "node-power", Integer.toString(lms.h() + 1));
            String where = "row " + name;
            return CaseSpec.of("signature.hss-lms.q-range." + name, Template.fill(title, words, where), Severity.HIGH,
                    List.of("RFC8554-5.4-q-range"), List.of("LeafIndexOutOfRange", "SparseTree"),
                    Template.fill(description, words, where));
        }

        BuiltCase build(CaseContext<HssKnownAnswer> context) {
            String tree = "h" + lms.h();
            HssSparseTreeKey key = HssSparseTreeKey.generateAsGiven(context.family() + " " + tree,
                    List.of(new HssSparseTreeKey.Level(LMSigParameters.getParametersForType(lms.code()),
                            LMOtsParameters.getParametersForType(ots.code()), q())));
            byte[] message = ("suitcase HSS-LMS leaf index out of range, " + tree).getBytes(StandardCharsets.UTF_8);
            return malformed(key.publicKey(), message, key.sign(message));
        }
    }

    private static List<OutsideTree> outsideTrees() {
        return List.of(
                new OutsideTree("h10-q-equals-2h", LmsType.LMS_SHA256_M32_H10, LmOtsType.LMOTS_SHA256_N32_W4,
                        "Leaf index q = {q} in an H{h} tree", """
                        A single-level {tree} key and its signature at leaf q = {q} = 2^{h}, one past the tree's last
                        leaf. The key is a sparse tree whose root T[1] was computed from that leaf, walking up the
                        h = {h} nodes of the authentication path as Algorithm 6a does, so the signature satisfies
                        every rule of RFC 8554 but the range of q.

                        A verifier must reject it as malformed (Algorithm 6a: q >= 2^h is invalid). One without the
                        check recomputes exactly T[1] and accepts a signature from a leaf the tree does not have: the
                        number of one-time keys is no longer bounded by the height the key declares. The bound depends
                        on that height; a verifier that hard-codes the H5 bound rejects this for the wrong reason and
                        accepts q = 31 in any tree, one that hard-codes a large bound lets it through."""),
                new OutsideTree("h25-q-equals-2h", LmsType.LMS_SHA256_M32_H25, LmOtsType.LMOTS_SHA256_N32_W4,
                        "Leaf index q = 2^{h} in an H{h} tree", """
                        A single-level {tree} key and its signature at leaf q = 2^{h} = {q}, one past the last leaf of
                        the tallest registered tree. The key is a sparse tree whose root T[1] was computed from that
                        leaf, up the {h} nodes of the path, so only the range of q is wrong.

                        A verifier must reject it as malformed. Its node number 2^{h} + q = 2^{node-power} still fits
                        in 32 bits, so only the explicit check of Algorithm 6a catches it; without it the recomputed
                        root is T[1]."""));
    }

    @Case(id = "signature.hss-lms.q-range.last-leaf-h5", title = "Valid signature at the last leaf of an H5 tree, q = 31",
            severity = Severity.LOW, requirements = {"RFC8554-5.4-q-range", "RFC8554-5.4-root"},
            flags = {"LastLeaf"},
            description = """
                    The 32nd signature of a BouncyCastle-generated single-level key on LMS_SHA256_M32_H5 /
                    LMOTS_SHA256_N32_W4: its q is 31 = 2^h - 1, the last one-time key of the tree.

                    A verifier must accept it. It is the valid neighbour of the q = 2^h vectors: a range check written
                    as q < 2^h - 1, or q + 1 < 2^h computed with an overflow, refuses the last signature a key can
                    make.""")
    BuiltCase lastLeafH5() {
        byte[] message = "suitcase HSS-LMS last leaf".getBytes(StandardCharsets.UTF_8);
        HssParameters.Signed signed = HssParameters.generated(HssParameters.tree(LmsType.LMS_SHA256_M32_H5,
                LmOtsType.LMOTS_SHA256_N32_W4, 31)).sign("hss-lms-signature-format last leaf", message);
        return BuiltCase.of(Expectation.accept(), HssKnownAnswerFamily.input(signed.publicKey(), message, signed.signature()));
    }

    @Case(id = "signature.hss-lms.q-range.other-valid-leaf", title = "Top-level leaf index changed to another leaf, q = 6",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-root"},
            flags = {"ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the top LMS signature's q changed from 5 to 6, a valid leaf of the tree.
                    The structure is intact; only the leaf index disagrees with the one-time signature and the path.

                    A verifier must reject it as invalid: q enters every hash of the one-time signature and decides
                    the left/right order of the path, so the recomputed root differs. Accepting means q is not bound,
                    and one one-time signature could stand for any leaf.""")
    BuiltCase otherValidLeaf(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        HssSignatureLayout layout = tc1.layout();
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), HssKnownAnswerFamily.input(tc1.publicKey(),
                tc1.message(), layout.withU32(layout.level(0).q(), 6)));
    }

    // H4: the LM-OTS type in the signature must be the verifying key's (Algorithm 6a)

    @Case(id = "signature.hss-lms.ots-type.top-other-registered",
            title = "Top LMS signature's LM-OTS type W8 changed to the registered W4",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-ots-type"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the top LMS signature's LM-OTS type changed from LMOTS_SHA256_N32_W8
                    (0x04), the one the key declares, to LMOTS_SHA256_N32_W4 (0x03).

                    A verifier must reject it as malformed (Algorithm 6a: the signature's otstype must equal the key's).
                    A verifier that parses the one-time signature by the type in the signature lets the signer, or an
                    attacker, choose the Winternitz parameter the key's root was not built with.""")
    BuiltCase topOtsOtherRegistered(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.level(0).otsType(), 3));
    }

    @Case(id = "signature.hss-lms.ots-type.top-unregistered", title = "Top LMS signature's LM-OTS type 0x815 (unregistered)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-ots-type"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the top LMS signature's LM-OTS type set to 0x00000815, which no
                    specification registers (Botan's invalid-signature tests use a similar code).

                    A verifier must reject it as malformed, without looking the code up in a table unchecked.""")
    BuiltCase topOtsUnregistered(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.level(0).otsType(), 0x815));
    }

    @Case(id = "signature.hss-lms.ots-type.top-reserved-zero", title = "Top LMS signature's LM-OTS type 0 (reserved)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-ots-type"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the top LMS signature's LM-OTS type set to 0x00000000, the reserved code.

                    A verifier must reject it as malformed. Zero is what an uninitialised field holds, so a verifier
                    that treats 0 as "use the key's type" accepts signatures whose type field was never written.""")
    BuiltCase topOtsReservedZero(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.level(0).otsType(), 0));
    }

    @Case(id = "signature.hss-lms.ots-type.top-high-byte",
            title = "Top LMS signature's LM-OTS type 0x01000004, whose lowest byte is the key's W8 code",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-ots-type"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the top LMS signature's LM-OTS type 0x01000004: its last byte is the
                    key's 0x04.

                    A verifier must reject it as malformed; the comparison covers all four bytes. Comparing one byte
                    makes the signature malleable.""")
    BuiltCase topOtsHighByte(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.level(0).otsType(), 0x01000004L));
    }

    @Case(id = "signature.hss-lms.ots-type.bottom-other-registered",
            title = "Bottom LMS signature's LM-OTS type differs from the signed lower key's",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-ots-type", "RFC8554-6.3-chain"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the bottom LMS signature's LM-OTS type changed from 0x04 (W8), which the
                    signed lower public key declares, to 0x03 (W4).

                    A verifier must reject it as malformed. At the lower levels the reference type is the one in the
                    signed public key inside the signature; a verifier that checks the type only at the top level
                    misses this.""")
    BuiltCase bottomOtsOtherRegistered(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.bottom().otsType(), 3));
    }

    @Case(id = "signature.hss-lms.ots-type.key-changed",
            title = "Key's LM-OTS type changed to W4 while the signature keeps W8",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-ots-type"},
            flags = {"InvalidTypecode", "ModifiedKey", "ProviderException"},
            description = """
                    RFC 8554 Test Case 1's public key with its LM-OTS type changed from 0x04 (W8) to 0x03 (W4), a valid
                    key of the same length; the signature is unchanged and still says W8.

                    A verifier must reject the signature as malformed: the key says which one-time scheme its leaves
                    use, and the signature does not match it. A verifier that believes the signature's type verifies
                    it against a key that declared something else. BouncyCastle 1.87 throws an IllegalArgumentException
                    on this input instead of returning false, so a caller must catch it and reject.""",
            robustness = """
                    The one-time signature is W8-shaped and the key now declares W4: a verifier without the type rule
                    that reads it with the key's parameters, as one of a single parameter set does (the reference
                    verifier's continuation), misreads it; only one that takes the type from the signature accepts it.
                    ots-type.top-other-registered isolates the rule.""")
    BuiltCase keyOtsChanged(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer tc1 = context.fixture();
        return malformed(withU32(tc1.publicKey(), 8, 3), tc1.message(), tc1.signature());
    }

    // H5: the LMS type in the signature must be the verifying key's (Algorithm 6a)

    @Case(id = "signature.hss-lms.lms-type.top-other-registered",
            title = "Top LMS signature's LMS type H5 changed to the registered H10",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-lms-type"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the top LMS signature's LMS type changed from LMS_SHA256_M32_H5 (0x05),
                    the key's, to LMS_SHA256_M32_H10 (0x06). NIST's ACVP "modify signature header" tests make exactly
                    this change.

                    A verifier must reject it as malformed. Taking h from the signature instead of the key lets a
                    signature choose how long its authentication path is, and so which node of which tree it claims
                    to reach.""")
    BuiltCase topLmsOtherRegistered(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.level(0).lmsType(), 6));
    }

    @Case(id = "signature.hss-lms.lms-type.top-reserved-zero", title = "Top LMS signature's LMS type 0 (reserved)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-lms-type"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the top LMS signature's LMS type set to 0x00000000, the reserved code.

                    A verifier must reject it as malformed.""")
    BuiltCase topLmsReservedZero(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.level(0).lmsType(), 0));
    }

    @Case(id = "signature.hss-lms.lms-type.top-unregistered", title = "Top LMS signature's LMS type 0x19 (unregistered)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-lms-type"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the top LMS signature's LMS type set to 0x00000019, the first code after
                    the registered ones.

                    A verifier must reject it as malformed.""")
    BuiltCase topLmsUnregistered(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.level(0).lmsType(), 0x19));
    }

    @Case(id = "signature.hss-lms.lms-type.top-high-byte",
            title = "Top LMS signature's LMS type 0x01000005, whose lowest byte is the key's H5 code",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-lms-type"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the top LMS signature's LMS type 0x01000005.

                    A verifier must reject it as malformed; type codes are compared as 32-bit values.""")
    BuiltCase topLmsHighByte(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.level(0).lmsType(), 0x01000005L));
    }

    @Case(id = "signature.hss-lms.lms-type.bottom-other-registered",
            title = "Bottom LMS signature's LMS type differs from the signed lower key's",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-lms-type", "RFC8554-6.3-chain"},
            flags = {"InvalidTypecode", "ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the bottom LMS signature's LMS type changed from 0x05 (H5), which the
                    signed lower public key declares, to 0x06 (H10).

                    A verifier must reject it as malformed; each level's reference is the key one level up.""")
    BuiltCase bottomLmsOtherRegistered(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withU32(layout.bottom().lmsType(), 6));
    }

    @Case(id = "signature.hss-lms.lms-type.relabelled-shake",
            title = "Single-level key and signature relabelled from SHA-256 to the SHAKE256 sets of equal lengths",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-lms-type", "RFC8554-5.4-ots-type", "RFC8554-5.4-root"},
            flags = {"ModifiedKey", "ModifiedSignature", "HashFunctionSubstitution"},
            description = """
                    The bottom tree of RFC 8554 Test Case 1 as a single-level key with its valid signature, relabelled:
                    LMS_SHA256_M32_H5 (0x05) becomes LMS_SHAKE_M32_H5 (0x0f) and LMOTS_SHA256_N32_W8 (0x04) becomes
                    LMOTS_SHAKE_N32_W8 (0x0c), in the key and in the signature alike. The SHAKE256/256 sets of RFC 9858
                    have the same n, m, w, p and h, so every length fits and the types agree; the values were computed
                    with SHA-256.

                    A verifier must reject it as invalid: hashed with SHAKE256 the one-time signature and the path lead
                    to another root. Accepting means the verifier computes SHA-256 whatever the type code says; then
                    the code authenticates nothing, and a key declared as SHAKE256 accepts SHA-256 signatures.""")
    BuiltCase relabelledShake(CaseContext<HssKnownAnswer> context) {
        SingleLevel single = singleLevel(context.fixture());
        HssSignatureLayout layout = HssSignatureLayout.parse(single.publicKey(), single.signature());
        byte[] key = withU32(withU32(single.publicKey(), 4, 0x0f), 8, 0x0c);
        byte[] signature = withU32(layout.withU32(layout.level(0).otsType(), 0x0c), layout.level(0).lmsType(), 0x0f);
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                HssKnownAnswerFamily.input(key, single.message(), signature));
    }

    // H6: exact length at every level (Algorithm 6a, Algorithm 4b, §6.3)

    @Case(id = "signature.hss-lms.length.truncated-one-byte", title = "Two-level signature one byte short",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-6.3-exact"},
            flags = {"TruncatedSignature"},
            description = """
                    RFC 8554 Test Case 1 with the last byte of the signature removed: the final path node of the bottom
                    LMS signature has 31 of its 32 bytes.

                    A verifier must reject it as malformed without reading the missing byte. A verifier that copies
                    m * h bytes of path unchecked reads past the buffer.""",
            robustness = """
                    The signature ends inside the last node of the bottom path: no processor can read the fields that
                    are missing.""")
    BuiltCase truncatedOneByte(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.truncatedTo(layout.length() - 1));
    }

    @Case(id = "signature.hss-lms.length.trailing-zero-byte", title = "Two-level signature with one trailing zero byte",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-length", "RFC8554-6.3-exact"},
            flags = {"TrailingBytes"},
            description = """
                    RFC 8554 Test Case 1's signature followed by one 0x00 byte; everything before it verifies.

                    A verifier must reject it as malformed: the length of the final LMS signature is fixed exactly by
                    its types. Accepting trailing bytes (BouncyCastle 1.80 and 1.83 did) makes signatures malleable: the
                    same authorisation has many encodings, which defeats replay caches keyed by signature bytes.""")
    BuiltCase trailingZeroByte(CaseContext<HssKnownAnswer> context) {
        return malformedTc1(context.fixture(), context.fixture().layout().withAppended(new byte[] {0}));
    }

    @Case(id = "signature.hss-lms.length.trailing-32-bytes", title = "Two-level signature with 32 trailing bytes",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-length", "RFC8554-6.3-exact"},
            flags = {"TrailingBytes"},
            description = """
                    RFC 8554 Test Case 1's signature followed by 32 bytes of 0xff, the size of one more path node.

                    A verifier must reject it as malformed. One that checks only "at least as long as needed" accepts
                    it.""")
    BuiltCase trailing32Bytes(CaseContext<HssKnownAnswer> context) {
        byte[] tail = new byte[32];
        Arrays.fill(tail, (byte) 0xff);
        return malformedTc1(context.fixture(), context.fixture().layout().withAppended(tail));
    }

    @Case(id = "signature.hss-lms.length.single-level-trailing-byte",
            title = "Single-level signature with one trailing zero byte",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-length"},
            flags = {"TrailingBytes"},
            description = """
                    The bottom tree of RFC 8554 Test Case 1 as a single-level key with its valid signature followed by
                    one 0x00 byte.

                    A verifier must reject it as malformed; for L = 1 the rule is Algorithm 6a's: the LMS signature is
                    exactly 12 + n(p+1) + m*h bytes.""")
    BuiltCase singleLevelTrailingByte(CaseContext<HssKnownAnswer> context) {
        SingleLevel single = singleLevel(context.fixture());
        return malformed(single.publicKey(), single.message(), concat(single.signature(), new byte[] {0}));
    }

    @Case(id = "signature.hss-lms.length.bottom-signature-repeated",
            title = "Two-level signature followed by a second copy of its bottom LMS signature",
            severity = Severity.MEDIUM, requirements = {"RFC8554-6.3-exact"},
            flags = {"TrailingBytes"},
            description = """
                    RFC 8554 Test Case 1's signature with its bottom LMS signature appended once more, 1292 extra bytes
                    that parse as a well-formed LMS signature.

                    A verifier must reject it as malformed: after the last LMS signature nothing may follow.""")
    BuiltCase bottomSignatureRepeated(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.withAppended(layout.slice(layout.bottom().start(), layout.bottom().end())));
    }

    @Case(id = "signature.hss-lms.length.empty", title = "Empty HSS signature",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-6.3-nspk"},
            flags = {"TruncatedSignature"},
            description = """
                    A zero-length signature under RFC 8554 Test Case 1's key (Botan's invalid-signature tests include
                    one).

                    A verifier must reject it as malformed without reading Nspk from beyond the end.""",
            robustness = """
                    The signature ends before Nspk: no processor can read the fields that are missing.""")
    BuiltCase empty(CaseContext<HssKnownAnswer> context) {
        return malformedTc1(context.fixture(), new byte[0]);
    }

    @Case(id = "signature.hss-lms.length.nspk-only", title = "Four-byte HSS signature: Nspk = 1 and nothing else",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-exact"},
            flags = {"TruncatedSignature"},
            description = """
                    The first four bytes of RFC 8554 Test Case 1's signature, Nspk = 1, which is correct for the key,
                    and no LMS signature.

                    A verifier must reject it as malformed without reading q or a type code past the end.""",
            robustness = """
                    The signature ends after Nspk, before the first LMS signature: no processor can read the fields that
                    are missing.""")
    BuiltCase nspkOnly(CaseContext<HssKnownAnswer> context) {
        return malformedTc1(context.fixture(), context.fixture().layout().truncatedTo(4));
    }

    @Case(id = "signature.hss-lms.length.header-only",
            title = "Twelve-byte single-level signature: Nspk, q and LM-OTS type only",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length"},
            flags = {"TruncatedSignature"},
            description = """
                    The first twelve bytes of a valid single-level signature (the bottom tree of RFC 8554 Test Case 1 as
                    an L = 1 key): u32str(0) || u32str(q) || u32str(otstype), with nothing after the type. This is the
                    shape that made the cisco-derived code in liboqs read out of bounds (liboqs PR #2507).

                    A verifier must reject it as malformed, having checked the length before touching C.""",
            robustness = """
                    The signature ends after the LM-OTS type, before C: no processor can read the fields that are
                    missing.""")
    BuiltCase headerOnly(CaseContext<HssKnownAnswer> context) {
        SingleLevel single = singleLevel(context.fixture());
        return malformed(single.publicKey(), single.message(), Arrays.copyOf(single.signature(), 12));
    }

    @Case(id = "signature.hss-lms.length.no-path", title = "Single-level signature without its authentication path",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length"},
            flags = {"TruncatedSignature"},
            description = """
                    A valid single-level signature (the bottom tree of RFC 8554 Test Case 1 as an L = 1 key) cut right
                    after its LMS type: the one-time signature is complete, the h = 5 path nodes are missing.

                    A verifier must reject it as malformed. One that computes the root with however many path nodes it
                    finds would compare the leaf itself against T[1].""",
            robustness = """
                    The signature ends before the authentication path: no processor can read the fields that are
                    missing.""")
    BuiltCase noPath(CaseContext<HssKnownAnswer> context) {
        SingleLevel single = singleLevel(context.fixture());
        HssSignatureLayout layout = HssSignatureLayout.parse(single.publicKey(), single.signature());
        return malformed(single.publicKey(), single.message(), layout.truncatedTo(layout.level(0).path(0)));
    }

    @Case(id = "signature.hss-lms.length.truncated-in-chains",
            title = "Single-level signature cut in the middle of its Winternitz chains",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length"},
            flags = {"TruncatedSignature"},
            description = """
                    A valid single-level signature (the bottom tree of RFC 8554 Test Case 1 as an L = 1 key) cut after
                    y[16], halfway through its 34 chain values, in the middle of the LM-OTS signature.

                    A verifier must reject it as malformed: Algorithm 4b first checks that the LM-OTS signature is 4 +
                    n(p+1) bytes.""",
            robustness = """
                    The signature ends inside the Winternitz chains: no processor can read the fields that are missing.""")
    BuiltCase truncatedInChains(CaseContext<HssKnownAnswer> context) {
        SingleLevel single = singleLevel(context.fixture());
        HssSignatureLayout layout = HssSignatureLayout.parse(single.publicKey(), single.signature());
        return malformed(single.publicKey(), single.message(), layout.truncatedTo(layout.level(0).chain(17)));
    }

    @Case(id = "signature.hss-lms.length.truncated-in-signed-key",
            title = "Two-level signature cut inside the signed lower public key",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-exact"},
            flags = {"TruncatedSignature"},
            description = """
                    RFC 8554 Test Case 1's signature cut inside the signed lower public key, after its identifier I and
                    before T[1]; the bottom LMS signature is missing entirely.

                    A verifier must reject it as malformed without reading T[1] past the end.""",
            robustness = """
                    The signature ends inside the signed lower public key: no processor can read the fields that are
                    missing.""")
    BuiltCase truncatedInSignedKey(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.truncatedTo(layout.signedKey(1).root()));
    }

    @Case(id = "signature.hss-lms.length.missing-bottom-signature",
            title = "Two-level signature ending right after the signed lower public key",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-exact", "RFC8554-6.3-chain"},
            flags = {"TruncatedSignature"},
            description = """
                    RFC 8554 Test Case 1's signature with its bottom LMS signature removed: Nspk = 1, the top signature
                    and the signed lower key, all valid, and nothing over the message.

                    A verifier must reject it as malformed. A verifier that stops when the bytes run out has verified
                    only that the top key vouches for a lower key, not that anyone signed the message.""",
            robustness = """
                    The signature ends after the signed lower public key, before the bottom LMS signature: no processor
                    can read the fields that are missing.""")
    BuiltCase missingBottomSignature(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        return malformedTc1(context.fixture(), layout.truncatedTo(layout.bottom().start()));
    }

    @Case(id = "signature.hss-lms.length.shifted-fields",
            title = "Top LMS signature one byte short, one byte appended at the end: same total length",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-6.3-exact"},
            flags = {"ModifiedSignature"},
            description = """
                    RFC 8554 Test Case 1's signature with the last byte of the top signature's path removed and a 0x00
                    byte appended at the end, so the total length is right while every later field sits one byte
                    early. The signed lower key is then read starting one byte late, and its LMS type is 0x00000500.

                    A verifier must reject it as malformed. A verifier that checks only the total length against
                    the sum of the levels, and then slices by assumed offsets, misplaces every field after the first
                    signature.""",
            robustness = """
                    A byte missing from the top LMS signature shifts every field after it: the signed key's LMS type is
                    read from other bytes and names no parameter set, so no processor can read on.""")
    BuiltCase shiftedFields(CaseContext<HssKnownAnswer> context) {
        HssSignatureLayout layout = context.fixture().layout();
        int lastTopByte = layout.level(0).end() - 1;
        byte[] shortened = layout.withReplaced(lastTopByte, lastTopByte + 1, new byte[0]);
        return malformedTc1(context.fixture(), concat(shortened, new byte[] {0}));
    }

    /** A single-level key, its message and its valid signature: Test Case 1's bottom tree on its own. */
    private record SingleLevel(byte[] publicKey, byte[] message, byte[] signature) {
    }

    private static SingleLevel singleLevel(HssKnownAnswer tc1) {
        HssSignatureLayout layout = tc1.layout();
        return new SingleLevel(concat(u32(1), layout.slice(layout.signedKey(1).start(), layout.signedKey(1).end())),
                tc1.message(), concat(u32(0), layout.slice(layout.bottom().start(), layout.bottom().end())));
    }

    /** Test Case 1's key and message with {@code signature}. */
    private static BuiltCase malformedTc1(HssKnownAnswer tc1, byte[] signature) {
        return malformed(tc1.publicKey(), tc1.message(), signature);
    }

    private static BuiltCase malformed(byte[] publicKey, byte[] message, byte[] signature) {
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_MALFORMED),
                HssKnownAnswerFamily.input(publicKey, message, signature));
    }
}
