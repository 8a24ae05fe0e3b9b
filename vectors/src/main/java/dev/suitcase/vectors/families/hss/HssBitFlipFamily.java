package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.Template;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.LmOtsType;
import dev.suitcase.verifier.crypto.LmsType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import static dev.suitcase.vectors.families.hss.HssParameters.generated;
import static dev.suitcase.vectors.families.hss.HssParameters.tree;

/**
 * One bit flipped in each field of a one-time signature and of an authentication path (what cisco/hash-sigs'
 * test_verify.c does for every bit, here for the fields that matter): the randomizer C, the first Winternitz
 * chain, the last one (which carries the checksum), the first and the last path node. The sweep runs over both
 * levels of RFC 8554 Test Case 1 (W8), the middle level of a three-level key, and single-level keys for W1, W2
 * and W4 on SHA-256, SHA-256/192 and SHAKE256. Each flip leaves the signature well formed, and each must make it
 * invalid.
 *
 * <p>A table of subjects times fields, one {@link Row} per pair; each vector's description still names its
 * field, level and parameter set, and what skipping that field's check would let through. Every row makes its
 * subject's signature afresh, so no key is shared between rows.
 */
public final class HssBitFlipFamily extends CaseFamily<Void> {
    private static final byte[] MESSAGE = "suitcase HSS-LMS bit flip base message".getBytes(StandardCharsets.UTF_8);

    @Override
    public String name() {
        return "hss-lms-bit-flips";
    }

    /** A valid signature and the key and message it verifies under. */
    private record Signed(byte[] publicKey, byte[] message, byte[] signature) {
    }

    /**
     * A valid signature to flip bits in.
     *
     * @param name   the first part of the case names
     * @param brief  what the title calls the flipped LMS signature
     * @param what   what the description calls it
     * @param levels L, the levels of the key
     * @param level  the LMS signature the flips go into, 0 being the top tree's
     * @param fields the fields flipped
     * @param source makes the signature
     */
    private record Subject(String name, String brief, String what, int levels, int level, List<Field> fields,
                           Function<CaseContext<Void>, Signed> source) {
    }

    /** A field of an LMS signature: where its flipped byte is, which bit, and what the field does. */
    private record Field(String name, String title, ToIntFunction<HssSignatureLayout.LmsSignatureFields> offset, int bit,
                         String role) {
    }

    private static final Field RANDOMIZER = new Field("randomizer", "C", fields -> fields.randomizer(), 7, """
            C, the n-byte randomizer that is hashed with the message into Q = H(I || u32str(q) || u16str(D_MESG) || C ||
            message) (RFC 8554 §4.5). A different C gives a different Q, so the Winternitz coefficients change and
            the chain ends move. A verifier that accepts it does not derive Q from the C in the signature, and then a
            one-time signature can be replayed over another Q.""");
    private static final Field FIRST_CHAIN = new Field("first-chain", "y[0]", fields -> fields.chain(0), 0, """
            y[0], the first Winternitz chain value, which the verifier hashes forward 2^w - 1 - a[0] times before
            hashing all chain ends into the candidate public key Kc (Algorithm 4b). One bit of y[0] changes Kc, the
            leaf and the root. Accepting means the chain values are not all hashed into Kc.""");
    private static final Field CHECKSUM_CHAIN = new Field("checksum-chain", "checksum chain y[p-1]",
            fields -> fields.chain(fields.ots().getP() - 1) + fields.ots().getN() - 1, 0, """
            y[p-1], the last Winternitz chain value, which encodes the checksum Cksm(Q) rather than the digest
            (RFC 8554 §4.4). The checksum is what stops a forger from pushing digest chains further along: if a
            verifier skips or truncates the checksum chains, an attacker who saw one signature can sign any digest
            whose coefficients are all larger. Flipping it must make the signature invalid.""");
    private static final Field FIRST_PATH_NODE = new Field("first-path-node", "path[0]",
            fields -> fields.path(0), 3, """
            path[0], the first node of the authentication path: the sibling of the leaf, hashed with it into their
            parent (Algorithm 6a, step 4). Changing it changes every node above and the root. Accepting means the
            path is not used, or the leaf itself is compared with T[1].""");
    private static final Field LAST_PATH_NODE = new Field("last-path-node", "path[h-1]",
            fields -> fields.path(fields.tree().getH() - 1) + fields.tree().getM() - 1, 0, """
            path[h-1], the last node of the authentication path, the root's other child. A verifier that walks only
            part of the path, or compares an intermediate node with T[1], misses this change; one that compares only
            a prefix of the computed root with T[1] may too.""");
    private static final List<Field> ALL_FIELDS = List.of(RANDOMIZER, FIRST_CHAIN, CHECKSUM_CHAIN, FIRST_PATH_NODE,
            LAST_PATH_NODE);

    @Override
    protected List<Row<Void>> rows() {
        List<Row<Void>> rows = new ArrayList<>();
        for (Subject subject : subjects()) {
            for (Field field : subject.fields()) {
                rows.add(new Row<>(spec(subject, field), context -> {
                    Signed signed = subject.source().apply(context);
                    HssSignatureLayout layout = HssSignatureLayout.parse(signed.publicKey(), signed.signature());
                    if (layout.levelCount() != subject.levels()) {
                        throw new IllegalStateException(context.id() + ": the signature has " + layout.levelCount()
                                + " levels, the table says " + subject.levels());
                    }
                    byte[] flipped = layout.withBitFlipped(field.offset().applyAsInt(layout.level(subject.level())),
                            field.bit());
                    return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                            HssKnownAnswerFamily.input(signed.publicKey(), signed.message(), flipped));
                }));
            }
        }
        return rows;
    }

    private static CaseSpec spec(Subject subject, Field field) {
        String description = subject.what() + ", with bit " + field.bit() + " of one byte of " + field.title()
                + " inverted; nothing else changes, so the signature is still well formed.\n\nThe field is "
                + field.role() + "\n\nA verifier must reject the signature as invalid: it no longer leads to the"
                + " trusted root. Accepting any one-bit change to a signature means some part of it is not checked,"
                + " and a forger needs nothing more.";
        List<String> requirements = subject.level() == 0 && subject.levels() == 1
                ? List.of("RFC8554-5.4-root") : List.of("RFC8554-5.4-root", "RFC8554-6.3-chain");
        return CaseSpec.of("signature.hss-lms.bitflip." + subject.name() + "-" + field.name(),
                "Bit " + field.bit() + " flipped in " + field.title() + " of " + subject.brief(), Severity.CRITICAL,
                requirements, List.of("ModifiedSignature", "BitFlip"), description);
    }

    private static List<Subject> subjects() {
        Function<CaseContext<Void>, Signed> tc1 = context -> {
            HssKnownAnswer answer = HssKnownAnswer.rfc8554TestCase1(context.generator());
            return new Signed(answer.publicKey(), answer.message(), answer.signature());
        };
        HssParameters threeLevels = generated(tree(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W4),
                tree(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W4),
                tree(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W4));
        return List.of(
                new Subject("tc1-top", "RFC 8554 Test Case 1's top LMS signature",
                        "The top LMS signature of RFC 8554 Test Case 1, which signs the lower tree's public key (W8, leaf 5)",
                        2, 0, ALL_FIELDS, tc1),
                new Subject("tc1-bottom", "RFC 8554 Test Case 1's bottom LMS signature",
                        "The bottom LMS signature of RFC 8554 Test Case 1, which signs the message (W8, leaf 10)",
                        2, 1, ALL_FIELDS, tc1),
                singleLevel("sha256-m32-w1", LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W1),
                singleLevel("sha256-m32-w2", LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W2),
                singleLevel("sha256-m32-w4", LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W4),
                singleLevel("sha256-m24-w4", LmsType.LMS_SHA256_M24_H5, LmOtsType.LMOTS_SHA256_N24_W4),
                singleLevel("shake-m32-w4", LmsType.LMS_SHAKE_M32_H5, LmOtsType.LMOTS_SHAKE_N32_W4),
                singleLevel("shake-m24-w4", LmsType.LMS_SHAKE_M24_H5, LmOtsType.LMOTS_SHAKE_N24_W4),
                new Subject("l3-middle", fill("the middle level of a {levels-word}-level {short} signature", threeLevels),
                        fill("The middle LMS signature of a valid {levels-word}-level HSS signature (every tree {tree}),"
                                + " which signs the bottom tree's public key", threeLevels),
                        threeLevels.levels(), 1, List.of(RANDOMIZER, CHECKSUM_CHAIN, LAST_PATH_NODE),
                        context -> signed(threeLevels, context, "l3")));
    }

    /** The first signature of a BouncyCastle-generated single-level key, every field flipped. */
    private static Subject singleLevel(String name, LmsType lms, LmOtsType ots) {
        HssParameters key = generated(tree(lms, ots));
        return new Subject(name, fill("a single-level {tree} signature", key),
                fill("A valid single-level signature of a BouncyCastle-generated {tree} key (leaf {q})", key),
                key.levels(), 0, ALL_FIELDS, context -> signed(key, context, name));
    }

    /** The key's signature of the message, the key labelled with the family and the subject's name. */
    private static Signed signed(HssParameters key, CaseContext<Void> context, String name) {
        HssParameters.Signed signed = key.sign(context.family() + " " + name, MESSAGE);
        return new Signed(signed.publicKey(), MESSAGE, signed.signature());
    }

    private static String fill(String template, HssParameters key) {
        return Template.fill(template, key.words(), "hss-lms-bit-flips subject");
    }
}
