package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.families.hss.HssSparseTreeKey;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.util.List;

import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.MESSAGE;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.SIGNER;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.input;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.reject;

/**
 * Algorithm identifiers and keys that do not fit each other: an EC2 P-256 key presented with EdDSA (-8), Ed25519 (-19) or HSS-LMS
 * (-46); OKP and HSS-LMS keys presented with ES256 or ESP256; keys whose own alg names another
 * algorithm (RFC 9052 §7.1); keys on other curves, where polymorphic ES256 and fully specified
 * ESP256 differ (RFC 9053 §2.1, RFC 9864 §2.1); and identifiers of other ECDSA variants and of
 * ML-DSA-87 (-50) presented with a P-256 key and signature.
 */
public final class EcdsaAlgorithmFamily extends EcdsaFamily {
    private static final String KTY = "RFC9052-7.1-kty";
    private static final String EC2_KEY = "RFC9053-2.1-ec2-key";
    private static final String KEY_ALG = "RFC9052-7.1-key-alg";
    private static final String ECDSA_KEY_ALG = "RFC9053-2.1-key-alg";
    private static final String ESP256 = "RFC9864-2.1-esp256";
    private static final String ALG_REGISTRY = "RFC9052-3.1-alg-registry";
    private static final int COSE_KTY = 1;
    private static final int COSE_ALG = 3;
    private static final int KTY_EC2 = 2;
    private static final int CRV = -1;
    private static final int CRV_P256 = 1;
    private static final int CRV_P384 = 2;
    private static final int CRV_SECP256K1 = 8;
    private static final int X = -2;
    private static final int Y = -3;

    @Override
    public String name() {
        return "ecdsa-algorithm";
    }

    @Case(id = "signature.*.alg-key.eddsa-id-with-ec2-key",
            title = "P-256 key and ECDSA signature presented as EdDSA (-8)",
            severity = Severity.HIGH, requirements = {"RFC9053-2.2-okp-key", KTY}, flags = {"AlgorithmKeyMismatch"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid ECDSA P-256 signature of the message with its EC2 key, presented under EdDSA (-8). EdDSA
                    verifies with OKP keys only (RFC 9053 §2.2), so the key does not fit the algorithm and the input
                    must be rejected before any verification.

                    A verifier that picks the primitive from the key type instead of the algorithm identifier accepts
                    it: the identifier then decides nothing, the first step of algorithm-confusion attacks. (The vector
                    is for {name} implementations: one that does not support EdDSA rejects it as an unsupported
                    algorithm, which is as good.)""")
    BuiltCase eddsaIdWithEc2Key() {
        return mismatch(Algorithm.EDDSA.coseId(), EcdsaFixtures.signature().raw(), CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.alg-key.ed25519-id-with-ec2-key",
            title = "P-256 key and ECDSA signature presented as Ed25519 (-19)",
            severity = Severity.HIGH, requirements = {"RFC9864-2.2-ed25519", KTY}, flags = {"AlgorithmKeyMismatch"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid ECDSA P-256 signature of the message with its EC2 key, presented under Ed25519 (-19).
                    Ed25519 is fully specified: only an OKP key with crv Ed25519 verifies it (RFC 9864 §2.2), so the
                    input must be rejected.

                    A verifier that dispatches on the key type verifies ECDSA here and accepts; the identifier must
                    decide the primitive, and the key must fit it. (An implementation without Ed25519 rejects it as
                    unsupported, which is as good.)""")
    BuiltCase ed25519IdWithEc2Key() {
        return mismatch(Algorithm.ED25519.coseId(), EcdsaFixtures.signature().raw(), CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.alg-key.hss-lms-id-with-ec2-key",
            title = "P-256 key and ECDSA signature presented as HSS-LMS (-46)",
            severity = Severity.HIGH, requirements = {"RFC8778-3-key-type", KTY}, flags = {"AlgorithmKeyMismatch"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid ECDSA P-256 signature of the message with its EC2 key, presented under HSS-LMS (-46).
                    HSS-LMS verifies with keys of type HSS-LMS (5) only (RFC 8778 §3), so the input must be rejected.

                    A verifier that dispatches on the key type accepts an ECDSA signature where a post-quantum one was
                    required, silently downgrading the device's security. (An implementation without HSS-LMS rejects it
                    as unsupported, which is as good.)""")
    BuiltCase hssLmsIdWithEc2Key() {
        return mismatch(Algorithm.HSS_LMS.coseId(), EcdsaFixtures.signature().raw(), CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.alg-key.okp-key", title = "Ed25519 key and signature presented as {alg}",
            severity = Severity.HIGH, requirements = {EC2_KEY, KTY}, flags = {"AlgorithmKeyMismatch"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid Ed25519 signature of the message with its OKP Ed25519 key, presented under {alg}. ECDSA
                    verifies with EC2 keys only (RFC 9053 §2.1), so the key does not fit and the input must be rejected.

                    The signature is genuine, but under the wrong algorithm: a verifier that picks the primitive from
                    the key accepts it, and the algorithm identifier stops meaning anything.""")
    BuiltCase okpKey(CaseContext<Void> context) {
        Ed25519TestKey ed25519 = Ed25519TestKey.derive("ecdsa families: ed25519 key");
        return mismatch(context.algorithm().coseId(), Bytes.of(ed25519.sign(MESSAGE.toByteArray())), CoseKeys.of(ed25519));
    }

    @Case(id = "signature.*.alg-key.hss-lms-key", title = "HSS-LMS key and signature presented as {alg}",
            severity = Severity.HIGH, requirements = {EC2_KEY, KTY}, flags = {"AlgorithmKeyMismatch"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid HSS-LMS signature of the message (L = 1, LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4), with its
                    HSS-LMS public key (kty 5), presented under {alg}. ECDSA verifies with EC2 keys only (RFC 9053
                    §2.1), so the input must be rejected.

                    A verifier that picks the primitive from the key verifies HSS-LMS and accepts: the identifier
                    decides nothing. It must refuse the key for this algorithm.""")
    BuiltCase hssLmsKey(CaseContext<Void> context) {
        return mismatch(context.algorithm().coseId(), HssSigned.SIGNATURE, HssSigned.KEY);
    }

    @Case(id = "signature.*.alg-key.key-alg-same", title = "P-256 key restricted to {alg}, used with {alg}",
            severity = Severity.HIGH, requirements = {KEY_ALG, ECDSA_KEY_ALG},
            flags = {"ValidSignature", "KeyAlgorithm"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message under {alg}, with the signer's key carrying alg {id} (label 3). The
                    key's alg matches the algorithm in use (RFC 9052 §7.1), so the signature is valid.

                    A verifier must accept it. Keys usually come with their alg; one that refuses keys carrying alg
                    cannot interoperate.""")
    BuiltCase keyAlgSame(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return EcdsaFixtures.accept(input(alg.coseId(), MESSAGE, EcdsaFixtures.signature().raw(),
                keyWithAlg(alg.coseId())));
    }

    @Case(id = "signature.*.alg-key.key-alg-{other-token}", title = "P-256 key restricted to {other}, used with {alg}",
            severity = Severity.HIGH, requirements = {KEY_ALG, ECDSA_KEY_ALG, ESP256},
            flags = {"AlgorithmKeyMismatch", "KeyAlgorithm"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message under {alg}, with the signer's key carrying alg {other-id}
                    ({other-name}). Both identifiers name ECDSA P-256 with SHA-256, but they are distinct algorithms,
                    and a key whose alg names one must not be used with the other (RFC 9052 §7.1). The key does not fit.

                    A verifier that treats -7 and -9 as interchangeable for keys lets a key provisioned for one profile
                    authenticate messages of the other. Reject the key for this message.""")
    BuiltCase keyAlgOther(CaseContext<Void> context) {
        Algorithm alg = context.algorithm();
        return mismatch(alg.coseId(), EcdsaFixtures.signature().raw(),
                keyWithAlg(other(alg).coseId()));
    }

    @Case(id = "signature.*.alg-key.key-alg-eddsa", title = "P-256 key restricted to EdDSA (-8), used with {alg}",
            severity = Severity.HIGH, requirements = {KEY_ALG, ECDSA_KEY_ALG},
            flags = {"AlgorithmKeyMismatch", "KeyAlgorithm"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message under {alg}, with the signer's EC2 key carrying alg -8 (EdDSA). A
                    key whose alg names another algorithm must not be used (RFC 9052 §7.1), and an EC2 key cannot serve
                    EdDSA anyway: the key is inconsistent and does not fit.

                    A verifier that ignores the key's alg accepts; the restriction is how a key owner limits what a key
                    may authenticate. Reject.""")
    BuiltCase keyAlgEddsa(CaseContext<Void> context) {
        return mismatch(context.algorithm().coseId(), EcdsaFixtures.signature().raw(),
                keyWithAlg(Algorithm.EDDSA.coseId()));
    }

    @Case(id = "signature.*.alg-key.key-alg-es384", title = "P-256 key restricted to ES384 (-35), used with {alg}",
            severity = Severity.HIGH, requirements = {KEY_ALG, ECDSA_KEY_ALG},
            flags = {"AlgorithmKeyMismatch", "KeyAlgorithm"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message under {alg}, with the signer's key carrying alg -35 (ES384, ECDSA
                    with SHA-384). The key's alg does not match the algorithm in use, so the key must not be used (RFC
                    9052 §7.1).

                    A verifier that checks only the key type and curve, not the key's alg, accepts a key outside its
                    stated purpose. Reject.""")
    BuiltCase keyAlgEs384(CaseContext<Void> context) {
        return mismatch(context.algorithm().coseId(), EcdsaFixtures.signature().raw(), keyWithAlg(-35));
    }

    @Case(id = "signature.es256.alg-key.p384-key", title = "ES256 (-7) signature made with a P-384 key",
            severity = Severity.INFO, requirements = {"RFC9053-2.1-es256-curve", EC2_KEY},
            flags = {"PolymorphicAlgorithm"},
            description = """
                    A valid ECDSA signature of the message with SHA-256 on P-384 (96 bytes, r and s of 48 bytes each),
                    with the P-384 key (crv 2), presented under ES256 (-7). ES256 is polymorphic: ECDSA with SHA-256 on
                    the curve of the key, one of P-256, P-384 and P-521. RFC 9053 §2.1 only suggests pairing SHA-256
                    with P-256, so a verifier may accept this or refuse the key.

                    Either answer is recorded, not judged. It shows what the fully specified ESP256 (-9) fixes: under -9
                    the same input must be refused (alg-key.p384-key of esp256).""")
    BuiltCase p384KeyEs256(CaseContext<Void> context) {
        return foreignCurve(context.algorithm(), "secp384r1", CRV_P384, Expectation.either());
    }

    @Case(id = "signature.esp256.alg-key.p384-key", title = "ESP256 (-9) signature made with a P-384 key",
            severity = Severity.HIGH, requirements = {ESP256, EC2_KEY},
            flags = {"PolymorphicAlgorithm", "AlgorithmKeyMismatch"},
            description = """
                    A valid ECDSA signature of the message with SHA-256 on P-384 (96 bytes), with the P-384 key (crv 2),
                    presented under ESP256 (-9). ESP256 is fully specified: ECDSA with P-256 and SHA-256, verified by
                    EC2 keys on P-256 only (RFC 9864 §2.1). The key does not fit.

                    A verifier that treats -9 as polymorphic like -7 accepts a curve the identifier rules out, which is
                    what fully specified identifiers exist to prevent. Reject.""")
    BuiltCase p384KeyEsp256(CaseContext<Void> context) {
        return foreignCurve(context.algorithm(), "secp384r1", CRV_P384,
                Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.*.alg-key.secp256k1-key", title = "secp256k1 key and ECDSA signature presented as {alg}",
            severity = Severity.HIGH, requirements = {EC2_KEY, ESP256}, flags = {"AlgorithmKeyMismatch"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid ECDSA signature of the message with SHA-256 on secp256k1 (crv 8), with its key, presented
                    under {alg}. COSE's ECDSA identifiers are defined for P-256, P-384 and P-521 (RFC 9053 §2.1), ESP256
                    for P-256 only (RFC 9864 §2.1); ECDSA on secp256k1 has its own identifier, ES256K (-47, RFC 8812).
                    The key does not fit.

                    A verifier that checks neither the curve nor the identifier accepts signatures on a curve the device
                    never agreed to. Reject.""")
    BuiltCase secp256k1Key(CaseContext<Void> context) {
        return foreignCurve(context.algorithm(), "secp256k1", CRV_SECP256K1,
                Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH));
    }

    @Case(id = "signature.*.alg-id.ml-dsa-87",
            title = "Ed25519 key and signature presented as -50 (ML-DSA-87, once a draft placeholder for Ed25519)",
            severity = Severity.HIGH, requirements = {ALG_REGISTRY}, flags = {"UnsupportedAlgorithm"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid Ed25519 signature of the message with its OKP Ed25519 key, presented under alg -50. RFC 9964
                    registered -50 for ML-DSA-87; draft-era SUIT profiles used it as a placeholder for Ed25519 (RFC 9052
                    §3.1: an identifier means what the registry says). The vector is for {name} implementations, which
                    often implement Ed25519 too.

                    A verifier still on the placeholder maps -50 to Ed25519 and accepts. It must refuse the
                    algorithm.""")
    BuiltCase mlDsa87() {
        Ed25519TestKey ed25519 = Ed25519TestKey.derive("ecdsa families: ed25519 key");
        return reject(Reason.UNSUPPORTED_ALGORITHM,
                input(-50, MESSAGE, Bytes.of(ed25519.sign(MESSAGE.toByteArray())), CoseKeys.of(ed25519)));
    }

    @Case(id = "signature.*.alg-id.es384", title = "P-256 key and signature presented as ES384 (-35)",
            severity = Severity.HIGH, requirements = {ALG_REGISTRY}, flags = {"UnsupportedAlgorithm"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid ES256 signature of the message with its P-256 key, presented under ES384 (-35), ECDSA with
                    SHA-384. The signature was computed over SHA-256, so it cannot be an ES384 signature; an
                    implementation without ES384 refuses the identifier (RFC 9052 §3.1), one with ES384 finds the
                    signature invalid.

                    A verifier that accepts it ignores the hash the identifier names and picks one of its own.""")
    BuiltCase es384() {
        return unsupported(-35);
    }

    @Case(id = "signature.*.alg-id.es256k",
            title = "P-256 key and signature presented as ES256K (-47, ECDSA on secp256k1)",
            severity = Severity.HIGH, requirements = {ALG_REGISTRY}, flags = {"UnsupportedAlgorithm"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid ECDSA P-256 signature of the message with its P-256 key, presented under ES256K (-47), ECDSA
                    with SHA-256 on secp256k1 (RFC 8812). Same hash, other curve: the identifier does not fit a P-256
                    key. An implementation without ES256K refuses the identifier (RFC 9052 §3.1), one with it refuses
                    the key.

                    A verifier that accepts it treats every 'ECDSA with SHA-256' identifier as the same and lets the key
                    decide the curve.""")
    BuiltCase es256k() {
        return unsupported(-47);
    }

    @Case(id = "signature.*.alg-id.esp384", title = "P-256 key and signature presented as ESP384 (-51)",
            severity = Severity.HIGH, requirements = {ALG_REGISTRY}, flags = {"UnsupportedAlgorithm"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid ECDSA P-256 signature of the message with its P-256 key, presented under ESP384 (-51), the
                    fully specified ECDSA with P-384 and SHA-384 (RFC 9864 §2.1). Neither the curve nor the hash fit. An
                    implementation without ESP384 refuses the identifier (RFC 9052 §3.1), one with it refuses the key.

                    A verifier that accepts it does not bind the identifier to the primitive.""")
    BuiltCase esp384() {
        return unsupported(-51);
    }

    /** The signer's key and signature presented under {@code algorithmId}, which is not theirs: unsupported. */
    private static BuiltCase unsupported(int algorithmId) {
        return reject(Reason.UNSUPPORTED_ALGORITHM, input(algorithmId, MESSAGE, EcdsaFixtures.signature().raw(),
                CoseKeys.of(SIGNER)));
    }

    private static BuiltCase mismatch(int algorithmId, Bytes signature, Bytes coseKey) {
        return reject(Reason.ALGORITHM_KEY_MISMATCH, input(algorithmId, MESSAGE, signature, coseKey));
    }

    /** The signer's key with alg (label 3) set. */
    private static Bytes keyWithAlg(int algorithmId) {
        return CborValue.map().put(COSE_KTY, KTY_EC2).put(CRV, CRV_P256).put(X, SIGNER.x()).put(Y, SIGNER.y())
                .put(COSE_ALG, algorithmId).build().toBytes();
    }

    /**
     * An HSS-LMS key (one level, LMS_SHA256_M32_H5, LMOTS_SHA256_N32_W4, a sparse tree signing at leaf 0) and its
     * signature of the message, made once: the ES256 and ESP256 vectors present the same pair.
     */
    private static final class HssSigned {
        private static final HssSparseTreeKey SIGNER = HssSparseTreeKey.generate("ecdsa families: HSS-LMS key",
                List.of(new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 0)));
        static final Bytes KEY = SIGNER.coseKey();
        static final Bytes SIGNATURE = Bytes.of(SIGNER.sign(MESSAGE.toByteArray()));
    }

    /**
     * A key on another curve and its deterministic (RFC 6979) ECDSA signature of the message with
     * SHA-256, r and s each as long as the curve's order.
     */
    private static BuiltCase foreignCurve(Algorithm alg, String curveName, int crv, Expectation expect) {
        X9ECParameters curve = CustomNamedCurves.getByName(curveName);
        ECDomainParameters domain = new ECDomainParameters(curve);
        BigInteger d = new BigInteger(1, Sha256.digest(EcdsaFixtures.utf8("ecdsa families: " + curveName + " key")
                .toByteArray())).mod(domain.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
        ECPoint q = domain.getG().multiply(d).normalize();
        int length = BigIntegers.getUnsignedByteLength(domain.getN());
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(d, domain));
        BigInteger[] rs = signer.generateSignature(Sha256.digest(MESSAGE.toByteArray()));
        Bytes signature = new EcdsaRs(rs[0], rs[1]).padded(length);
        Bytes key = CborValue.map().put(COSE_KTY, KTY_EC2).put(CRV, crv)
                .put(X, BigIntegers.asUnsignedByteArray(length, q.getAffineXCoord().toBigInteger()))
                .put(Y, BigIntegers.asUnsignedByteArray(length, q.getAffineYCoord().toBigInteger())).build().toBytes();
        return BuiltCase.of(expect, input(alg.coseId(), MESSAGE, signature, key));
    }
}
