package dev.suitcase.vectors.families.hss;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
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
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.suitcase.vectors.families.hss.HssSignatureLayout.concat;
import static dev.suitcase.vectors.families.hss.HssSignatureLayout.withU32;

/**
 * HSS-LMS keys and algorithm identifiers at the COSE layer (RFC 8778 §2.2 and §5.2, RFC 9052 §7.1):
 * the COSE_Key's own alg and key_ops, a pub that is missing, of the wrong type or not an HSS key, the
 * HSS pub placed under other key types, trust stores holding several keys, and COSE_Sign1 messages
 * whose alg and key do not fit each other (an HSS key under -7, -8, -9 or -19; EC2 and OKP keys under
 * -46). The cases that differ only in the other algorithm are tables, one {@link OtherAlgorithmRow} per
 * algorithm.
 *
 * <p>Each vector has its own single-level key (LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4, a sparse tree
 * signing at leaf 0) and a COSE_Sign1 tagged 18 whose HSS signature is valid over its Sig_structure, or,
 * where the only trusted key is an EC2 or OKP key, whose signature that key made with its own primitive,
 * so only the key or the alg decides the outcome.
 */
public final class HssCoseKeyFamily extends CaseFamily<Void> {
    private static final byte[] PAYLOAD = "suitcase HSS-LMS COSE key payload".getBytes(StandardCharsets.UTF_8);
    private static final int KTY = 1;
    private static final int KEY_ALG = 3;
    private static final int KEY_OPS = 4;
    private static final int KTY_OKP = 1;
    private static final int KTY_EC2 = 2;
    private static final int KTY_HSS_LMS = 5;
    private static final int HSS_PUB = -1;
    private static final int X = -2;
    private static final int KEY_OP_SIGN = 1;
    private static final int KEY_OP_VERIFY = 2;

    @Override
    public String name() {
        return "hss-lms-cose-keys";
    }

    /** The tables: a key restricted to another algorithm, and a message under another algorithm with the HSS key. */
    @Override
    protected List<Row<Void>> rows() {
        List<Row<Void>> rows = new ArrayList<>();
        for (OtherAlgorithmRow row : restrictedKeys()) {
            rows.add(new Row<>(row.spec(), context -> {
                Signed signed = Signed.make(context);
                return signed.verifiedWith(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH),
                        key(signed).put(KEY_ALG, row.other().coseId()).build().toBytes());
            }));
        }
        for (OtherAlgorithmRow row : otherAlgorithmMessages()) {
            rows.add(new Row<>(row.spec(), context -> {
                Signed signed = Signed.under(context, row.other().coseId());
                return signed.verifiedWith(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH), signed.coseKey());
            }));
        }
        return rows;
    }

    /** hss-key.alg-*: a valid message with alg -46 and the signer's key restricted to another algorithm. */
    private static List<OtherAlgorithmRow> restrictedKeys() {
        String title = "HSS-LMS COSE_Key restricted to {other-name} (alg {other-id}) verifying alg -46";
        List<String> requirements = List.of("RFC8778-3-key-alg", "RFC9052-7.1-key-alg");
        List<String> flags = List.of("AlgorithmConfusion");
        String id = "cose.hss-lms.hss-key.alg-{other-token}";
        String notTheMessages = """
                A valid COSE_Sign1 with alg -46; the HSS-LMS key carries alg {other-id} ({other-name}).

                A COSE implementation must refuse the key for this message: its alg is not the message's.""";
        return List.of(
                new OtherAlgorithmRow(Algorithm.ES256, id, Severity.HIGH, requirements, flags, title, """
                        A valid COSE_Sign1 with alg -46; the HSS-LMS key that verifies it carries alg {other-id}
                        ({other-name}) in its COSE_Key.

                        A COSE implementation must refuse the key for this message: a key whose alg names another
                        algorithm must not be used (RFC 9052 §7.1, RFC 8778). Ignoring the key's alg undoes the
                        restriction its owner put on it."""),
                new OtherAlgorithmRow(Algorithm.ESP256, id, Severity.HIGH, requirements, flags, title, notTheMessages),
                new OtherAlgorithmRow(Algorithm.EDDSA, id, Severity.HIGH, requirements, flags, title, notTheMessages),
                new OtherAlgorithmRow(Algorithm.ED25519, id, Severity.HIGH, requirements, flags, title, notTheMessages));
    }

    /**
     * hss-alg-mismatch.*-with-hss-key: a message with another alg carrying a valid HSS signature, the signer's
     * HSS-LMS key the only one; each row says which key the algorithm needs.
     */
    private static List<OtherAlgorithmRow> otherAlgorithmMessages() {
        String id = "cose.hss-lms.hss-alg-mismatch.{other-token}-with-hss-key";
        String title = "COSE_Sign1 with alg {other-id} ({other-name}) carrying an HSS signature, HSS-LMS key only";
        String message = """
                A COSE_Sign1 with protected {1: {other-id}} whose signature is a valid HSS signature over its
                Sig_structure; the only key is the signer's HSS-LMS key.

                """;
        List<String> flags = List.of("AlgorithmConfusion");
        return List.of(
                new OtherAlgorithmRow(Algorithm.ES256, id, Severity.HIGH,
                        List.of("RFC9052-7.1-kty", "RFC8778-3-key-type", "RFC9053-2.1-ec2-key"), flags, title, message + """
                        A COSE implementation must refuse it for the mismatch between {other-name} and the key type.
                        Picking the algorithm from the key lets a protected alg say one thing while another is
                        verified."""),
                new OtherAlgorithmRow(Algorithm.ESP256, id, Severity.HIGH,
                        List.of("RFC9052-7.1-kty", "RFC8778-3-key-type", "RFC9864-2.1-esp256"), flags, title, message + """
                        A COSE implementation must refuse it: {other-name} needs an EC2 P-256 key."""),
                new OtherAlgorithmRow(Algorithm.EDDSA, id, Severity.HIGH,
                        List.of("RFC9052-7.1-kty", "RFC8778-3-key-type", "RFC9053-2.2-okp-key"), flags, title, message + """
                        A COSE implementation must refuse it: {other-name} needs an OKP key."""),
                new OtherAlgorithmRow(Algorithm.ED25519, id, Severity.HIGH,
                        List.of("RFC9052-7.1-kty", "RFC8778-3-key-type", "RFC9864-2.2-ed25519"), flags, title, message + """
                        A COSE implementation must refuse it: {other-name} needs an OKP key on Ed25519."""));
    }

    // hss-key: the COSE_Key of an HSS-LMS public key

    @Case(id = "cose.hss-lms.hss-key.alg-hss-lms", title = "HSS-LMS COSE_Key carrying alg -46",
            severity = Severity.HIGH, requirements = {"RFC8778-3-key-alg", "RFC9052-7.1-key-alg"},
            description = """
                    A valid COSE_Sign1 with alg -46 verified with the COSE_Key {1: 5, 3: -46, -1: pub}: the key
                    restricts itself to HSS-LMS, the algorithm in use.

                    A COSE implementation must accept it. Refusing keys that carry their alg refuses the keys that
                    follow RFC 9052's advice to bind a key to one algorithm.""")
    BuiltCase algHssLms(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        return signed.verifiedWith(Expectation.accept(), key(signed).put(KEY_ALG, HssCoseSign1.HSS_LMS).build().toBytes());
    }

    @Case(id = "cose.hss-lms.hss-key.key-ops-verify", title = "HSS-LMS COSE_Key with key_ops [verify]",
            severity = Severity.LOW, requirements = {"RFC8778-3-key-ops"},
            description = """
                    A valid COSE_Sign1 with alg -46 verified with the COSE_Key {1: 5, 4: [2], -1: pub}: key_ops permits
                    verify.

                    A COSE implementation must accept it.""")
    BuiltCase keyOpsVerify(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        return signed.verifiedWith(Expectation.accept(),
                key(signed).put(CborValue.integer(KEY_OPS), CborValue.array(CborValue.integer(KEY_OP_VERIFY))).build().toBytes());
    }

    @Case(id = "cose.hss-lms.hss-key.key-ops-sign-only", title = "HSS-LMS COSE_Key with key_ops [sign] used to verify",
            severity = Severity.MEDIUM, requirements = {"RFC8778-3-key-ops"},
            flags = {"InvalidKey"},
            description = """
                    A valid COSE_Sign1 with alg -46; the COSE_Key {1: 5, 4: [1], -1: pub} permits only sign.

                    A COSE implementation must refuse to verify with it: key_ops without verify excludes verification
                    (RFC 9052 §7.1, RFC 8778). A public key marked sign-only is a provisioning error worth surfacing.""")
    BuiltCase keyOpsSignOnly(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        return signed.verifiedWith(Expectation.reject(Reason.BAD_KEY),
                key(signed).put(CborValue.integer(KEY_OPS), CborValue.array(CborValue.integer(KEY_OP_SIGN))).build().toBytes());
    }

    @Case(id = "cose.hss-lms.hss-key.pub-missing", title = "HSS-LMS COSE_Key {1: 5} without pub",
            severity = Severity.HIGH, requirements = {"RFC8778-5.2-pub"},
            flags = {"InvalidKey"},
            description = """
                    A valid COSE_Sign1 with alg -46, offered the COSE_Key {1: 5}: kty HSS-LMS and no public key.

                    A COSE implementation must refuse the key. A library that treats a missing parameter as empty bytes
                    must not go on to parse them.""",
            robustness = """
                    The key holds no public key at all: a processor that skips the check has nothing to verify with,
                    and empty bytes are no HSS public key either.""")
    BuiltCase pubMissing(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        return signed.verifiedWith(Expectation.reject(Reason.BAD_KEY), CborValue.map().put(KTY, KTY_HSS_LMS).build().toBytes());
    }

    @Case(id = "cose.hss-lms.hss-key.pub-text", title = "HSS-LMS COSE_Key whose pub is a text string",
            severity = Severity.HIGH, requirements = {"RFC8778-5.2-pub"},
            flags = {"InvalidKey"},
            description = """
                    A valid COSE_Sign1 with alg -46, offered a COSE_Key {1: 5, -1: "<hex of the public key>"}: pub is
                    the right key written as a hexadecimal text string instead of a byte string.

                    A COSE implementation must refuse the key: pub is a bstr (RFC 8778 §5.2). Decoding text that
                    happens to look like hex accepts keys no conforming producer writes.""",
            robustness = """
                    pub is text: its bytes are 120 hex digits, no HSS public key, and turning them into the key means
                    guessing an encoding, which no COSE library does; a processor that skips the type check has no key
                    to verify with.""")
    BuiltCase pubText(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        Bytes key = CborValue.map().put(KTY, KTY_HSS_LMS)
                .put(CborValue.integer(HSS_PUB), CborValue.text(Bytes.of(signed.publicKey()).hex())).build().toBytes();
        return signed.verifiedWith(Expectation.reject(Reason.BAD_KEY), key);
    }

    @Case(id = "cose.hss-lms.hss-key.pub-under-x-label", title = "HSS-LMS COSE_Key with the public key under label -2 instead of -1",
            severity = Severity.HIGH, requirements = {"RFC8778-5.2-pub"},
            flags = {"InvalidKey"},
            description = """
                    A valid COSE_Sign1 with alg -46, offered the COSE_Key {1: 5, -2: pub}: the HSS public key sits where
                    OKP and EC2 keys put x, and -1 is absent.

                    A COSE implementation must refuse the key: for kty HSS-LMS the public key is parameter -1. A
                    library that looks for "the first byte string" in a key accepts mislabelled keys.""",
            robustness = """
                    The key has no pub (-1), and -2 is no parameter of an HSS-LMS key: a processor that skips the check
                    has no public key to verify with unless it searches the key for one, which is a key model of its
                    own, not a rule it skips.""")
    BuiltCase pubUnderXLabel(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        Bytes key = CborValue.map().put(KTY, KTY_HSS_LMS).put(X, signed.publicKey()).build().toBytes();
        return signed.verifiedWith(Expectation.reject(Reason.BAD_KEY), key);
    }

    @Case(id = "cose.hss-lms.hss-key.pub-levels-zero", title = "HSS-LMS COSE_Key whose pub has L = 0",
            severity = Severity.HIGH, requirements = {"RFC8778-5.2-pub", "RFC8554-6.1-levels"},
            flags = {"InvalidKey", "LevelCount"},
            description = """
                    A valid COSE_Sign1 with alg -46, offered the signing key as a COSE_Key whose pub has its level
                    count set to 0.

                    A COSE implementation must refuse the key when it parses it: the COSE layer must apply the RFC 8554
                    key checks, or hand pub to a library that does, before any signature is looked at.""",
            robustness = """
                    A hierarchy of no levels has no tree to verify with, and no signature has the Nspk = L - 1 = -1
                    signed keys it asks for: no processor can accept one under it; signature.hss-lms.key.levels-nine
                    isolates the rule.""")
    BuiltCase pubLevelsZero(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        return signed.verifiedWith(Expectation.reject(Reason.BAD_KEY),
                CborValue.map().put(KTY, KTY_HSS_LMS).put(HSS_PUB, withU32(signed.publicKey(), 0, 0)).build().toBytes());
    }

    @Case(id = "cose.hss-lms.hss-key.pub-trailing-byte", title = "HSS-LMS COSE_Key whose pub has one trailing byte",
            severity = Severity.MEDIUM, requirements = {"RFC8778-5.2-pub", "RFC8554-5.4-pubkey"},
            flags = {"InvalidKey", "TrailingBytes"},
            description = """
                    A valid COSE_Sign1 with alg -46, offered the signing key as a COSE_Key whose pub is the 60-byte HSS
                    public key followed by 0x00.

                    A COSE implementation must refuse the key: its types fix its length at 60 bytes.""")
    BuiltCase pubTrailingByte(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        return signed.verifiedWith(Expectation.reject(Reason.BAD_KEY), CborValue.map().put(KTY, KTY_HSS_LMS)
                .put(HSS_PUB, concat(signed.publicKey(), new byte[] {0})).build().toBytes());
    }

    @Case(id = "cose.hss-lms.hss-key.pub-under-ec2", title = "HSS public key at label -1 of an EC2 COSE_Key (kty 2)",
            severity = Severity.HIGH, requirements = {"RFC8778-3-key-type", "RFC9052-7.1-kty"},
            flags = {"InvalidKey", "AlgorithmConfusion"},
            description = """
                    A valid COSE_Sign1 with alg -46, offered the COSE_Key {1: 2, -1: pub}: the HSS public key at label
                    -1, but under kty EC2, where -1 is the curve and must be an integer.

                    A COSE implementation must refuse the key: labels mean what the key type says they mean. A library
                    that reads label -1 as the HSS public key whatever the kty would let an EC2 key entry smuggle in an
                    HSS trust anchor.""")
    BuiltCase pubUnderEc2(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        return signed.verifiedWith(Expectation.reject(Reason.BAD_KEY),
                CborValue.map().put(KTY, KTY_EC2).put(HSS_PUB, signed.publicKey()).build().toBytes());
    }

    @Case(id = "cose.hss-lms.hss-key.pub-under-okp", title = "HSS public key at label -1 of an OKP COSE_Key (kty 1)",
            severity = Severity.HIGH, requirements = {"RFC8778-3-key-type", "RFC9052-7.1-kty"},
            flags = {"InvalidKey", "AlgorithmConfusion"},
            description = """
                    A valid COSE_Sign1 with alg -46, offered the COSE_Key {1: 1, -1: pub}: the HSS public key at label
                    -1 under kty OKP, where -1 is the curve.

                    A COSE implementation must refuse the key.""")
    BuiltCase pubUnderOkp(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        return signed.verifiedWith(Expectation.reject(Reason.BAD_KEY),
                CborValue.map().put(KTY, KTY_OKP).put(HSS_PUB, signed.publicKey()).build().toBytes());
    }

    @Case(id = "cose.hss-lms.hss-key.second-of-two-trusted", title = "Two trusted HSS-LMS keys; the second one signed",
            severity = Severity.MEDIUM, requirements = {"RFC8778-3-algorithm", "RFC9052-4.4-sig-structure"},
            flags = {"SeveralKeys"},
            description = """
                    A valid COSE_Sign1 with alg -46 and no kid, with two trusted HSS-LMS keys: first an unrelated one,
                    then the signer's.

                    A COSE implementation must accept it, trying each key that fits the algorithm. During a key
                    rollover a device trusts the old and the new key at once; stopping at the first fitting key
                    refuses every update signed with the second.""")
    BuiltCase secondOfTwoTrusted(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        HssSparseTreeKey other = signingKey(label(context) + " other");
        return BuiltCase.of(Expectation.accept(), new CoseInput(signed.message(), Optional.empty(), Optional.empty(),
                List.of(KeyEntry.trusted(other.coseKey()), KeyEntry.trusted(signed.coseKey()))));
    }

    @Case(id = "cose.hss-lms.hss-key.signer-not-trusted",
            title = "Signing HSS-LMS key offered but not trusted; the trusted key did not sign",
            severity = Severity.CRITICAL, requirements = {"RFC8778-3-algorithm", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"SeveralKeys", "UntrustedKey"},
            description = """
                    A valid COSE_Sign1 with alg -46. Two HSS-LMS keys are offered: the signer's, marked not trusted, and
                    an unrelated trusted one.

                    A COSE implementation must reject it as invalid: the only key it verifies under is not a trust
                    anchor. A library that verifies under any key it is handed, such as one found in the message or a
                    certificate that was not validated, authenticates nothing.""")
    BuiltCase signerNotTrusted(CaseContext<Void> context) {
        Signed signed = Signed.make(context);
        HssSparseTreeKey other = signingKey(label(context) + " other");
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), new CoseInput(signed.message(), Optional.empty(),
                Optional.empty(), List.of(new KeyEntry(signed.coseKey(), false), KeyEntry.trusted(other.coseKey()))));
    }

    // hss-alg-mismatch: the message's alg against the key type

    @Case(id = "cose.hss-lms.hss-alg-mismatch.hss-lms-with-ec2-key",
            title = "COSE_Sign1 with alg -46 and a valid HSS signature, but only an EC2 P-256 key",
            severity = Severity.HIGH, requirements = {"RFC8778-3-key-type", "RFC9052-7.1-kty"},
            flags = {"AlgorithmConfusion"},
            description = """
                    A COSE_Sign1 with alg -46 whose signature is a valid ECDSA P-256 signature over its Sig_structure,
                    by the only trusted key, an EC2 key on P-256.

                    A COSE implementation must refuse the key for -46, which needs kty HSS-LMS (5). One that picks the
                    primitive from the key verifies ECDSA and accepts a message whose signed alg asks for a
                    post-quantum signature.""")
    BuiltCase hssLmsWithEc2Key() {
        EcdsaP256TestKey ec2 = EcdsaP256TestKey.derive("hss-lms-cose-keys ec2");
        return signedUnderHssLmsBy(Bytes.of(ec2.sign(hssLmsToBeSigned())), CoseKeys.of(ec2));
    }

    @Case(id = "cose.hss-lms.hss-alg-mismatch.hss-lms-with-okp-key",
            title = "COSE_Sign1 with alg -46 and a valid HSS signature, but only an OKP Ed25519 key",
            severity = Severity.HIGH, requirements = {"RFC8778-3-key-type", "RFC9052-7.1-kty"},
            flags = {"AlgorithmConfusion"},
            description = """
                    A COSE_Sign1 with alg -46 whose signature is a valid Ed25519 signature over its Sig_structure, by
                    the only trusted key, an OKP key on Ed25519.

                    A COSE implementation must refuse the key for -46. One that picks the primitive from the key
                    verifies Ed25519 and accepts.""")
    BuiltCase hssLmsWithOkpKey() {
        Ed25519TestKey okp = Ed25519TestKey.derive("hss-lms-cose-keys okp");
        return signedUnderHssLmsBy(Bytes.of(okp.sign(hssLmsToBeSigned())), CoseKeys.of(okp));
    }

    @Case(id = "cose.hss-lms.hss-alg-mismatch.hss-lms-with-es256-signature-and-key",
            title = "COSE_Sign1 with alg -46 carrying a valid ES256 signature, EC2 key only",
            severity = Severity.CRITICAL, requirements = {"RFC8778-3-key-type", "RFC9052-7.1-kty", "RFC9052-3.1-alg-registry"},
            flags = {"AlgorithmConfusion"},
            description = """
                    A COSE_Sign1 whose protected header says alg -46 (HSS-LMS) but whose signature is a valid ES256
                    signature over its Sig_structure, made with the only trusted key, an EC2 P-256 key.

                    A COSE implementation must refuse it: -46 needs an HSS-LMS key, and the signature would have to be
                    an HSS signature. A library that verifies with whatever algorithm the key supports accepts it, and
                    then the protected alg, which both sides rely on, means nothing.""")
    BuiltCase hssLmsWithEs256SignatureAndKey() {
        EcdsaP256TestKey ec2 = EcdsaP256TestKey.derive("hss-lms-cose-keys es256 signer");
        byte[] toBeSigned = HssCoseSign1.toBeSigned(HssCoseSign1.protectedHssLms(), new byte[0], PAYLOAD);
        Bytes message = HssCoseSign1.attached(HssCoseSign1.protectedHssLms(), PAYLOAD, ec2.sign(toBeSigned));
        return BuiltCase.of(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH), new CoseInput(message, Optional.empty(),
                Optional.empty(), List.of(KeyEntry.trusted(CoseKeys.of(ec2)))));
    }

    @Case(id = "cose.hss-lms.hss-alg-mismatch.es256-with-both-keys",
            title = "COSE_Sign1 with alg -7 carrying an HSS signature; trusted keys: the HSS signer and an EC2 key",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-kty", "RFC9053-2.1-raw-rs"},
            flags = {"AlgorithmConfusion", "SeveralKeys"},
            description = """
                    A COSE_Sign1 with protected {1: -7} whose signature is a valid HSS signature over its Sig_structure.
                    Two keys are trusted: the HSS-LMS key that made it and an EC2 P-256 key.

                    A COSE implementation must reject it: only the EC2 key fits ES256, and under ES256 the signature
                    must be exactly 64 bytes, r || s; this one is an HSS signature of 2352 bytes, malformed for
                    ES256. A library that, finding a key that verifies, ignores the alg it was told accepts it.""")
    BuiltCase es256WithBothKeys(CaseContext<Void> context) {
        Signed signed = Signed.under(context, -7);
        return BuiltCase.of(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH), new CoseInput(signed.message(), Optional.empty(),
                Optional.empty(), List.of(KeyEntry.trusted(signed.coseKey()),
                KeyEntry.trusted(CoseKeys.of(EcdsaP256TestKey.derive("hss-lms-cose-keys both"))))));
    }

    /**
     * A COSE_Sign1 with protected {1: alg} signed by a fresh single-level HSS key over its
     * Sig_structure, and that key.
     */
    private record Signed(Bytes message, byte[] publicKey, Bytes coseKey) {
        static Signed make(CaseContext<Void> context) {
            return under(context, HssCoseSign1.HSS_LMS);
        }

        static Signed under(CaseContext<Void> context, long alg) {
            HssSparseTreeKey key = signingKey(label(context));
            byte[] protectedBucket = HssCoseSign1.protectedAlg(alg);
            byte[] signature = key.sign(HssCoseSign1.toBeSigned(protectedBucket, new byte[0], PAYLOAD));
            return new Signed(HssCoseSign1.attached(protectedBucket, PAYLOAD, signature), key.publicKey(), key.coseKey());
        }

        BuiltCase verifiedWith(Expectation expect, Bytes trustedKey) {
            return BuiltCase.of(expect, new CoseInput(message, Optional.empty(), Optional.empty(),
                    List.of(KeyEntry.trusted(trustedKey))));
        }
    }

    /** The Sig_structure of a message with protected {1: -46} and the attached payload. */
    private static byte[] hssLmsToBeSigned() {
        return HssCoseSign1.toBeSigned(HssCoseSign1.protectedHssLms(), new byte[0], PAYLOAD);
    }

    /** The message with protected {1: -46} carrying {@code signature}, made by the one trusted key {@code key}. */
    private static BuiltCase signedUnderHssLmsBy(Bytes signature, Bytes key) {
        Bytes message = HssCoseSign1.attached(HssCoseSign1.protectedHssLms(), PAYLOAD, signature.toByteArray());
        return BuiltCase.of(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH), new CoseInput(message, Optional.empty(),
                Optional.empty(), List.of(KeyEntry.trusted(key))));
    }

    /** A {@code <family> <case name>} label for the case's keys. */
    private static String label(CaseContext<Void> context) {
        return context.family() + " " + context.caseName();
    }

    private static HssSparseTreeKey signingKey(String label) {
        return HssSparseTreeKey.generate(label,
                List.of(new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 0)));
    }

    /** {1: 5, -1: pub} of the signer, to which more parameters can be added. */
    private static CborValue.MapBuilder key(Signed signed) {
        return CborValue.map().put(KTY, KTY_HSS_LMS).put(HSS_PUB, signed.publicKey());
    }
}
