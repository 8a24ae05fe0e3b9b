package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.SIGNER;

/**
 * ECDSA inside COSE_Sign1 (RFC 9052 §4.2, §4.4; RFC 9053 §2.1; RFC 9864 §2.1), for ES256 (-7) and
 * ESP256 (-9): the signature over the Sig_structure in its one valid encoding and the encodings
 * implementations get wrong (DER, unpadded or padded halves, a CBOR array, a double bstr), high s,
 * a signature made under one identifier presented under the other, the key's alg and key_ops, and
 * signatures over the wrong digest of the ToBeSigned bytes. The encodings that still hold the signer's
 * own r and s are advisory rejects: RFC 9053 §2.1 binds the signer to raw r ‖ s and sets the verifier
 * no length check. Every message is tagged (18), carries
 * its alg alone in the protected bucket and nothing in the unprotected one, so that the only fault
 * is the one a vector is about. Ids live in the areas {@code ecdsa-*} of the COSE layer.
 */
public final class EcdsaCoseFamily extends EcdsaFamily {
    private static final String SIG_STRUCTURE = "RFC9052-4.4-sig-structure";
    private static final String RAW_RS = "RFC9053-2.1-raw-rs";
    private static final String DSS_VERIFY = "RFC9053-2.1-dss-verify";
    private static final String SHA256 = "RFC9053-2.1-sha256";
    private static final long TAG_COSE_SIGN1 = 18;
    private static final int HEADER_ALG = 1;
    private static final int KEY_KTY = 1;
    private static final int KEY_ALG = 3;
    private static final int KEY_OPS = 4;
    private static final int KEY_OP_SIGN = 1;
    private static final int KEY_OP_VERIFY = 2;
    private static final int KTY_EC2 = 2;
    private static final int CRV = -1;
    private static final int CRV_P256 = 1;
    private static final int X = -2;
    private static final int Y = -3;
    private static final String PAYLOAD_TEXT = "suitcase ECDSA COSE_Sign1 payload, 48 bytes long";
    /** The payload of the COSE vectors. */
    static final Bytes PAYLOAD = EcdsaFixtures.utf8(PAYLOAD_TEXT);
    /** How many payload bytes the first 32 ToBeSigned bytes hold: 32 minus the 19 bytes before the payload. */
    private static final int PAYLOAD_BYTES_IN_PREFIX = 13;

    @Override
    public String name() {
        return "ecdsa-cose";
    }

    @Case(id = "cose.*.ecdsa-valid.attached", title = "Valid {name} COSE_Sign1 with attached payload",
            severity = Severity.HIGH, requirements = {SIG_STRUCTURE, DSS_VERIFY}, flags = {"ValidSignature"},
            sweep = Sweep.ECDSA,
            description = """
                    A tagged COSE_Sign1 with protected {1: {id}}, an empty unprotected bucket, an attached payload and a
                    valid 64-byte RFC 6979 signature (low-s form) over the Sig_structure ["Signature1", protected, h'',
                    payload] (RFC 9052 §4.4), by the trusted P-256 key.

                    The baseline of the ecdsa-* areas: a processor must accept it. One that refuses it cannot verify
                    {name} at all, and every other vector here is moot for it.""")
    BuiltCase validAttached(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return accept(attached(alg, sign(alg, PAYLOAD).raw()));
    }

    @Case(id = "cose.*.ecdsa-valid.detached", title = "Valid {name} COSE_Sign1 with detached payload",
            severity = Severity.HIGH, requirements = {SIG_STRUCTURE, "RFC9052-4.1-detached", DSS_VERIFY},
            flags = {"ValidSignature"}, sweep = Sweep.ECDSA,
            description = """
                    A tagged COSE_Sign1 with protected {1: {id}}, payload nil, and a valid signature over the
                    Sig_structure built with the detached payload supplied alongside (RFC 9052 §4.1, §4.4), by the
                    trusted P-256 key. SUIT authentication blocks have exactly this shape.

                    A processor must accept it; one that refuses detached payloads cannot authenticate a single SUIT
                    manifest.""")
    BuiltCase validDetached(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return accept(new CoseInput(message(protectedHeader(alg.coseId()), Optional.empty(),
                CborValue.bytes(sign(alg, PAYLOAD).raw())), Optional.of(PAYLOAD), Optional.empty(),
                trusted(CoseKeys.of(SIGNER))));
    }

    @Case(id = "cose.*.ecdsa-valid.r-leading-zero", title = "Valid {name} COSE_Sign1 whose r starts with a zero byte",
            severity = Severity.MEDIUM, requirements = {RAW_RS, DSS_VERIFY}, flags = {"LeadingZero", "ValidSignature"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid {name} COSE_Sign1 whose signature has an r below 2^248 (the trusted key was chosen for it),
                    so the 64-byte signature starts with a zero byte, as RFC 9053 §2.1 requires (each integer
                    left-padded to 32 bytes). One signature in 256 looks like this.

                    A processor must accept it. One that mishandles the leading zero refuses one correctly signed update
                    in 256, an intermittent failure that is hard to trace in the field.""")
    BuiltCase rLeadingZero(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        EcdsaChosenSignature chosen = withShortR(alg);
        return accept(attachedWithKey(alg, chosen.signature().raw(), chosen.coseKey()));
    }

    @Case(id = "cose.*.ecdsa-high-s.high-s", title = "Valid {name} COSE_Sign1 with s > n/2",
            severity = Severity.MEDIUM, requirements = {DSS_VERIFY}, flags = {"HighS", "SignatureMalleability"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid {name} COSE_Sign1 whose signature is in its high-s form, s above n/2. COSE does not require
                    low s (RFC 9053 §2.1 defines verification by DSS, which accepts both forms), and signers that do not
                    normalise produce the high form half of the time.

                    A processor must accept it by default; one that declares the ecdsa-low-s profile refuses it as its
                    documented policy. The same message with the low form of the signature is ecdsa-valid.attached.""")
    BuiltCase highS(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return BuiltCase.of(EcdsaFixtures.highSExpectation(),
                attached(alg, sign(alg, PAYLOAD).withHighS().raw()));
    }

    @Case(id = "cose.*.ecdsa-encoding.der", title = "DER-encoded signature in an {name} COSE_Sign1",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"DerEncoding"}, sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose signature field holds the DER encoding of a valid signature over the
                    Sig_structure, SEQUENCE { INTEGER r, INTEGER s }, as JCA's SHA256withECDSA returns it. RFC 9053 §2.1
                    has the signer write raw r ‖ s, exactly 64 bytes for P-256.

                    This is the most common ECDSA interoperability bug in COSE: a signer that forgets the conversion. A
                    processor that decodes the DER verifies the signer's own signature, but hides the signer's bug from
                    it and splits the ecosystem. The rule binds the signer, so the suite's rejection
                    (SIGNATURE_MALFORMED) is advisory: a producer rule.""")
    BuiltCase der(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return producerRule(Reason.SIGNATURE_MALFORMED, attached(alg, sign(alg, PAYLOAD).der()));
    }

    @Case(id = "cose.*.ecdsa-encoding.der-64-bytes", title = "64-byte DER signature in an {name} COSE_Sign1",
            severity = Severity.LOW, requirements = {RAW_RS, DSS_VERIFY}, flags = {"DerEncoding"}, sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose signature is a DER SEQUENCE of two 29-byte integers, exactly 64 bytes: as
                    DER, (r, s) is valid over the Sig_structure under the trusted key (a key chosen for it). Read as the
                    raw r ‖ s of RFC 9053 §2.1, those two halves do not verify.

                    The reference verifier reads 64 bytes as r ‖ s and rejects the signature as invalid. A processor
                    that guesses DER from the leading 0x30 verifies the signer's own signature, which the signer encoded
                    against RFC 9053 §2.1: a rule for the signer, so the rejection is advisory (a producer rule).""")
    BuiltCase der64Bytes(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        BigInteger low = BigInteger.ONE.shiftLeft(224);
        EcdsaChosenSignature chosen = EcdsaChosenSignature.forMessage(EcdsaP256.firstPointFrom(low),
                low.add(BigInteger.valueOf(0x5ca1ab1e)), toBeSigned(alg.coseId(), PAYLOAD));
        return producerRule(Reason.SIGNATURE_INVALID,
                attachedWithKey(alg, chosen.signature().der(), chosen.coseKey()));
    }

    @Case(id = "cose.*.ecdsa-encoding.63-bytes-r-unpadded",
            title = "{name} COSE_Sign1 signature whose r lost its leading zero byte",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize"}, sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose valid signature (the trusted key was chosen for it) has an r below 2^248,
                    written without the padding: r in 31 bytes, then s in 32, 63 bytes. RFC 9053 §2.1 has the signer
                    left-pad each integer to 32 bytes.

                    A signer with this bug fails one signature in 256; the fix is in the signer (see
                    ecdsa-valid.r-leading-zero for the correct form). A processor that guesses where r ends verifies the
                    signer's own signature; the suite rejects (SIGNATURE_MALFORMED, advisory: a producer rule).""")
    BuiltCase encoding63BytesRUnpadded(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        EcdsaChosenSignature chosen = withShortR(alg);
        return producerRule(Reason.SIGNATURE_MALFORMED,
                attachedWithKey(alg, chosen.signature().unpadded(), chosen.coseKey()));
    }

    @Case(id = "cose.*.ecdsa-encoding.65-bytes-trailing-zero",
            title = "{name} COSE_Sign1 signature with a zero byte appended",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize"}, sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose signature is a valid 64-byte signature followed by one byte 00. RFC 9053
                    §2.1 has the signer write exactly 64 bytes for P-256.

                    A processor that reads the first 64 bytes verifies the signer's own signature and accepts endless
                    variants of it; anything that identifies a manifest by its signature bytes is then fooled. The rule
                    binds the signer, so the suite's rejection (SIGNATURE_MALFORMED) is advisory: a producer rule.""")
    BuiltCase encoding65BytesTrailingZero(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return producerRule(Reason.SIGNATURE_MALFORMED, attached(alg,
                Bytes.of(EcdsaRs.concat(sign(alg, PAYLOAD).raw().toByteArray(), new byte[1]))));
    }

    @Case(id = "cose.*.ecdsa-encoding.66-bytes-sign-padded",
            title = "{name} COSE_Sign1 signature with r and s as 33-byte integers",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize"}, sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose signature is r and s of a valid signature each written in 33 bytes, a
                    zero byte before each: what a DER-to-raw converter that keeps the sign bytes produces. RFC 9053 §2.1
                    has the signer write 32 bytes each.

                    A processor that splits in halves verifies the signer's own signature; the bug to fix is the
                    signer's conversion, and the suite's rejection (SIGNATURE_MALFORMED) is advisory: a producer
                    rule.""")
    BuiltCase encoding66BytesSignPadded(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return producerRule(Reason.SIGNATURE_MALFORMED, attached(alg, sign(alg, PAYLOAD).padded(33)));
    }

    @Case(id = "cose.*.ecdsa-encoding.empty", title = "{name} COSE_Sign1 with an empty signature",
            severity = Severity.CRITICAL, requirements = {RAW_RS, "RFC9053-2.1-rs-range"}, flags = {"SignatureSize"},
            sweep = Sweep.ECDSA,
            robustness = """
                    No split of zero bytes gives an r and an s, so no processor can go on with them;
                    ecdsa-encoding.63-bytes-r-unpadded and the other re-encodings of a genuine signature isolate the
                    length rule.""",
            description = """
                    An {name} COSE_Sign1 whose signature is the empty byte string, the rest intact. An ECDSA P-256
                    signature is exactly 64 bytes (RFC 9053 §2.1); whatever is read from no bytes, r and s are 0, which
                    ECDSA verification refuses. It must be rejected.

                    A processor that accepts it authenticates anything: an attacker strips the signature and the message
                    still passes.""")
    BuiltCase empty(CaseContext<Void> context) {
        return malformed(attached(context.algorithm(), Bytes.empty()));
    }

    @Case(id = "cose.*.ecdsa-encoding.rs-array", title = "{name} COSE_Sign1 signature as an array [r, s]",
            severity = Severity.MEDIUM, requirements = {"RFC9052-4.2-sign1-shape", RAW_RS},
            flags = {"SignatureEncoding"}, sweep = Sweep.ECDSA,
            robustness = """
                    The signature element is an array where RFC 9052 §4.2 has a byte string: a processor that skips the
                    type check finds no signature bytes in it to verify, so none can go on.""",
            description = """
                    An {name} COSE_Sign1 whose signature field is a CBOR array of two byte strings, [r, s], of a valid
                    signature, instead of one byte string. COSE_Sign1's fourth element is a bstr (RFC 9052 §4.2), and
                    for ECDSA that bstr is r ‖ s (RFC 9053 §2.1): the structure is wrong.

                    A processor that accepts it has a lenient decoder that other implementations do not share. Reject
                    the structure.""")
    BuiltCase rsArray(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        EcdsaRs signature = sign(alg, PAYLOAD);
        Bytes raw = signature.raw();
        CborValue array = CborValue.array(
                CborValue.bytes(Arrays.copyOf(raw.toByteArray(), 32)),
                CborValue.bytes(Arrays.copyOfRange(raw.toByteArray(), 32, 64)));
        return BuiltCase.of(Expectation.reject(Reason.BAD_STRUCTURE), new CoseInput(
                message(protectedHeader(alg.coseId()), Optional.of(PAYLOAD), array),
                Optional.empty(), Optional.empty(), trusted(CoseKeys.of(SIGNER))));
    }

    @Case(id = "cose.*.ecdsa-encoding.double-wrapped",
            title = "{name} COSE_Sign1 signature wrapped in a second byte string",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize"}, sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose signature bstr holds the CBOR encoding of another bstr that holds a valid
                    signature: 58 40 followed by the 64 bytes, 66 bytes in all. RFC 9053 §2.1 has the signer make the
                    signature the 64 bytes themselves.

                    A signer that encodes the signature as CBOR before placing it in the structure produces this; a
                    processor that unwraps it verifies the signer's own signature but accepts what others refuse. The
                    suite's rejection (SIGNATURE_MALFORMED) is advisory: a producer rule.""")
    BuiltCase doubleWrapped(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return producerRule(Reason.SIGNATURE_MALFORMED,
                attached(alg, CborValue.bytes(sign(alg, PAYLOAD).raw()).toBytes()));
    }

    @Case(id = "cose.*.ecdsa-range.r-and-s-zero", title = "{name} COSE_Sign1 with signature r = 0, s = 0",
            severity = Severity.CRITICAL, requirements = {"RFC9053-2.1-rs-range"}, flags = {"InvalidSignature"},
            sweep = Sweep.ECDSA,
            robustness = """
                    r = 0 and s = 0 break both range rules, so a processor that skips either check is stopped by the
                    other; ecdsa-range.s-plus-n isolates the s rule, and the signature-layer range.r-plus-n the r
                    rule.""",
            description = """
                    An {name} COSE_Sign1 whose signature is 64 zero bytes, r = 0 and s = 0. Both must be in [1, n-1]
                    (RFC 9053 §2.1 by reference to DSS).

                    This is the psychic signature of CVE-2022-21449: without the range check it verifies for every
                    message and every key. A processor that accepts it installs anyone's firmware.""")
    BuiltCase rAndSZero(CaseContext<Void> context) {
        return malformed(attached(context.algorithm(), new EcdsaRs(BigInteger.ZERO, BigInteger.ZERO).raw()));
    }

    @Case(id = "cose.*.ecdsa-range.s-plus-n", title = "{name} COSE_Sign1 signature with s + n instead of s",
            severity = Severity.MEDIUM, requirements = {"RFC9053-2.1-rs-range"},
            flags = {"RangeCheck", "SignatureMalleability"}, sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose signature over the Sig_structure is valid with a small s (the trusted key
                    was chosen for it), presented with s replaced by s + n, which still fits in 32 bytes. s + n is
                    congruent to s but outside [1, n-1] (RFC 9053 §2.1 by reference to DSS).

                    A processor that reduces s modulo n accepts a second encoding of the signature. Reject it as
                    malformed.""")
    BuiltCase sPlusN(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        EcdsaChosenSignature chosen = EcdsaChosenSignature.forMessage(
                EcdsaP256.multiplyBase(EcdsaP256.scalar("cose " + context.caseName() + " R")), BigInteger.valueOf(11),
                toBeSigned(alg.coseId(), PAYLOAD));
        EcdsaRs signature = chosen.signature();
        return malformed(attachedWithKey(alg, signature.withS(signature.s().add(EcdsaP256.N)).raw(),
                chosen.coseKey()));
    }

    @Case(id = "cose.*.ecdsa-alg-id.signed-under-{other-token}",
            title = "{name} COSE_Sign1 whose signature was made under {other-name}",
            severity = Severity.CRITICAL, requirements = {SIG_STRUCTURE, "RFC9864-2.1-esp256"},
            flags = {"PolymorphicAlgorithm"}, sweep = Sweep.ECDSA,
            description = """
                    A COSE_Sign1 signed by the trusted key under protected {1: {other-id}} ({other-name}), whose
                    protected header was then rewritten to {1: {id}} ({name}), signature untouched. Both identifiers
                    name ECDSA P-256 with SHA-256, but the protected bucket is part of the Sig_structure (RFC 9052
                    §4.4), so the signature covers the old identifier and does not verify.

                    A processor that accepts it rebuilds the Sig_structure from a normalised header or ignores the
                    protected bytes: whoever controls the transport then rewrites protected headers at will. Reject it
                    as an invalid signature.""")
    BuiltCase signedUnderOther(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        Algorithm other = other(alg);
        Bytes signature = EcdsaRs.decode(Bytes.of(SIGNER.sign(toBeSigned(other.coseId(), PAYLOAD)
                .toByteArray()))).raw();
        return invalid(attached(alg, signature));
    }

    @Case(id = "cose.*.ecdsa-alg-id.key-alg-same", title = "Valid {name} COSE_Sign1 with a key restricted to {alg}",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-key-alg", "RFC9053-2.1-key-alg"},
            flags = {"ValidSignature", "KeyAlgorithm"}, sweep = Sweep.ECDSA,
            description = """
                    A valid {name} COSE_Sign1, verified with the signer's key carrying alg {id} (label 3). The key's alg
                    is the message's (RFC 9052 §7.1), so the key may be used.

                    A processor must accept it; trust anchors are commonly provisioned with their alg.""")
    BuiltCase keyAlgSame(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return accept(attachedWithKey(alg, sign(alg, PAYLOAD).raw(),
                keyWith(KEY_ALG, CborValue.integer(alg.coseId()))));
    }

    @Case(id = "cose.*.ecdsa-alg-id.key-alg-{other-token}",
            title = "{name} COSE_Sign1 verified with a key restricted to {other-name}",
            severity = Severity.HIGH,
            requirements = {"RFC9052-7.1-key-alg", "RFC9053-2.1-key-alg", "RFC9864-2.1-esp256"},
            flags = {"AlgorithmKeyMismatch", "KeyAlgorithm"}, sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 with a valid signature by the trusted key, whose COSE_Key carries alg
                    {other-id} ({other-name}). Same primitive, different algorithm: a key whose alg names one must not
                    be used for the other (RFC 9052 §7.1), so no trusted key fits the message.

                    A processor that treats -7 and -9 as interchangeable lets a key provisioned for one profile
                    authenticate manifests of the other. Reject for the mismatch.""")
    BuiltCase keyAlgOther(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return BuiltCase.of(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH), attachedWithKey(alg,
                sign(alg, PAYLOAD).raw(), keyWith(KEY_ALG, CborValue.integer(other(alg).coseId()))));
    }

    @Case(id = "cose.*.ecdsa-alg-id.okp-key", title = "{name} COSE_Sign1 with only an Ed25519 key trusted",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-kty", "RFC9053-2.1-ec2-key"},
            flags = {"AlgorithmKeyMismatch"}, sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose signature field holds a valid Ed25519 signature over the Sig_structure,
                    with the Ed25519 (OKP) key as the only trusted key. {name} verifies with EC2 keys only (RFC 9053
                    §2.1), so no trusted key fits the message.

                    A processor that picks the primitive from the key accepts an Ed25519 signature under an ECDSA
                    header; the header's alg must decide, and the key must fit it.""")
    BuiltCase okpKey(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        Ed25519TestKey ed25519 = Ed25519TestKey.derive("ecdsa families: ed25519 key");
        Bytes signature = Bytes.of(ed25519.sign(toBeSigned(alg.coseId(), PAYLOAD).toByteArray()));
        return BuiltCase.of(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH),
                attached(alg, PAYLOAD, signature, CoseKeys.of(ed25519)));
    }

    @Case(id = "cose.*.ecdsa-key.key-ops-verify", title = "Valid {name} COSE_Sign1 with key_ops [verify]",
            severity = Severity.MEDIUM, requirements = {"RFC9053-2.1-key-ops"}, flags = {"ValidSignature"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid {name} COSE_Sign1, verified with the signer's key carrying key_ops [2] (verify). Verifying
                    is among the permitted operations (RFC 9053 §2.1, RFC 9052 §7.1), so the key may be used.

                    A processor must accept it.""")
    BuiltCase keyOpsVerify(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return accept(attachedWithKey(alg, sign(alg, PAYLOAD).raw(),
                keyWith(KEY_OPS, CborValue.array(CborValue.integer(KEY_OP_VERIFY)))));
    }

    @Case(id = "cose.*.ecdsa-key.key-ops-sign-only", title = "{name} COSE_Sign1 with a key whose key_ops is [sign]",
            severity = Severity.HIGH, requirements = {"RFC9053-2.1-key-ops"}, flags = {"InvalidKey"},
            sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 with a valid signature, verified with the signer's public key carrying key_ops
                    [1] (sign). Verifying an ECDSA signature requires verify among the key's operations (RFC 9053 §2.1),
                    so this key must not be used.

                    A processor that ignores key_ops uses keys outside the purpose their owner gave them. Refuse the
                    key.""")
    BuiltCase keyOpsSignOnly(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return BuiltCase.of(Expectation.reject(Reason.BAD_KEY), attachedWithKey(alg, sign(alg, PAYLOAD).raw(),
                keyWith(KEY_OPS, CborValue.array(CborValue.integer(KEY_OP_SIGN)))));
    }

    @Case(id = "cose.*.ecdsa-hash.double-sha256",
            title = "{name} COSE_Sign1 signed over SHA-256 of the ToBeSigned bytes",
            severity = Severity.HIGH, requirements = {SHA256, SIG_STRUCTURE}, flags = {"WrongHash"},
            sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose signature is ECDSA with SHA-256 over SHA-256(ToBeSigned), the digest
                    hashed again: what a signer produces when it hashes the Sig_structure itself and hands the digest to
                    an API that hashes. {name} hashes the ToBeSigned bytes once (RFC 9053 §2.1), so the signature does
                    not verify.

                    A processor must reject it; the fix is in the signer.""")
    BuiltCase doubleSha256(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return invalid(attached(alg, EcdsaRs.decode(Bytes.of(SIGNER.sign(Sha256.digest(
                toBeSigned(alg.coseId(), PAYLOAD).toByteArray())))).raw()));
    }

    @Case(id = "cose.*.ecdsa-hash.unhashed-tbs", title = "{name} COSE_Sign1 signed over the unhashed ToBeSigned bytes",
            severity = Severity.CRITICAL, requirements = {SHA256, SIG_STRUCTURE}, flags = {"WrongHash"},
            sweep = Sweep.ECDSA,
            description = """
                    An {name} COSE_Sign1 whose signature is valid for the ToBeSigned bytes used directly as the ECDSA
                    digest, that is for their first 32 bytes (the trusted key was chosen for it): the context string,
                    the protected bucket, the empty external AAD and only the first 13 bytes of the payload. {name}
                    signs SHA-256 of the whole ToBeSigned (RFC 9053 §2.1), so the signature does not verify.

                    A processor that hands the ToBeSigned to a raw ECDSA verify-digest primitive accepts it and
                    authenticates 13 bytes of payload; see ecdsa-hash.unhashed-tbs-forged-payload.""")
    BuiltCase unhashedTbs(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        EcdsaChosenSignature chosen = unhashed(alg);
        return invalid(attachedWithKey(alg, chosen.signature().raw(), chosen.coseKey()));
    }

    @Case(id = "cose.*.ecdsa-hash.unhashed-tbs-forged-payload",
            title = "{name} COSE_Sign1 with a forged payload under an unhashed-ToBeSigned signature",
            severity = Severity.CRITICAL, requirements = {SHA256, SIG_STRUCTURE, DSS_VERIFY},
            flags = {"WrongHash", "ModifiedMessage"}, sweep = Sweep.ECDSA,
            description = """
                    The signature and key of ecdsa-hash.unhashed-tbs on a message whose payload was replaced after its
                    13th byte, same length. The first 32 bytes of the ToBeSigned are unchanged, but its SHA-256 is not,
                    so the signature does not verify (RFC 9053 §2.1).

                    A processor that uses the ToBeSigned as the digest sees the same 32 bytes and accepts a payload
                    nobody signed: an authentication bypass for all but the start of every payload.""")
    BuiltCase unhashedTbsForgedPayload(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        EcdsaChosenSignature chosen = unhashed(alg);
        Bytes forgedPayload = Bytes.of(EcdsaRs.concat(
                Arrays.copyOf(PAYLOAD.toByteArray(), PAYLOAD_BYTES_IN_PREFIX),
                EcdsaFixtures.utf8("-- a payload nobody has ever signed").toByteArray()));
        byte[] signedPrefix = Arrays.copyOf(toBeSigned(alg.coseId(), PAYLOAD).toByteArray(), 32);
        byte[] forgedPrefix = Arrays.copyOf(toBeSigned(alg.coseId(), forgedPayload).toByteArray(), 32);
        if (!Arrays.equals(signedPrefix, forgedPrefix)) {
            throw new IllegalStateException("the forged payload must keep the first 32 ToBeSigned bytes");
        }
        return invalid(attached(alg, forgedPayload, chosen.signature().raw(), chosen.coseKey()));
    }

    /** {1: alg}, the content of the protected bucket. */
    private static Bytes protectedHeader(int algorithmId) {
        return CborValue.map().put(HEADER_ALG, algorithmId).build().toBytes();
    }

    /** The ToBeSigned bytes: Sig_structure ["Signature1", protected, h'', payload] (RFC 9052 §4.4). */
    static Bytes toBeSigned(int algorithmId, Bytes payload) {
        return CborValue.array(CborValue.text("Signature1"), CborValue.bytes(protectedHeader(algorithmId)),
                CborValue.bytes(Bytes.empty()), CborValue.bytes(payload)).toBytes();
    }

    /**
     * The trusted signer's RFC 6979 signature of the Sig_structure for {@code payload} under
     * {@code alg}, in the low-s form, so that only the high-s vectors depend on the ecdsa-low-s profile.
     */
    private static EcdsaRs sign(Algorithm alg, Bytes payload) {
        return EcdsaRs.decode(Bytes.of(SIGNER.sign(toBeSigned(alg.coseId(), payload).toByteArray()))).withLowS();
    }

    /** Tagged COSE_Sign1 [protected, {}, payload or nil, signature]. */
    private static Bytes message(Bytes protectedBytes, Optional<Bytes> payload, CborValue signature) {
        return CborValue.tag(TAG_COSE_SIGN1, CborValue.array(CborValue.bytes(protectedBytes), CborValue.map().build(),
                payload.map(CborValue::bytes).orElse(CborValue.nil()), signature)).toBytes();
    }

    private static CoseInput attached(Algorithm alg, Bytes signature) {
        return attached(alg, PAYLOAD, signature, CoseKeys.of(SIGNER));
    }

    private static CoseInput attachedWithKey(Algorithm alg, Bytes signature, Bytes key) {
        return attached(alg, PAYLOAD, signature, key);
    }

    private static CoseInput attached(Algorithm alg, Bytes payload, Bytes signature, Bytes key) {
        return new CoseInput(message(protectedHeader(alg.coseId()), Optional.of(payload), CborValue.bytes(signature)),
                Optional.empty(), Optional.empty(), trusted(key));
    }

    private static List<KeyEntry> trusted(Bytes key) {
        return List.of(KeyEntry.trusted(key));
    }

    /** The signer's EC2 key with one more parameter. */
    private static Bytes keyWith(int label, CborValue value) {
        return CborValue.map().put(KEY_KTY, KTY_EC2).put(CRV, CRV_P256).put(X, SIGNER.x()).put(Y, SIGNER.y())
                .put(CborValue.integer(label), value).build().toBytes();
    }

    private static BuiltCase accept(CoseInput input) {
        return BuiltCase.of(Expectation.accept(), input);
    }

    private static BuiltCase malformed(CoseInput input) {
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_MALFORMED), input);
    }

    /** A rejection for the encoding rule RFC 9053 §2.1 sets the signer, of a signature that is still the signer's own. */
    private static BuiltCase producerRule(Reason reason, CoseInput input) {
        return BuiltCase.of(Expectation.reject(reason).advisory(Advisory.Basis.PRODUCER_RULE, EcdsaFixtures.RAW_RS_RULE),
                input);
    }

    private static BuiltCase invalid(CoseInput input) {
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), input);
    }

    /** A valid signature over the Sig_structure whose r has one leading zero byte, under a key chosen for it. */
    private static EcdsaChosenSignature withShortR(Algorithm alg) {
        return EcdsaFixtures.withShortR(EcdsaP256.digestInteger(Sha256.digest(
                toBeSigned(alg.coseId(), PAYLOAD).toByteArray())));
    }

    /** A signature valid for the first 32 ToBeSigned bytes taken as the digest, under a key chosen for it. */
    private static EcdsaChosenSignature unhashed(Algorithm alg) {
        return EcdsaChosenSignature.of(EcdsaP256.multiplyBase(EcdsaP256.scalar("cose unhashed R")),
                EcdsaP256.scalar("cose unhashed s"), EcdsaP256.digestInteger(toBeSigned(alg.coseId(), PAYLOAD).toByteArray()));
    }
}
