package dev.suitcase.vectors.families;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.VectorFamily;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.vectors.model.VectorStatus;
import dev.suitcase.verifier.Reason;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * One bit flipped in each field of a one-time signature and of an authentication path (what cisco/hash-sigs' test_verify.c does for every
 * bit, here for the fields that matter): the randomizer C, the first Winternitz chain, the last one
 * (which carries the checksum), the first and the last path node. The sweep runs over both levels of
 * RFC 8554 Test Case 1 (W8), the middle level of a three-level key, and single-level keys for W1, W2
 * and W4 on SHA-256, SHA-256/192 and SHAKE256. Each flip leaves the signature well formed, and each
 * must make it invalid.
 *
 * <p>A sweep of like cases, so it is data-driven rather than one method per vector; each vector's
 * description still names its field, level and parameter set, and what skipping that field's check
 * would let through.
 */
public final class HssBitFlipFamily implements VectorFamily {
    private static final byte[] MESSAGE = "suitcase HSS-LMS bit flip base message".getBytes(StandardCharsets.UTF_8);

    @Override
    public String name() {
        return "hss-lms-bit-flips";
    }

    /** A valid signature, and which of its LMS signatures the flips go into. */
    private record Subject(String name, String brief, String what, byte[] publicKey, byte[] message, byte[] signature,
                           int level, List<Field> fields) {
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
    public List<Vector> vectors(GeneratorContext context) {
        List<Vector> vectors = new ArrayList<>();
        for (Subject subject : subjects(context)) {
            HssSignatureLayout layout = HssSignatureLayout.parse(subject.publicKey(), subject.signature());
            HssSignatureLayout.LmsSignatureFields lms = layout.level(subject.level());
            for (Field field : subject.fields()) {
                vectors.add(vector(context, subject, field, layout.withBitFlipped(field.offset().applyAsInt(lms), field.bit())));
            }
        }
        return vectors;
    }

    private Vector vector(GeneratorContext context, Subject subject, Field field, byte[] signature) {
        VectorId id = VectorId.parse("signature.hss-lms.bitflip." + subject.name() + "-" + field.name());
        String title = "Bit " + field.bit() + " flipped in " + field.title() + " of " + subject.brief();
        String description = subject.what() + ", with bit " + field.bit() + " of one byte of " + field.title()
                + " inverted; nothing else changes, so the signature is still well formed.\n\nThe field is "
                + field.role().strip().replaceAll("\\s*\n\\s*", " ") + "\n\nA verifier must reject the"
                + " signature as invalid: it no longer leads to the trusted root. Accepting any one-bit change to a"
                + " signature means some part of it is not checked, and a forger needs nothing more.";
        List<String> requirements = subject.level() == 0 && HssSignatureLayout.u32(subject.publicKey(), 0) == 1
                ? List.of("RFC8554-5.4-root") : List.of("RFC8554-5.4-root", "RFC8554-6.3-chain");
        Provenance provenance = new Provenance(BuiltCase.GENERATED, name(), context.generator(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return new Vector(id, title, description, id.algorithm(), Expectation.reject(Reason.SIGNATURE_INVALID),
                Severity.CRITICAL, requirements, List.of("ModifiedSignature", "BitFlip"),
                HssKnownAnswerFamily.input(subject.publicKey(), subject.message(), signature), provenance, VectorStatus.ACTIVE);
    }

    private static List<Subject> subjects(GeneratorContext context) {
        HssKnownAnswer tc1 = HssKnownAnswer.rfc8554TestCase1(context);
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject("tc1-top", "RFC 8554 Test Case 1's top LMS signature",
                "The top LMS signature of RFC 8554 Test Case 1, which signs the lower tree's public key (W8, leaf 5)",
                tc1.publicKey(), tc1.message(), tc1.signature(), 0, ALL_FIELDS));
        subjects.add(new Subject("tc1-bottom", "RFC 8554 Test Case 1's bottom LMS signature",
                "The bottom LMS signature of RFC 8554 Test Case 1, which signs the message (W8, leaf 10)",
                tc1.publicKey(), tc1.message(), tc1.signature(), 1, ALL_FIELDS));
        subjects.add(generated("sha256-m32-w1", "LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W1",
                LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w1));
        subjects.add(generated("sha256-m32-w2", "LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W2",
                LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w2));
        subjects.add(generated("sha256-m32-w4", "LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4",
                LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4));
        subjects.add(generated("sha256-m24-w4", "LMS_SHA256_M24_H5 / LMOTS_SHA256_N24_W4",
                LMSigParameters.lms_sha256_n24_h5, LMOtsParameters.sha256_n24_w4));
        subjects.add(generated("shake-m32-w4", "LMS_SHAKE_M32_H5 / LMOTS_SHAKE_N32_W4",
                LMSigParameters.lms_shake256_n32_h5, LMOtsParameters.shake256_n32_w4));
        subjects.add(generated("shake-m24-w4", "LMS_SHAKE_M24_H5 / LMOTS_SHAKE_N24_W4",
                LMSigParameters.lms_shake256_n24_h5, LMOtsParameters.shake256_n24_w4));
        LMSParameters tree = LMSParameters.create(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4);
        HssLmsTestKey three = HssLmsTestKey.generate("hss-lms-bit-flips l3", List.of(tree, tree, tree));
        subjects.add(new Subject("l3-middle", "the middle level of a three-level H5/W4 signature",
                "The middle LMS signature of a valid three-level HSS signature (every tree LMS_SHA256_M32_H5 /"
                        + " LMOTS_SHA256_N32_W4), which signs the bottom tree's public key",
                three.publicKey(), MESSAGE, three.sign(MESSAGE), 1,
                List.of(RANDOMIZER, CHECKSUM_CHAIN, LAST_PATH_NODE)));
        return subjects;
    }

    private static Subject generated(String name, String parameters, LMSigParameters tree, LMOtsParameters ots) {
        HssLmsTestKey key = HssLmsTestKey.generate("hss-lms-bit-flips " + name, List.of(LMSParameters.create(tree, ots)));
        return new Subject(name, "a single-level " + parameters + " signature",
                "A valid single-level signature of a BouncyCastle-generated " + parameters + " key (leaf 0)",
                key.publicKey(), MESSAGE, key.sign(MESSAGE), 0, ALL_FIELDS);
    }
}
