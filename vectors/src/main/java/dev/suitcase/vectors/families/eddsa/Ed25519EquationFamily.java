package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.rejected;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.signature;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.valid;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.concat;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.utf8;

/**
 * The verification equation itself: the known-answer tests
 * of RFC 8032 §7.1, valid signatures over messages at the SHA-512 block boundaries of k's input,
 * signatures of the other EdDSA variants (Ed25519ctx, Ed25519ph; RFC 8032 §7.2, §7.3) presented as
 * pure Ed25519, and valid signatures with the message, the key or one part of the signature changed.
 *
 * <p>The RFC test vectors are read from {@code sources/rfc8032/ed25519-test-vectors.json}; each is
 * re-signed with its secret key through BouncyCastle when the corpus is generated, so a transcription
 * error cannot reach the corpus.
 */
public final class Ed25519EquationFamily extends CaseFamily<Void> {
    static final String RFC_SOURCE = "RFC 8032";
    private static final String RFC_FILE = "rfc8032/ed25519-test-vectors.json";
    private static final String RFC_URL = "https://www.rfc-editor.org/rfc/rfc8032#section-";
    private static final HexFormat HEX = HexFormat.of();
    private static final Ed25519TestKey KEY = Ed25519TestKey.derive("ed25519-equation");
    private static final byte[] A = KEY.publicKey();
    private static final byte[] MESSAGE = utf8("firmware manifest digest");
    private static final byte[] VALID = KEY.sign(MESSAGE);
    /** The seed of the key that signs the generated Ed25519ctx vector. */
    private static final byte[] VARIANT_SEED = Sha256.digest(utf8("suitcase ed25519 variant key"));

    @Override
    public String name() {
        return "ed25519-equation";
    }

    /** One test of RFC 8032 §7, checked against BouncyCastle when read. */
    private record RfcTest(String section, String name, byte[] publicKey, byte[] message, byte[] signature) {
    }

    @Case(id = "signature.*.rfc8032-kat.test-1", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.1 TEST 1: empty message",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-k-hash"}, flags = {"Ktv"},
            description = """
                    The first Ed25519 test vector of RFC 8032 §7.1: a valid signature over the empty message.

                    A verifier must accept it. Failing the specification's own known answer means the implementation
                    is not Ed25519, and it will refuse every genuine signature.""")
    BuiltCase test1(CaseContext<Void> context) {
        return kat(context.generator(), "TEST 1");
    }

    @Case(id = "signature.*.rfc8032-kat.test-2", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.1 TEST 2: one-byte message",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-k-hash"}, flags = {"Ktv"},
            description = """
                    RFC 8032 §7.1 TEST 2: a valid signature over the one-byte message 0x72.

                    A verifier must accept it.""")
    BuiltCase test2(CaseContext<Void> context) {
        return kat(context.generator(), "TEST 2");
    }

    @Case(id = "signature.*.rfc8032-kat.test-3", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.1 TEST 3: two-byte message",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-k-hash"}, flags = {"Ktv"},
            description = """
                    RFC 8032 §7.1 TEST 3: a valid signature over the two-byte message 0xaf82.

                    A verifier must accept it.""")
    BuiltCase test3(CaseContext<Void> context) {
        return kat(context.generator(), "TEST 3");
    }

    @Case(id = "signature.*.rfc8032-kat.test-1024", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.1 TEST 1024: 1023-byte message",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-k-hash"}, flags = {"Ktv"},
            description = """
                    RFC 8032 §7.1 TEST 1024: a valid signature over a 1023-byte message, so k's hash input R ‖ A ‖ M
                    spans several SHA-512 blocks.

                    A verifier must accept it; one that hashes in a fixed buffer or truncates long messages fails
                    here.""")
    BuiltCase test1024(CaseContext<Void> context) {
        return kat(context.generator(), "TEST 1024");
    }

    @Case(id = "signature.*.rfc8032-kat.test-sha-abc", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.1 TEST SHA(abc): message SHA-512(\"abc\")",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-equation", "RFC9053-2.2-pure"}, flags = {"Ktv"},
            description = """
                    RFC 8032 §7.1 TEST SHA(abc): a pure Ed25519 signature over the 64-byte message SHA-512("abc"). The
                    same key signs "abc" with Ed25519ph in §7.3 (see variant.ed25519ph-*): the two signatures differ,
                    because Ed25519ph prefixes its hash inputs with dom2.

                    A verifier must accept it: signing a digest with pure Ed25519 is still pure Ed25519.""")
    BuiltCase testShaAbc(CaseContext<Void> context) {
        return kat(context.generator(), "TEST SHA(abc)");
    }

    @Case(id = "signature.*.variant.ed25519ctx-foo", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.2 Ed25519ctx signature (context \"foo\") presented as pure Ed25519",
            severity = Severity.CRITICAL, requirements = {"RFC9053-2.2-pure", "RFC8032-5.1.7-equation"}, flags = {"Ed25519ctx"},
            description = """
                    The Ed25519ctx test vector "foo" of RFC 8032 §7.2: a valid signature, but of the context variant,
                    whose hash inputs start with dom2(0, "foo"). Presented with its key and message to a pure Ed25519
                    verifier.

                    A verifier must reject it as invalid: COSE EdDSA and Ed25519 are pure Ed25519 (RFC 9053 §2.2), and
                    k without the dom2 prefix does not satisfy the equation. A verifier that accepts it runs a
                    different algorithm than its peers, and would accept signatures made for another protocol that
                    uses the same key with a context.""")
    BuiltCase ctxFoo(CaseContext<Void> context) {
        return variant(context.generator(), "foo");
    }

    @Case(id = "signature.*.variant.ed25519ctx-bar", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.2 Ed25519ctx signature (context \"bar\") presented as pure Ed25519",
            severity = Severity.CRITICAL, requirements = {"RFC9053-2.2-pure", "RFC8032-5.1.7-equation"}, flags = {"Ed25519ctx"},
            description = """
                    The Ed25519ctx test vector "bar" of RFC 8032 §7.2: same key and message as "foo", context "bar".

                    A verifier must reject it as invalid under pure Ed25519 (RFC 9053 §2.2).""")
    BuiltCase ctxBar(CaseContext<Void> context) {
        return variant(context.generator(), "bar");
    }

    @Case(id = "signature.*.variant.ed25519ctx-foo2", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.2 Ed25519ctx signature \"foo2\" presented as pure Ed25519",
            severity = Severity.CRITICAL, requirements = {"RFC9053-2.2-pure", "RFC8032-5.1.7-equation"}, flags = {"Ed25519ctx"},
            description = """
                    The Ed25519ctx test vector "foo2" of RFC 8032 §7.2: context "foo" over another message.

                    A verifier must reject it as invalid under pure Ed25519 (RFC 9053 §2.2).""")
    BuiltCase ctxFoo2(CaseContext<Void> context) {
        return variant(context.generator(), "foo2");
    }

    @Case(id = "signature.*.variant.ed25519ctx-foo3", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.2 Ed25519ctx signature \"foo3\" presented as pure Ed25519",
            severity = Severity.CRITICAL, requirements = {"RFC9053-2.2-pure", "RFC8032-5.1.7-equation"}, flags = {"Ed25519ctx"},
            description = """
                    The Ed25519ctx test vector "foo3" of RFC 8032 §7.2: context "foo" under another key.

                    A verifier must reject it as invalid under pure Ed25519 (RFC 9053 §2.2).""")
    BuiltCase ctxFoo3(CaseContext<Void> context) {
        return variant(context.generator(), "foo3");
    }

    @Case(id = "signature.*.variant.ed25519ph-abc", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.3 Ed25519ph signature over \"abc\" presented as pure Ed25519",
            severity = Severity.CRITICAL, requirements = {"RFC9053-2.2-pure", "RFC8032-5.1.7-equation"}, flags = {"Ed25519ph"},
            description = """
                    The Ed25519ph test vector of RFC 8032 §7.3: the prehashed variant signs SHA-512("abc") with dom2(1,
                    "") in front of both hash inputs. Presented with its key and the message "abc" to a pure Ed25519
                    verifier.

                    A verifier must reject it as invalid: COSE signs the ToBeSigned bytes themselves with pure EdDSA
                    (RFC 9053 §2.2), never a prehash. Accepting prehashed signatures means a signer that hashes
                    firmware with a weaker or attacker-influenced hash gets its signatures accepted.""")
    BuiltCase phAbc(CaseContext<Void> context) {
        return variant(context.generator(), "TEST abc");
    }

    @Case(id = "signature.*.variant.ed25519ph-abc-prehash-as-message", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "RFC 8032 §7.3 Ed25519ph signature presented with the prehash SHA-512(\"abc\") as message",
            severity = Severity.CRITICAL, requirements = {"RFC9053-2.2-pure", "RFC8032-5.1.7-equation"}, flags = {"Ed25519ph"},
            description = """
                    The Ed25519ph signature of RFC 8032 §7.3, presented with the 64-byte message SHA-512("abc"), the
                    value it actually signs. A verifier that hashes nothing more still misses the dom2(1, "") prefix of
                    Ed25519ph, and the pure signature over this very message is a different one (RFC 8032 §7.1 TEST
                    SHA(abc)).

                    A verifier must reject it as invalid (RFC 9053 §2.2: pure EdDSA only).""")
    BuiltCase phAbcPrehashAsMessage(CaseContext<Void> context) {
        RfcTest test = rfcTest(context.generator(), "TEST abc");
        byte[] prehash = Edwards25519.sha512(test.message());
        return signature(test.publicKey(), prehash, test.signature(), rejected(Reason.SIGNATURE_INVALID))
                .takenFrom(RFC_SOURCE, RFC_URL + test.section(), test.name());
    }

    @Case(id = "signature.*.variant.ed25519ctx-empty-context", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Ed25519ctx signature with an empty context presented as pure Ed25519",
            severity = Severity.CRITICAL, requirements = {"RFC9053-2.2-pure", "RFC8032-5.1.7-equation"}, flags = {"Ed25519ctx"},
            description = """
                    A signature of the context variant Ed25519ctx with an empty context (which RFC 8032 §5.1 advises
                    against but an API may still allow). It is not pure Ed25519: dom2(0, "") still prefixes the hash
                    inputs, so an empty context does not make the variants equal.

                    A verifier must reject it as invalid. A library whose "context" parameter defaults to empty may
                    silently select Ed25519ctx instead of Ed25519; this vector catches the signer-side mix-up from the
                    verifier side.""")
    BuiltCase ctxEmptyContext() {
        byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(VARIANT_SEED, 0, publicKey, 0);
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(VARIANT_SEED, 0, new byte[0], MESSAGE, 0, MESSAGE.length, signature, 0);
        return signature(publicKey, MESSAGE, signature, rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.valid.empty-message", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature over the empty message",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-k-hash"},
            description = """
                    A valid signature of a test key over the empty message.

                    A verifier must accept it; an implementation that treats an empty message as an error refuses
                    genuine signatures.""")
    BuiltCase emptyMessage() {
        return validOver(new byte[0]);
    }

    @Case(id = "signature.*.valid.digest-message", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature over a 32-byte SHA-256 digest",
            severity = Severity.HIGH, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-k-hash"},
            description = """
                    A valid signature over a 32-byte SHA-256 digest, the kind of value a SUIT authentication block
                    covers (inside the Sig_structure).

                    A verifier must accept it.""")
    BuiltCase digestMessage() {
        return validOver(Sha256.digest(utf8("firmware image")));
    }

    @Case(id = "signature.*.valid.message-47-bytes", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature, 47-byte message: R ‖ A ‖ M fills one SHA-512 block",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-k-hash"},
            description = """
                    k = SHA-512(R ‖ A ‖ M) hashes 64 + 47 = 111 bytes: with the padding byte and the 16-byte length,
                    exactly one 128-byte block.

                    A verifier must accept it; SHA-512 implementations with block-boundary bugs fail at 47 and 48.""")
    BuiltCase message47() {
        return validOver(filled(47));
    }

    @Case(id = "signature.*.valid.message-48-bytes", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature, 48-byte message: padding spills into a second block",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-k-hash"},
            description = """
                    k's hash input is 64 + 48 = 112 bytes, one too many for the padding to fit the first SHA-512 block;
                    the length goes into a second, otherwise empty block.

                    A verifier must accept it.""")
    BuiltCase message48() {
        return validOver(filled(48));
    }

    @Case(id = "signature.*.valid.message-64-bytes", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature, 64-byte message: R ‖ A ‖ M is exactly one block",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-k-hash"},
            description = """
                    k's hash input is 64 + 64 = 128 bytes, exactly one SHA-512 block of data, so the padding starts a
                    block of its own.

                    A verifier must accept it.""")
    BuiltCase message64() {
        return validOver(filled(64));
    }

    @Case(id = "signature.*.valid.message-175-bytes", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature, 175-byte message: k's input fills two blocks",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-k-hash"},
            description = """
                    k's hash input is 64 + 175 = 239 bytes, which with padding fills exactly two SHA-512 blocks.

                    A verifier must accept it.""")
    BuiltCase message175() {
        return validOver(filled(175));
    }

    @Case(id = "signature.*.valid.message-176-bytes", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature, 176-byte message: k's input needs three blocks",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-k-hash"},
            description = """
                    k's hash input is 64 + 176 = 240 bytes; the padding needs a third SHA-512 block.

                    A verifier must accept it.""")
    BuiltCase message176() {
        return validOver(filled(176));
    }

    @Case(id = "signature.*.valid.message-4096-bytes", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature over a 4096-byte message",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-k-hash"},
            description = """
                    A valid signature over 4096 bytes, larger than the buffers small verifiers sometimes hash into.

                    A verifier must accept it; one that copies the message into a fixed buffer before hashing fails
                    or, worse, verifies only part of it.""")
    BuiltCase message4096() {
        return validOver(filled(4096));
    }

    @Case(id = "signature.*.valid.s-top-byte-zero", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature whose S ends in a zero byte (S < 2^248)",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-lengths"},
            description = """
                    A valid signature whose last byte, the most significant byte of the little-endian S, is zero.
                    Codecs that treat S as a minimal big integer strip that byte (see length.trailing-zero-trimmed).

                    A verifier must accept it exactly as sent, 64 bytes.""")
    BuiltCase sTopByteZero() {
        byte[] message = Ed25519Forge.grind("S with a zero top byte", candidate -> KEY.sign(candidate)[63] == 0);
        return validOver(message);
    }

    @Case(id = "signature.*.modified.message-bit-flipped", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature, message with one bit flipped",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation"}, flags = {"ModifiedMessage"},
            description = """
                    A valid signature presented with its message changed in one bit (the lowest bit of the first byte).

                    A verifier must reject it as invalid: the signature binds every bit of the message. Accepting it is
                    an authentication bypass: a modified manifest installs.""")
    BuiltCase messageBitFlipped() {
        byte[] message = MESSAGE.clone();
        message[0] ^= 1;
        return signature(A, message, VALID, rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.modified.message-byte-appended", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature, message with a byte appended",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation"}, flags = {"ModifiedMessage"},
            description = """
                    A valid signature presented with 0x00 appended to its message.

                    A verifier must reject it as invalid. One that verifies a length-limited prefix of the message
                    accepts appended data, and an attacker appends whatever the device's parser reads next.""")
    BuiltCase messageByteAppended() {
        return signature(A, concat(MESSAGE, new byte[1]), VALID, rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.modified.message-last-byte-dropped", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature, message with its last byte removed",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation"}, flags = {"ModifiedMessage"},
            description = """
                    A valid signature presented with the last byte of its message removed.

                    A verifier must reject it as invalid.""")
    BuiltCase messageLastByteDropped() {
        return signature(A, Arrays.copyOf(MESSAGE, MESSAGE.length - 1), VALID, rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.modified.message-empty", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature presented with an empty message",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation"}, flags = {"ModifiedMessage"},
            description = """
                    A valid signature over a non-empty message, presented with the empty message, as happens when a
                    caller passes a buffer it has not filled yet.

                    A verifier must reject it as invalid.""")
    BuiltCase messageEmpty() {
        return signature(A, new byte[0], VALID, rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.modified.other-key", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature presented with another key",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-k-hash"},
            flags = {"ModifiedKey"},
            description = """
                    A valid signature and message, presented with the public key of another signer. k hashes A, so
                    even the challenge differs.

                    A verifier must reject it as invalid: the signature proves possession of the other key only.""")
    BuiltCase otherKey() {
        return signature(Ed25519TestKey.derive("ed25519-equation other").publicKey(), MESSAGE, VALID,
                rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.modified.r-sign-bit-flipped", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature with the sign bit of R flipped (R replaced by -R)",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-decode-r"},
            flags = {"ModifiedSignature"},
            description = """
                    A valid signature with bit 255 of R flipped: the encoding of -R, which decodes fine. A verifier
                    that ignores the sign bit, or compares only y coordinates, accepts it.

                    A verifier must reject it as invalid: R and -R are different points, and k hashes the bytes.""")
    BuiltCase rSignBitFlipped() {
        byte[] signature = VALID.clone();
        signature[31] ^= (byte) 0x80;
        return signature(A, MESSAGE, signature, rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.modified.r-bit-flipped-on-curve", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature with one bit of R flipped, still a curve point",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation"}, flags = {"ModifiedSignature"},
            description = """
                    A valid signature in which the lowest bit of R's y coordinate whose flip still gives a curve point
                    was flipped: R decodes, to another point.

                    A verifier must reject it as invalid.""")
    BuiltCase rBitFlippedOnCurve() {
        byte[] signature = VALID.clone();
        for (int bit = 0; bit < 255; bit++) {
            byte[] candidate = VALID.clone();
            candidate[bit / 8] ^= (byte) (1 << (bit % 8));
            if (Edwards25519.decodeStrict(Arrays.copyOf(candidate, 32)).point().isPresent()) {
                signature = candidate;
                break;
            }
        }
        return signature(A, MESSAGE, signature, rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.modified.s-low-bit-flipped", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature with the lowest bit of S flipped",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation"}, flags = {"ModifiedSignature"},
            description = """
                    A valid signature with the lowest bit of S flipped; S stays below L.

                    A verifier must reject it as invalid.""")
    BuiltCase sLowBitFlipped() {
        byte[] signature = VALID.clone();
        signature[32] ^= 1;
        return signature(A, MESSAGE, signature, rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.modified.s-zero", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "R of a valid signature with S = 0",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation"}, flags = {"ModifiedSignature"},
            description = """
                    The R of a valid signature with S = 0. Zero is in range, so only the equation can reject it.

                    A verifier must reject it as invalid; special-casing S = 0 (as "no signature") must not lead to
                    acceptance.""")
    BuiltCase sZero() {
        return signature(A, MESSAGE, concat(Arrays.copyOf(VALID, 32), new byte[32]), rejected(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.modified.r-and-s-swapped", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Valid signature with R and S swapped",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-s-range", "RFC8032-5.1.7-lengths"},
            flags = {"ModifiedSignature"},
            description = """
                    S ‖ R instead of R ‖ S. The old R read as a scalar is not below L, so the signature is malformed
                    before any arithmetic.

                    A verifier must reject it as malformed (S >= L, RFC 8032 §5.1.7). Accepting it would mean the
                    verifier accepts either order of the halves.""",
            robustness = """
                    Swapped, S holds the old R, which is at or above L, and R holds the old S: reduced or not, they are
                    not the signer's R and S, so R's decoding or the equation rejects what the range rule lets through.""")
    BuiltCase rAndSSwapped() {
        byte[] message = Ed25519Forge.grind("R and S swapped",
                candidate -> Edwards25519.littleEndian(Arrays.copyOf(KEY.sign(candidate), 32)).compareTo(Edwards25519.L) >= 0);
        byte[] valid = KEY.sign(message);
        return signature(A, message, concat(Arrays.copyOfRange(valid, 32, 64), Arrays.copyOf(valid, 32)),
                rejected(Reason.SIGNATURE_MALFORMED));
    }

    @Case(id = "signature.*.modified.all-zero", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Signature of 64 zero bytes",
            severity = Severity.CRITICAL, requirements = {"RFC8032-5.1.7-equation"}, flags = {"InvalidSignature"},
            description = """
                    64 zero bytes: R = 0000...00 decodes to a point of order 4 (y = 0) and S = 0. Under an honest key
                    neither equation holds: [8][k]A is not the identity.

                    A verifier must reject it as invalid. An all-zero buffer is what an uninitialised or failed
                    signature read looks like; a verifier that accepts it accepts "no signature".""")
    BuiltCase allZero() {
        return signature(A, MESSAGE, new byte[64], rejected(Reason.SIGNATURE_INVALID));
    }

    private static BuiltCase validOver(byte[] message) {
        return signature(A, message, KEY.sign(message), valid());
    }

    private static BuiltCase kat(GeneratorContext context, String name) {
        RfcTest test = rfcTest(context, name);
        return signature(test.publicKey(), test.message(), test.signature(), valid())
                .takenFrom(RFC_SOURCE, RFC_URL + test.section(), test.name());
    }

    private static BuiltCase variant(GeneratorContext context, String name) {
        RfcTest test = rfcTest(context, name);
        return signature(test.publicKey(), test.message(), test.signature(), rejected(Reason.SIGNATURE_INVALID))
                .takenFrom(RFC_SOURCE, RFC_URL + test.section(), test.name());
    }

    /** Reads one test of RFC 8032 §7 and checks that its secret key reproduces its public key and signature. */
    static RfcTest rfcTest(GeneratorContext context, String name) {
        JsonNode root = JsonFormat.read(context.readSource(RFC_FILE).getBytes(StandardCharsets.UTF_8));
        for (JsonNode test : root.get("tests")) {
            if (!test.get("name").asString().equals(name)) {
                continue;
            }
            byte[] secretKey = HEX.parseHex(test.get("secretKey").asString());
            byte[] publicKey = HEX.parseHex(test.get("publicKey").asString());
            byte[] message = HEX.parseHex(test.get("message").asString());
            byte[] signature = HEX.parseHex(test.get("signature").asString());
            byte[] derivedKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
            Ed25519.generatePublicKey(secretKey, 0, derivedKey, 0);
            byte[] derivedSignature = new byte[Ed25519.SIGNATURE_SIZE];
            String variant = test.get("variant").asString();
            switch (variant) {
                case "Ed25519" -> Ed25519.sign(secretKey, 0, message, 0, message.length, derivedSignature, 0);
                case "Ed25519ctx" -> Ed25519.sign(secretKey, 0, HEX.parseHex(test.get("context").asString()), message, 0,
                        message.length, derivedSignature, 0);
                case "Ed25519ph" -> Ed25519.signPrehash(secretKey, 0, HEX.parseHex(test.get("context").asString()),
                        Edwards25519.sha512(message), 0, derivedSignature, 0);
                default -> throw new IllegalStateException(RFC_FILE + ": unknown variant " + variant);
            }
            if (!Arrays.equals(derivedKey, publicKey) || !Arrays.equals(derivedSignature, signature)) {
                throw new IllegalStateException(RFC_FILE + ": " + name + " does not reproduce from its secret key; the file "
                        + "differs from RFC 8032 §" + test.get("section").asString());
            }
            return new RfcTest(test.get("section").asString(), name, publicKey, message, signature);
        }
        throw new IllegalStateException(RFC_FILE + " holds no test named " + name);
    }

    private static byte[] filled(int length) {
        byte[] message = new byte[length];
        for (int i = 0; i < length; i++) {
            message[i] = (byte) i;
        }
        return message;
    }
}
