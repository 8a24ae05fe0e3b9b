package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.suitcase.vectors.families.hss.HssSignatureLayout.concat;
import static dev.suitcase.vectors.families.hss.HssSignatureLayout.u32;
import static dev.suitcase.vectors.families.hss.HssSignatureLayout.withU32;

/**
 * HSS public keys that must not be used (L outside 1..8,
 * wrong lengths, unknown type codes), keys whose root or identifier does
 * not match the signature, and HSS keys presented with the other algorithms' identifiers and the
 * other algorithms' keys presented with -46. Every vector but one carries RFC 8554 Test Case 1's
 * message and signature (the family's fixture), which verify under the unmodified key, so only the key
 * decides the outcome; the L = 9 key comes with a nine-level signature of its own, valid but for the
 * level count. Test Case 1 presented under each other identifier is a table, one
 * {@link OtherAlgorithmRow} per algorithm.
 *
 * <p>Test Case 1's key is {@code u32str(2) || u32str(5) || u32str(4) || I || T[1]}: L at offset 0,
 * the LMS type at 4, the LM-OTS type at 8, I at 12 and T[1] at 28, 60 bytes in all.
 */
public final class HssPublicKeyFamily extends CaseFamily<HssKnownAnswer> {
    private static final int LEVELS = 0;
    private static final int LMS_TYPE = 4;
    private static final int OTS_TYPE = 8;
    private static final int IDENTIFIER = 12;

    @Override
    public String name() {
        return "hss-lms-public-keys";
    }

    /** RFC 8554 Test Case 1, which most of the family's vectors start from: read once per generation. */
    @Override
    protected Function<Optional<Algorithm>, HssKnownAnswer> fixtures(GeneratorContext context) {
        return algorithm -> HssKnownAnswer.rfc8554TestCase1(context);
    }

    /** alg-key.hss-key-with-*: Test Case 1's key, message and signature under each other algorithm. */
    @Override
    protected List<Row<HssKnownAnswer>> rows() {
        String id = "signature.hss-lms.alg-key.hss-key-with-{other-token}";
        String title = "HSS-LMS key and signature presented under {other-name} ({other-id})";
        List<String> flags = List.of("AlgorithmConfusion");
        return Stream.of(
                new OtherAlgorithmRow(Algorithm.ES256, id, Severity.HIGH,
                        List.of("RFC8778-3-key-type", "RFC9052-7.1-kty", "RFC9053-2.1-ec2-key"), flags, title, """
                        RFC 8554 Test Case 1's key, as an HSS-LMS COSE_Key (kty 5), message and signature, presented
                        under algorithm {other-id} ({other-name}). {other-name} needs an EC2 key on P-256.

                        A verifier must refuse the pair for the mismatch between algorithm and key type. Choosing
                        the verification routine from the key instead of the algorithm (or the reverse, without
                        checking both) is how algorithm-substitution attacks start."""),
                new OtherAlgorithmRow(Algorithm.ESP256, id, Severity.HIGH,
                        List.of("RFC8778-3-key-type", "RFC9864-2.1-esp256"), flags, title, """
                        RFC 8554 Test Case 1's key (kty 5), message and signature presented under algorithm
                        {other-id} ({other-name}), which RFC 9864 fully specifies as ECDSA with P-256 and SHA-256.

                        A verifier must refuse the pair: only an EC2 key on P-256 verifies {other-name}."""),
                new OtherAlgorithmRow(Algorithm.EDDSA, id, Severity.HIGH,
                        List.of("RFC8778-3-key-type", "RFC9053-2.2-okp-key"), flags, title, """
                        RFC 8554 Test Case 1's key (kty 5), message and signature presented under algorithm
                        {other-id} ({other-name}), whose keys are OKP keys on an EdDSA curve.

                        A verifier must refuse the pair for the mismatch between algorithm and key type."""),
                new OtherAlgorithmRow(Algorithm.ED25519, id, Severity.HIGH,
                        List.of("RFC8778-3-key-type", "RFC9864-2.2-ed25519"), flags, title, """
                        RFC 8554 Test Case 1's key (kty 5), message and signature presented under algorithm
                        {other-id} ({other-name}), which only an OKP key with crv Ed25519 verifies.

                        A verifier must refuse the pair for the mismatch between algorithm and key type."""))
                .map(row -> new Row<HssKnownAnswer>(row.spec(),
                        context -> underAlgorithm(context.fixture(), row.other().coseId())))
                .toList();
    }

    @Case(id = "signature.hss-lms.key.levels-zero", title = "HSS public key with L = 0",
            severity = Severity.HIGH, requirements = {"RFC8554-6.1-levels", "RFC8778-5.2-pub"},
            flags = {"InvalidKey", "LevelCount"},
            description = """
                    RFC 8554 Test Case 1's public key with its level count L set to 0; the signature is Test Case 1's,
                    Nspk = 1. An HSS key has between one and eight levels (RFC 8554 §6), so this key cannot be used.

                    A verifier must refuse the key before looking at the signature. One that computes L - 1 in
                    unsigned arithmetic expects 2^32 - 1 signed public keys, one that loops "for level in 1..L" verifies
                    nothing at all; either way it is undefined what a key with no levels authenticates.""",
            robustness = """
                    A hierarchy of no levels has no tree to verify with, and no signature has the Nspk = L - 1 = -1
                    signed keys it asks for: no processor can accept one under it; key.levels-nine isolates the rule.""")
    BuiltCase levelsZero(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), LEVELS, 0);
    }

    @Case(id = "signature.hss-lms.key.levels-nine",
            title = "HSS public key with L = 9, one more than RFC 8554 allows, and a valid nine-level signature",
            severity = Severity.HIGH, requirements = {"RFC8554-6.1-levels"},
            flags = {"InvalidKey", "LevelCount", "SparseTree"},
            description = """
                    An HSS public key with L = 9, nine LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W4 trees (sparse: one
                    signing leaf each), and a signature with Nspk = 8 that is valid by every other rule of RFC 8554:
                    each level signs the next level's public key and the ninth signs the message. RFC 8554 §6 limits
                    L to eight.

                    A verifier must refuse the key. L = 9 is the first value past the limit: a verifier that checks
                    L <= 9, or sizes a table of levels from L without a bound, accepts this signature, or overruns the
                    table.""")
    BuiltCase levelsNine() {
        HssSparseTreeKey key = HssSparseTreeKey.generateAsGiven("hss-lms-public-keys nine levels", Collections.nCopies(9,
                new HssSparseTreeKey.Level(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4, 0)));
        byte[] message = "suitcase HSS-LMS nine-level signature".getBytes(StandardCharsets.UTF_8);
        return BuiltCase.of(Expectation.reject(Reason.BAD_KEY),
                HssKnownAnswerFamily.input(key.publicKey(), message, key.sign(message)));
    }

    @Case(id = "signature.hss-lms.key.levels-max-u32", title = "HSS public key with L = 2^32 - 1",
            severity = Severity.HIGH, requirements = {"RFC8554-6.1-levels"},
            flags = {"InvalidKey", "LevelCount"},
            description = """
                    RFC 8554 Test Case 1's public key with L = 0xffffffff; the signature is Test Case 1's. In a signed
                    32-bit integer this reads as -1.

                    A verifier must refuse the key, without allocating per-level state for four billion levels and
                    without an exception escaping. BouncyCastle throws an IOException for such keys: a caller that
                    does not catch it crashes, one that catches too much may fall through to acceptance.""",
            robustness = """
                    L = 2^32 - 1 asks for a signature of 2^32 - 2 signed keys, hundreds of gigabytes: no processor is
                    handed one, and a shorter one fails the level count; key.levels-nine isolates the rule.""")
    BuiltCase levelsMaxU32(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), LEVELS, 0xffffffffL);
    }

    @Case(id = "signature.hss-lms.key.levels-high-byte",
            title = "HSS public key with L = 0x01000002, whose lowest byte is the genuine L = 2",
            severity = Severity.HIGH, requirements = {"RFC8554-6.1-levels"},
            flags = {"InvalidKey", "LevelCount"},
            description = """
                    RFC 8554 Test Case 1's public key with L = 0x01000002: the last byte still says 2, the first one is
                    set. The signature is Test Case 1's and would verify under L = 2.

                    L is a u32str, all four bytes of it (RFC 8554 §3.1.1, §6.1), so L = 16777218 and the key is
                    invalid. A verifier that reads only the last byte accepts the signature under a key that is not
                    the one provisioned: two different encodings then stand for the same key.""",
            robustness = """
                    L = 16777218 asks for a signature of 16777217 signed keys, gigabytes: no processor that reads L as
                    RFC 8554 writes it is handed one (one that reads only its last byte has another bug); key.levels-
                    nine isolates the rule.""")
    BuiltCase levelsHighByte(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), LEVELS, 0x01000002L);
    }

    @Case(id = "signature.hss-lms.key.truncated-root", title = "HSS public key one byte short: T[1] has 31 of its 32 bytes",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey", "RFC8778-5.2-pub"},
            flags = {"InvalidKey", "TruncatedKey"},
            description = """
                    RFC 8554 Test Case 1's public key without its last byte: 59 bytes, where LMS_SHA256_M32_H5 fixes
                    4 + 24 + m = 60 (§5.3, §6.1). The signature is Test Case 1's.

                    A verifier must refuse the key. One that copies m bytes of T[1] without checking the length reads
                    a byte past the key's end, and compares the computed root against whatever it finds there.""",
            robustness = """
                    The key ends inside T[1]: without the root there is nothing to verify against.""")
    BuiltCase truncatedRoot(CaseContext<HssKnownAnswer> context) {
        byte[] key = context.fixture().publicKey();
        return badKey(context.fixture(), Arrays.copyOf(key, key.length - 1));
    }

    @Case(id = "signature.hss-lms.key.levels-only", title = "HSS public key of four bytes: L = 2 and nothing else",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey", "RFC8554-6.1-levels"},
            flags = {"InvalidKey", "TruncatedKey"},
            description = """
                    A public key holding only u32str(2), the level count of RFC 8554 Test Case 1, with no top-level
                    LMS public key after it; the signature is Test Case 1's.

                    A verifier must refuse the key without reading the LMS type, I or T[1] from beyond its end.""",
            robustness = """
                    The key ends after L: without the top-level LMS public key there is nothing to verify with.""")
    BuiltCase levelsOnly(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), u32(2));
    }

    @Case(id = "signature.hss-lms.key.empty", title = "HSS public key of zero bytes",
            severity = Severity.HIGH, requirements = {"RFC8554-6.1-levels", "RFC8778-5.2-pub"},
            flags = {"InvalidKey", "TruncatedKey"},
            description = """
                    A COSE_Key {1: 5, -1: h''}: kty HSS-LMS with an empty pub. The signature is RFC 8554 Test Case
                    1's.

                    A verifier must refuse the key. An empty key must not be read as L = 0 padded with zeros, nor
                    crash the parser.""",
            robustness = """
                    The key is empty: there is no L, type or root to verify with.""")
    BuiltCase empty(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), new byte[0]);
    }

    @Case(id = "signature.hss-lms.key.trailing-byte", title = "HSS public key with one trailing zero byte (61 bytes)",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-pubkey", "RFC8778-5.2-pub"},
            flags = {"InvalidKey", "TrailingBytes"},
            description = """
                    RFC 8554 Test Case 1's public key followed by one 0x00 byte; the signature is Test Case 1's and
                    verifies under the first 60 bytes. The type codes fix the key's length at exactly 60 bytes.

                    A verifier must refuse the key. Accepting it lets two encodings denote one key, so a key
                    fingerprint or a trust store lookup by encoded key no longer identifies the key; BouncyCastle
                    1.80 and 1.83 accepted such keys.""")
    BuiltCase trailingByte(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), concat(context.fixture().publicKey(), new byte[] {0}));
    }

    @Case(id = "signature.hss-lms.key.every-level-listed",
            title = "HSS public key followed by the lower tree's LMS public key, as if a key listed every level",
            severity = Severity.MEDIUM, requirements = {"RFC8554-5.4-pubkey", "RFC8554-6.1-levels"},
            flags = {"InvalidKey", "TrailingBytes"},
            description = """
                    RFC 8554 Test Case 1's public key with the bottom tree's 56-byte LMS public key appended, as a
                    provisioning tool might write it if it believed an HSS key lists a public key per level. The HSS
                    public key is L and the top tree's key only (§6.1); the lower keys travel in each signature.

                    A verifier must refuse the key for its length. Accepting it with the extra bytes ignored hides a
                    provisioning mistake; using them as the lower key would let the key, not the signature, decide
                    which lower tree is trusted.""")
    BuiltCase everyLevelListed(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer answer = context.fixture();
        HssSignatureLayout layout = answer.layout();
        return badKey(context.fixture(), concat(answer.publicKey(), layout.slice(layout.signedKey(1).start(), layout.signedKey(1).end())));
    }

    @Case(id = "signature.hss-lms.key.lms-type-reserved", title = "HSS public key with LMS type 0 (reserved)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey"},
            flags = {"InvalidKey", "InvalidTypecode"},
            description = """
                    RFC 8554 Test Case 1's public key with the top tree's LMS type set to 0x00000000, which the
                    registry reserves; the signature is Test Case 1's.

                    A verifier must refuse the key: with no parameter set it knows neither h nor m, so it cannot parse
                    any signature. A verifier that falls back to a default set, or indexes a table with the code
                    unchecked, reads parameters from the wrong entry.""",
            robustness = """
                    LMS type 0 names no parameter set: the lengths of the key and of every signature under it are
                    unknown, so no processor can read on.""")
    BuiltCase lmsTypeReserved(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), LMS_TYPE, 0);
    }

    @Case(id = "signature.hss-lms.key.lms-type-unregistered",
            title = "HSS public key with LMS type 0x19, the first code after the registered ones",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey"},
            flags = {"InvalidKey", "InvalidTypecode"},
            description = """
                    RFC 8554 Test Case 1's public key with the LMS type set to 0x00000019, one past LMS_SHAKE_M24_H25
                    (0x18), the last code RFC 8554 and RFC 9858 register; the signature is Test Case 1's.

                    A verifier must refuse the key. A range check written as code <= 0x19, or a table lookup past
                    its last entry, accepts an unassigned parameter set.""",
            robustness = """
                    LMS type 0x19 names no parameter set: the lengths of the key and of every signature under it are
                    unknown, so no processor can read on.""")
    BuiltCase lmsTypeUnregistered(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), LMS_TYPE, 0x19);
    }

    @Case(id = "signature.hss-lms.key.lms-type-high-byte",
            title = "HSS public key with LMS type 0x01000005, whose lowest byte is the genuine H5 code",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey"},
            flags = {"InvalidKey", "InvalidTypecode"},
            description = """
                    RFC 8554 Test Case 1's public key with the LMS type 0x01000005: its last byte is 0x05
                    (LMS_SHA256_M32_H5), its first byte is set. Type codes are u32str values (RFC 8554 §3.3), so
                    this is an unregistered code.

                    A verifier must refuse the key. One that reads the code as a single byte accepts Test Case 1's
                    signature under a key encoding that no signer produces.""",
            robustness = """
                    Read as the u32 RFC 8554 writes, LMS type 0x01000005 names no parameter set: the lengths of the key
                    and of every signature under it are unknown, so no processor can read on (one that reads only the
                    last byte has another bug).""")
    BuiltCase lmsTypeHighByte(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), LMS_TYPE, 0x01000005L);
    }

    @Case(id = "signature.hss-lms.key.ots-type-reserved", title = "HSS public key with LM-OTS type 0 (reserved)",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey"},
            flags = {"InvalidKey", "InvalidTypecode"},
            description = """
                    RFC 8554 Test Case 1's public key with the top tree's LM-OTS type set to 0x00000000, reserved by
                    the registry; the signature is Test Case 1's.

                    A verifier must refuse the key: it names no one-time signature scheme, so neither n nor p nor w is
                    known and no signature can be checked against it.""",
            robustness = """
                    LM-OTS type 0 names no parameter set: the length of every one-time signature under the key is
                    unknown, so no processor can read on.""")
    BuiltCase otsTypeReserved(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), OTS_TYPE, 0);
    }

    @Case(id = "signature.hss-lms.key.ots-type-unregistered",
            title = "HSS public key with LM-OTS type 0x11, the first code after the registered ones",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey"},
            flags = {"InvalidKey", "InvalidTypecode"},
            description = """
                    RFC 8554 Test Case 1's public key with the LM-OTS type 0x00000011, one past LMOTS_SHAKE_N24_W8
                    (0x10), the last registered code; the signature is Test Case 1's.

                    A verifier must refuse the key; an off-by-one in the range check, or a lookup past the end of a
                    table of 16 entries, does not.""",
            robustness = """
                    LM-OTS type 0x11 names no parameter set: the length of every one-time signature under the key is
                    unknown, so no processor can read on.""")
    BuiltCase otsTypeUnregistered(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), OTS_TYPE, 0x11);
    }

    @Case(id = "signature.hss-lms.key.ots-type-high-byte",
            title = "HSS public key with LM-OTS type 0xff000004, whose lowest byte is the genuine W8 code",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey"},
            flags = {"InvalidKey", "InvalidTypecode"},
            description = """
                    RFC 8554 Test Case 1's public key with the LM-OTS type 0xff000004: the last byte is 0x04
                    (LMOTS_SHA256_N32_W8), the first is 0xff. As a u32str this code is not registered.

                    A verifier must refuse the key. One that compares only the last byte accepts Test Case 1's
                    signature, and then also compares the signature's LM-OTS type the same loose way.""",
            robustness = """
                    Read as the u32 RFC 8554 writes, LM-OTS type 0xff000004 names no parameter set: the length of every
                    one-time signature under the key is unknown, so no processor can read on (one that reads only the
                    last byte has another bug).""")
    BuiltCase otsTypeHighByte(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), OTS_TYPE, 0xff000004L);
    }

    @Case(id = "signature.hss-lms.key.lms-type-other-length",
            title = "HSS public key relabelled LMS_SHA256_M24_H5 while keeping a 32-byte root",
            severity = Severity.HIGH, requirements = {"RFC8554-5.4-pubkey"},
            flags = {"InvalidKey", "InvalidTypecode"},
            description = """
                    RFC 8554 Test Case 1's public key with the LMS type changed from LMS_SHA256_M32_H5 (0x05) to the
                    registered LMS_SHA256_M24_H5 (0x0a), whose m = 24 makes a key 52 bytes long; this one is still 60.
                    The signature is Test Case 1's.

                    A verifier must refuse the key for its length. One that reads T[1] as "the rest of the key"
                    instead of m bytes accepts keys whose declared parameters do not describe them.""",
            robustness = """
                    Relabelled with m = 24, the key's 32-byte root is read as 24 bytes with 8 left over, and the
                    signature's M32 type differs from the key's: the input breaks both rules by construction;
                    key.trailing-byte isolates the length rule.""")
    BuiltCase lmsTypeOtherLength(CaseContext<HssKnownAnswer> context) {
        return badKey(context.fixture(), LMS_TYPE, 0x0a);
    }

    @Case(id = "signature.hss-lms.key.root-flipped", title = "HSS public key with one bit of T[1] flipped",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-root", "RFC8554-6.3-chain"},
            flags = {"ModifiedKey"},
            description = """
                    RFC 8554 Test Case 1's public key with the lowest bit of the last byte of T[1], the root of the
                    top tree, inverted. The key is well formed; the signature is Test Case 1's, made under the
                    original root.

                    A verifier must reject the signature as invalid: the root it recomputes from the top signature is
                    the original T[1], not this one. Accepting means the root is never compared, and then any
                    well-formed signature verifies under any key, the complete loss of authentication.""")
    BuiltCase rootFlipped(CaseContext<HssKnownAnswer> context) {
        byte[] key = context.fixture().publicKey();
        key[key.length - 1] ^= 0x01;
        return reject(context.fixture(), key, Reason.SIGNATURE_INVALID);
    }

    @Case(id = "signature.hss-lms.key.identifier-flipped", title = "HSS public key with one bit of the identifier I flipped",
            severity = Severity.CRITICAL, requirements = {"RFC8554-5.4-root", "RFC8554-6.3-chain"},
            flags = {"ModifiedKey"},
            description = """
                    RFC 8554 Test Case 1's public key with the top bit of the first byte of I, the 16-byte key pair
                    identifier, inverted; T[1] is unchanged. The signature is Test Case 1's.

                    A verifier must reject the signature as invalid. I enters every hash of the one-time signature and
                    of the tree, so a different I gives a different root. A verifier that takes I from somewhere else
                    than the key it trusts (a cache, the signature) accepts signatures made for another key.""")
    BuiltCase identifierFlipped(CaseContext<HssKnownAnswer> context) {
        byte[] key = context.fixture().publicKey();
        key[IDENTIFIER] ^= (byte) 0x80;
        return reject(context.fixture(), key, Reason.SIGNATURE_INVALID);
    }

    @Case(id = "signature.hss-lms.alg-key.ec2-key-with-hss-lms",
            title = "EC2 P-256 key and its ECDSA signature presented with HSS-LMS (-46)",
            severity = Severity.HIGH, requirements = {"RFC8778-3-key-type", "RFC9052-7.1-kty"},
            flags = {"AlgorithmConfusion"},
            description = """
                    Algorithm -46 (HSS-LMS) with RFC 8554 Test Case 1's message, a valid EC2 COSE_Key on P-256, and
                    that key's ECDSA P-256 signature (SHA-256) of the message. RFC 8778 requires an HSS-LMS key (kty 5)
                    for -46.

                    A verifier must refuse the key for the algorithm. One that picks the primitive from the key verifies
                    ECDSA and accepts a classical signature where the identifier asks for a post-quantum one; one that
                    hands the EC2 coordinates to the HSS parser reads x as u32str(L) || LMS key and can land
                    anywhere.""")
    BuiltCase ec2KeyWithHssLms(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer answer = context.fixture();
        EcdsaP256TestKey ec2 = EcdsaP256TestKey.derive("hss-lms-public-keys ec2 key");
        return BuiltCase.of(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH), new SignatureInput(HssCoseSign1.HSS_LMS,
                Bytes.of(answer.message()), Bytes.of(ec2.sign(answer.message())), CoseKeys.of(ec2)));
    }

    @Case(id = "signature.hss-lms.alg-key.okp-key-with-hss-lms",
            title = "OKP Ed25519 key and its Ed25519 signature presented with HSS-LMS (-46)",
            severity = Severity.HIGH, requirements = {"RFC8778-3-key-type", "RFC9052-7.1-kty"},
            flags = {"AlgorithmConfusion"},
            description = """
                    Algorithm -46 (HSS-LMS) with RFC 8554 Test Case 1's message, a valid OKP COSE_Key on Ed25519, and
                    that key's Ed25519 signature of the message.

                    A verifier must refuse the key for the algorithm: only kty HSS-LMS (5) carries an HSS public key.
                    One that picks the primitive from the key verifies Ed25519 and accepts.""")
    BuiltCase okpKeyWithHssLms(CaseContext<HssKnownAnswer> context) {
        HssKnownAnswer answer = context.fixture();
        Ed25519TestKey okp = Ed25519TestKey.derive("hss-lms-public-keys okp key");
        return BuiltCase.of(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH), new SignatureInput(HssCoseSign1.HSS_LMS,
                Bytes.of(answer.message()), Bytes.of(okp.sign(answer.message())), CoseKeys.of(okp)));
    }

    /** Test Case 1's key with the u32 at {@code offset} replaced, to be refused. */
    private static BuiltCase badKey(HssKnownAnswer tc1, int offset, long value) {
        return badKey(tc1, withU32(tc1.publicKey(), offset, value));
    }

    private static BuiltCase badKey(HssKnownAnswer tc1, byte[] publicKey) {
        return reject(tc1, publicKey, Reason.BAD_KEY);
    }

    /** Test Case 1's message and signature under {@code publicKey}. */
    private static BuiltCase reject(HssKnownAnswer tc1, byte[] publicKey, Reason reason) {
        return BuiltCase.of(Expectation.reject(reason),
                HssKnownAnswerFamily.input(publicKey, tc1.message(), tc1.signature()));
    }

    /** Test Case 1's key, message and signature under another algorithm identifier. */
    private static BuiltCase underAlgorithm(HssKnownAnswer tc1, int algorithm) {
        return BuiltCase.of(Expectation.reject(Reason.ALGORITHM_KEY_MISMATCH), new SignatureInput(algorithm,
                Bytes.of(tc1.message()), Bytes.of(tc1.signature()), CoseKeys.hssLms(tc1.publicKey())));
    }
}
