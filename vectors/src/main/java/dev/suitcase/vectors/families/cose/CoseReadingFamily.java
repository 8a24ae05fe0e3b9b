package dev.suitcase.vectors.families.cose;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.cbor.MajorType;
import dev.suitcase.vectors.families.ecdsa.EcdsaP256;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a processor reads before it checks a signature, for each of the five algorithm ids: the CBOR of the
 * COSE_Sign1 (RFC 8949 §3, §3.3, §4.1, §5.3.1, §10), the labels crit lists (RFC 9052 §3.1), the COSE_Key of
 * each trust anchor (RFC 9052 §7, RFC 9053 §7.1.1, §7.2) and the set of trust anchors itself (RFC 9052 §4.4).
 * Every message is the valid base message of {@link CoseFixture} or differs from it in one item the signature
 * does not cover (an unprotected header, the encoding of the payload slot), and every key is the signer's own
 * with one thing changed, so the rule under test is all that stands between the vector and acceptance.
 *
 * <p>What the expectations rest on: input that is not well-formed CBOR is refused by every CBOR decoder (RFC 8949
 * §1.2, §10), and the key rules of RFC 9052 §7.1 bind the recipient, so those vectors are plain rejects. A text
 * string that is not UTF-8 and a float that is not in its shortest form are left to the recipient when nothing
 * reads them (RFC 8949 §5.3, §4.1), as is a crit entry that is no label (RFC 9052 §1.5): those
 * vectors are {@code either}. How many items a decoder takes and whether a trust anchor may hold its private key
 * are the suite's choices: advisory {@code hardening}.
 */
public final class CoseReadingFamily extends CoseFamily {
    /** A key identifier, as in the examples of RFC 9052 Appendix C ('11'). */
    private static final byte[] KID = "11".getBytes(StandardCharsets.US_ASCII);
    /** RFC 9052 §7.1, Table 4: the key parameter alg; §7.1, Table 5: the key operation sign. */
    private static final long KEY_ALG = 3;
    private static final long KEY_OPS = 4;
    private static final long KEY_OP_SIGN = 1;
    /** RFC 9053 §7.1.1, §7.2: the private key d. */
    private static final long D = -4;
    /** A key type the COSE Key Types registry reserves (0), and Symmetric (4) with its key value k (-1). */
    private static final long KTY_RESERVED = 0;
    private static final long KTY_SYMMETRIC = 4;
    private static final long SYMMETRIC_K = -1;
    /** One more data item than the reference verifier's decoder takes from one input (65,536). */
    private static final int MANY_ITEMS = 65_536;

    private static final String ITEM_COUNT_RULE = "hardening: RFC 8949 §10 asks a decoder for resource management"
            + " against input built to exhaust it and sets no limit; the suite decodes at most 65,536 data items from"
            + " one input, so that the memory a message costs is bounded before anything in it is authenticated.";
    private static final String PRIVATE_PART_RULE = "hardening: RFC 9053 §7.1.1 and §7.2 put the private key d in the"
            + " same key object as the public key and give the recipient no rule against it; the suite refuses a"
            + " trust anchor that carries d, since a device that holds its signer's private key can lose it, and a"
            + " key read out of one device then signs for every device that trusts it.";

    @Override
    public String name() {
        return "cose-reading";
    }

    // ---- cbor ------------------------------------------------------------------------------------

    @Case(id = "cose.*.cbor.reserved-additional-info", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose unprotected header is the reserved head 0x1c",
            severity = Severity.MEDIUM, requirements = {"RFC8949-3-well-formed"}, flags = {"MalformedCbor"},
            description = """
                    The valid {alg} base message with the unprotected bucket {-70000: ?}, the value being the one byte
                    0x1c: an unsigned integer head with additional information 28, which RFC 8949 §3 reserves. The
                    header is unsigned and private-use, so it is the only thing wrong with the message.

                    The input is not well-formed CBOR (RFC 8949 Appendix F), and a CBOR decoder accepts only
                    well-formed CBOR (§10). A processor must refuse it (MALFORMED_CBOR). A decoder that gives 28 a
                    length of its own reads the rest of the message differently from every other decoder.""",
            robustness = """
                    Additional information 28 defines no length: a decoder cannot tell where the item ends, so none
                    can read on to the payload and the signature.""")
    BuiltCase reservedAdditionalInfo(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.MALFORMED_CBOR,
                withPrivateHeader(fixture, new CborWriter().initialByte(MajorType.UNSIGNED, 28).toBytes()));
    }

    @Case(id = "cose.*.cbor.indefinite-integer", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose unprotected header is an integer head with additional information 31",
            severity = Severity.MEDIUM, requirements = {"RFC8949-3-well-formed"}, flags = {"MalformedCbor"},
            description = """
                    The valid {alg} base message with the unprotected bucket {-70000: ?}, the value being the one byte
                    0x1f: an unsigned integer head with additional information 31, which marks an indefinite length
                    and means nothing for an integer (RFC 8949 §3.2.4).

                    The input is not well-formed CBOR (RFC 8949 Appendix F), and a CBOR decoder accepts only
                    well-formed CBOR (§10). A processor must refuse it (MALFORMED_CBOR). A decoder that reads on after
                    such a head has made up what the item is.""",
            robustness = """
                    An integer with additional information 31 has no value and no end: there is no item to read or to
                    skip, so no decoder can go on to the payload and the signature.""")
    BuiltCase indefiniteInteger(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.MALFORMED_CBOR,
                withPrivateHeader(fixture, new CborWriter().initialByte(MajorType.UNSIGNED, 31).toBytes()));
    }

    @Case(id = "cose.*.cbor.misplaced-break", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose unprotected header value is a break code",
            severity = Severity.MEDIUM, requirements = {"RFC8949-3-well-formed"}, flags = {"MalformedCbor"},
            description = """
                    The valid {alg} base message with the unprotected bucket a1 3a0001116f ff: a map of one pair whose
                    value is the break stop code 0xff. A break ends an indefinite-length item and stands for no value;
                    this map has a definite length, so the break ends nothing.

                    The input is not well-formed CBOR (RFC 8949 §3.2.1, Appendix F), and a CBOR decoder accepts only
                    well-formed CBOR (§10). A processor must refuse it (MALFORMED_CBOR). A decoder that skips the break
                    reads the next item as the header's value and the rest of the message out of step.""",
            robustness = """
                    The break ends no item: a decoder that skips it takes the payload for the header's value and the
                    signature for the payload, and finds no signature after them.""")
    BuiltCase misplacedBreak(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.MALFORMED_CBOR,
                withPrivateHeader(fixture, new CborWriter().breakCode().toBytes()));
    }

    @Case(id = "cose.*.cbor.indefinite-payload-text-chunk", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose payload is an indefinite-length byte string with a text-string chunk",
            severity = Severity.MEDIUM, requirements = {"RFC8949-3-well-formed", "RFC9052-4.2-sign1-shape"},
            flags = {"MalformedCbor", "IndefiniteLength"},
            description = """
                    The {alg} base message whose payload is written as an indefinite-length byte string of two chunks,
                    the byte string "This is " and the text string "the content.", then a break. The signature is valid
                    over "This is the content.", the concatenation of the chunks' bytes.

                    The chunks of an indefinite-length byte string are definite-length byte strings (RFC 8949 §3.2.3):
                    with a text-string chunk the payload is not well-formed CBOR, and a CBOR decoder accepts only
                    well-formed CBOR (§10). A processor must refuse it (MALFORMED_CBOR). A decoder that joins the
                    bytes of any string chunk verifies a payload whose encoding no other decoder reads.""",
            robustness = """
                    The payload breaks two rules at once: its chunk is a text string, and its length is indefinite,
                    which the reference verifier's deterministic decoding refuses; a processor that skips either rule
                    still meets the other.""")
    BuiltCase indefinitePayloadTextChunk(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        String payload = new String(CoseFixture.PAYLOAD.toByteArray(), StandardCharsets.US_ASCII);
        Bytes chunked = new CborWriter().indefinite(MajorType.BYTES)
                .bytes(payload.substring(0, 8).getBytes(StandardCharsets.US_ASCII)).text(payload.substring(8))
                .breakCode().toBytes();
        return reject(fixture, Reason.MALFORMED_CBOR,
                fixture.message().build().with(CoseSign1Parts.PAYLOAD, chunked).encode());
    }

    @Case(id = "cose.*.cbor.two-byte-nil", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose detached payload's nil is written in two bytes, f8 16",
            severity = Severity.MEDIUM, requirements = {"RFC8949-3-well-formed", "RFC9052-4.1-detached"},
            flags = {"MalformedCbor", "DetachedPayload"},
            description = """
                    The {alg} base message with a detached payload: the application supplies "This is the content.",
                    which the signature covers, and the payload slot holds nil written as f8 16, simple value 22 in
                    the two-byte form. RFC 8949 §3.3 keeps that form for simple values 32 to 255: each simple value has
                    one encoding, and f8 followed by a byte below 32 is not well-formed.

                    A processor must refuse it (MALFORMED_CBOR): a CBOR decoder accepts only well-formed CBOR (RFC 8949
                    §10). A decoder that reads f8 16 as nil verifies the supplied payload and accepts, while a strict
                    decoder on the same device cannot parse the message: bytes that one component acts on and another
                    cannot read let an attacker choose which component decides.""")
    BuiltCase twoByteNil(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().detached().build()
                .with(CoseSign1Parts.PAYLOAD, new CborWriter().initialByte(MajorType.SIMPLE, 24).raw(new byte[] {22})
                        .toBytes())
                .encode();
        return BuiltCase.of(Expectation.reject(Reason.MALFORMED_CBOR), new CoseInput(message,
                Optional.of(CoseFixture.PAYLOAD), Optional.empty(), List.of(fixture.trustedKey())));
    }

    @Case(id = "cose.*.cbor.invalid-utf8-unread", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose unknown unprotected header is a text string of invalid UTF-8",
            severity = Severity.INFO, requirements = {"RFC8949-5.3.1-utf8", "RFC9052-3.1-noncritical-ignorable"},
            flags = {"InvalidUtf8", "UnknownHeader"},
            description = """
                    The valid {alg} base message with the unprotected bucket {-70000: tstr c3 28}: a private-use header
                    nobody knows, not listed in crit, whose text string is not valid UTF-8 (c3 opens a two-byte
                    sequence that 28 cannot continue). The header is not signed.

                    The string is well-formed but invalid CBOR (RFC 8949 §5.3.1). A decoder may check UTF-8 and refuse
                    it, as the reference verifier does (MALFORMED_CBOR), or leave the check to the layer that uses the
                    string, and a layer that does not process an item forwards it as it is (§5.3); a recipient may
                    ignore an unknown header (RFC 9052 §3.1). Both answers are conformant and the result is recorded.
                    A processor that does read text headers must not act on such bytes as text.""")
    BuiltCase invalidUtf8Unread(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return either(fixture, withPrivateHeader(fixture,
                new CborWriter().head(MajorType.TEXT, 2).raw(new byte[] {(byte) 0xc3, 0x28}).toBytes()));
    }

    @Case(id = "cose.*.cbor.float-not-shortest", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with an unknown header 1.5 written as a double-precision float",
            severity = Severity.INFO, requirements = {"RFC8949-4.1-preferred", "RFC9052-3.1-noncritical-ignorable"},
            flags = {"NonDeterministicCbor", "UnknownHeader"},
            description = """
                    The valid {alg} base message with the unprotected bucket {-70000: 1.5}, 1.5 written as a
                    double-precision float (fb 3ff8000000000000) where the half-precision f9 3e00 holds it exactly.
                    The header is unsigned and unknown.

                    The shortest exact float is the preferred serialization, which RFC 8949 §4.1 asks neither encoder
                    nor decoder to enforce; only a protocol that wants deterministic encoding (§4.2) may have its
                    decoders check it, and COSE wants it of the Sig_structure alone (RFC 9052 §9). A processor may
                    accept the message; one whose decoder enforces deterministic encoding on everything it receives,
                    as the reference verifier's does, refuses it (NON_DETERMINISTIC_CBOR). Both are conformant and the
                    result is recorded.""")
    BuiltCase floatNotShortest(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return either(fixture, withPrivateHeader(fixture, new CborWriter().initialByte(MajorType.SIMPLE, 27)
                .raw(Bytes.fromHex("3ff8000000000000")).toBytes()));
    }

    @Case(id = "cose.*.cbor.item-count", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with an unknown header of 65,536 integers",
            severity = Severity.LOW, requirements = {"RFC8949-10-resources", "RFC9052-3.1-noncritical-ignorable"},
            flags = {"ResourceLimit", "UnknownHeader"},
            description = """
                    The valid {alg} base message with the unprotected bucket {-70000: [0, 0, ..., 0]}: a private-use
                    header holding an array of 65,536 zeros, 65 KiB of one-byte items. With the message's own items the
                    input holds more than 65,536 data items.

                    No specification bounds the number of items a decoder takes (RFC 8949 §10 asks for resource
                    management and names no number), and a recipient may ignore an unknown header, so a processor that
                    decodes it all and accepts is conformant. The suite refuses it (RESOURCE_LIMIT, advisory:
                    hardening): each decoded item costs a device memory, and an unsigned header lets anyone make a
                    message as costly as the largest input the device takes.""")
    BuiltCase itemCount(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        CborWriter zeros = new CborWriter().array(MANY_ITEMS);
        for (int item = 0; item < MANY_ITEMS; item++) {
            zeros.unsigned(0);
        }
        return BuiltCase.of(
                Expectation.reject(Reason.RESOURCE_LIMIT).advisory(Advisory.Basis.HARDENING, ITEM_COUNT_RULE),
                fixture.input(withPrivateHeader(fixture, zeros.toBytes())));
    }

    // ---- crit ------------------------------------------------------------------------------------

    @Case(id = "cose.*.crit.byte-string-entry", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose crit lists the byte string h'04' instead of a label",
            severity = Severity.INFO, requirements = {"RFC9052-1.5-label-types", "RFC9052-3.1-param-types"},
            flags = {"Crit", "WrongType"},
            description = """
                    The protected bucket is {1: {id}, 2: [h'04'], 4: h'3131'}: crit lists a byte string, which is no
                    label, where the label of kid (4) would be; kid is present and protected. The signature is valid.

                    crit is an array of labels (RFC 9052 §3.1, Table 3), and labels are integers or text strings; RFC
                    9052 §1.5 makes a label of another type an error on which an application may fail or which it may
                    ignore, and forbids only creating one. A processor may ignore the entry and accept, or refuse the
                    message, as the reference verifier does (HEADER_INVALID). Both are conformant and the result is
                    recorded. What must not happen is that a malformed entry turns crit processing off: the vectors
                    crit.unknown-label and crit.label-absent test that.""")
    BuiltCase critByteStringEntry(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return either(fixture, fixture.message()
                .protectedHeader(fixture.protectedAlg()
                        .put(CoseFixture.CRIT, CborValue.array(CborValue.bytes(new byte[] {(byte) CoseFixture.KID})))
                        .put(CoseFixture.KID, KID).build())
                .build().encode());
    }

    // ---- key -------------------------------------------------------------------------------------

    @Case(id = "cose.*.key.private-part", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose trusted key carries its private part d",
            severity = Severity.LOW, requirements = {"{private-key-req}"}, flags = {"PrivateKey"},
            only = {Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519},
            description = """
                    The {alg} base message signed by an {key} whose COSE_Key, the one trust anchor, carries the private
                    key d (-4) beside its public parameters: a key pair provisioned where only the public key belongs.
                    The signature is valid under the public key.

                    RFC 9053 defines d in the same key object as the public parameters and sets the recipient no rule
                    against a key that holds both, so a processor that verifies with the public part is conformant.
                    The suite refuses the key (BAD_KEY, advisory: hardening): a device that holds its signer's private
                    key can lose it, and a key read out of one device then signs firmware for every device that
                    trusts it.""")
    BuiltCase privatePart(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        KeyPair pair = KeyPair.of(fixture.algorithm().family());
        Bytes message = new CoseSign1Builder(pair.signer(), fixture.protectedAlg().build(), CoseFixture.PAYLOAD).build()
                .encode();
        Bytes keyWithD = pair.signer().publicKey().coseKeyWith(D, CborValue.bytes(pair.privatePart()));
        return BuiltCase.of(Expectation.reject(Reason.BAD_KEY).advisory(Advisory.Basis.HARDENING, PRIVATE_PART_RULE),
                fixture.input(message, List.of(KeyEntry.trusted(keyWithD))));
    }

    @Case(id = "cose.*.key.kty-reserved", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose trusted key has kty 0, a reserved key type",
            severity = Severity.MEDIUM, requirements = {"RFC9052-7.1-kty", "{kty-req}"}, flags = {"KeyType"},
            description = """
                    The valid {alg} base message; the one trusted key is the signer's {key} with kty (1) set to 0,
                    which the COSE Key Types registry reserves, every other parameter unchanged. 0 is also what an
                    unset key type field holds in many programs.

                    RFC 9052 §7.1: kty identifies the key's family, and the recipient must check that it is appropriate
                    for the algorithm in use; no algorithm uses a reserved key type. A processor must refuse the key
                    (BAD_KEY). One that builds the key from its curve, or from the HSS-LMS public key at -1, and never
                    reads kty accepts it, and with it keys whose type nobody stated.""")
    BuiltCase ktyReserved(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return withTrustedKey(fixture, Reason.BAD_KEY, withKty(fixture.publicKey(), KTY_RESERVED));
    }

    @Case(id = "cose.*.key.symmetric", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose one trusted key is a symmetric key",
            severity = Severity.MEDIUM, requirements = {"RFC9052-7.1-kty", "{kty-req}"}, flags = {"KeyType"},
            description = """
                    The valid {alg} base message; the one trust anchor is a symmetric key (kty 4) with 32 secret bytes
                    at k (-1), as a device is provisioned with for COSE_Mac0, which SUIT allows beside COSE_Sign1 to
                    authenticate a manifest.

                    A key of this type cannot verify a {primitive} signature, and the recipient must check that the key
                    type is appropriate for the algorithm (RFC 9052 §7.1). A processor must refuse the message
                    (ALGORITHM_KEY_MISMATCH; BAD_KEY is as good). Accepting it means no key checked the signature.""",
            robustness = """
                    A symmetric key holds no public key of any signature algorithm: a processor that skips the key-type
                    rule still has nothing to verify the signature with.""")
    BuiltCase symmetric(CaseContext<CoseFixture> context) {
        Bytes symmetricKey = CborValue.map().put(CosePublicKey.KTY, KTY_SYMMETRIC)
                .put(SYMMETRIC_K, Sha256.digest((context.family() + ": a MAC key").getBytes(StandardCharsets.US_ASCII)))
                .build().toBytes();
        return withTrustedKey(context.fixture(), Reason.ALGORITHM_KEY_MISMATCH, symmetricKey);
    }

    @Case(id = "cose.*.key.array", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose trusted key is an array of its values, not a map",
            severity = Severity.LOW, requirements = {"RFC9052-7.1-kty", "{kty-req}"}, flags = {"WrongType"},
            description = """
                    The valid {alg} base message; the one trusted key is the signer's {key} written as the array of its
                    parameter values in label order, [kty, ...], without the labels. A COSE_Key is a map from labels to
                    values (RFC 9052 §7), and kty is found by its label.

                    A processor must refuse the key (BAD_KEY). One that reads key parameters by position reads any
                    array as a key, and its notion of which value is the key material is its own.""",
            robustness = """
                    Without labels nothing says which element is the key type and which the key material, so no
                    processor has a key to verify with.""")
    BuiltCase array(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        List<CborValue> values = fixture.publicKey().parameters().stream().map(Map.Entry::getValue).toList();
        return withTrustedKey(fixture, Reason.BAD_KEY, CborValue.array(values).toBytes());
    }

    @Case(id = "cose.*.key.truncated", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose trusted key ends one byte early",
            severity = Severity.LOW, requirements = {"RFC8949-3-well-formed"}, flags = {"Truncated"},
            description = """
                    The valid {alg} base message; the one trusted key is the encoding of the signer's {key} with its
                    last byte cut off, as a key store that lost the end of a record returns it: the last byte string
                    declares one byte more than remains.

                    The COSE_Key is not well-formed CBOR (RFC 8949 §3), and a CBOR decoder accepts only well-formed
                    CBOR (§10). A processor must refuse the key (BAD_KEY). One that pads the missing byte, or reads past
                    the end of the record, verifies with a key nobody provisioned.""",
            robustness = """
                    The key ends inside its last byte string: no decoder reads past the end, so no key remains to
                    verify with.""")
    BuiltCase truncated(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        byte[] key = fixture.publicKey().coseKey().toByteArray();
        return withTrustedKey(fixture, Reason.BAD_KEY, Bytes.of(Arrays.copyOf(key, key.length - 1)));
    }

    @Case(id = "cose.*.key.key-ops-sign-not-an-array", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose trusted key has key_ops 1 (sign), not in an array",
            severity = Severity.MEDIUM, requirements = {"{key-ops-req}"}, flags = {"KeyOps", "WrongType"},
            description = """
                    The valid {alg} base message; the one trusted key is the signer's {key} with key_ops (4) = 1: the
                    operation sign, written as a bare integer where RFC 9052 §7.1 has an array of operations. The key's
                    owner restricted it to signing.

                    If key_ops is present, verifying needs verify (2) among its operations, and 1 is not verify in any
                    reading. A processor must refuse the key (BAD_KEY). One that looks for verify only when key_ops is
                    an array, and otherwise ignores it, verifies with a key its owner kept from verifying.""")
    BuiltCase keyOpsSignNotAnArray(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return withTrustedKey(fixture, Reason.BAD_KEY,
                fixture.publicKey().coseKeyWith(KEY_OPS, CborValue.integer(KEY_OP_SIGN)));
    }

    @Case(id = "cose.*.key.alg-float", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose trusted key has alg {foreign-id}.0, a float",
            severity = Severity.MEDIUM, requirements = {"RFC9052-7.1-key-alg", "{key-alg-req}"},
            flags = {"KeyAlg", "WrongType"},
            description = """
                    The valid {alg} base message; the one trusted key is the signer's {key} with alg (3) = {foreign-id}.0,
                    {foreign} written as a half-precision float, a type RFC 9052 §7.1 does not give alg (an integer or
                    a text string). The key's owner meant to restrict it to another algorithm.

                    If a key carries alg, the recipient must check that it is the algorithm in use and otherwise not
                    use the key (RFC 9052 §7.1); a float is not {id} in any reading. A processor must refuse the key
                    (BAD_KEY). One that reads alg with a typed getter and takes a value of the wrong type for no alg at
                    all verifies with a key its owner excluded from {name}.""")
    BuiltCase algFloat(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        List<Map.Entry<Long, CborValue>> parameters = fixture.publicKey().parameters();
        CborWriter key = new CborWriter().map(parameters.size() + 1L);
        parameters.forEach(parameter -> key.integer(parameter.getKey()).item(parameter.getValue()));
        key.integer(KEY_ALG).raw(CoseHeaderFamily.halfFloat(fixture.foreign().coseId()));
        return withTrustedKey(fixture, Reason.BAD_KEY, key.toBytes());
    }

    // ---- keys ------------------------------------------------------------------------------------

    @Case(id = "cose.*.keys.no-trust-anchor", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 offered with the signer's key, untrusted, and no trust anchor",
            severity = Severity.CRITICAL, requirements = {"RFC9124-REQ.SEC.AUTHENTIC"}, flags = {"UntrustedKey"},
            description = """
                    The valid {alg} base message with one key: the signer's {key}, marked untrusted (trusted: false),
                    as a key carried with the message or taken from a certificate not yet validated would be. No trust
                    anchor is given.

                    A processor must refuse it (SIGNATURE_INVALID): only a trust anchor authenticates, and there is
                    none. One that verifies under any key it is shown accepts a message anyone signs with a key of
                    their own.""",
            robustness = """
                    There is no trust anchor, so whichever rule a processor skips it has no key it may verify with;
                    only one that trusts an offered key accepts, which keys.untrusted-key-verifies tests beside a trust
                    anchor.""")
    BuiltCase noTrustAnchor(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), fixture.input(
                fixture.message().build().encode(), List.of(new KeyEntry(fixture.publicKey().coseKey(), false))));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /**
     * A signing key of an EC2 or OKP family made for one vector, with its private part d as RFC 9053 §7.1.1
     * (the 32-byte scalar) and §7.2 (the 32-byte seed, RFC 8032 §5.1.5) encode it.
     */
    private record KeyPair(CoseSigner signer, byte[] privatePart) {
        static KeyPair of(Algorithm.Family family) {
            byte[] secret = Sha256.digest(("cose-reading: a key pair provisioned as a trust anchor, " + family)
                    .getBytes(StandardCharsets.US_ASCII));
            return switch (family) {
                case ECDSA_P256 -> {
                    BigInteger d = new BigInteger(1, secret).mod(EcdsaP256.N.subtract(BigInteger.ONE))
                            .add(BigInteger.ONE);
                    EcdsaP256TestKey key = EcdsaP256TestKey.fromScalar(d);
                    yield new KeyPair(new CoseSigner(CosePublicKey.ec2P256(key.x(), key.y()),
                            message -> CoseKeyring.lowS(Bytes.of(key.sign(message)))), EcdsaP256.fixed(d));
                }
                case ED25519 -> {
                    Ed25519TestKey key = Ed25519TestKey.fromSeed(secret);
                    yield new KeyPair(new CoseSigner(CosePublicKey.okpEd25519(key.publicKey()), message -> Bytes.of(key.sign(message))), secret);
                }
                case HSS_LMS -> throw new IllegalArgumentException("an HSS-LMS COSE_Key has no private part");
            };
        }
    }

    /** {@code key}'s COSE_Key with kty replaced by {@code kty}, every other parameter as it is. */
    private static Bytes withKty(CosePublicKey key, long kty) {
        CborValue.MapBuilder map = CborValue.map();
        for (Map.Entry<Long, CborValue> parameter : key.parameters()) {
            map.put(parameter.getKey(), parameter.getKey() == CosePublicKey.KTY ? CborValue.integer(kty)
                    : parameter.getValue());
        }
        return map.build().toBytes();
    }

    /** The base message with the unprotected bucket {-70000: value}, {@code value} encoded as given. */
    private static Bytes withPrivateHeader(CoseFixture fixture, Bytes value) {
        Bytes unprotected = new CborWriter().map(1).integer(CoseFixture.PRIVATE_LABEL).raw(value).toBytes();
        return fixture.message().build().with(CoseSign1Parts.UNPROTECTED, unprotected).encode();
    }

    /** The base message with {@code coseKey} as the one trust anchor. */
    private static BuiltCase withTrustedKey(CoseFixture fixture, Reason reason, Bytes coseKey) {
        return BuiltCase.of(Expectation.reject(reason),
                fixture.input(fixture.message().build().encode(), List.of(KeyEntry.trusted(coseKey))));
    }

    private static BuiltCase reject(CoseFixture fixture, Reason reason, Bytes message) {
        return BuiltCase.of(Expectation.reject(reason), fixture.input(message));
    }

    private static BuiltCase either(CoseFixture fixture, Bytes message) {
        return BuiltCase.of(Expectation.either(), fixture.input(message));
    }
}
