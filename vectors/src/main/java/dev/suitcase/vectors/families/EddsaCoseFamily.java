package dev.suitcase.vectors.families;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.families.Ed25519Forge.ForgedKey;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.VectorFamily;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static dev.suitcase.vectors.families.Ed25519Cases.cofactoredOnly;
import static dev.suitcase.vectors.families.Ed25519Cases.rejected;
import static dev.suitcase.vectors.families.Ed25519Cases.rejectedButZip215Accepts;
import static dev.suitcase.vectors.families.Ed25519Cases.requireAgreement;
import static dev.suitcase.vectors.families.Ed25519Cases.smallOrderEither;
import static dev.suitcase.vectors.families.Ed25519Cases.valid;
import static dev.suitcase.vectors.families.Ed25519Forge.concat;
import static dev.suitcase.vectors.families.Ed25519Forge.utf8;

/**
 * COSE_Sign1 vectors specific to EdDSA (-8) and Ed25519 (-19), each case once under each
 * identifier (areas {@code eddsa-*} of {@code cose.eddsa} and {@code cose.ed25519}): the two
 * identifiers and their binding into the Sig_structure (RFC 9053 §2.2, RFC 9864 §2.2), the key's
 * type and alg against the header's alg (RFC 9052 §7.1), an OKP key under the other algorithms of
 * the suite and under -50, pure EdDSA only (no prehash, no Ed25519ph), and the Ed25519 encoding,
 * small-order and cofactor cases carried in a COSE_Sign1.
 *
 * <p>A case is a row of a sweep over the two identifiers: the description names the identifier it
 * is built for, and every signature is checked on the exact Sig_structure the verifier computes.
 */
public final class EddsaCoseFamily implements VectorFamily {
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

    @Override
    public String name() {
        return "eddsa-cose";
    }

    /** The identifier a row is built for, with its name in ids and text and its test key. */
    private record Identifier(Algorithm algorithm, Algorithm other, String requirement) {
        int id() {
            return algorithm.coseId();
        }

        String token() {
            return algorithm.idName();
        }

        String name() {
            return algorithm.displayName() + " (" + algorithm.coseId() + ")";
        }

        Ed25519TestKey key() {
            return Ed25519TestKey.derive("eddsa-cose " + token());
        }
    }

    @Override
    public List<Vector> vectors(GeneratorContext context) {
        List<Vector> vectors = new ArrayList<>();
        for (Identifier identifier : List.of(new Identifier(Algorithm.EDDSA, Algorithm.ED25519, "RFC9053-2.2-eddsa-id"),
                new Identifier(Algorithm.ED25519, Algorithm.EDDSA, "RFC9864-2.2-ed25519"))) {
            vectors.addAll(rows(context, identifier));
        }
        return vectors;
    }

    private List<Vector> rows(GeneratorContext context, Identifier id) {
        Ed25519TestKey key = id.key();
        byte[] a = key.publicKey();
        byte[] protectedHeader = protectedHeader(id.id());
        byte[] tbs = toBeSigned(protectedHeader, PAYLOAD);
        byte[] signature = key.sign(tbs);
        List<Vector> rows = new ArrayList<>();

        rows.add(row(context, id, "eddsa-valid", "tagged", "Valid COSE_Sign1_Tagged under " + id.name(), Severity.HIGH,
                List.of(id.requirement(), "RFC9052-4.4-sig-structure"), List.of(),
                "A tagged COSE_Sign1 whose protected header is {1: " + id.id() + "} (alg " + id.name() + "), with an "
                        + "attached payload, signed with pure Ed25519 over the Sig_structure; the trusted key is the "
                        + "matching OKP Ed25519 key.\n\nA verifier that supports " + id.name() + " must accept it; "
                        + "refusing it refuses every genuine " + id.algorithm().displayName() + " signature.",
                checked(a, tbs, signature, valid(), sign1(protectedHeader, PAYLOAD, signature), CoseKeys.of(key))));

        Bytes keyWithAlg = okp(CRV_ED25519, a).put(ALG, id.id()).build().toBytes();
        rows.add(row(context, id, "eddsa-valid", "key-alg-matches", "Valid COSE_Sign1 under " + id.name()
                        + ", key carrying the same alg", Severity.HIGH,
                List.of("RFC9052-7.1-key-alg", "RFC9053-2.2-key-alg", id.requirement()), List.of(),
                "The trusted OKP key carries alg " + id.name() + ", the algorithm in the protected header, and the "
                        + "signature is valid.\n\nA verifier must accept it: the key's alg matches the message's "
                        + "(RFC 9052 §7.1).",
                checked(a, tbs, signature, valid(), sign1(protectedHeader, PAYLOAD, signature), keyWithAlg)));

        byte[] otherHeader = protectedHeader(id.other().coseId());
        byte[] signedAsOther = key.sign(toBeSigned(otherHeader, PAYLOAD));
        rows.add(row(context, id, "eddsa-id-swap", "signed-as-" + id.other().idName(),
                "Signature made under " + id.other().displayName() + " (" + id.other().coseId() + "), header rewritten to "
                        + id.name(), Severity.CRITICAL,
                List.of("RFC9053-2.2-eddsa-id", "RFC9052-4.4-sig-structure"), List.of("AlgorithmSubstitution"),
                "The signer signed the Sig_structure with protected header {1: " + id.other().coseId() + "}; the message "
                        + "carries {1: " + id.id() + "} instead, the same primitive under the other identifier. Because "
                        + "the protected header is inside the Sig_structure, the signature does not verify over the "
                        + "message as sent.\n\nA verifier must reject it as invalid. Accepting it means the verifier "
                        + "does not build the Sig_structure from the protected header as received (RFC 9052 §4.4), so "
                        + "anyone can rewrite any protected parameter of a signed message.",
                checked(a, tbs, signedAsOther, rejected(Reason.SIGNATURE_INVALID), sign1(protectedHeader, PAYLOAD, signedAsOther),
                        CoseKeys.of(key))));

        Bytes restricted = okp(CRV_ED25519, a).put(ALG, id.other().coseId()).build().toBytes();
        rows.add(row(context, id, "eddsa-key-alg", "restricted-to-" + id.other().idName(),
                "Key restricted to " + id.other().displayName() + " (" + id.other().coseId() + ") used for " + id.name(),
                Severity.MEDIUM, List.of("RFC9052-7.1-key-alg", "RFC9053-2.2-key-alg"), List.of("KeyAlgMismatch"),
                "The trusted OKP Ed25519 key carries alg " + id.other().displayName() + " (" + id.other().coseId()
                        + "); the message is signed under " + id.name() + " and the signature is valid. The primitive is "
                        + "the same, but the key's owner restricted it to the other identifier.\n\nA verifier must not "
                        + "use the key (RFC 9052 §7.1) and rejects with ALGORITHM_KEY_MISMATCH.",
                checked(a, tbs, signature, valid(), sign1(protectedHeader, PAYLOAD, signature), restricted)
                        .withExpectation(rejected(Reason.ALGORITHM_KEY_MISMATCH))));

        if (id.algorithm() == Algorithm.ED25519) {
            Bytes draftKey = okp(CRV_ED25519, a).put(ALG, ML_DSA_87).build().toBytes();
            rows.add(row(context, id, "eddsa-key-alg", "restricted-to-minus-50",
                    "Key carrying alg -50 (the draft-era Ed25519 placeholder) used for Ed25519 (-19)", Severity.MEDIUM,
                    List.of("RFC9052-7.1-key-alg", "RFC9052-3.1-alg-registry"), List.of("KeyAlgMismatch"),
                    "The trusted OKP Ed25519 key carries alg -50, as keys provisioned from early drafts of the SUIT "
                            + "algorithm profiles may; the registry assigns -50 to ML-DSA-87. The message is a valid "
                            + "Ed25519 (-19) signature.\n\nA verifier must not treat -50 as an alias of Ed25519: the "
                            + "key's alg does not match the message's, so it rejects with ALGORITHM_KEY_MISMATCH "
                            + "(RFC 9052 §7.1). Re-provision such keys with alg -19.",
                    checked(a, tbs, signature, valid(), sign1(protectedHeader, PAYLOAD, signature), draftKey)
                            .withExpectation(rejected(Reason.ALGORITHM_KEY_MISMATCH))));
        }

        EcdsaP256TestKey ecdsa = EcdsaP256TestKey.derive("eddsa-cose ec2 " + id.token());
        byte[] ecdsaSignature = ecdsa.sign(tbs);
        rows.add(row(context, id, "eddsa-key-type", "ec2-key", "EC2 P-256 key with an ECDSA signature under header alg "
                        + id.name(), Severity.HIGH, List.of("RFC9052-7.1-kty", "RFC9053-2.2-okp-key"), List.of("KeyTypeMismatch"),
                "The header says " + id.name() + ", the trusted key is an EC2 P-256 key, and the 64-byte signature is a "
                        + "valid ECDSA signature of that key over the Sig_structure. A verifier that picks the primitive "
                        + "from the key type verifies ECDSA and accepts.\n\nA verifier must reject with "
                        + "ALGORITHM_KEY_MISMATCH: " + id.algorithm().displayName() + " needs an OKP Ed25519 key "
                        + "(RFC 9052 §7.1, RFC 9053 §2.2). The algorithm in the protected header decides the primitive, "
                        + "never the key.",
                BuiltCase.of(rejected(Reason.ALGORITHM_KEY_MISMATCH), cose(sign1(protectedHeader, PAYLOAD, ecdsaSignature),
                        CoseKeys.of(ecdsa)))));

        HssLmsTestKey hss = HssLmsTestKey.generate("eddsa-cose hss " + id.token(),
                List.of(new LMSParameters(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4)));
        byte[] hssSignature = hss.sign(tbs);
        rows.add(row(context, id, "eddsa-key-type", "hss-lms-key", "HSS-LMS key with an HSS signature under header alg "
                        + id.name(), Severity.HIGH, List.of("RFC9052-7.1-kty", "RFC8778-3-key-type"), List.of("KeyTypeMismatch"),
                "The header says " + id.name() + ", the trusted key is an HSS-LMS key (kty 5), and the signature is a "
                        + "valid HSS signature of that key over the Sig_structure.\n\nA verifier must reject with "
                        + "ALGORITHM_KEY_MISMATCH: the key type does not fit the algorithm (RFC 9052 §7.1).",
                BuiltCase.of(rejected(Reason.ALGORITHM_KEY_MISMATCH), cose(sign1(protectedHeader, PAYLOAD, hssSignature),
                        CoseKeys.of(hss)))));

        rows.add(row(context, id, "eddsa-key-type", "okp-x25519", "The signer's key bytes labelled X25519 (crv 4), header alg "
                        + id.name(), Severity.HIGH, List.of("RFC9053-2.2-okp-key", id.requirement()), List.of("WrongCurve"),
                "The trusted key is an OKP key with crv X25519 (4) holding the bytes of the signer's Ed25519 key; the "
                        + "signature is valid under those bytes read as Ed25519.\n\nA verifier must reject with "
                        + "ALGORITHM_KEY_MISMATCH: X25519 is a key agreement curve, not an EdDSA one (RFC 9053 §2.2).",
                checked(a, tbs, signature, valid(), sign1(protectedHeader, PAYLOAD, signature), okp(CRV_X25519, a).build().toBytes())
                        .withExpectation(rejected(Reason.ALGORITHM_KEY_MISMATCH))));

        for (Algorithm foreign : List.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.HSS_LMS)) {
            byte[] header = protectedHeader(foreign.coseId());
            byte[] foreignTbs = toBeSigned(header, PAYLOAD);
            byte[] foreignSignature = key.sign(foreignTbs);
            rows.add(row(context, id, "eddsa-foreign-alg", foreign.idName() + "-header",
                    "OKP Ed25519 key with an Ed25519 signature under header alg " + foreign.displayName() + " ("
                            + foreign.coseId() + ")", Severity.HIGH, List.of("RFC9052-7.1-kty", "RFC9053-2.2-okp-key"),
                    List.of("AlgorithmConfusion"),
                    "The protected header says " + foreign.displayName() + " (" + foreign.coseId() + "); the trusted "
                            + "key is the " + id.name() + " signer's OKP Ed25519 key, and the signature is a valid pure "
                            + "Ed25519 signature of that key over this Sig_structure. A verifier that dispatches on the key "
                            + "type verifies it and accepts.\n\nA verifier must reject with ALGORITHM_KEY_MISMATCH: "
                            + foreign.displayName() + " cannot use an OKP key (RFC 9052 §7.1). If the key type picked the "
                            + "algorithm, the header's alg would protect nothing.",
                    checked(a, foreignTbs, foreignSignature, valid(), sign1(header, PAYLOAD, foreignSignature), CoseKeys.of(key))
                            .withExpectation(rejected(Reason.ALGORITHM_KEY_MISMATCH))));
        }

        byte[] draftHeader = protectedHeader(ML_DSA_87);
        byte[] draftTbs = toBeSigned(draftHeader, PAYLOAD);
        byte[] draftSignature = key.sign(draftTbs);
        rows.add(row(context, id, "eddsa-foreign-alg", "ml-dsa-87-header",
                "Ed25519 signature under header alg -50 (ML-DSA-87, the draft-era Ed25519 placeholder)", Severity.HIGH,
                List.of("RFC9052-3.1-alg-registry"), List.of("AlgorithmConfusion"),
                "The protected header says -50; the signature is a valid Ed25519 signature over this Sig_structure by the "
                        + "trusted OKP key. Early drafts of the SUIT algorithm profiles used -50 for Ed25519; the IANA "
                        + "registry assigns it to ML-DSA-87, and Ed25519 is -19 (RFC 9864).\n\nA verifier must reject "
                        + "with UNSUPPORTED_ALGORITHM (an ML-DSA-87 verifier rejects it as the wrong key type). Treating "
                        + "-50 as Ed25519 breaks once ML-DSA-87 is deployed, and lets one identifier mean two "
                        + "algorithms.",
                checked(a, draftTbs, draftSignature, valid(), sign1(draftHeader, PAYLOAD, draftSignature), CoseKeys.of(key))
                        .withExpectation(rejected(Reason.UNSUPPORTED_ALGORITHM))));

        byte[] seed = Sha256.digest(utf8("eddsa-cose variant key " + id.token()));
        byte[] variantKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, variantKey, 0);
        Bytes variantCoseKey = okp(CRV_ED25519, variantKey).build().toBytes();
        byte[] ph = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.signPrehash(seed, 0, new byte[0], Edwards25519.sha512(tbs), 0, ph, 0);
        rows.add(row(context, id, "eddsa-variant", "ed25519ph", "Ed25519ph signature over the ToBeSigned bytes, header alg "
                        + id.name(), Severity.CRITICAL, List.of("RFC9053-2.2-pure", "RFC8032-5.1.7-equation"), List.of("Ed25519ph"),
                "The signer used Ed25519ph, the prehashed variant of RFC 8032 §5.1 (SHA-512 of the ToBeSigned bytes, "
                        + "dom2(1, \"\") prefixes), instead of pure Ed25519.\n\nA verifier must reject it as invalid: "
                        + "COSE EdDSA is pure EdDSA over the ToBeSigned bytes themselves (RFC 9053 §2.2). A verifier that "
                        + "also tries Ed25519ph accepts signatures from signers whose hash step an attacker may "
                        + "influence.",
                checked(variantKey, tbs, ph, rejected(Reason.SIGNATURE_INVALID), sign1(protectedHeader, PAYLOAD, ph), variantCoseKey)));

        byte[] overSha512 = signPure(seed, Edwards25519.sha512(tbs));
        rows.add(row(context, id, "eddsa-variant", "prehashed-sha512", "Pure Ed25519 over SHA-512(ToBeSigned), header alg "
                        + id.name(), Severity.CRITICAL, List.of("RFC9053-2.2-pure", "RFC9052-4.4-sig-structure"), List.of("Prehashed"),
                "The signer hashed the ToBeSigned bytes with SHA-512 and signed the digest with pure Ed25519, an ECDSA "
                        + "habit (sign the hash).\n\nA verifier must reject it as invalid: the signed message is the "
                        + "ToBeSigned bytes themselves (RFC 9053 §2.2). A verifier that accepts both forms lets a "
                        + "signature over any 64-byte string be replayed as a signature over a message hashing to it.",
                checked(variantKey, tbs, overSha512, rejected(Reason.SIGNATURE_INVALID), sign1(protectedHeader, PAYLOAD, overSha512),
                        variantCoseKey)));

        byte[] overSha256 = signPure(seed, Sha256.digest(tbs));
        rows.add(row(context, id, "eddsa-variant", "prehashed-sha256", "Pure Ed25519 over SHA-256(ToBeSigned), header alg "
                        + id.name(), Severity.CRITICAL, List.of("RFC9053-2.2-pure", "RFC9052-4.4-sig-structure"), List.of("Prehashed"),
                "The signer hashed the ToBeSigned bytes with SHA-256, as for ES256, and signed the 32-byte digest with "
                        + "pure Ed25519.\n\nA verifier must reject it as invalid (RFC 9053 §2.2: EdDSA signs the "
                        + "ToBeSigned bytes, not a digest of them).",
                checked(variantKey, tbs, overSha256, rejected(Reason.SIGNATURE_INVALID), sign1(protectedHeader, PAYLOAD, overSha256),
                        variantCoseKey)));

        byte[] sPlusL = Ed25519Forge.rAndS(Arrays.copyOf(signature, 32),
                Edwards25519.littleEndian(Arrays.copyOfRange(signature, 32, 64)).add(Edwards25519.L));
        rows.add(row(context, id, "eddsa-encoding", "s-plus-l", "COSE_Sign1 under " + id.name() + " with S replaced by S + L",
                Severity.MEDIUM, List.of("RFC8032-5.1.7-s-range"), List.of("SignatureMalleability"),
                "A valid COSE_Sign1 whose signature's S was replaced by S + L; the equation holds for S reduced mod L.\n\n"
                        + "A verifier must reject it as malformed (RFC 8032 §5.1.7, S < L). COSE libraries that wrap a "
                        + "lenient primitive inherit its malleability; the signature layer's s-range vectors locate the "
                        + "fault.",
                checked(a, tbs, sPlusL, rejected(Reason.SIGNATURE_MALFORMED), sign1(protectedHeader, PAYLOAD, sPlusL), CoseKeys.of(key))));

        byte[] trailing = concat(signature, new byte[1]);
        rows.add(row(context, id, "eddsa-encoding", "trailing-byte", "COSE_Sign1 under " + id.name()
                        + " with a zero byte after the signature (65 bytes)", Severity.MEDIUM,
                List.of("RFC8032-5.1.7-lengths"), List.of("SignatureWithGarbage"),
                "The signature bstr holds a valid 64-byte signature followed by 0x00.\n\nA verifier must reject it as "
                        + "malformed: an EdDSA signature in COSE is exactly 64 bytes for Ed25519 (RFC 9053 §2.2, "
                        + "RFC 8032 §5.1.6).",
                checked(a, tbs, trailing, rejected(Reason.SIGNATURE_MALFORMED), sign1(protectedHeader, PAYLOAD, trailing),
                        CoseKeys.of(key))));

        ForgedKey forged = ForgedKey.derive("eddsa-cose non-canonical R " + id.token());
        byte[] negativeZeroIdentity = IDENTITY.clone();
        negativeZeroIdentity[31] |= (byte) 0x80;
        byte[] nonCanonicalR = Ed25519Forge.assemble(negativeZeroIdentity, BigInteger.ZERO, negativeZeroIdentity,
                forged.encoding(), forged.scalar(), tbs);
        rows.add(row(context, id, "eddsa-encoding", "non-canonical-r", "COSE_Sign1 under " + id.name()
                        + " whose R is the identity encoded with x = -0", Severity.MEDIUM,
                List.of("RFC8032-5.1.7-decode-r"), List.of("NonCanonicalR", "SmallOrderR"),
                "R is 0100...80, the identity point with the sign bit set (x = -0), and S = k·a with k hashed over these "
                        + "bytes, so a lenient decoder finds R = identity and the equation holds.\n\nA verifier must "
                        + "reject it as malformed (RFC 8032 §5.1.3); ZIP 215 accepts it.",
                checked(forged.encoding(), tbs, nonCanonicalR, rejectedButZip215Accepts(Reason.SIGNATURE_MALFORMED),
                        sign1(protectedHeader, PAYLOAD, nonCanonicalR), okp(CRV_ED25519, forged.encoding()).build().toBytes())));

        // R = B, S = 1: a forgery under a small-order key that needs no secret, with R of order L, so
        // that only the key's order can stop it (ed25519-strict refuses small-order R as well).
        byte[] baseForgery = Ed25519Forge.rAndS(Edwards25519.BASE.encode(), BigInteger.ONE);
        rows.add(row(context, id, "eddsa-small-order", "identity-key-forgery", "Identity point as trusted key, R = B, "
                        + "S = 1, header alg " + id.name(), Severity.INFO,
                List.of("RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"), List.of("SmallOrderA", "Forgery"),
                "The trusted key is the identity point (0100...00) and the signature is R = B, the base point, and "
                        + "S = 1, which satisfies both equations for every Sig_structure ([S]B = R, and [k]A is the "
                        + "identity): anyone can sign anything under this key. R has order L, so only a check of the "
                        + "key's order stops it.\n\n"
                        + "RFC 8032 neither requires nor forbids refusing a small-order key, so the outcome is recorded; "
                        + "ed25519-strict rejects, ZIP 215 accepts. A device provisioned with such a trust anchor accepts "
                        + "firmware from anyone: refuse small-order keys at provisioning and at verification (the "
                        + "reference verifier rejects them as BAD_KEY).",
                checked(IDENTITY, tbs, baseForgery, smallOrderEither(), sign1(protectedHeader, PAYLOAD, baseForgery),
                        okp(CRV_ED25519, IDENTITY).build().toBytes())));

        byte[] order8 = Edwards25519.torsion().get(1).encode();
        byte[] groundPayload = Ed25519Forge.grind("SUIT_Digest for a small-order key forgery",
                candidate -> Edwards25519.challenge(Edwards25519.BASE.encode(), order8, toBeSigned(protectedHeader, candidate))
                        .mod(BigInteger.valueOf(8)).signum() == 0);
        byte[] groundTbs = toBeSigned(protectedHeader, groundPayload);
        rows.add(row(context, id, "eddsa-small-order", "order-8-key-forgery", "Order-8 point as trusted key, R = B, "
                        + "S = 1, both equations hold, header alg " + id.name(), Severity.INFO,
                List.of("RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"), List.of("SmallOrderA", "Forgery"),
                "The trusted key is " + HexFormat.of().formatHex(order8) + ", a point of order 8, and the "
                        + "signature is R = B, the base point, and S = 1. The payload was chosen so that k is a multiple "
                        + "of 8: the cofactorless equation holds as well as the cofactored one, so every verifier without "
                        + "a key-order check accepts it, whether or not it checks R's order.\n\nRFC 8032 leaves "
                        + "small-order keys to the verifier: recorded; ed25519-strict rejects, ZIP 215 accepts.",
                checked(order8, groundTbs, baseForgery, smallOrderEither(), sign1(protectedHeader, groundPayload, baseForgery),
                        okp(CRV_ED25519, order8).build().toBytes())));

        byte[] forgery = concat(IDENTITY, new byte[32]);
        byte[] nonCanonicalKey = Edwards25519.encodeScalar(Edwards25519.P.add(BigInteger.ONE));
        rows.add(row(context, id, "eddsa-small-order", "non-canonical-key-forgery", "Identity key encoded with y = p + 1 as "
                        + "trusted key, R = identity, S = 0, header alg " + id.name(), Severity.HIGH,
                List.of("RFC8032-5.1.7-decode-a", "RFC8032-5.1.7-small-order"), List.of("NonCanonicalA", "SmallOrderA", "Forgery"),
                "The trusted key is eeff...ff7f, the identity point with y written as p + 1, and the signature is the "
                        + "forgery R = identity, S = 0. A block-list of small-order keys compared by canonical bytes "
                        + "misses this encoding.\n\nA verifier must refuse the key (RFC 8032 §5.1.3: y < p) and reject "
                        + "with BAD_KEY; ZIP 215 decodes it and accepts the forgery.",
                checked(nonCanonicalKey, tbs, forgery, rejectedButZip215Accepts(Reason.BAD_KEY),
                        sign1(protectedHeader, PAYLOAD, forgery), okp(CRV_ED25519, nonCanonicalKey).build().toBytes())));

        ForgedKey mixedSigner = ForgedKey.derive("eddsa-cose mixed R " + id.token());
        byte[] mixedR = Ed25519Forge.sign(mixedSigner, Edwards25519.torsion().get(1), tbs);
        rows.add(row(context, id, "eddsa-cofactor", "mixed-order-r", "COSE_Sign1 under " + id.name()
                        + " whose R carries an order-8 component: only the cofactored equation holds", Severity.INFO,
                List.of("RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"), List.of("MixedOrderR", "CofactoredOnly"),
                "The signer added a point of order 8 to R. The cofactored equation holds, the cofactorless one does not."
                        + "\n\nRFC 8032 §5.1.7 allows either equation, so the outcome is recorded; ZIP 215 accepts. A "
                        + "signer can use this to make a fleet of mixed verifiers disagree about one manifest.",
                checked(mixedSigner.encoding(), tbs, mixedR, cofactoredOnly(), sign1(protectedHeader, PAYLOAD, mixedR),
                        okp(CRV_ED25519, mixedSigner.encoding()).build().toBytes())));
        return rows;
    }

    private Vector row(GeneratorContext context, Identifier id, String area, String caseName, String title, Severity severity,
                       List<String> requirements, List<String> flags, String description, BuiltCase built) {
        return Ed25519Cases.vector(name(), context, "cose." + id.token() + "." + area + "." + caseName, title, severity,
                requirements, flags, description, built);
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
