package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.families.eddsa.Ed25519Forge.ForgedKey;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.cofactoredOnly;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.rejected;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.rejectedButZip215Accepts;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.requireAgreement;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.smallOrderEither;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.valid;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.concat;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.utf8;

/**
 * COSE_Sign1 vectors specific to EdDSA (-8) and Ed25519 (-19), each case once under each
 * identifier (areas {@code eddsa-*} of {@code cose.eddsa} and {@code cose.ed25519}): the two
 * identifiers and their binding into the Sig_structure (RFC 9053 §2.2, RFC 9864 §2.2), the key's
 * type and alg against the header's alg (RFC 9052 §7.1), an OKP key under the other algorithms of
 * the suite and under -50, pure EdDSA only (no prehash, no Ed25519ph), and the Ed25519 encoding,
 * small-order and cofactor cases carried in a COSE_Sign1.
 *
 * <p>A case is swept over the two identifiers ({@link Sweep#COSE} narrowed to them); its texts name
 * the identifier it is built for ({@code {alg}}) and the other one ({@code {other}}), and every
 * signature is checked on the exact Sig_structure the verifier computes.
 */
public final class EddsaCoseFamily extends CaseFamily<EddsaCoseFamily.Signer> {
    private static final long TAG_COSE_SIGN1 = 18;
    private static final int HEADER_ALG = 1;
    private static final int KTY = 1;
    private static final int KTY_OKP = 1;
    private static final int ALG = 3;
    private static final int CRV = -1;
    private static final int X = -2;
    private static final int CRV_X25519 = 4;
    private static final int CRV_ED25519 = 6;
    private static final int ML_DSA_87 = -50;
    private static final byte[] PAYLOAD = utf8("bstr-wrapped SUIT_Digest of a manifest");
    private static final byte[] IDENTITY = Edwards25519.IDENTITY.encode();
    /** [1]T, a point of order 8 ({@code {order-8}} in the texts). */
    private static final byte[] ORDER_8 = Edwards25519.torsion().get(1).encode();

    @Override
    public String name() {
        return "eddsa-cose";
    }

    /**
     * What the cases of one identifier share: the other identifier, the requirement that defines this
     * one, its test key, the protected header {1: alg}, the Sig_structure over the payload, and the
     * key's valid signature of it.
     */
    record Signer(Algorithm other, String requirement, Ed25519TestKey key, byte[] protectedHeader, byte[] tbs,
                  byte[] signature) {
        static Signer of(Algorithm algorithm) {
            boolean eddsa = algorithm == Algorithm.EDDSA;
            Ed25519TestKey key = Ed25519TestKey.derive("eddsa-cose " + algorithm.idName());
            byte[] protectedHeader = EddsaCoseFamily.protectedHeader(algorithm.coseId());
            byte[] tbs = toBeSigned(protectedHeader, PAYLOAD);
            return new Signer(eddsa ? Algorithm.ED25519 : Algorithm.EDDSA,
                    eddsa ? "RFC9053-2.2-eddsa-id" : "RFC9864-2.2-ed25519", key, protectedHeader, tbs,
                    key.sign(tbs));
        }

        byte[] a() {
            return key.publicKey();
        }

        /** The valid COSE_Sign1 of the payload. */
        Bytes sign1() {
            return EddsaCoseFamily.sign1(protectedHeader, PAYLOAD, signature);
        }
    }

    @Override
    protected Function<Optional<Algorithm>, Signer> fixtures(GeneratorContext context) {
        return algorithm -> Signer.of(algorithm.orElseThrow());
    }

    /**
     * {@code {other}} the other identifier ("Ed25519 (-19)" under EdDSA) with its {@code {other-name}},
     * {@code {other-id}} and {@code {other-token}}; {@code {requirement}} the one that defines this
     * identifier; {@code {order-8}} the encoding of a point of order 8.
     */
    @Override
    protected Map<String, String> words(Optional<Algorithm> algorithm, Signer signer) {
        Algorithm other = signer.other();
        return Map.of("other", other.displayName() + " (" + other.coseId() + ")", "other-name", other.displayName(),
                "other-id", Integer.toString(other.coseId()), "other-token", other.idName(),
                "requirement", signer.requirement(), "order-8", HexFormat.of().formatHex(ORDER_8));
    }

    /** The foreign-alg cases: an OKP key and an Ed25519 signature under each other algorithm of the suite. */
    @Override
    protected List<Row<Signer>> rows() {
        return Stream.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.HSS_LMS).map(foreign -> {
            String header = foreign.displayName() + " (" + foreign.coseId() + ")";
            CaseSpec spec = new CaseSpec("cose.*.eddsa-foreign-alg." + foreign.idName() + "-header",
                    "OKP Ed25519 key with an Ed25519 signature under header alg " + header, Severity.HIGH,
                    List.of("RFC9052-7.1-kty", "RFC9053-2.2-okp-key"), List.of("AlgorithmConfusion"),
                    "The protected header says " + header + "; the trusted key is the {alg} signer's OKP Ed25519 key, "
                            + "and the signature is a valid pure Ed25519 signature of that key over this Sig_structure. "
                            + "A verifier that dispatches on the key type verifies it and accepts.\n\nA verifier must "
                            + "reject with ALGORITHM_KEY_MISMATCH: " + foreign.displayName() + " cannot use an OKP key "
                            + "(RFC 9052 §7.1). If the key type picked the algorithm, the header's alg would protect "
                            + "nothing.", "", Sweep.COSE, Set.of(Algorithm.EDDSA, Algorithm.ED25519));
            return new Row<Signer>(spec, context -> {
                Signer signer = context.fixture();
                byte[] protectedHeader = protectedHeader(foreign.coseId());
                byte[] tbs = toBeSigned(protectedHeader, PAYLOAD);
                byte[] signature = signer.key().sign(tbs);
                return checked(signer.a(), tbs, signature, valid(), sign1(protectedHeader, PAYLOAD, signature),
                        CoseKeys.of(signer.key())).withExpectation(rejected(Reason.ALGORITHM_KEY_MISMATCH));
            });
        }).toList();
    }

    @Case(id = "cose.*.eddsa-valid.tagged", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Valid COSE_Sign1_Tagged under {alg}", severity = Severity.HIGH,
            requirements = {"{requirement}", "RFC9052-4.4-sig-structure"},
            description = """
                    A tagged COSE_Sign1 whose protected header is {1: {id}} (alg {alg}), with an attached payload,
                    signed with pure Ed25519 over the Sig_structure; the trusted key is the matching OKP Ed25519 key.

                    A verifier that supports {alg} must accept it; refusing it refuses every genuine {name}
                    signature.""")
    BuiltCase tagged(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        return checked(signer.a(), signer.tbs(), signer.signature(), valid(), signer.sign1(), CoseKeys.of(signer.key()));
    }

    @Case(id = "cose.*.eddsa-valid.key-alg-matches", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Valid COSE_Sign1 under {alg}, key carrying the same alg", severity = Severity.HIGH,
            requirements = {"RFC9052-7.1-key-alg", "RFC9053-2.2-key-alg", "{requirement}"},
            description = """
                    The trusted OKP key carries alg {alg}, the algorithm in the protected header, and the signature is
                    valid.

                    A verifier must accept it: the key's alg matches the message's (RFC 9052 §7.1).""")
    BuiltCase keyAlgMatches(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        return checked(signer.a(), signer.tbs(), signer.signature(), valid(), signer.sign1(),
                okp(CRV_ED25519, signer.a()).put(ALG, context.algorithm().coseId()).build().toBytes());
    }

    @Case(id = "cose.*.eddsa-id-swap.signed-as-{other-token}", sweep = Sweep.COSE,
            only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Signature made under {other}, header rewritten to {alg}", severity = Severity.CRITICAL,
            requirements = {"RFC9053-2.2-eddsa-id", "RFC9052-4.4-sig-structure"}, flags = {"AlgorithmSubstitution"},
            description = """
                    The signer signed the Sig_structure with protected header {1: {other-id}}; the message carries
                    {1: {id}} instead, the same primitive under the other identifier. Because the protected header is
                    inside the Sig_structure, the signature does not verify over the message as sent.

                    A verifier must reject it as invalid. Accepting it means the verifier does not build the
                    Sig_structure from the protected header as received (RFC 9052 §4.4), so anyone can rewrite any
                    protected parameter of a signed message.""")
    BuiltCase signedAsOther(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        byte[] signedAsOther = signer.key().sign(toBeSigned(protectedHeader(signer.other().coseId()), PAYLOAD));
        return checked(signer.a(), signer.tbs(), signedAsOther, rejected(Reason.SIGNATURE_INVALID),
                sign1(signer.protectedHeader(), PAYLOAD, signedAsOther), CoseKeys.of(signer.key()));
    }

    @Case(id = "cose.*.eddsa-key-alg.restricted-to-{other-token}", sweep = Sweep.COSE,
            only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Key restricted to {other} used for {alg}", severity = Severity.MEDIUM,
            requirements = {"RFC9052-7.1-key-alg", "RFC9053-2.2-key-alg"}, flags = {"KeyAlgMismatch"},
            description = """
                    The trusted OKP Ed25519 key carries alg {other}; the message is signed under {alg} and the
                    signature is valid. The primitive is the same, but the key's owner restricted it to the other
                    identifier.

                    A verifier must not use the key (RFC 9052 §7.1) and rejects with ALGORITHM_KEY_MISMATCH.""")
    BuiltCase restrictedToOther(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        return checked(signer.a(), signer.tbs(), signer.signature(), valid(), signer.sign1(),
                okp(CRV_ED25519, signer.a()).put(ALG, signer.other().coseId()).build().toBytes())
                .withExpectation(rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "cose.ed25519.eddsa-key-alg.restricted-to-minus-50",
            title = "Key carrying alg -50 (the draft-era Ed25519 placeholder) used for {alg}", severity = Severity.MEDIUM,
            requirements = {"RFC9052-7.1-key-alg", "RFC9052-3.1-alg-registry"}, flags = {"KeyAlgMismatch"},
            description = """
                    The trusted OKP Ed25519 key carries alg -50, as keys provisioned from early drafts of the SUIT
                    algorithm profiles may; the registry assigns -50 to ML-DSA-87. The message is a valid {alg}
                    signature.

                    A verifier must not treat -50 as an alias of Ed25519: the key's alg does not match the message's,
                    so it rejects with ALGORITHM_KEY_MISMATCH (RFC 9052 §7.1). Re-provision such keys with alg
                    {id}.""")
    BuiltCase restrictedToMinus50(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        return checked(signer.a(), signer.tbs(), signer.signature(), valid(), signer.sign1(),
                okp(CRV_ED25519, signer.a()).put(ALG, ML_DSA_87).build().toBytes())
                .withExpectation(rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "cose.*.eddsa-key-type.ec2-key", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "EC2 P-256 key with an ECDSA signature under header alg {alg}", severity = Severity.HIGH,
            requirements = {"RFC9052-7.1-kty", "RFC9053-2.2-okp-key"}, flags = {"KeyTypeMismatch"},
            description = """
                    The header says {alg}, the trusted key is an EC2 P-256 key, and the 64-byte signature is a valid
                    ECDSA signature of that key over the Sig_structure. A verifier that picks the primitive from the
                    key type verifies ECDSA and accepts.

                    A verifier must reject with ALGORITHM_KEY_MISMATCH: {name} needs an OKP Ed25519 key (RFC 9052
                    §7.1, RFC 9053 §2.2). The algorithm in the protected header decides the primitive, never the
                    key.""")
    BuiltCase ec2Key(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        EcdsaP256TestKey ecdsa = EcdsaP256TestKey.derive("eddsa-cose ec2 " + context.algorithm().idName());
        byte[] ecdsaSignature = ecdsa.sign(signer.tbs());
        return BuiltCase.of(rejected(Reason.ALGORITHM_KEY_MISMATCH),
                cose(sign1(signer.protectedHeader(), PAYLOAD, ecdsaSignature), CoseKeys.of(ecdsa)));
    }

    @Case(id = "cose.*.eddsa-key-type.hss-lms-key", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "HSS-LMS key with an HSS signature under header alg {alg}", severity = Severity.HIGH,
            requirements = {"RFC9052-7.1-kty", "RFC8778-3-key-type"}, flags = {"KeyTypeMismatch"},
            description = """
                    The header says {alg}, the trusted key is an HSS-LMS key (kty 5), and the signature is a valid HSS
                    signature of that key over the Sig_structure.

                    A verifier must reject with ALGORITHM_KEY_MISMATCH: the key type does not fit the algorithm
                    (RFC 9052 §7.1).""")
    BuiltCase hssLmsKey(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        HssLmsTestKey hss = HssLmsTestKey.generate("eddsa-cose hss " + context.algorithm().idName(),
                List.of(new LMSParameters(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4)));
        byte[] hssSignature = hss.sign(signer.tbs());
        return BuiltCase.of(rejected(Reason.ALGORITHM_KEY_MISMATCH),
                cose(sign1(signer.protectedHeader(), PAYLOAD, hssSignature), CoseKeys.of(hss)));
    }

    @Case(id = "cose.*.eddsa-key-type.okp-x25519", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "The signer's key bytes labelled X25519 (crv 4), header alg {alg}", severity = Severity.HIGH,
            requirements = {"RFC9053-2.2-okp-key", "{requirement}"}, flags = {"WrongCurve"},
            description = """
                    The trusted key is an OKP key with crv X25519 (4) holding the bytes of the signer's Ed25519 key;
                    the signature is valid under those bytes read as Ed25519.

                    A verifier must reject with ALGORITHM_KEY_MISMATCH: X25519 is a key agreement curve, not an EdDSA
                    one (RFC 9053 §2.2).""")
    BuiltCase okpX25519(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        return checked(signer.a(), signer.tbs(), signer.signature(), valid(), signer.sign1(),
                okp(CRV_X25519, signer.a()).build().toBytes()).withExpectation(rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "cose.*.eddsa-foreign-alg.ml-dsa-87-header", sweep = Sweep.COSE,
            only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Ed25519 signature under header alg -50 (ML-DSA-87, the draft-era Ed25519 placeholder)",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-alg-registry"}, flags = {"AlgorithmConfusion"},
            description = """
                    The protected header says -50; the signature is a valid Ed25519 signature over this Sig_structure
                    by the trusted OKP key. Early drafts of the SUIT algorithm profiles used -50 for Ed25519; the IANA
                    registry assigns it to ML-DSA-87, and Ed25519 is -19 (RFC 9864).

                    A verifier must reject with UNSUPPORTED_ALGORITHM (an ML-DSA-87 verifier rejects it as the wrong
                    key type). Treating -50 as Ed25519 breaks once ML-DSA-87 is deployed, and lets one identifier mean
                    two algorithms.""")
    BuiltCase mlDsa87Header(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        byte[] draftHeader = protectedHeader(ML_DSA_87);
        byte[] draftTbs = toBeSigned(draftHeader, PAYLOAD);
        byte[] draftSignature = signer.key().sign(draftTbs);
        return checked(signer.a(), draftTbs, draftSignature, valid(), sign1(draftHeader, PAYLOAD, draftSignature),
                CoseKeys.of(signer.key())).withExpectation(rejected(Reason.UNSUPPORTED_ALGORITHM));
    }

    @Case(id = "cose.*.eddsa-variant.ed25519ph", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Ed25519ph signature over the ToBeSigned bytes, header alg {alg}", severity = Severity.CRITICAL,
            requirements = {"RFC9053-2.2-pure", "RFC8032-5.1.7-equation"}, flags = {"Ed25519ph"},
            description = """
                    The signer used Ed25519ph, the prehashed variant of RFC 8032 §5.1 (SHA-512 of the ToBeSigned
                    bytes, dom2(1, "") prefixes), instead of pure Ed25519.

                    A verifier must reject it as invalid: COSE EdDSA is pure EdDSA over the ToBeSigned bytes
                    themselves (RFC 9053 §2.2). A verifier that also tries Ed25519ph accepts signatures from signers
                    whose hash step an attacker may influence.""")
    BuiltCase ed25519ph(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        byte[] seed = variantSeed(context);
        byte[] ph = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.signPrehash(seed, 0, new byte[0], Edwards25519.sha512(signer.tbs()), 0, ph, 0);
        return checked(variantKey(seed), signer.tbs(), ph, rejected(Reason.SIGNATURE_INVALID),
                sign1(signer.protectedHeader(), PAYLOAD, ph), okp(CRV_ED25519, variantKey(seed)).build().toBytes());
    }

    @Case(id = "cose.*.eddsa-variant.prehashed-sha512", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Pure Ed25519 over SHA-512(ToBeSigned), header alg {alg}", severity = Severity.CRITICAL,
            requirements = {"RFC9053-2.2-pure", "RFC9052-4.4-sig-structure"}, flags = {"Prehashed"},
            description = """
                    The signer hashed the ToBeSigned bytes with SHA-512 and signed the digest with pure Ed25519, an
                    ECDSA habit (sign the hash).

                    A verifier must reject it as invalid: the signed message is the ToBeSigned bytes themselves
                    (RFC 9053 §2.2). A verifier that accepts both forms lets a signature over any 64-byte string be
                    replayed as a signature over a message hashing to it.""")
    BuiltCase prehashedSha512(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        byte[] seed = variantSeed(context);
        byte[] overSha512 = signPure(seed, Edwards25519.sha512(signer.tbs()));
        return checked(variantKey(seed), signer.tbs(), overSha512, rejected(Reason.SIGNATURE_INVALID),
                sign1(signer.protectedHeader(), PAYLOAD, overSha512), okp(CRV_ED25519, variantKey(seed)).build().toBytes());
    }

    @Case(id = "cose.*.eddsa-variant.prehashed-sha256", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Pure Ed25519 over SHA-256(ToBeSigned), header alg {alg}", severity = Severity.CRITICAL,
            requirements = {"RFC9053-2.2-pure", "RFC9052-4.4-sig-structure"}, flags = {"Prehashed"},
            description = """
                    The signer hashed the ToBeSigned bytes with SHA-256, as for ES256, and signed the 32-byte digest
                    with pure Ed25519.

                    A verifier must reject it as invalid (RFC 9053 §2.2: EdDSA signs the ToBeSigned bytes, not a
                    digest of them).""")
    BuiltCase prehashedSha256(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        byte[] seed = variantSeed(context);
        byte[] overSha256 = signPure(seed, Sha256.digest(signer.tbs()));
        return checked(variantKey(seed), signer.tbs(), overSha256, rejected(Reason.SIGNATURE_INVALID),
                sign1(signer.protectedHeader(), PAYLOAD, overSha256), okp(CRV_ED25519, variantKey(seed)).build().toBytes());
    }

    @Case(id = "cose.*.eddsa-encoding.s-plus-l", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "COSE_Sign1 under {alg} with S replaced by S + L", severity = Severity.MEDIUM,
            requirements = {"RFC8032-5.1.7-s-range"}, flags = {"SignatureMalleability"},
            description = """
                    A valid COSE_Sign1 whose signature's S was replaced by S + L; the equation holds for S reduced
                    mod L.

                    A verifier must reject it as malformed (RFC 8032 §5.1.7, S < L). COSE libraries that wrap a
                    lenient primitive inherit its malleability; the signature layer's s-range vectors locate the
                    fault.""")
    BuiltCase sPlusL(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        byte[] signature = signer.signature();
        byte[] sPlusL = Ed25519Forge.rAndS(Arrays.copyOf(signature, 32),
                Edwards25519.littleEndian(Arrays.copyOfRange(signature, 32, 64)).add(Edwards25519.L));
        return checked(signer.a(), signer.tbs(), sPlusL, rejected(Reason.SIGNATURE_MALFORMED),
                sign1(signer.protectedHeader(), PAYLOAD, sPlusL), CoseKeys.of(signer.key()));
    }

    @Case(id = "cose.*.eddsa-encoding.trailing-byte", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "COSE_Sign1 under {alg} with a zero byte after the signature (65 bytes)", severity = Severity.MEDIUM,
            requirements = {"RFC8032-5.1.7-lengths"}, flags = {"SignatureWithGarbage"},
            description = """
                    The signature bstr holds a valid 64-byte signature followed by 0x00.

                    A verifier must reject it as malformed: an EdDSA signature in COSE is exactly 64 bytes for
                    Ed25519 (RFC 9053 §2.2, RFC 8032 §5.1.6).""")
    BuiltCase trailingByte(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        byte[] trailing = concat(signer.signature(), new byte[1]);
        return checked(signer.a(), signer.tbs(), trailing, rejected(Reason.SIGNATURE_MALFORMED),
                sign1(signer.protectedHeader(), PAYLOAD, trailing), CoseKeys.of(signer.key()));
    }

    @Case(id = "cose.*.eddsa-encoding.non-canonical-r", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "COSE_Sign1 under {alg} whose R is the identity encoded with x = -0", severity = Severity.MEDIUM,
            requirements = {"RFC8032-5.1.7-decode-r"}, flags = {"NonCanonicalR", "SmallOrderR"},
            description = """
                    R is 0100...80, the identity point with the sign bit set (x = -0), and S = k·a with k hashed over
                    these bytes, so a lenient decoder finds R = identity and the equation holds.

                    A verifier must reject it as malformed (RFC 8032 §5.1.3); ZIP 215 accepts it.""")
    BuiltCase nonCanonicalR(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        ForgedKey forged = ForgedKey.derive("eddsa-cose non-canonical R " + context.algorithm().idName());
        byte[] negativeZeroIdentity = IDENTITY.clone();
        negativeZeroIdentity[31] |= (byte) 0x80;
        byte[] nonCanonicalR = Ed25519Forge.assemble(negativeZeroIdentity, BigInteger.ZERO, negativeZeroIdentity,
                forged.encoding(), forged.scalar(), signer.tbs());
        return checked(forged.encoding(), signer.tbs(), nonCanonicalR, rejectedButZip215Accepts(Reason.SIGNATURE_MALFORMED),
                sign1(signer.protectedHeader(), PAYLOAD, nonCanonicalR), okp(CRV_ED25519, forged.encoding()).build().toBytes());
    }

    @Case(id = "cose.*.eddsa-small-order.identity-key-forgery", sweep = Sweep.COSE,
            only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Identity point as trusted key, R = B, S = 1, header alg {alg}", severity = Severity.INFO,
            requirements = {"RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"}, flags = {"SmallOrderA", "Forgery"},
            description = """
                    The trusted key is the identity point (0100...00) and the signature is R = B, the base point, and
                    S = 1, which satisfies both equations for every Sig_structure ([S]B = R, and [k]A is the
                    identity): anyone can sign anything under this key. R has order L, so only a check of the key's
                    order stops it.

                    RFC 8032 neither requires nor forbids refusing a small-order key, so the outcome is recorded;
                    ed25519-strict rejects, ZIP 215 accepts. A device provisioned with such a trust anchor accepts
                    firmware from anyone: refuse small-order keys at provisioning and at verification (the reference
                    verifier rejects them as BAD_KEY).""")
    BuiltCase identityKeyForgery(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        return checked(IDENTITY, signer.tbs(), baseForgery(), smallOrderEither(),
                sign1(signer.protectedHeader(), PAYLOAD, baseForgery()), okp(CRV_ED25519, IDENTITY).build().toBytes());
    }

    @Case(id = "cose.*.eddsa-small-order.order-8-key-forgery", sweep = Sweep.COSE,
            only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Order-8 point as trusted key, R = B, S = 1, both equations hold, header alg {alg}",
            severity = Severity.INFO, requirements = {"RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"},
            flags = {"SmallOrderA", "Forgery"},
            description = """
                    The trusted key is {order-8}, a point of order 8, and the signature is R = B, the base point, and
                    S = 1. The payload was chosen so that k is a multiple of 8: the cofactorless equation holds as
                    well as the cofactored one, so every verifier without a key-order check accepts it, whether or
                    not it checks R's order.

                    RFC 8032 leaves small-order keys to the verifier: recorded; ed25519-strict rejects, ZIP 215
                    accepts.""")
    BuiltCase order8KeyForgery(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        byte[] groundPayload = Ed25519Forge.grind("SUIT_Digest for a small-order key forgery",
                candidate -> Edwards25519.challenge(Edwards25519.BASE.encode(), ORDER_8,
                        toBeSigned(signer.protectedHeader(), candidate)).mod(BigInteger.valueOf(8)).signum() == 0);
        byte[] groundTbs = toBeSigned(signer.protectedHeader(), groundPayload);
        return checked(ORDER_8, groundTbs, baseForgery(), smallOrderEither(),
                sign1(signer.protectedHeader(), groundPayload, baseForgery()), okp(CRV_ED25519, ORDER_8).build().toBytes());
    }

    @Case(id = "cose.*.eddsa-small-order.non-canonical-key-forgery", sweep = Sweep.COSE,
            only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "Identity key encoded with y = p + 1 as trusted key, R = identity, S = 0, header alg {alg}",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-decode-a", "RFC8032-5.1.7-small-order"},
            flags = {"NonCanonicalA", "SmallOrderA", "Forgery"},
            description = """
                    The trusted key is eeff...ff7f, the identity point with y written as p + 1, and the signature is
                    the forgery R = identity, S = 0. A block-list of small-order keys compared by canonical bytes
                    misses this encoding.

                    A verifier must refuse the key (RFC 8032 §5.1.3: y < p) and reject with BAD_KEY; ZIP 215 decodes
                    it and accepts the forgery.""")
    BuiltCase nonCanonicalKeyForgery(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        byte[] forgery = concat(IDENTITY, new byte[32]);
        byte[] nonCanonicalKey = Edwards25519.encodeScalar(Edwards25519.P.add(BigInteger.ONE));
        return checked(nonCanonicalKey, signer.tbs(), forgery, rejectedButZip215Accepts(Reason.BAD_KEY),
                sign1(signer.protectedHeader(), PAYLOAD, forgery), okp(CRV_ED25519, nonCanonicalKey).build().toBytes());
    }

    @Case(id = "cose.*.eddsa-cofactor.mixed-order-r", sweep = Sweep.COSE, only = {Algorithm.EDDSA, Algorithm.ED25519},
            title = "COSE_Sign1 under {alg} whose R carries an order-8 component: only the cofactored equation holds",
            severity = Severity.INFO, requirements = {"RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"},
            flags = {"MixedOrderR", "CofactoredOnly"},
            description = """
                    The signer added a point of order 8 to R. The cofactored equation holds, the cofactorless one does
                    not.

                    RFC 8032 §5.1.7 allows either equation, so the outcome is recorded; ZIP 215 accepts. A signer can
                    use this to make a fleet of mixed verifiers disagree about one manifest.""")
    BuiltCase mixedOrderR(CaseContext<Signer> context) {
        Signer signer = context.fixture();
        ForgedKey mixedSigner = ForgedKey.derive("eddsa-cose mixed R " + context.algorithm().idName());
        byte[] mixedR = Ed25519Forge.sign(mixedSigner, Edwards25519.torsion().get(1), signer.tbs());
        return checked(mixedSigner.encoding(), signer.tbs(), mixedR, cofactoredOnly(),
                sign1(signer.protectedHeader(), PAYLOAD, mixedR), okp(CRV_ED25519, mixedSigner.encoding()).build().toBytes());
    }

    /**
     * R = B, S = 1: a forgery under a small-order key that needs no secret, with R of order L, so that only
     * the key's order can stop it (ed25519-strict refuses small-order R as well).
     */
    private static byte[] baseForgery() {
        return Ed25519Forge.rAndS(Edwards25519.BASE.encode(), BigInteger.ONE);
    }

    /** The seed of the key that signs the variant cases of the identifier. */
    private static byte[] variantSeed(CaseContext<Signer> context) {
        return Sha256.digest(utf8("eddsa-cose variant key " + context.algorithm().idName()));
    }

    private static byte[] variantKey(byte[] seed) {
        byte[] key = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, key, 0);
        return key;
    }

    /** A COSE case whose signature is first checked against the rules of RFC 8032 over {@code tbs}. */
    private static BuiltCase checked(byte[] a, byte[] tbs, byte[] signature, Expectation primitive, Bytes coseSign1, Bytes coseKey) {
        requireAgreement(a, tbs, signature, primitive);
        return BuiltCase.of(primitive, cose(coseSign1, coseKey));
    }

    private static CoseInput cose(Bytes coseSign1, Bytes coseKey) {
        return new CoseInput(coseSign1, Optional.empty(), Optional.empty(), List.of(KeyEntry.trusted(coseKey)));
    }

    /** The protected bucket {1: alg}, canonically encoded. */
    private static byte[] protectedHeader(int alg) {
        return CborValue.map().put(HEADER_ALG, alg).build().encode();
    }

    /** Sig_structure for COSE_Sign1 (RFC 9052 §4.4) with empty external_aad. */
    private static byte[] toBeSigned(byte[] protectedHeader, byte[] payload) {
        return CborValue.array(CborValue.text("Signature1"), CborValue.bytes(protectedHeader), CborValue.bytes(new byte[0]),
                CborValue.bytes(payload)).encode();
    }

    /** COSE_Sign1_Tagged with an empty unprotected bucket and an attached payload. */
    private static Bytes sign1(byte[] protectedHeader, byte[] payload, byte[] signature) {
        return CborValue.tag(TAG_COSE_SIGN1, CborValue.array(CborValue.bytes(protectedHeader), CborValue.map().build(),
                CborValue.bytes(payload), CborValue.bytes(signature))).toBytes();
    }

    private static CborValue.MapBuilder okp(int crv, byte[] x) {
        return CborValue.map().put(KTY, KTY_OKP).put(CRV, crv).put(X, x);
    }

    private static byte[] signPure(byte[] seed, byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
        return signature;
    }
}
