package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.suitcase.vectors.families.hss.HssSignatureLayout.concat;
import static dev.suitcase.vectors.families.hss.HssSignatureLayout.u32;

/**
 * The published HSS-LMS known answers, imported from
 * {@code vectors/sources/hss-lms/}: RFC 8554 Appendix F test cases 1 and 2, the four test cases of
 * RFC 9858 Appendix A, and the COSE-WG example hashsig/hsssig-sig-01, at the signature layer and, for
 * the COSE-WG example, as the COSE_Sign1 it describes. Two more are derived from the RFC 8554 cases:
 * their bottom trees as single-level keys.
 */
public final class HssKnownAnswerFamily extends CaseFamily<Void> {
    private static final String RFC8554 = "RFC 8554";
    private static final String RFC8554_URL = "https://www.rfc-editor.org/rfc/rfc8554#appendix-F";
    private static final String RFC9858 = "RFC 9858";
    private static final String RFC9858_URL = "https://www.rfc-editor.org/rfc/rfc9858#appendix-A.";
    private static final String COSE_WG = "cose-wg/Examples";
    private static final String COSE_WG_URL = "https://github.com/cose-wg/Examples/blob/"
            + "53c9d634333bb4f529d78f5980fffa2667ee2c12/hashsig/hsssig-sig-01.json";
    private static final String COSE_WG_FILE = "cose-wg-hsssig-sig-01.txt";

    @Override
    public String name() {
        return "hss-lms-known-answers";
    }

    @Case(id = "signature.hss-lms.kat.rfc8554-test-case-1",
            title = "RFC 8554 Test Case 1: HSS L = 2, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W8 at both levels",
            severity = Severity.HIGH,
            requirements = {"RFC8554-6.1-levels", "RFC8554-6.3-nspk", "RFC8554-6.3-chain", "RFC8554-6.3-exact",
                    "RFC8554-5.4-root"},
            flags = {"KnownAnswer"},
            description = """
                    Test Case 1 of RFC 8554 Appendix F, unchanged: a two-level HSS key (L = 2) whose trees are both
                    LMS_SHA256_M32_H5 with LMOTS_SHA256_N32_W8; the 2644-byte signature holds the top tree's signature
                    at leaf q = 5 over the bottom tree's public key, that key, and the bottom tree's signature at leaf
                    q = 10 over a 162-byte message.

                    Every HSS-LMS verifier must accept it. Refusing the specification's own vector means the
                    implementation computes some part of RFC 8554 differently (the coefficient extraction, the checksum
                    shift, the domain separators or the leaf numbering 2^h + q) and will refuse every genuine signature.""")
    BuiltCase rfc8554TestCase1(CaseContext<Void> context) {
        return knownAnswer(context.generator(), HssKnownAnswer.RFC8554_TEST_CASE_1)
                .takenFrom(RFC8554, RFC8554_URL, "Appendix F, Test Case 1");
    }

    @Case(id = "signature.hss-lms.kat.rfc8554-test-case-2",
            title = "RFC 8554 Test Case 2: HSS L = 2, H10/W4 top tree over an H5/W8 bottom tree",
            severity = Severity.HIGH,
            requirements = {"RFC8554-6-level-params", "RFC8554-6.3-chain", "RFC8554-6.3-exact", "RFC8554-5.4-root"},
            flags = {"KnownAnswer", "MixedLevels"},
            description = """
                    Test Case 2 of RFC 8554 Appendix F, unchanged: L = 2, the top tree LMS_SHA256_M32_H10 with
                    LMOTS_SHA256_N32_W4 and the bottom tree LMS_SHA256_M32_H5 with LMOTS_SHA256_N32_W8, so the two LMS
                    signatures differ in length (3860 bytes in all).

                    A verifier must accept it, and can only do so if it takes the bottom level's parameter sets from
                    the signed public key inside the signature rather than assuming every level is like the top one.
                    An implementation that applies the top tree's types to every level refuses all signatures of
                    hierarchies with a tall top tree and short lower trees, the usual shape for firmware signing.""")
    BuiltCase rfc8554TestCase2(CaseContext<Void> context) {
        return knownAnswer(context.generator(), HssKnownAnswer.RFC8554_TEST_CASE_2)
                .takenFrom(RFC8554, RFC8554_URL, "Appendix F, Test Case 2");
    }

    @Case(id = "signature.hss-lms.kat.rfc8554-test-case-1-bottom-tree",
            title = "Bottom tree of RFC 8554 Test Case 1 as a single-level key, with its signature at q = 10",
            severity = Severity.LOW,
            requirements = {"RFC8554-6.1-levels", "RFC8554-6.3-nspk", "RFC8554-5.4-root"},
            flags = {"KnownAnswer", "Derived"},
            description = """
                    Derived from RFC 8554 Test Case 1: the bottom tree's public key, which the test case signs with its
                    top tree, becomes a key of its own with L = 1 (u32str(1) followed by that LMS public key), and the
                    bottom LMS signature (leaf q = 10) becomes an HSS signature with Nspk = 0. The message is the test
                    case's message, which that bottom signature covers.

                    HSS with L = 1 is plain LMS with two fixed fields (RFC 8554 §6), and every implementation must
                    support it. A verifier must accept this signature; refusing it means it cannot verify single-level
                    keys, which is what most constrained devices are provisioned with.""")
    BuiltCase rfc8554TestCase1BottomTree(CaseContext<Void> context) {
        return bottomTree(context.generator(), HssKnownAnswer.RFC8554_TEST_CASE_1);
    }

    @Case(id = "signature.hss-lms.kat.rfc8554-test-case-2-bottom-tree",
            title = "Bottom tree of RFC 8554 Test Case 2 as a single-level key, with its signature",
            severity = Severity.LOW,
            requirements = {"RFC8554-6.1-levels", "RFC8554-6.3-nspk", "RFC8554-5.4-root"},
            flags = {"KnownAnswer", "Derived"},
            description = """
                    Derived from RFC 8554 Test Case 2: the bottom tree's public key (LMS_SHA256_M32_H5 /
                    LMOTS_SHA256_N32_W8) becomes a single-level key, u32str(1) followed by that LMS public key, and
                    the bottom LMS signature becomes an HSS signature with Nspk = 0 over the test case's message.

                    A verifier must accept it. It checks, with the RFC's own bytes, that the lower level of Test Case 2
                    verifies on its own under the parameter sets its own key declares.""")
    BuiltCase rfc8554TestCase2BottomTree(CaseContext<Void> context) {
        return bottomTree(context.generator(), HssKnownAnswer.RFC8554_TEST_CASE_2);
    }

    @Case(id = "signature.hss-lms.kat.rfc9858-a1-sha256-192",
            title = "RFC 9858 A.1: LMS_SHA256_M24_H5 / LMOTS_SHA256_N24_W8 (SHA-256/192), L = 1, q = 5",
            severity = Severity.MEDIUM,
            requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"KnownAnswer", "Sha256M24"},
            description = """
                    Test Case 1 of RFC 9858 Appendix A, unchanged: a single-level key on the SHA-256/192 parameter sets
                    (LMS type 0x0a, LM-OTS type 0x08): SHA-256 truncated to its first 24 bytes, 52-byte public key.
                    These sets are the ones SP 800-208 and CNSA 2.0 deployments use for smaller signatures.

                    A verifier that implements the RFC 9858 parameter sets must accept it; one that implements only
                    the RFC 8554 sets fails this vector by design, which shows which sets it covers. Truncating the
                    hash anywhere but at 24 bytes, or hashing with n = 32 because the code assumed it, makes every
                    such signature fail.""")
    BuiltCase rfc9858A1(CaseContext<Void> context) {
        return knownAnswer(context.generator(), "rfc9858-a1.txt").takenFrom(RFC9858, RFC9858_URL + "1", "Appendix A.1, Test Case 1");
    }

    @Case(id = "signature.hss-lms.kat.rfc9858-a2-shake-192",
            title = "RFC 9858 A.2: LMS_SHAKE_M24_H5 / LMOTS_SHAKE_N24_W8 (SHAKE256/192), L = 1, q = 6",
            severity = Severity.MEDIUM,
            requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"KnownAnswer", "ShakeM24"},
            description = """
                    Test Case 2 of RFC 9858 Appendix A, unchanged: a single-level key on the SHAKE256/192 parameter
                    sets (LMS type 0x14, LM-OTS type 0x10), every hash being SHAKE256 with 24 bytes of output.

                    A verifier that supports the RFC 9858 parameter sets must accept it. Using SHAKE128, or SHA3-256
                    truncated, instead of SHAKE256 with a 192-bit output length gives other bytes and refuses every
                    signature of these sets.""")
    BuiltCase rfc9858A2(CaseContext<Void> context) {
        return knownAnswer(context.generator(), "rfc9858-a2.txt").takenFrom(RFC9858, RFC9858_URL + "2", "Appendix A.2, Test Case 2");
    }

    @Case(id = "signature.hss-lms.kat.rfc9858-a3-shake-256",
            title = "RFC 9858 A.3: LMS_SHAKE_M32_H5 / LMOTS_SHAKE_N32_W8 (SHAKE256/256), L = 1, q = 7",
            severity = Severity.MEDIUM,
            requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"KnownAnswer", "ShakeM32"},
            description = """
                    Test Case 3 of RFC 9858 Appendix A, unchanged: a single-level key on the SHAKE256/256 parameter
                    sets (LMS type 0x0f, LM-OTS type 0x0c). Its lengths are exactly those of the SHA-256 sets
                    LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W8; only the type codes tell the hash functions apart.

                    A verifier that supports the RFC 9858 parameter sets must accept it. An implementation that looks
                    only at n, m and h and always hashes with SHA-256 refuses it, and would equally accept a SHA-256
                    signature relabelled as SHAKE.""")
    BuiltCase rfc9858A3(CaseContext<Void> context) {
        return knownAnswer(context.generator(), "rfc9858-a3.txt").takenFrom(RFC9858, RFC9858_URL + "3", "Appendix A.3, Test Case 3");
    }

    @Case(id = "signature.hss-lms.kat.rfc9858-a4-sha256-192-h20",
            title = "RFC 9858 A.4: LMS_SHA256_M24_H20 / LMOTS_SHA256_N24_W4, L = 1, q = 100",
            severity = Severity.MEDIUM,
            requirements = {"RFC8554-5.4-pubkey", "RFC8554-5.4-length", "RFC8554-5.4-root"},
            flags = {"KnownAnswer", "Sha256M24", "TallTree"},
            description = """
                    Test Case 4 of RFC 9858 Appendix A, unchanged: a single-level key with a tree of height 20 on
                    SHA-256/192 (LMS type 0x0d) and W = 4 one-time signatures (LM-OTS type 0x07); the authentication
                    path has 20 nodes of 24 bytes.

                    A verifier that supports the RFC 9858 parameter sets must accept it. It exercises a path far longer
                    than the H5 cases and a leaf number 2^20 + 100 that needs more than 16 bits.""")
    BuiltCase rfc9858A4(CaseContext<Void> context) {
        return knownAnswer(context.generator(), "rfc9858-a4.txt").takenFrom(RFC9858, RFC9858_URL + "4", "Appendix A.4, Test Case 4");
    }

    @Case(id = "signature.hss-lms.kat.cose-wg-hsssig-sig-01",
            title = "COSE-WG example hsssig-sig-01: H10/W4 signature over the example's Sig_structure",
            severity = Severity.HIGH,
            requirements = {"RFC8778-3-algorithm", "RFC8554-5.4-root", "RFC8554-6.3-nspk"},
            flags = {"KnownAnswer"},
            description = """
                    The HSS-LMS example of the COSE working group (cose-wg/Examples hashsig/hsssig-sig-01.json) at the
                    signature layer: its single-level key (LMS_SHA256_M32_H10 / LMOTS_SHA256_N32_W4), its ToBeSigned
                    bytes (the Sig_structure of a COSE_Sign1 with protected {1: -46} and payload "This is the
                    content.") as the message, and its signature at leaf q = 0.

                    A verifier must accept it. This is the signature a COSE library produces for alg -46 and the one
                    the COSE-layer vector cose.hss-lms.hss-kat.cose-wg-hsssig-sig-01 carries; if it fails here, the
                    HSS-LMS primitive itself is wrong, not the COSE processing.""")
    BuiltCase coseWgExampleSignature(CaseContext<Void> context) {
        return knownAnswer(context.generator(), COSE_WG_FILE).takenFrom(COSE_WG, COSE_WG_URL, "hashsig/hsssig-sig-01, ToBeSign and signature");
    }

    @Case(id = "cose.hss-lms.hss-kat.cose-wg-hsssig-sig-01",
            title = "COSE-WG example hsssig-sig-01 as a tagged COSE_Sign1 with alg -46",
            severity = Severity.HIGH,
            requirements = {"RFC8778-3-algorithm", "RFC8778-3-key-type", "RFC8778-5.2-pub", "RFC9052-4.4-sig-structure",
                    "RFC9052-4.2-sign1-tag"},
            flags = {"KnownAnswer"},
            description = """
                    The COSE working group's HSS-LMS example (cose-wg/Examples hashsig/hsssig-sig-01.json) as the
                    message it describes: a COSE_Sign1 tagged 18 with protected {1: -46}, unprotected {4: 'ItsBig'}
                    (a kid), the attached payload "This is the content." and the example's HSS signature; the key is
                    its HSS public key as a COSE_Key {1: 5, -1: pub} (RFC 8778).

                    A COSE implementation supporting HSS-LMS must accept it: the signature covers the Sig_structure
                    ["Signature1", h'a101382d', h'', payload] with no prehash. Refusing it means the library hashes
                    before signing, builds another Sig_structure, or does not map alg -46 to HSS-LMS at all.""")
    BuiltCase coseWgExample(CaseContext<Void> context) {
        HssKnownAnswer example = HssKnownAnswer.read(context.generator(), COSE_WG_FILE);
        byte[] payload = "This is the content.".getBytes(StandardCharsets.US_ASCII);
        CborValue unprotected = CborValue.map().put(HssCoseSign1.KID, "ItsBig".getBytes(StandardCharsets.US_ASCII)).build();
        Bytes message = HssCoseSign1.tagged(HssCoseSign1.protectedHssLms(), unprotected, CborValue.bytes(payload),
                example.signature());
        if (!Arrays.equals(example.message(), HssCoseSign1.toBeSigned(HssCoseSign1.protectedHssLms(), new byte[0], payload))) {
            throw new IllegalStateException("vectors/sources/hss-lms/" + COSE_WG_FILE + ": the example's ToBeSign is not"
                    + " the Sig_structure of the message rebuilt here, so the signature would not cover it");
        }
        return BuiltCase.of(Expectation.accept(), new CoseInput(message, Optional.empty(), Optional.empty(),
                List.of(KeyEntry.trusted(CoseKeys.hssLms(example.publicKey())))))
                .takenFrom(COSE_WG, COSE_WG_URL, "hashsig/hsssig-sig-01, output.cbor");
    }

    private static BuiltCase knownAnswer(GeneratorContext context, String file) {
        HssKnownAnswer answer = HssKnownAnswer.read(context, file);
        return BuiltCase.of(Expectation.accept(), input(answer.publicKey(), answer.message(), answer.signature()));
    }

    /** The bottom tree of a two-level known answer as a single-level key, with its LMS signature. */
    private static BuiltCase bottomTree(GeneratorContext context, String file) {
        HssKnownAnswer answer = HssKnownAnswer.read(context, file);
        HssSignatureLayout layout = answer.layout();
        HssSignatureLayout.LmsPublicKeyFields bottomKey = layout.signedKey(1);
        byte[] publicKey = concat(u32(1), layout.slice(bottomKey.start(), bottomKey.end()));
        byte[] signature = concat(u32(0), layout.slice(layout.bottom().start(), layout.bottom().end()));
        return BuiltCase.of(Expectation.accept(), input(publicKey, answer.message(), signature));
    }

    static SignatureInput input(byte[] publicKey, byte[] message, byte[] signature) {
        return new SignatureInput(HssCoseSign1.HSS_LMS, Bytes.of(message), Bytes.of(signature), CoseKeys.hssLms(publicKey));
    }
}
