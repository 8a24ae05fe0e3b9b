package dev.suitcase.vectors.families.hss;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static dev.suitcase.vectors.families.hss.HssParameters.generated;
import static dev.suitcase.vectors.families.hss.HssParameters.sparse;
import static dev.suitcase.vectors.families.hss.HssParameters.tree;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N24_W4;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W1;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W2;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W4;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHA256_N32_W8;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHAKE_N24_W8;
import static dev.suitcase.verifier.crypto.LmOtsType.LMOTS_SHAKE_N32_W4;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M24_H5;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H10;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H15;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHA256_M32_H5;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHAKE_M24_H5;
import static dev.suitcase.verifier.crypto.LmsType.LMS_SHAKE_M32_H5;

/**
 * HSS-LMS inside COSE_Sign1 (RFC 8778, RFC 9052 §4.2 and §4.4): a valid message for each family of
 * parameter sets (a table of keys, one {@link HssKeyRow} each, whose texts compute lengths and leaves from
 * the parameter sets), the binding of the signature to the Sig_structure (context, protected bucket,
 * external AAD, payload, no prehash), and the HSS signature mutations of the signature layer carried
 * inside a COSE message, where a COSE library must reject them as its HSS primitive does.
 *
 * <p>Every message is a COSE_Sign1 tagged 18 with protected {1: -46} and an empty unprotected bucket
 * unless the vector says otherwise; keys are HSS-LMS COSE_Keys {1: 5, -1: pub}.
 */
public final class HssCoseFamily extends CaseFamily<Void> {
    private static final byte[] PAYLOAD = "suitcase HSS-LMS COSE_Sign1 payload".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EXTERNAL_AAD = "suitcase device 42".getBytes(StandardCharsets.UTF_8);
    private static final String VALID = "cose.hss-lms.hss-valid.";
    private static final List<String> ALGORITHM_SIG_STRUCTURE = List.of("RFC8778-3-algorithm", "RFC9052-4.4-sig-structure");
    private static final List<String> ALGORITHM_PUBKEY_SIG_STRUCTURE = List.of("RFC8778-3-algorithm", "RFC8554-5.4-pubkey",
            "RFC9052-4.4-sig-structure");
    /** L = 1, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4, a BouncyCastle key signing at leaf 0. */
    private static final HssParameters H5_W4 = generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4));
    /** The key of the hss-mutation vectors: L = 2, both trees H5/W4, signing at leaves 3 and 17. */
    private static final HssParameters TWO_LEVELS = sparse(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, 3),
            tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, 17));

    @Override
    public String name() {
        return "hss-lms-cose";
    }

    // hss-valid: one valid message per family of parameter sets, a table of keys

    @Override
    protected List<Row<Void>> rows() {
        return table().stream()
                .map(row -> new Row<Void>(row.spec(), context -> {
                    HssParameters.Signed signed = row.key().sign(label(context), toBeSigned());
                    return BuiltCase.of(Expectation.accept(), attached(signed.signature(), signed.coseKey()));
                }))
                .toList();
    }

    private static List<HssKeyRow> table() {
        return List.of(
                HssKeyRow.of(VALID + "sha256-m32-h5-w1", Severity.HIGH, generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W1)),
                        List.of("RFC8778-3-algorithm", "RFC8778-5.2-pub", "RFC9052-4.4-sig-structure"),
                        "Valid COSE_Sign1, HSS-LMS L = {levels}, {tree}", """
                        A COSE_Sign1 with alg -46 whose signature is an HSS signature (L = {levels}, {tree},
                        {signature-length} bytes) computed over the ToBeSigned bytes themselves, the Sig_structure
                        ["Signature1", h'a101382d', h'', payload], with no prehash (RFC 8778 §3).

                        A COSE implementation supporting HSS-LMS must accept it. Refusing it means the COSE layer
                        cannot carry the largest HSS signatures, or hashes the Sig_structure before handing it to
                        HSS."""),
                HssKeyRow.of(VALID + "sha256-m32-h5-w2", Severity.HIGH, generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W2)),
                        ALGORITHM_SIG_STRUCTURE, "Valid COSE_Sign1, HSS-LMS L = {levels}, {tree}", """
                        A COSE_Sign1 with alg -46 and an HSS signature (L = {levels}, {tree}) over its Sig_structure.

                        A COSE implementation supporting HSS-LMS must accept it."""),
                HssKeyRow.of(VALID + "sha256-m32-h5-w4", Severity.HIGH, generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4)),
                        ALGORITHM_SIG_STRUCTURE, "Valid COSE_Sign1, HSS-LMS L = {levels}, {tree}", """
                        A COSE_Sign1 with alg -46 and an HSS signature (L = {levels}, {tree}) over its Sig_structure.

                        A COSE implementation supporting HSS-LMS must accept it."""),
                HssKeyRow.of(VALID + "sha256-m32-h5-w8", Severity.HIGH, sparse(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 9)),
                        ALGORITHM_SIG_STRUCTURE, "Valid COSE_Sign1, HSS-LMS L = {levels}, {tree}", """
                        A COSE_Sign1 with alg -46 and an HSS signature (L = {levels}, {tree}, leaf {q} of a sparse
                        tree whose only real one-time key is that leaf) over its Sig_structure.

                        A COSE implementation supporting HSS-LMS must accept it."""),
                HssKeyRow.of(VALID + "sha256-m32-h10-w4", Severity.HIGH, sparse(tree(LMS_SHA256_M32_H10, LMOTS_SHA256_N32_W4, 700)),
                        ALGORITHM_SIG_STRUCTURE, "Valid COSE_Sign1, HSS-LMS L = {levels}, {tree}", """
                        A COSE_Sign1 with alg -46 and an HSS signature (L = {levels}, {tree}, the parameter sets of
                        the COSE-WG example, at leaf {q} of a sparse tree) over its Sig_structure.

                        A COSE implementation supporting HSS-LMS must accept it."""),
                HssKeyRow.of(VALID + "sha256-m32-h15-w2", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H15, LMOTS_SHA256_N32_W2, (1L << 15) - 1)),
                        ALGORITHM_SIG_STRUCTURE, "Valid COSE_Sign1, HSS-LMS L = {levels}, {tree}", """
                        A COSE_Sign1 with alg -46 and an HSS signature (L = {levels}, {tree}, leaf {q}, the last of a
                        sparse tree) over its Sig_structure.

                        A COSE implementation supporting HSS-LMS must accept it."""),
                HssKeyRow.of(VALID + "sha256-m24-h5-w4", Severity.MEDIUM, generated(tree(LMS_SHA256_M24_H5, LMOTS_SHA256_N24_W4)),
                        ALGORITHM_PUBKEY_SIG_STRUCTURE, "Valid COSE_Sign1, HSS-LMS L = {levels}, {tree}", """
                        A COSE_Sign1 with alg -46 and an HSS signature on the {hash} sets of RFC 9858 (L = {levels},
                        {tree}); the COSE_Key's pub is {public-key-length} bytes.

                        A COSE implementation whose HSS-LMS supports the RFC 9858 sets must accept it: RFC 8778
                        carries any registered HSS parameter sets under the one algorithm -46."""),
                HssKeyRow.of(VALID + "shake-m32-h5-w4", Severity.MEDIUM, generated(tree(LMS_SHAKE_M32_H5, LMOTS_SHAKE_N32_W4)),
                        ALGORITHM_PUBKEY_SIG_STRUCTURE, "Valid COSE_Sign1, HSS-LMS L = {levels}, {tree}", """
                        A COSE_Sign1 with alg -46 and an HSS signature on the {hash} sets of RFC 9858 (L = {levels},
                        {tree}).

                        A COSE implementation whose HSS-LMS supports the RFC 9858 sets must accept it."""),
                HssKeyRow.of(VALID + "shake-m24-h5-w8", Severity.MEDIUM, sparse(tree(LMS_SHAKE_M24_H5, LMOTS_SHAKE_N24_W8, 30)),
                        ALGORITHM_PUBKEY_SIG_STRUCTURE, "Valid COSE_Sign1, HSS-LMS L = {levels}, {tree}", """
                        A COSE_Sign1 with alg -46 and an HSS signature on the {hash} sets of RFC 9858 (L = {levels},
                        {tree}, leaf {q} of a sparse tree), {signature-length} bytes.

                        A COSE implementation whose HSS-LMS supports the RFC 9858 sets must accept it."""),
                HssKeyRow.of(VALID + "hss-l2", Severity.HIGH,
                        generated(tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4), tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4)),
                        List.of("RFC8778-3-algorithm", "RFC8554-6.3-chain", "RFC9052-4.4-sig-structure"),
                        "Valid COSE_Sign1, HSS-LMS L = {levels}, {short} at both levels", """
                        A COSE_Sign1 with alg -46 and a {levels-word}-level HSS signature (both trees {tree}): the
                        COSE_Key holds only L = {levels} and the top tree's key, the lower key travels inside the
                        signature.

                        A COSE implementation supporting HSS-LMS must accept it. One that maps alg -46 to plain LMS,
                        or expects L = 1, refuses every multi-level key, the form long-lived signing keys usually
                        take."""),
                HssKeyRow.of(VALID + "hss-l3-mixed", Severity.HIGH,
                        sparse(tree(LMS_SHA256_M32_H10, LMOTS_SHA256_N32_W4, 1), tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W2, 2),
                                tree(LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W8, 3)),
                        List.of("RFC8778-3-algorithm", "RFC8554-6-level-params", "RFC9052-4.4-sig-structure"),
                        "Valid COSE_Sign1, HSS-LMS L = {levels} with {short-1}, {short-2} and {short-3} trees", """
                        A COSE_Sign1 with alg -46 and a {levels-word}-level HSS signature whose levels use {tree-1},
                        {tree-2} and {tree-3} (sparse trees).

                        A COSE implementation supporting HSS-LMS must accept it."""));
    }

    @Case(id = "cose.hss-lms.hss-valid.detached-payload", title = "Valid COSE_Sign1 with HSS-LMS and a detached payload",
            severity = Severity.HIGH, requirements = {"RFC8778-3-algorithm", "RFC9052-4.1-detached", "RFC9052-4.4-sig-structure"},
            flags = {"DetachedPayload"},
            description = """
                    A COSE_Sign1 with alg -46 whose payload is nil; the payload is supplied separately and is what the
                    HSS signature (L = 1, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4) covers in the Sig_structure. SUIT
                    authentication blocks use exactly this form.

                    A COSE implementation supporting HSS-LMS must accept it, signing over the supplied payload.""")
    BuiltCase detachedPayload(CaseContext<Void> context) {
        HssParameters.Signed signed = H5_W4.sign(label(context), toBeSigned());
        return BuiltCase.of(Expectation.accept(), new CoseInput(HssCoseSign1.detached(HssCoseSign1.protectedHssLms(),
                signed.signature()), Optional.of(Bytes.of(PAYLOAD)), Optional.empty(), List.of(KeyEntry.trusted(signed.coseKey()))));
    }

    @Case(id = "cose.hss-lms.hss-valid.external-aad", title = "Valid COSE_Sign1 with HSS-LMS over external AAD",
            severity = Severity.HIGH, requirements = {"RFC8778-3-algorithm", "RFC9052-4.3-external-aad", "RFC9052-4.4-sig-structure"},
            flags = {"ExternalAad"},
            description = """
                    A COSE_Sign1 with alg -46 whose HSS signature covers a Sig_structure with external AAD "suitcase
                    device 42", which the verifier is given.

                    A COSE implementation supporting HSS-LMS must accept it: external data goes into the Sig_structure
                    before HSS signs it, like for any other algorithm.""")
    BuiltCase externalAad(CaseContext<Void> context) {
        HssParameters.Signed signed = H5_W4.sign(label(context),
                HssCoseSign1.toBeSigned(HssCoseSign1.protectedHssLms(), EXTERNAL_AAD, PAYLOAD));
        return BuiltCase.of(Expectation.accept(), new CoseInput(
                HssCoseSign1.attached(HssCoseSign1.protectedHssLms(), PAYLOAD, signed.signature()), Optional.empty(),
                Optional.of(Bytes.of(EXTERNAL_AAD)), List.of(KeyEntry.trusted(signed.coseKey()))));
    }

    // hss-sig-structure: what the HSS signature must be bound to

    @Case(id = "cose.hss-lms.hss-sig-structure.payload-only",
            title = "HSS signature over the payload alone instead of the Sig_structure",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.4-sig-structure", "RFC8778-3-algorithm"},
            flags = {"WrongSignedBytes"},
            description = """
                    A COSE_Sign1 with alg -46 whose HSS signature (valid, L = 1, H5/W4) was computed over the payload
                    bytes alone, not over the Sig_structure that binds the payload to the protected header.

                    A COSE implementation must reject it as invalid. Accepting means the library verifies the raw
                    payload, so the protected header, alg included, is authenticated by nothing: an attacker can move
                    a signature into a message with other protected parameters.""")
    BuiltCase payloadOnly(CaseContext<Void> context) {
        return signedOver(context, PAYLOAD);
    }

    @Case(id = "cose.hss-lms.hss-sig-structure.prehashed",
            title = "HSS signature over SHA-256 of the Sig_structure (a prehash RFC 8778 does not use)",
            severity = Severity.CRITICAL, requirements = {"RFC8778-3-algorithm", "RFC9052-4.4-sig-structure"},
            flags = {"WrongSignedBytes", "Prehash"},
            description = """
                    A COSE_Sign1 with alg -46 whose HSS signature covers SHA-256(ToBeSigned), the way ES256 hashes
                    before signing, rather than the ToBeSigned bytes themselves. RFC 8778 §3 feeds the Sig_structure
                    to HSS unhashed: HSS hashes internally.

                    A COSE implementation must reject it as invalid. A library that prehashes for every algorithm
                    produces signatures no other HSS-LMS implementation verifies, and accepts this one.""")
    BuiltCase prehashed(CaseContext<Void> context) {
        SHA256Digest sha256 = new SHA256Digest();
        byte[] structure = toBeSigned();
        sha256.update(structure, 0, structure.length);
        byte[] digest = new byte[sha256.getDigestSize()];
        sha256.doFinal(digest, 0);
        return signedOver(context, digest);
    }

    @Case(id = "cose.hss-lms.hss-sig-structure.cose-sign-context",
            title = "HSS signature over a COSE_Sign Sig_structure (context \"Signature\") presented as COSE_Sign1",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.4-context", "RFC9052-4.4-sig-structure"},
            flags = {"WrongSignedBytes"},
            description = """
                    A COSE_Sign1 with protected {1: -46} whose HSS signature was made for a COSE_Sign signer with the
                    same payload: over ["Signature", h'', h'a101382d', h'', payload], the body bucket empty and alg in
                    the signer's bucket.

                    A COSE implementation must reject it as invalid: the context string separates the two structures,
                    so a signature taken from a multi-signer message cannot be replayed as a single-signer one.""")
    BuiltCase coseSignContext(CaseContext<Void> context) {
        byte[] coseSignStructure = CborValue.array(CborValue.text("Signature"), CborValue.bytes(new byte[0]),
                CborValue.bytes(HssCoseSign1.protectedHssLms()), CborValue.bytes(new byte[0]), CborValue.bytes(PAYLOAD)).encode();
        return signedOver(context, coseSignStructure);
    }

    @Case(id = "cose.hss-lms.hss-sig-structure.empty-protected-signed",
            title = "HSS signature over a Sig_structure whose protected bucket is empty; the message has {1: -46}",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.4-sig-structure", "RFC9052-3.1-alg-protected"},
            flags = {"WrongSignedBytes"},
            description = """
                    A COSE_Sign1 with protected {1: -46} whose HSS signature covers ["Signature1", h'', h'', payload]:
                    the signer left the protected header out of what it signed.

                    A COSE implementation must reject it as invalid. The protected bucket, exactly as received, is part
                    of the signed bytes; a library that rebuilds it, or signs an empty one, does not authenticate the
                    algorithm identifier.""")
    BuiltCase emptyProtectedSigned(CaseContext<Void> context) {
        return signedOver(context, HssCoseSign1.toBeSigned(new byte[0], new byte[0], PAYLOAD));
    }

    @Case(id = "cose.hss-lms.hss-sig-structure.external-aad-not-supplied",
            title = "HSS signature over external AAD the verifier is not given",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.3-external-aad"},
            flags = {"ExternalAad"},
            description = """
                    A COSE_Sign1 with alg -46 whose HSS signature covers a Sig_structure with external AAD "suitcase
                    device 42"; the verifier is given no external AAD, so it uses the empty string.

                    A COSE implementation must reject it as invalid. External AAD binds the message to its context
                    (here a device); a library that ignores it lets a message meant for one device verify for
                    another.""")
    BuiltCase externalAadNotSupplied(CaseContext<Void> context) {
        return signedOver(context, HssCoseSign1.toBeSigned(HssCoseSign1.protectedHssLms(), EXTERNAL_AAD,
                PAYLOAD));
    }

    @Case(id = "cose.hss-lms.hss-sig-structure.external-aad-unexpected",
            title = "HSS signature without external AAD, verified with external AAD supplied",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.3-external-aad"},
            flags = {"ExternalAad"},
            description = """
                    A COSE_Sign1 with alg -46 whose HSS signature covers a Sig_structure with empty external AAD; the
                    verifier is given "suitcase device 42".

                    A COSE implementation must reject it as invalid: the supplied AAD is part of what must have been
                    signed.""")
    BuiltCase externalAadUnexpected(CaseContext<Void> context) {
        HssSparseTreeKey key = sparseKey(context);
        byte[] signature = key.sign(toBeSigned());
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), new CoseInput(
                HssCoseSign1.attached(HssCoseSign1.protectedHssLms(), PAYLOAD, signature), Optional.empty(),
                Optional.of(Bytes.of(EXTERNAL_AAD)), List.of(KeyEntry.trusted(key.coseKey()))));
    }

    @Case(id = "cose.hss-lms.hss-sig-structure.detached-payload-other",
            title = "Detached-payload COSE_Sign1 verified with another payload",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.1-detached", "RFC9052-4.4-sig-structure"},
            flags = {"DetachedPayload", "ModifiedMessage"},
            description = """
                    A COSE_Sign1 with alg -46 and a nil payload; its HSS signature covers the payload "suitcase
                    HSS-LMS COSE_Sign1 payload", but the verifier is given that text with its last byte changed.

                    A COSE implementation must reject it as invalid. In SUIT the detached payload is the manifest
                    digest: accepting here installs a manifest nobody signed.""")
    BuiltCase detachedPayloadOther(CaseContext<Void> context) {
        HssSparseTreeKey key = sparseKey(context);
        byte[] signature = key.sign(toBeSigned());
        byte[] other = PAYLOAD.clone();
        other[other.length - 1] ^= 0x01;
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), new CoseInput(
                HssCoseSign1.detached(HssCoseSign1.protectedHssLms(), signature), Optional.of(Bytes.of(other)),
                Optional.empty(), List.of(KeyEntry.trusted(key.coseKey()))));
    }

    @Case(id = "cose.hss-lms.hss-sig-structure.payload-bit-flipped",
            title = "Attached payload with one bit flipped after signing",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.4-sig-structure"},
            flags = {"ModifiedMessage"},
            description = """
                    A COSE_Sign1 with alg -46 whose attached payload had the lowest bit of its first byte inverted after
                    the HSS signature was made.

                    A COSE implementation must reject it as invalid.""")
    BuiltCase payloadBitFlipped(CaseContext<Void> context) {
        HssSparseTreeKey key = sparseKey(context);
        byte[] signature = key.sign(toBeSigned());
        byte[] flipped = PAYLOAD.clone();
        flipped[0] ^= 0x01;
        return invalid(HssCoseSign1.attached(HssCoseSign1.protectedHssLms(), flipped, signature), key.coseKey());
    }

    @Case(id = "cose.hss-lms.hss-sig-structure.protected-kid-removed",
            title = "HSS signature over protected {1: -46, 4: kid}; the message's protected bucket lacks the kid",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.4-sig-structure"},
            flags = {"WrongSignedBytes"},
            description = """
                    The HSS signature covers a Sig_structure whose protected bucket is {1: -46, 4: h'6b6579'} (alg and a
                    kid); the message carries protected {1: -46} only. Everything else is the same.

                    A COSE implementation must reject it as invalid: every protected parameter is signed, and removing
                    one changes the signed bytes.""")
    BuiltCase protectedKidRemoved(CaseContext<Void> context) {
        byte[] withKid = CborValue.map().put(HssCoseSign1.ALG, HssCoseSign1.HSS_LMS)
                .put(HssCoseSign1.KID, "key".getBytes(StandardCharsets.US_ASCII)).build().encode();
        return signedOver(context, HssCoseSign1.toBeSigned(withKid, new byte[0], PAYLOAD));
    }

    // hss-mutation: the signature-layer mutations inside a COSE message

    @Case(id = "cose.hss-lms.hss-mutation.nspk-mismatch", title = "COSE_Sign1 whose HSS signature has Nspk = 0 under an L = 2 key",
            severity = Severity.HIGH, requirements = {"RFC8554-6.3-nspk", "RFC8778-3-algorithm"},
            flags = {"NspkMismatch"},
            description = """
                    A COSE_Sign1 with alg -46 and a valid two-level HSS signature over its Sig_structure (trees
                    LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4) in which Nspk was changed from 1 to 0.

                    A COSE implementation must reject it as a malformed signature. The COSE layer must hand the
                    signature to a verifier that checks Nspk against L of the trusted key, not trust the signature's
                    own count.""",
            robustness = """
                    Read as the one level its Nspk declares, as a verifier without the rule reads it, the signature's
                    top LMS signature signs the lower public key, not the Sig_structure, and the rest is left over;
                    signature.hss-lms.nspk.l1-key-l2-signature isolates the rule.""")
    BuiltCase nspkMismatch(CaseContext<Void> context) {
        return mutated(context, Reason.SIGNATURE_MALFORMED, layout -> layout.withU32(0, 0));
    }

    @Case(id = "cose.hss-lms.hss-mutation.q-equals-2h", title = "COSE_Sign1 whose HSS signature has top-level q = 2^h",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-q-range"},
            flags = {"LeafIndexOutOfRange", "ProviderException", "SparseTree"},
            description = """
                    A COSE_Sign1 with alg -46 and a two-level HSS signature (trees LMS_SHA256_M32_H5 /
                    LMOTS_SHA256_N32_W4) whose top LMS signature is at leaf 32 = 2^h, one past the tree's last leaf.
                    The top tree is sparse and its root T[1] was computed from that leaf, up the five nodes of the
                    path, so everything but the range of q holds.

                    A COSE implementation must reject it as a malformed signature, without an exception escaping from
                    its HSS library (BouncyCastle throws IllegalArgumentException for it). One whose HSS verifier lacks
                    the range check recomputes T[1] and accepts.""")
    BuiltCase qEquals2h(CaseContext<Void> context) {
        HssSparseTreeKey key = HssSparseTreeKey.generateAsGiven(label(context), List.of(
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 32),
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 17)));
        byte[] signature = key.sign(toBeSigned());
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_MALFORMED), attached(signature, key.coseKey()));
    }

    @Case(id = "cose.hss-lms.hss-mutation.ots-type-mismatch", title = "COSE_Sign1 whose HSS signature's top LM-OTS type differs from the key's",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-ots-type"},
            flags = {"InvalidTypecode"},
            description = """
                    A COSE_Sign1 with alg -46 and a valid two-level HSS signature in which the top LMS signature's
                    LM-OTS type was changed from W4 (0x03), the key's, to W8 (0x04).

                    A COSE implementation must reject it as a malformed signature.""")
    BuiltCase otsTypeMismatch(CaseContext<Void> context) {
        return mutated(context, Reason.SIGNATURE_MALFORMED, layout -> layout.withU32(layout.level(0).otsType(), 4));
    }

    @Case(id = "cose.hss-lms.hss-mutation.lms-type-mismatch", title = "COSE_Sign1 whose HSS signature's bottom LMS type differs from its key's",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-lms-type", "RFC8554-6.3-chain"},
            flags = {"InvalidTypecode"},
            description = """
                    A COSE_Sign1 with alg -46 and a valid two-level HSS signature in which the bottom LMS signature's
                    LMS type was changed from H5 (0x05), the signed lower key's, to H10 (0x06).

                    A COSE implementation must reject it as a malformed signature.""")
    BuiltCase lmsTypeMismatch(CaseContext<Void> context) {
        return mutated(context, Reason.SIGNATURE_MALFORMED, layout -> layout.withU32(layout.bottom().lmsType(), 6));
    }

    @Case(id = "cose.hss-lms.hss-mutation.trailing-byte", title = "COSE_Sign1 whose HSS signature has one trailing byte",
            severity = Severity.MEDIUM, requirements = {"RFC8554-6.3-exact"},
            flags = {"TrailingBytes"},
            description = """
                    A COSE_Sign1 with alg -46 whose signature bstr holds a valid two-level HSS signature followed by one
                    0x00 byte. The CBOR is well formed; the byte string is simply one byte longer.

                    A COSE implementation must reject it as a malformed signature. The COSE layer passes the whole byte
                    string to HSS, and the HSS verifier must refuse the extra byte; accepting it makes COSE messages
                    malleable.""")
    BuiltCase trailingByte(CaseContext<Void> context) {
        return mutated(context, Reason.SIGNATURE_MALFORMED, layout -> layout.withAppended(new byte[] {0}));
    }

    @Case(id = "cose.hss-lms.hss-mutation.truncated", title = "COSE_Sign1 whose HSS signature lacks its last path node",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-6.3-exact"},
            flags = {"TruncatedSignature"},
            description = """
                    A COSE_Sign1 with alg -46 whose signature bstr holds a valid two-level HSS signature without its
                    last 32 bytes, the bottom signature's last path node.

                    A COSE implementation must reject it as a malformed signature, without reading beyond the byte
                    string.""",
            robustness = """
                    The signature ends inside the bottom authentication path: no processor can read the node that is
                    missing.""")
    BuiltCase truncated(CaseContext<Void> context) {
        return mutated(context, Reason.SIGNATURE_MALFORMED, layout -> layout.truncatedTo(layout.length() - 32));
    }

    @Case(id = "cose.hss-lms.hss-mutation.empty-signature", title = "COSE_Sign1 with alg -46 and an empty signature",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-length", "RFC8554-6.3-nspk"},
            flags = {"TruncatedSignature"},
            description = """
                    A COSE_Sign1 with alg -46 whose signature is the empty byte string h''.

                    A COSE implementation must reject it as a malformed signature. Some libraries skip verification
                    when the signature is empty, treating the message as unsigned but acceptable.""",
            robustness = """
                    The signature is empty: there is no Nspk or LMS signature to read.""")
    BuiltCase emptySignature(CaseContext<Void> context) {
        return mutated(context, Reason.SIGNATURE_MALFORMED, layout -> new byte[0]);
    }

    @Case(id = "cose.hss-lms.hss-mutation.randomizer-flipped", title = "COSE_Sign1 whose HSS signature has a bit flipped in the bottom C",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-root", "RFC8778-3-algorithm"},
            flags = {"ModifiedSignature", "BitFlip"},
            description = """
                    A COSE_Sign1 with alg -46 and a valid two-level HSS signature with the top bit of the first byte of
                    the bottom one-time signature's randomizer C inverted.

                    A COSE implementation must reject it as invalid.""")
    BuiltCase randomizerFlipped(CaseContext<Void> context) {
        return mutated(context, Reason.SIGNATURE_INVALID,
                layout -> layout.withBitFlipped(layout.bottom().randomizer(), 7));
    }

    @Case(id = "cose.hss-lms.hss-mutation.top-path-flipped", title = "COSE_Sign1 whose HSS signature has a bit flipped in the top path",
            severity = Severity.CRITICAL, requirements = {"RFC8554-6.3-chain", "RFC8554-5.4-root"},
            flags = {"ModifiedSignature", "BitFlip"},
            description = """
                    A COSE_Sign1 with alg -46 and a valid two-level HSS signature with one bit of the top LMS
                    signature's last path node inverted: the message's own signature (the bottom level) is intact,
                    only the link from the trusted key to the lower key is broken.

                    A COSE implementation must reject it as invalid. Accepting means the top level is not verified,
                    and any lower key placed in a signature is trusted.""")
    BuiltCase topPathFlipped(CaseContext<Void> context) {
        return mutated(context, Reason.SIGNATURE_INVALID,
                layout -> layout.withBitFlipped(layout.level(0).end() - 1, 0));
    }

    @Case(id = "cose.hss-lms.hss-mutation.es256-signature", title = "COSE_Sign1 with alg -46 carrying a 64-byte ES256 signature",
            severity = Severity.HIGH, requirements = {"RFC8778-3-algorithm", "RFC8554-6.3-nspk"},
            flags = {"AlgorithmConfusion"},
            description = """
                    A COSE_Sign1 with alg -46 and an HSS key whose signature field holds a valid ES256 signature (r || s)
                    over the same Sig_structure, made with an unrelated P-256 key.

                    A COSE implementation must reject it as a malformed HSS signature: its first four bytes, read as
                    Nspk, do not match L, and 64 bytes cannot hold an HSS signature. A library that dispatches on the
                    signature's length or shape instead of the protected alg is open to algorithm confusion.""",
            robustness = """
                    The 64 bytes are an ECDSA r and s: read as an HSS signature, Nspk and every type code are arbitrary
                    and the fields run out, so no processor can verify it as HSS.""")
    BuiltCase es256Signature(CaseContext<Void> context) {
        HssSparseTreeKey key = sparseKey(context);
        byte[] ecdsa = EcdsaP256TestKey.derive(label(context)).sign(toBeSigned());
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_MALFORMED), new CoseInput(
                HssCoseSign1.attached(HssCoseSign1.protectedHssLms(), PAYLOAD, ecdsa), Optional.empty(), Optional.empty(),
                List.of(KeyEntry.trusted(key.coseKey()))));
    }

    @Case(id = "cose.hss-lms.hss-mutation.signature-of-other-message",
            title = "COSE_Sign1 carrying the same key's valid signature of another payload",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.4-sig-structure", "RFC8554-5.4-root"},
            flags = {"Replay"},
            description = """
                    One HSS key (L = 1, LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4) signed two COSE_Sign1 messages in
                    turn, at leaves 0 and 1. This vector is the second message with the first message's signature.

                    A COSE implementation must reject it as invalid: a genuine signature of the key does not make every
                    message of that key genuine.""")
    BuiltCase signatureOfOtherMessage(CaseContext<Void> context) {
        HssLmsTestKey key = HssLmsTestKey.generate(label(context), List.of(LMSParameters.create(
                LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4)));
        byte[] otherPayload = "suitcase HSS-LMS COSE_Sign1 payload, release 2".getBytes(StandardCharsets.UTF_8);
        byte[] first = key.sign(toBeSigned());
        key.sign(HssCoseSign1.toBeSigned(HssCoseSign1.protectedHssLms(), new byte[0], otherPayload));
        return invalid(HssCoseSign1.attached(HssCoseSign1.protectedHssLms(), otherPayload, first), CoseKeys.of(key));
    }

    /** Builds a mutated signature from the fields of a valid one. */
    private interface Mutation {
        byte[] apply(HssSignatureLayout layout);
    }

    /** A {@code <family> <case name>} label for the case's keys. */
    private static String label(CaseContext<Void> context) {
        return context.family() + " " + context.caseName();
    }

    /** The Sig_structure of the standard message: protected {1: -46}, no external AAD, the payload. */
    private static byte[] toBeSigned() {
        return HssCoseSign1.toBeSigned(HssCoseSign1.protectedHssLms(), new byte[0], PAYLOAD);
    }

    /** A single-level LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4 key signing at leaf 0. */
    private static HssSparseTreeKey sparseKey(CaseContext<Void> context) {
        return HssSparseTreeKey.generate(label(context),
                List.of(new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 0)));
    }

    /** The standard message, whose signature was made over {@code signedBytes} instead of its Sig_structure. */
    private static BuiltCase signedOver(CaseContext<Void> context, byte[] signedBytes) {
        HssSparseTreeKey key = sparseKey(context);
        return invalid(HssCoseSign1.attached(HssCoseSign1.protectedHssLms(), PAYLOAD, key.sign(signedBytes)), key.coseKey());
    }

    /** The standard message with a two-level signature over its Sig_structure, then mutated. */
    private static BuiltCase mutated(CaseContext<Void> context, Reason reason, Mutation mutation) {
        HssParameters.Signed signed = TWO_LEVELS.sign(label(context), toBeSigned());
        byte[] mutatedSignature = mutation.apply(HssSignatureLayout.parse(signed.publicKey(), signed.signature()));
        return BuiltCase.of(Expectation.reject(reason), attached(mutatedSignature, signed.coseKey()));
    }

    private static CoseInput attached(byte[] signature, Bytes coseKey) {
        return new CoseInput(HssCoseSign1.attached(HssCoseSign1.protectedHssLms(), PAYLOAD, signature), Optional.empty(),
                Optional.empty(), List.of(KeyEntry.trusted(coseKey)));
    }

    private static BuiltCase invalid(Bytes message, Bytes coseKey) {
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                new CoseInput(message, Optional.empty(), Optional.empty(), List.of(KeyEntry.trusted(coseKey))));
    }
}
