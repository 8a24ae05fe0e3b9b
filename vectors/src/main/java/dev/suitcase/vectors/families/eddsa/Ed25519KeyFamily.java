package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.math.ec.rfc8032.Ed448;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.ED25519;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.EDDSA;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.presented;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.rejected;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.requireAgreement;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.signature;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.valid;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.concat;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.utf8;

/**
 * The key and the algorithm identifier around an Ed25519 signature at the signature layer (the
 * key as a COSE_Key, RFC 9052 §7, RFC 9053 §2.2 and §7.2): keys of the wrong length, OKP keys that
 * name another curve, keys of another type, the key's own alg and key_ops, and identifiers other
 * than Ed25519 (-19) and EdDSA (-8), among them -50, which is ML-DSA-87 and not Ed25519.
 * The signature is valid in every case, under the key it comes with and that key's own primitive (an
 * EC2 key's ECDSA, an HSS-LMS key's HSS, an Ed448 key's Ed448), so only the key or identifier check can
 * reject it.
 */
public final class Ed25519KeyFamily extends CaseFamily<Void> {
    private static final Ed25519TestKey KEY = Ed25519TestKey.derive("ed25519-key");
    private static final byte[] A = KEY.publicKey();
    private static final byte[] MESSAGE = utf8("firmware manifest digest");
    /** A valid signature of KEY over MESSAGE, checked once: only the key or identifier check may reject it. */
    private static final byte[] VALID = checkedSignature();
    private static final int KTY = 1;
    private static final int KTY_OKP = 1;
    private static final int KTY_EC2 = 2;
    private static final int ALG = 3;
    private static final int KEY_OPS = 4;
    private static final int CRV = -1;
    private static final int X = -2;
    private static final int CRV_X25519 = 4;
    private static final int CRV_ED25519 = 6;
    private static final int CRV_ED448 = 7;
    private static final int KEY_OP_SIGN = 1;
    private static final int KEY_OP_VERIFY = 2;
    private static final int ML_DSA_87 = -50;

    @Override
    public String name() {
        return "ed25519-key";
    }

    @Case(id = "signature.ed25519.key-length.empty-with-forgery", title = "Empty key (x = h'') with the forgery R = identity, S = 0",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-lengths", "RFC9053-7.2-okp-x"},
            flags = {"InvalidKeyLength", "Forgery"},
            description = """
                    The OKP key's x is the empty byte string, and the signature is R = identity, S = 0. A decoder that
                    zero-pads x to 32 bytes gets 0000...00, the encoding of a point of order 4, under which this
                    forgery satisfies the cofactored equation for every message.

                    A verifier must refuse the key: an Ed25519 x is exactly 32 bytes (RFC 9053 §7.2). Padding it turns a
                    missing key into a key anyone can sign for.""")
    BuiltCase emptyWithForgery() {
        byte[] forgery = concat(Edwards25519.IDENTITY.encode(), new byte[32]);
        return signature(new byte[0], MESSAGE, forgery, rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-length.31-bytes", title = "Key x with its last byte cut off (31 bytes)",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-lengths", "RFC9053-7.2-okp-x"}, flags = {"InvalidKeyLength"},
            description = """
                    The key is the first 31 bytes of a valid Ed25519 public key; the signature is valid under the full
                    key.

                    A verifier must refuse the key (RFC 9053 §7.2: x is exactly 32 bytes for Ed25519).""",
            robustness = """
                    The missing byte is the key's last: padded with a zero it names another point, or none, and the
                    signature fails; key-length.33-bytes-trailing-zero isolates the rule.""")
    BuiltCase key31Bytes() {
        return signature(Arrays.copyOf(A, 31), MESSAGE, VALID, rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-length.33-bytes-trailing-zero", title = "Key x with a zero byte appended (33 bytes)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-lengths", "RFC9053-7.2-okp-x"}, flags = {"InvalidKeyLength"},
            description = """
                    A valid public key with 0x00 appended. A verifier that reads the first 32 bytes finds the right key.

                    A verifier must refuse the key (RFC 9053 §7.2). Tolerating extra bytes makes two different COSE_Keys
                    the same key, which defeats key pinning by bytes.""")
    BuiltCase key33TrailingZero() {
        return signature(concat(A, new byte[1]), MESSAGE, VALID, rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-length.33-bytes-leading-zero", title = "Key x with a zero byte prepended (33 bytes)",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-lengths", "RFC9053-7.2-okp-x"}, flags = {"InvalidKeyLength"},
            description = """
                    A valid public key with 0x00 in front, the shape of a key copied from a format that prefixes a
                    tag or sign byte. A verifier that takes the last 32 bytes finds the right key.

                    A verifier must refuse the key (RFC 9053 §7.2).""",
            robustness = """
                    The extra byte is in front: the first 32 bytes are the key shifted by one byte, another point or
                    none, and the signature fails; key-length.33-bytes-trailing-zero isolates the rule.""")
    BuiltCase key33LeadingZero() {
        return signature(concat(new byte[1], A), MESSAGE, VALID, rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-length.leading-zero-stripped", title = "Key whose first byte is zero, sent without it (31 bytes)",
            severity = Severity.MEDIUM, requirements = {"RFC9053-7.2-okp-x"}, flags = {"InvalidKeyLength"},
            description = """
                    A valid public key whose first byte is 0x00, sent as the 31 bytes that follow it: what an encoder
                    produces when it treats x as a big-endian integer and drops leading zeros. RFC 9053 §7.2 says the
                    leading zero bytes must be kept.

                    A verifier must refuse the key. Left-padding it would recover the key, but then the verifier and a
                    strict peer disagree about which keys are valid, and about one key in 256 is affected, so the bug
                    surfaces only in the field.""",
            robustness = """
                    The missing byte is the key's first: the 31 bytes fill a 32-byte key one byte early, another point
                    or none, and the signature fails; key-length.33-bytes-trailing-zero isolates the rule.""")
    BuiltCase leadingZeroStripped() {
        Ed25519TestKey key = null;
        for (int attempt = 0; key == null; attempt++) {
            Ed25519TestKey candidate = Ed25519TestKey.derive("ed25519-key leading zero #" + attempt);
            if (candidate.publicKey()[0] == 0) {
                key = candidate;
            }
        }
        byte[] a = key.publicKey();
        return signature(Arrays.copyOfRange(a, 1, 32), MESSAGE, key.sign(MESSAGE), rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-length.64-bytes-seed-and-key", title = "Key x holding the 64-byte seed-and-public-key form",
            severity = Severity.MEDIUM, requirements = {"RFC8032-5.1.7-lengths", "RFC9053-7.2-okp-x"}, flags = {"InvalidKeyLength"},
            description = """
                    x holds 64 bytes: the secret seed followed by the public key, the "secret key" format of NaCl and
                    libsodium, pasted where the public key belongs. The signature is valid under the public half.

                    A verifier must refuse the key (RFC 9053 §7.2: 32 bytes). Whoever provisioned it has published the
                    private key; a verifier that quietly uses the last 32 bytes hides that from everyone.""",
            robustness = """
                    The first 32 bytes are the secret seed, not the public key: read as a key they name another point,
                    or none, and the signature fails; key-length.33-bytes-trailing-zero isolates the rule.""")
    BuiltCase seedAndKey() {
        byte[] seed = Sha256.digest(utf8("suitcase ed25519 key family: seed and key"));
        byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, MESSAGE, 0, MESSAGE.length, signature, 0);
        requireAgreement(publicKey, MESSAGE, signature, valid());
        return signature(concat(seed, publicKey), MESSAGE, signature, rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-params.alg-ed25519", title = "Key carrying alg Ed25519 (-19), used with Ed25519",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-key-alg", "RFC9053-2.2-key-alg", "RFC9864-2.2-ed25519"},
            description = """
                    The OKP key carries its own alg parameter, Ed25519 (-19), and is used with Ed25519.

                    A verifier must accept: the key's alg matches the algorithm in use (RFC 9052 §7.1). Refusing keys
                    that carry alg breaks the recommended practice of binding a key to one algorithm.""")
    BuiltCase algEd25519() {
        return signature(ED25519, okp(CRV_ED25519, A).put(ALG, ED25519).build().toBytes(), A, MESSAGE, VALID, valid());
    }

    @Case(id = "signature.ed25519.key-params.alg-eddsa", title = "Key restricted to EdDSA (-8), used with Ed25519 (-19)",
            severity = Severity.MEDIUM, requirements = {"RFC9052-7.1-key-alg", "RFC9053-2.2-key-alg"}, flags = {"KeyAlgMismatch"},
            description = """
                    The OKP Ed25519 key carries alg EdDSA (-8) and is used with Ed25519 (-19). The primitive is the same
                    and the signature is valid, but the key's alg restricts it to -8.

                    A verifier must not use the key (RFC 9052 §7.1: the key's alg must match the algorithm in use) and
                    reject with ALGORITHM_KEY_MISMATCH. Ignoring the restriction ignores the owner's policy for the
                    key; the same code then ignores it where the primitives differ.""")
    BuiltCase algEddsa() {
        return presentedValid(ED25519, okp(CRV_ED25519, A).put(ALG, EDDSA).build().toBytes(),
                rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.ed25519.key-params.alg-es256", title = "Ed25519 key carrying alg ES256 (-7), used with Ed25519",
            severity = Severity.MEDIUM, requirements = {"RFC9052-7.1-key-alg", "RFC9053-2.2-key-alg"}, flags = {"KeyAlgMismatch"},
            description = """
                    An OKP Ed25519 key whose alg says ES256 (-7), a contradiction in the key itself, used with
                    Ed25519.

                    A verifier must not use it for Ed25519 (RFC 9052 §7.1) and rejects with ALGORITHM_KEY_MISMATCH.""")
    BuiltCase algEs256() {
        return presentedValid(ED25519, okp(CRV_ED25519, A).put(ALG, Algorithm.ES256.coseId()).build().toBytes(),
                rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.ed25519.key-params.key-ops-verify", title = "Key with key_ops [verify]",
            severity = Severity.LOW, requirements = {"RFC9053-2.2-key-ops"},
            description = """
                    The OKP key carries key_ops [2] (verify), which permits exactly what the verifier does.

                    A verifier must accept the valid signature.""")
    BuiltCase keyOpsVerify() {
        return signature(ED25519, okp(CRV_ED25519, A).put(CborValue.integer(KEY_OPS),
                CborValue.array(CborValue.integer(KEY_OP_VERIFY))).build().toBytes(), A, MESSAGE, VALID, valid());
    }

    @Case(id = "signature.ed25519.key-params.key-ops-sign-only", title = "Key with key_ops [sign] only, used to verify",
            severity = Severity.MEDIUM, requirements = {"RFC9053-2.2-key-ops"}, flags = {"KeyOps"},
            description = """
                    The OKP key carries key_ops [1] (sign) and nothing else: its owner does not permit verification with
                    it. The signature is valid.

                    A verifier must not use the key to verify (RFC 9052 §7.1, RFC 9053 §2.2) and rejects it as unusable
                    (BAD_KEY).""")
    BuiltCase keyOpsSignOnly() {
        return presentedValid(ED25519, okp(CRV_ED25519, A).put(CborValue.integer(KEY_OPS),
                CborValue.array(CborValue.integer(KEY_OP_SIGN))).build().toBytes(), rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-params.x-as-text", title = "Key x carried as a hex text string instead of a byte string",
            severity = Severity.MEDIUM, requirements = {"RFC9053-7.2-okp-x"}, flags = {"InvalidKeyEncoding"},
            description = """
                    The OKP key's x is the text string of the key's hex digits, as a careless JSON-to-CBOR conversion
                    produces, instead of a 32-byte byte string.

                    A verifier must refuse the key as malformed (BAD_KEY): x is a bstr (RFC 9053 §7.2). Guessing an
                    encoding for a trust anchor is never safe.""",
            robustness = """
                    x is text: its bytes are 64 hex digits, no Ed25519 key, and turning them into the key means
                    guessing an encoding, which no COSE library does; a processor that skips the type check has no key
                    to verify with.""")
    BuiltCase xAsText() {
        Bytes key = CborValue.map().put(KTY, KTY_OKP).put(CRV, CRV_ED25519)
                .put(CborValue.integer(X), CborValue.text(HexFormat.of().formatHex(A))).build().toBytes();
        return presentedValid(ED25519, key, rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-type.okp-x25519", title = "The key's 32 bytes labelled as an X25519 key (crv 4)",
            severity = Severity.HIGH, requirements = {"RFC9053-2.2-okp-key", "RFC9864-2.2-ed25519"}, flags = {"WrongCurve"},
            description = """
                    An OKP key with crv X25519 (4), holding the 32 bytes of a valid Ed25519 key. X25519 is a key
                    agreement curve; its keys are Montgomery u-coordinates, not Edwards points.

                    A verifier must refuse to verify Ed25519 with it (RFC 9864 §2.2: only an OKP key with crv Ed25519
                    verifies Ed25519) and reject with ALGORITHM_KEY_MISMATCH. One that ignores crv uses key agreement
                    keys for signatures.""")
    BuiltCase okpX25519() {
        return presentedValid(ED25519, okp(CRV_X25519, A).build().toBytes(), rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.ed25519.key-type.okp-ed448", title = "Ed448 key (crv 7) presented for Ed25519",
            severity = Severity.HIGH, requirements = {"RFC9053-2.2-okp-key", "RFC9864-2.2-ed25519"}, flags = {"WrongCurve"},
            description = """
                    A valid Ed448 public key (57 bytes, crv 7) and its Ed448 signature of the message (114 bytes, empty
                    context), under the algorithm Ed25519 (-19), which RFC 9864 fixes to the Ed25519 curve.

                    A verifier must reject with ALGORITHM_KEY_MISMATCH: the key cannot verify Ed25519. One that verifies
                    EdDSA on the curve of the key, as polymorphic EdDSA (-8) does, accepts a curve the identifier rules
                    out.""")
    BuiltCase okpEd448() {
        byte[] secret = Arrays.copyOf(Sha256.digest(utf8("suitcase ed448 key")), Ed448.SECRET_KEY_SIZE);
        byte[] publicKey = new byte[Ed448.PUBLIC_KEY_SIZE];
        Ed448.generatePublicKey(secret, 0, publicKey, 0);
        byte[] signature = new byte[Ed448.SIGNATURE_SIZE];
        Ed448.sign(secret, 0, new byte[0], MESSAGE, 0, MESSAGE.length, signature, 0);
        return presented(ED25519, okp(CRV_ED448, publicKey).build().toBytes(), MESSAGE, signature,
                rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.ed25519.key-type.okp-without-crv", title = "OKP key without crv",
            severity = Severity.MEDIUM, requirements = {"RFC9053-2.2-okp-key"}, flags = {"InvalidKeyEncoding"},
            description = """
                    An OKP key with kty and x but no crv. An OKP key does not say which curve it is on without crv.

                    A verifier must refuse it as malformed (BAD_KEY); assuming Ed25519 because x has 32 bytes would
                    equally accept an X25519 key.""")
    BuiltCase okpWithoutCrv() {
        return presentedValid(ED25519, CborValue.map().put(KTY, KTY_OKP).put(X, A).build().toBytes(), rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-type.okp-unknown-crv", title = "OKP key with an unassigned crv (99)",
            severity = Severity.MEDIUM, requirements = {"RFC9053-2.2-okp-key"}, flags = {"InvalidKeyEncoding"},
            description = """
                    An OKP key whose crv is 99, which names no curve.

                    A verifier must refuse it as malformed (BAD_KEY).""")
    BuiltCase okpUnknownCrv() {
        return presentedValid(ED25519, okp(99, A).build().toBytes(), rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-type.missing-kty", title = "Key without kty",
            severity = Severity.MEDIUM, requirements = {"RFC9052-7.1-kty"}, flags = {"InvalidKeyEncoding"},
            description = """
                    A COSE_Key holding crv Ed25519 and x but no kty, which RFC 9052 §7.1 requires in every key.

                    A verifier must refuse it as malformed (BAD_KEY).""")
    BuiltCase missingKty() {
        return presentedValid(ED25519, CborValue.map().put(CRV, CRV_ED25519).put(X, A).build().toBytes(), rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-type.ec2-p256", title = "EC2 P-256 key presented for Ed25519",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-kty", "RFC9864-2.2-ed25519"}, flags = {"KeyTypeMismatch"},
            description = """
                    A valid EC2 P-256 key and its ECDSA signature (SHA-256) of the message, under Ed25519 (-19).

                    A verifier must reject with ALGORITHM_KEY_MISMATCH: the key type does not fit the algorithm
                    (RFC 9052 §7.1). One that chooses the primitive from the key instead of the algorithm verifies ECDSA
                    and accepts; that is how algorithm-confusion attacks begin.""")
    BuiltCase ec2P256() {
        return signedByOwnKey(ED25519, EcdsaP256TestKey.derive("ed25519-key ec2"));
    }

    @Case(id = "signature.ed25519.key-type.ec2-with-crv-ed25519", title = "EC2 key whose crv says Ed25519 (6)",
            severity = Severity.MEDIUM, requirements = {"RFC9053-2.2-okp-key"}, flags = {"KeyTypeMismatch"},
            description = """
                    kty EC2 (2) with crv Ed25519 (6) and the 32-byte Ed25519 key as x: Ed25519 keys are OKP keys, and
                    no EC2 curve has the value 6.

                    A verifier must refuse the key as malformed (BAD_KEY), not repair it into an OKP key.""")
    BuiltCase ec2WithCrvEd25519() {
        return presentedValid(ED25519, CborValue.map().put(KTY, KTY_EC2).put(CRV, CRV_ED25519).put(X, A).build().toBytes(),
                rejected(Reason.BAD_KEY));
    }

    @Case(id = "signature.ed25519.key-type.hss-lms", title = "HSS-LMS key presented for Ed25519",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-kty", "RFC9864-2.2-ed25519"}, flags = {"KeyTypeMismatch"},
            description = """
                    A valid HSS-LMS key (kty 5) and its HSS signature of the message, under Ed25519 (-19).

                    A verifier must reject with ALGORITHM_KEY_MISMATCH (RFC 9052 §7.1). One that chooses the primitive
                    from the key verifies HSS-LMS and accepts.""")
    BuiltCase hssLms() {
        HssLmsTestKey key = HssLmsTestKey.generate("ed25519-key hss", List.of(
                new LMSParameters(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4)));
        return presented(ED25519, CoseKeys.of(key), MESSAGE, key.sign(MESSAGE),
                rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.ed25519.algorithm-id.ml-dsa-87", title = "Valid Ed25519 signature presented under -50 (ML-DSA-87)",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-alg-registry", "RFC9864-2.2-ed25519"}, flags = {"AlgorithmConfusion"},
            description = """
                    A valid Ed25519 signature and key, presented under the algorithm identifier -50. Early drafts of the
                    SUIT algorithm profiles used -50 as a placeholder for Ed25519; the IANA registry assigns -50 to
                    ML-DSA-87, and Ed25519 is -19.

                    A verifier must reject with UNSUPPORTED_ALGORITHM (or verify it as ML-DSA-87, which fails). Mapping
                    -50 to Ed25519 breaks as soon as ML-DSA-87 signatures appear, and lets a message claim one algorithm
                    while being verified with another.""")
    BuiltCase mlDsa87() {
        return presentedValid(ML_DSA_87, CoseKeys.of(KEY), rejected(Reason.UNSUPPORTED_ALGORITHM));
    }

    @Case(id = "signature.ed25519.algorithm-id.es256-with-okp-key", title = "Ed25519 signature and OKP key presented under ES256 (-7)",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-kty", "RFC9053-2.1-ec2-key"}, flags = {"AlgorithmConfusion"},
            description = """
                    A valid Ed25519 signature with its OKP key, presented under ES256 (-7).

                    A verifier must reject with ALGORITHM_KEY_MISMATCH: ES256 needs an EC2 P-256 key (RFC 9053 §2.1). A
                    verifier that picks the primitive from the key type accepts it, and then the algorithm identifier
                    protects nothing.""")
    BuiltCase es256WithOkpKey() {
        return presentedValid(Algorithm.ES256.coseId(), CoseKeys.of(KEY), rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.ed25519.algorithm-id.esp256-with-okp-key", title = "Ed25519 signature and OKP key presented under ESP256 (-9)",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-kty", "RFC9864-2.1-esp256"}, flags = {"AlgorithmConfusion"},
            description = """
                    A valid Ed25519 signature with its OKP key, presented under ESP256 (-9), which RFC 9864 fixes to
                    ECDSA on P-256.

                    A verifier must reject with ALGORITHM_KEY_MISMATCH.""")
    BuiltCase esp256WithOkpKey() {
        return presentedValid(Algorithm.ESP256.coseId(), CoseKeys.of(KEY), rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.ed25519.algorithm-id.hss-lms-with-okp-key", title = "Ed25519 signature and OKP key presented under HSS-LMS (-46)",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-kty", "RFC8778-3-key-type"}, flags = {"AlgorithmConfusion"},
            description = """
                    A valid Ed25519 signature with its OKP key, presented under HSS-LMS (-46).

                    A verifier must reject with ALGORITHM_KEY_MISMATCH: HSS-LMS needs a kty 5 key (RFC 8778).""")
    BuiltCase hssLmsWithOkpKey() {
        return presentedValid(Algorithm.HSS_LMS.coseId(), CoseKeys.of(KEY), rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.eddsa.key-params.alg-eddsa", title = "Key carrying alg EdDSA (-8), used with EdDSA",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-key-alg", "RFC9053-2.2-key-alg"},
            description = """
                    An OKP Ed25519 key carrying alg EdDSA (-8), used with EdDSA (-8) and a valid signature.

                    A verifier must accept: the key's alg matches (RFC 9052 §7.1).""")
    BuiltCase eddsaAlgEddsa() {
        return signature(EDDSA, okp(CRV_ED25519, A).put(ALG, EDDSA).build().toBytes(), A, MESSAGE, VALID, valid());
    }

    @Case(id = "signature.eddsa.key-params.alg-ed25519", title = "Key restricted to Ed25519 (-19), used with EdDSA (-8)",
            severity = Severity.MEDIUM, requirements = {"RFC9052-7.1-key-alg", "RFC9053-2.2-key-alg"}, flags = {"KeyAlgMismatch"},
            description = """
                    An OKP Ed25519 key carrying alg Ed25519 (-19), used with EdDSA (-8). The primitive would be the same
                    and the signature is valid, but the key is restricted to -19.

                    A verifier must not use it (RFC 9052 §7.1) and rejects with ALGORITHM_KEY_MISMATCH.""")
    BuiltCase eddsaAlgEd25519() {
        return presentedValid(EDDSA, okp(CRV_ED25519, A).put(ALG, ED25519).build().toBytes(), rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.eddsa.key-type.ec2-p256", title = "EC2 P-256 key presented for EdDSA (-8)",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-kty", "RFC9053-2.2-okp-key"}, flags = {"KeyTypeMismatch"},
            description = """
                    A valid EC2 P-256 key and its ECDSA signature (SHA-256) of the message, under EdDSA (-8). EdDSA
                    takes its curve from the key, and RFC 9053 §2.2 allows only OKP keys on an EdDSA curve.

                    A verifier must reject with ALGORITHM_KEY_MISMATCH. One that chooses the primitive from the key
                    verifies ECDSA and accepts.""")
    BuiltCase eddsaEc2P256() {
        return signedByOwnKey(EDDSA, EcdsaP256TestKey.derive("eddsa-key ec2"));
    }

    @Case(id = "signature.eddsa.key-type.okp-x25519", title = "X25519 key (crv 4) presented for EdDSA (-8)",
            severity = Severity.HIGH, requirements = {"RFC9053-2.2-okp-key"}, flags = {"WrongCurve"},
            description = """
                    An OKP key with crv X25519 (4) holding the bytes of a valid Ed25519 key, under EdDSA (-8), which
                    takes its curve from the key: X25519 is not an EdDSA curve.

                    A verifier must reject with ALGORITHM_KEY_MISMATCH (RFC 9053 §2.2).""")
    BuiltCase eddsaOkpX25519() {
        return presentedValid(EDDSA, okp(CRV_X25519, A).build().toBytes(), rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.eddsa.algorithm-id.ml-dsa-87",
            title = "Valid Ed25519 signature presented under -50 (ML-DSA-87), for EdDSA implementations",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-alg-registry"}, flags = {"AlgorithmConfusion"},
            description = """
                    A valid Ed25519 signature and key, presented under -50, the draft-era placeholder for Ed25519 that
                    the registry assigns to ML-DSA-87, to implementations of EdDSA (-8).

                    A verifier must reject with UNSUPPORTED_ALGORITHM; -50 is not an alias of EdDSA. One still on the
                    placeholder maps -50 to Ed25519 and accepts.""")
    BuiltCase eddsaMlDsa87() {
        return presentedValid(ML_DSA_87, CoseKeys.of(KEY), rejected(Reason.UNSUPPORTED_ALGORITHM));
    }

    /**
     * An EC2 key and its own ECDSA signature of the message, presented under an Ed25519 identifier: what a
     * verifier that picks the primitive from the key accepts.
     */
    private static BuiltCase signedByOwnKey(int algorithmId, EcdsaP256TestKey key) {
        return presented(algorithmId, CoseKeys.of(key), MESSAGE, key.sign(MESSAGE),
                rejected(Reason.ALGORITHM_KEY_MISMATCH));
    }

    /** The valid signature of the test key over the message, presented with another key or identifier. */
    private static BuiltCase presentedValid(int algorithmId, Bytes coseKey, Expectation declared) {
        return presented(algorithmId, coseKey, MESSAGE, VALID, declared);
    }

    private static byte[] checkedSignature() {
        byte[] signature = KEY.sign(MESSAGE);
        requireAgreement(A, MESSAGE, signature, valid());
        return signature;
    }

    private static CborValue.MapBuilder okp(int crv, byte[] x) {
        return CborValue.map().put(KTY, KTY_OKP).put(CRV, crv).put(X, x);
    }
}
