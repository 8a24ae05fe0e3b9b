package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.cbor.HeadWidth;
import dev.suitcase.vectors.cbor.MajorType;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a COSE_Sign1 (RFC 9052 §4.2) for each of the five algorithm ids: its tag, its four
 * elements and their types, how it is encoded, where its payload travels (§4.1) and the external
 * AAD it is bound to (§4.3). Every vector changes one thing in the valid base message of
 * {@link CoseFixture}, whose signature stays valid for what was signed, so that the one change is
 * all a processor can object to.
 */
public final class CoseStructureFamily extends CoseFamily {
    /** Another payload than the one signed, for the detached-payload cases. */
    private static final Bytes OTHER_PAYLOAD = Bytes.of("This is other content.".getBytes(StandardCharsets.UTF_8));
    /** External AAD: the class identifier of the SUIT manifest draft's examples, UUID5(vendor id, "suit"). */
    private static final Bytes AAD = Bytes.fromHex("1492af1425695e48bf429b2d51f2ab45");
    /** Another external AAD: the vendor identifier of the same examples, UUID5(DNS, "arm.com"). */
    private static final Bytes OTHER_AAD = Bytes.fromHex("fa6b4a53d5ad5fdfbe9de663e4d41ffe");
    private static final int NESTING_BOMB_DEPTH = 10_000;

    @Override
    public String name() {
        return "cose-structure";
    }

    // ---- tag -------------------------------------------------------------------------------------

    @Case(id = "cose.*.tag.tagged", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 tagged 18 with a valid signature",
            severity = Severity.HIGH,
            requirements = {"RFC9052-4.2-sign1-tag", "RFC9052-4.2-sign1-shape", "RFC9052-4.4-sig-structure", "{alg-req}"},
            flags = {"Valid"},
            description = """
                    The base message of the COSE vectors for {alg}: COSE_Sign1_Tagged (tag 18), protected bucket
                    {1: {id}}, an empty unprotected bucket, the attached payload "This is the content." and a
                    {primitive} signature over the Sig_structure ["Signature1", protected bytes, h'', payload], made
                    with the one trusted key, an {key}.

                    A processor must accept it. Every other vector of the COSE families changes one thing in this
                    message, so a processor that refuses it makes all of their results meaningless; it is also the
                    shape of a SUIT authentication block (tagged, alg protected).""")
    BuiltCase tagged(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return accept(fixture, fixture.message().build().encode());
    }

    @Case(id = "cose.*.tag.untagged", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 without tag, valid signature",
            severity = Severity.LOW, requirements = {"RFC9052-4.2-sign1-tag", "RFC9052-4.2-sign1-shape"},
            flags = {"Valid", "Untagged"},
            description = """
                    The valid {alg} base message without its tag 18: a bare COSE_Sign1 array. RFC 9052 §2 and §4.2
                    define COSE_Sign1 both tagged and untagged; the tag may be left out when the context says what
                    the structure is, as it does for the input of a COSE_Sign1 verifier.

                    A processor must accept it at this layer. SUIT requires the tag inside an envelope, a rule of the
                    SUIT layer that its own vectors check. Refusing untagged messages here breaks interoperability
                    with the protocols that send COSE_Sign1 untagged.""")
    BuiltCase untagged(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return accept(fixture, fixture.message().build().untagged().encode());
    }

    @Case(id = "cose.*.tag.tag-17-cose-mac0", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 under tag 17 (COSE_Mac0)",
            severity = Severity.MEDIUM, requirements = {"RFC9052-4.2-sign1-tag"}, flags = {"WrongTag"},
            description = """
                    The valid {alg} message tagged 17 instead of 18. Tag 17 is COSE_Mac0_Tagged (RFC 9052 Table 1): the
                    same four-element shape as COSE_Sign1, with a MAC tag in place of the signature and "MAC0" as
                    context.

                    A COSE_Sign1 verifier must refuse a message whose tag names another structure (BAD_STRUCTURE)
                    instead of ignoring the tag. SUIT authentication blocks may be COSE_Mac0 or COSE_Sign1; a
                    processor that dispatches on the tag in one place and ignores it in another can be led to check a
                    MAC as a signature or the reverse, a type confusion between symmetric and asymmetric trust.""")
    BuiltCase tag17(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build().withTags(17).encode());
    }

    @Case(id = "cose.*.tag.tag-97-cose-mac", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 under tag 97 (COSE_Mac)",
            severity = Severity.LOW, requirements = {"RFC9052-4.2-sign1-tag"}, flags = {"WrongTag"},
            description = """
                    The valid {alg} message tagged 97, COSE_Mac_Tagged (RFC 9052 Table 1): a MACed message with
                    recipients, whose fifth element lists them.

                    A COSE_Sign1 verifier must refuse it (BAD_STRUCTURE): the tag says the array is something else, and
                    a processor that ignores tags accepts whatever structure an attacker relabels.""")
    BuiltCase tag97(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build().withTags(97).encode());
    }

    @Case(id = "cose.*.tag.tag-98-cose-sign", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 under tag 98 (COSE_Sign)",
            severity = Severity.LOW, requirements = {"RFC9052-4.2-sign1-tag", "RFC9052-4.4-context"},
            flags = {"WrongTag"},
            description = """
                    The valid {alg} message tagged 98, COSE_Sign_Tagged: the multi-signer structure, whose fourth
                    element is an array of COSE_Signature and whose signatures are made with the context "Signature"
                    and a sign_protected field (RFC 9052 §4.1, §4.4). COSE_Sign and COSE_Sign1 cannot be converted into
                    each other.

                    A processor must refuse it (BAD_STRUCTURE). One that reads the tag as "some signed message" and
                    then verifies it as COSE_Sign1 has no single notion of what it verified.""")
    BuiltCase tag98(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build().withTags(98).encode());
    }

    @Case(id = "cose.*.tag.tag-96-cose-encrypt", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 under tag 96 (COSE_Encrypt)",
            severity = Severity.LOW, requirements = {"RFC9052-4.2-sign1-tag"}, flags = {"WrongTag"},
            description = """
                    The valid {alg} message tagged 96, COSE_Encrypt_Tagged (RFC 9052 Table 1), an encrypted message with
                    recipients.

                    A COSE_Sign1 verifier must refuse it (BAD_STRUCTURE): the tag announces encrypted content, not a
                    signed one, and a processor that does not look at it cannot tell a signed manifest from anything
                    else wrapped in four elements.""")
    BuiltCase tag96(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build().withTags(96).encode());
    }

    @Case(id = "cose.*.tag.tag-16-cose-encrypt0", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 under tag 16 (COSE_Encrypt0)",
            severity = Severity.LOW, requirements = {"RFC9052-4.2-sign1-tag"}, flags = {"WrongTag"},
            description = """
                    The valid {alg} message tagged 16, COSE_Encrypt0_Tagged (RFC 9052 Table 1): like COSE_Sign1 an
                    array whose first three elements are protected, unprotected and content, but its content is
                    ciphertext and it has no fourth element.

                    A COSE_Sign1 verifier must refuse it (BAD_STRUCTURE). Accepting it shows the tag is not checked at
                    all, so no tag-based dispatch in the same processor can be trusted.""")
    BuiltCase tag16(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build().withTags(16).encode());
    }

    @Case(id = "cose.*.tag.tag-18-twice", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 tagged 18 twice: 18(18([...]))",
            severity = Severity.LOW, requirements = {"RFC9052-4.2-sign1-tag", "RFC9052-4.2-sign1-shape"},
            flags = {"WrongTag"},
            description = """
                    The valid {alg} message with a second tag 18 around the tagged one. COSE_Sign1_Tagged is one tag 18
                    in front of the array (RFC 9052 §4.2); a tag 18 whose content is another tag is neither a
                    COSE_Sign1 nor any other COSE structure.

                    A processor must refuse it (BAD_STRUCTURE). A decoder that strips tags in a loop accepts it, and
                    then one signed message has any number of encodings, which defeats duplicate detection and every
                    comparison of received bytes.""")
    BuiltCase tag18Twice(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build().withTags(18, 18).encode());
    }

    @Case(id = "cose.*.tag.self-described-cbor", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1_Tagged inside the self-described CBOR tag 55799",
            severity = Severity.INFO, requirements = {"RFC9052-4.2-sign1-tag"}, flags = {"SelfDescribedCbor"},
            description = """
                    The valid {alg} message, tagged 18, inside tag 55799 (0xd9d9f7), the self-described CBOR tag of
                    RFC 8949 §3.4.6, which marks data as CBOR without changing the meaning of the item it encloses.

                    RFC 9052 does not mention the tag. A processor may strip it and accept the COSE_Sign1_Tagged inside,
                    or refuse any tag but 18 in front of a COSE_Sign1, as the reference verifier does (BAD_STRUCTURE).
                    Both are conformant and the result is recorded. A processor that strips 55799 must strip only
                    that tag, once, and still require 18 behind it.""")
    BuiltCase selfDescribedCbor(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return either(fixture, fixture.message().build().withTags(55799, 18).encode());
    }

    // ---- structure -------------------------------------------------------------------------------

    @Case(id = "cose.*.structure.arity-3", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with three elements: the payload left out",
            severity = Severity.LOW, requirements = {"RFC9052-4.2-sign1-shape"}, flags = {"WrongArity"},
            description = """
                    The valid {alg} message with its payload element removed: [protected, unprotected, signature].
                    RFC 9052 §4.2 fixes COSE_Sign1 at four elements, the payload being nil when it travels separately.

                    A processor must refuse the three-element array (BAD_STRUCTURE). One that reads elements by
                    position without checking the count takes the signature for the payload and reads past the
                    array for a signature.""",
            robustness = """
                    The array has no fourth element: a processor that does not count takes the signature for the
                    payload and finds no signature after it, so none can go on to verify.""")
    BuiltCase arity3(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build().without(CoseSign1Parts.PAYLOAD).encode());
    }

    @Case(id = "cose.*.structure.arity-5", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with a fifth element after the signature",
            severity = Severity.MEDIUM, requirements = {"RFC9052-4.2-sign1-shape"}, flags = {"WrongArity"},
            description = """
                    The valid {alg} message with a fifth element, an empty byte string, after the signature. RFC 9052
                    §4.2 fixes COSE_Sign1 at four elements.

                    A processor must refuse it (BAD_STRUCTURE). One that reads the first four elements and ignores the
                    rest accepts a message carrying data no signature covers, which another component reading the
                    same message may act on.""")
    BuiltCase arity5(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE,
                fixture.message().build().plus(new CborWriter().bytes(new byte[0]).toBytes()).encode());
    }

    @Case(id = "cose.*.structure.unprotected-wrapped", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with the unprotected bucket wrapped in a bstr",
            severity = Severity.LOW, requirements = {"RFC9052-3-buckets", "RFC9052-4.2-sign1-shape"},
            flags = {"WrongType"},
            description = """
                    The valid {alg} message with its unprotected bucket wrapped in a byte string like the protected
                    one: h'a0' instead of the map {}. RFC 9052 §3 makes the protected bucket a bstr and the
                    unprotected bucket a map.

                    A processor must refuse it (BAD_STRUCTURE). Producers that wrap both buckets exist; a processor
                    that unwraps whatever it finds has a header model no other implementation shares.""")
    BuiltCase unprotectedWrapped(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes wrappedEmptyMap = new CborWriter().bytes(CborValue.map().build().encode()).toBytes();
        return reject(fixture, Reason.BAD_STRUCTURE,
                fixture.message().build().with(CoseSign1Parts.UNPROTECTED, wrappedEmptyMap).encode());
    }

    @Case(id = "cose.*.structure.payload-text", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose payload is a text string",
            severity = Severity.LOW, requirements = {"RFC9052-4.2-sign1-shape"}, flags = {"WrongType"},
            description = """
                    The payload element is the text string "This is the content." instead of a byte string holding
                    the same bytes; the signature is valid over those bytes. RFC 9052 §4.2: the payload is a bstr, or
                    nil when detached.

                    A processor must refuse it (BAD_STRUCTURE). One that takes the bytes of any string accepts it, and
                    hands the application a payload whose type the signer did not produce; applications that decode
                    the payload by its CBOR type then disagree about what was signed.""")
    BuiltCase payloadText(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes text = CborValue.text(new String(CoseFixture.PAYLOAD.toByteArray(), StandardCharsets.UTF_8)).toBytes();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build().with(CoseSign1Parts.PAYLOAD, text).encode());
    }

    @Case(id = "cose.*.structure.signature-nil", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose signature element is nil",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.2-sign1-shape", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"WrongType", "MissingSignature"},
            description = """
                    The {alg} base message with nil in place of its signature. RFC 9052 §4.2: the signature is a byte
                    string.

                    A processor must refuse it (BAD_STRUCTURE; SIGNATURE_MALFORMED is as good). A processor that reads
                    nil as "no signature to check" and goes on accepts a message nobody signed: anyone can then send
                    an authenticated-looking payload, such as a manifest digest.""",
            robustness = """
                    The signature element is nil: a processor that skips its type check has no signature bytes, and
                    verifying none fails, so only one that never verifies at all accepts it.""")
    BuiltCase signatureNil(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE,
                fixture.message().build().with(CoseSign1Parts.SIGNATURE, new CborWriter().nil().toBytes()).encode());
    }

    @Case(id = "cose.*.structure.indefinite-array", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 array with indefinite length",
            severity = Severity.INFO, requirements = {"RFC9052-4.2-sign1-shape", "RFC9052-9-deterministic"},
            flags = {"NonDeterministicCbor", "IndefiniteLength"},
            description = """
                    The valid {alg} message with its array encoded with indefinite length (0x9f, the four elements,
                    0xff) instead of the head 0x84. The elements and the signature are unchanged and valid.

                    RFC 9052 §9 requires definite lengths for the Sig_structure a verifier builds, not for the message
                    it receives, so a processor may accept this; a processor whose decoder enforces deterministic
                    encoding (RFC 8949 §4.2.1), as the reference verifier's does, refuses it with
                    NON_DETERMINISTIC_CBOR. Both are conformant and the result is recorded. A processor that accepts
                    it must still build its Sig_structure with definite lengths, and bound the array by the break
                    byte, not by a count.""")
    BuiltCase indefiniteArray(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return either(fixture, fixture.message().build().encodeIndefinite());
    }

    @Case(id = "cose.*.structure.indefinite-unprotected", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with an indefinite-length unprotected map",
            severity = Severity.INFO, requirements = {"RFC9052-3-buckets", "RFC9052-9-deterministic"},
            flags = {"NonDeterministicCbor", "IndefiniteLength"},
            description = """
                    The valid {alg} message whose empty unprotected bucket is encoded as an indefinite-length map
                    (0xbf 0xff) instead of 0xa0. The unprotected bucket is not signed, so the signature stays valid.

                    RFC 9052 §9 restricts only the encoding of the Sig_structure; a processor may accept this, and a
                    processor that enforces deterministic encoding (RFC 8949 §4.2.1), as the reference verifier does,
                    refuses it with NON_DETERMINISTIC_CBOR. Both are conformant; the result is recorded. What matters
                    on a device is that a decoder that accepts indefinite maps also bounds them.""")
    BuiltCase indefiniteUnprotected(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes indefiniteEmptyMap = new CborWriter().indefinite(MajorType.MAP).breakCode().toBytes();
        return either(fixture, fixture.message().build().with(CoseSign1Parts.UNPROTECTED, indefiniteEmptyMap).encode());
    }

    @Case(id = "cose.*.structure.non-minimal-signature-length", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose signature length has a non-minimal head",
            severity = Severity.INFO, requirements = {"RFC9052-4.2-sign1-shape", "RFC9052-9-deterministic"},
            flags = {"NonDeterministicCbor", "NonMinimalHead"},
            description = """
                    The valid {alg} message whose signature byte string carries its length in four bytes
                    (0x5a and a 32-bit length) where a shorter head suffices. The signature bytes are unchanged and
                    valid.

                    RFC 9052 §9 requires minimal heads only in the Sig_structure, so a processor may accept this; a
                    processor that enforces deterministic encoding (RFC 8949 §4.2.1), as the reference verifier does,
                    refuses it with NON_DETERMINISTIC_CBOR. Both are conformant; the result is recorded.""")
    BuiltCase nonMinimalSignatureLength(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        CoseSign1Builder message = fixture.message();
        Bytes signature = message.signature();
        Bytes longHead = new CborWriter().head(MajorType.BYTES, signature.length(), HeadWidth.FOUR).raw(signature).toBytes();
        return either(fixture, message.build().with(CoseSign1Parts.SIGNATURE, longHead).encode());
    }

    @Case(id = "cose.*.structure.non-minimal-alg", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose protected alg has a non-minimal head, signed as sent",
            severity = Severity.INFO,
            requirements = {"RFC9052-4.4-sig-structure", "RFC9052-9-deterministic", "RFC9052-3-buckets"},
            flags = {"NonDeterministicCbor", "NonMinimalHead", "ProtectedBytesAsReceived"},
            description = """
                    The protected bucket holds {1: {id}} with the integer {id} encoded with a two-byte argument
                    (0x39 0x00 and one byte) where one byte or none suffices; the signature is valid over these
                    protected bytes exactly as sent, which is what RFC 9052 §4.4 puts into the Sig_structure.

                    A processor may accept it, and then only by signing the protected bytes as received. A processor
                    that enforces deterministic encoding (RFC 8949 §4.2.1), as the reference verifier does, refuses it
                    with NON_DETERMINISTIC_CBOR; both are conformant and the result is recorded. A processor that
                    decodes the bucket and re-encodes it canonically before verifying computes other bytes and finds
                    the signature invalid: a rejection here, but the same bug refuses valid messages from any encoder
                    whose choices differ from its own.""")
    BuiltCase nonMinimalAlg(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        long argument = -1 - fixture.id();
        Bytes protectedContent = new CborWriter().map(1).integer(CoseFixture.ALG)
                .head(MajorType.NEGATIVE, argument, HeadWidth.TWO).toBytes();
        return either(fixture, fixture.message().protectedBytes(protectedContent).build().encode());
    }

    @Case(id = "cose.*.structure.duplicate-unprotected-label", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose unprotected bucket repeats the label kid",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-unique-labels", "RFC9052-9-duplicate-labels"},
            flags = {"DuplicateKey"},
            description = """
                    The valid {alg} message with an unprotected bucket that holds kid (4) twice, h'01' then h'02':
                    {4: h'01', 4: h'02'}. The unprotected bucket is not signed, so the signature stays valid.

                    RFC 9052 §3: labels in a map MUST be unique and a message repeating one MUST be rejected as
                    malformed; §9: applications MUST NOT parse and process it. A processor must refuse it
                    (DUPLICATE_KEY). Decoders that keep the first or the last value read different key ids from the
                    same message, so two components of one device can disagree about which key signed it.""")
    BuiltCase duplicateUnprotectedLabel(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes duplicated = new CborWriter().map(2).integer(CoseFixture.KID).bytes(new byte[] {1})
                .integer(CoseFixture.KID).bytes(new byte[] {2}).toBytes();
        return reject(fixture, Reason.DUPLICATE_KEY,
                fixture.message().build().with(CoseSign1Parts.UNPROTECTED, duplicated).encode());
    }

    @Case(id = "cose.*.structure.trailing-byte", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 followed by one more byte",
            severity = Severity.MEDIUM, requirements = {"RFC9052-4.2-sign1-shape"}, flags = {"TrailingBytes"},
            description = """
                    The valid {alg} message followed by the byte 0x00, a complete CBOR item (the integer 0). The input
                    is a sequence of two items, not one COSE_Sign1.

                    A processor must refuse it (MALFORMED_CBOR). A decoder that stops after the first item and ignores
                    the rest accepts bytes nobody signed as part of an authenticated message; whatever reads the
                    whole input later, such as a store that keeps the message as received, carries them along.""")
    BuiltCase trailingByte(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().build().encode();
        return reject(fixture, Reason.MALFORMED_CBOR, new CborWriter().raw(message).unsigned(0).toBytes());
    }

    @Case(id = "cose.*.structure.nesting-bomb", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose signature is 10,000 nested arrays",
            severity = Severity.HIGH, requirements = {"RFC9052-4.2-sign1-shape"}, flags = {"NestingBomb", "ResourceLimit"},
            description = """
                    The {alg} base message with its signature replaced by 10,000 nested one-element arrays around an
                    empty byte string: well-formed CBOR of 10,000 levels. The signature must be a byte string, so the
                    message is invalid whatever the depth.

                    A processor must refuse it without exhausting its stack. The reference verifier stops decoding at
                    32 levels (RESOURCE_LIMIT); BAD_STRUCTURE is as good an answer, a crash or a hang is not. On a
                    device, a recursive decoder without a depth limit overflows its stack on such input, which takes
                    down the update agent or the bootloader and may corrupt memory.""",
            robustness = """
                    The signature is nested arrays, not a byte string: a processor without a depth limit runs out of
                    stack or finds no signature to verify, so none can go on past it.""")
    BuiltCase nestingBomb(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        CborWriter bomb = new CborWriter();
        for (int level = 0; level < NESTING_BOMB_DEPTH; level++) {
            bomb.array(1);
        }
        bomb.bytes(new byte[0]);
        return reject(fixture, Reason.RESOURCE_LIMIT,
                fixture.message().build().with(CoseSign1Parts.SIGNATURE, bomb.toBytes()).encode());
    }

    @Case(id = "cose.*.structure.length-bomb", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose signature head declares 2^63-1 bytes",
            severity = Severity.HIGH, requirements = {"RFC9052-4.2-sign1-shape"}, flags = {"AllocationBomb", "Truncated"},
            description = """
                    The {alg} base message whose signature byte string head declares 2^63-1 bytes (0x5b
                    0x7fffffffffffffff), followed by the real signature; the input ends long before the declared
                    length.

                    A processor must refuse the truncated input (MALFORMED_CBOR) by comparing the declared length with
                    the bytes present before allocating anything. A decoder that allocates the declared length first
                    fails its allocation or exhausts memory: on a device, an update agent brought down by a few bytes.""",
            robustness = """
                    The signature declares 2^63-1 bytes and the input ends after a few dozen: no decoder reads past
                    the end, so none can go on to verify.""")
    BuiltCase lengthBomb(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        CoseSign1Builder message = fixture.message();
        Bytes bomb = new CborWriter().head(MajorType.BYTES, Long.MAX_VALUE, HeadWidth.EIGHT).raw(message.signature()).toBytes();
        return reject(fixture, Reason.MALFORMED_CBOR, message.build().with(CoseSign1Parts.SIGNATURE, bomb).encode());
    }

    @Case(id = "cose.*.structure.count-bomb", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose unprotected map head declares 2^32-1 pairs",
            severity = Severity.HIGH, requirements = {"RFC9052-3-buckets", "RFC9052-4.2-sign1-shape"},
            flags = {"AllocationBomb", "ResourceLimit", "Truncated"},
            description = """
                    The {alg} base message whose unprotected bucket starts with a map head declaring 4,294,967,295 pairs
                    (0xba 0xffffffff); the payload and the signature follow, and the input ends after them.

                    A processor must refuse it without reserving room for four billion entries. The reference
                    verifier refuses a count above its item limit before reading on (RESOURCE_LIMIT); refusing the
                    truncated input (MALFORMED_CBOR) is as good. A decoder that pre-allocates from the declared count
                    exhausts a device's memory with six bytes.""",
            robustness = """
                    The unprotected map declares 4,294,967,295 pairs and the input ends after a few dozen bytes: a
                    processor without an item limit finds it truncated, so none can go on to verify.""")
    BuiltCase countBomb(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes bomb = new CborWriter().head(MajorType.MAP, 0xffff_ffffL, HeadWidth.FOUR).toBytes();
        return reject(fixture, Reason.RESOURCE_LIMIT,
                fixture.message().build().with(CoseSign1Parts.UNPROTECTED, bomb).encode());
    }

    // ---- payload ---------------------------------------------------------------------------------

    @Case(id = "cose.*.payload.detached", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with detached payload, the payload supplied",
            severity = Severity.HIGH,
            requirements = {"RFC9052-4.1-detached", "RFC9052-4.4-sig-structure", "SUITM-8.3-detached-payload"},
            flags = {"Valid", "DetachedPayload"},
            description = """
                    The {alg} base message with a detached payload: nil in the payload slot, and the application
                    supplies "This is the content.", which the signature covers. RFC 9052 §4.1 and §4.4: the full
                    payload goes into the Sig_structure however it is transported.

                    A processor must accept it. Every SUIT authentication block works this way, its payload being the
                    manifest digest carried beside it (draft-ietf-suit-manifest §8.3): refusing a detached payload means
                    refusing every SUIT envelope.""")
    BuiltCase detached(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().detached().build().encode();
        return BuiltCase.of(Expectation.accept(), detachedInput(fixture, message, CoseFixture.PAYLOAD));
    }

    @Case(id = "cose.*.payload.detached-not-supplied", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with nil payload and no payload supplied",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.1-detached"}, flags = {"DetachedPayload"},
            description = """
                    The {alg} message carries nil as its payload (detached, RFC 9052 §4.1) and the application supplies
                    no payload. The signature is a valid signature by the trusted key over the empty payload, as a
                    signer that detached a payload it never had produces, and as anyone holding such a message can
                    reuse.

                    A processor must refuse it (BAD_STRUCTURE): the payload the signature is meant to cover was not
                    supplied. A processor that reads the missing payload as empty verifies the signature and reports
                    success for content it never saw, and the application then trusts whatever it pairs with the
                    message.""")
    BuiltCase detachedNotSupplied(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE,
                new CoseSign1Builder(fixture.signer(), fixture.protectedAlg().build(), Bytes.empty()).detached().build()
                        .encode());
    }

    @Case(id = "cose.*.payload.detached-other-content", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with detached payload, other content supplied",
            severity = Severity.CRITICAL,
            requirements = {"RFC9052-4.1-detached", "RFC9052-4.4-sig-structure", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"DetachedPayload", "ModifiedPayload"},
            description = """
                    The {alg} message has a detached payload and was signed over "This is the content."; the
                    application supplies "This is other content." instead.

                    A processor must refuse it (SIGNATURE_INVALID): the Sig_structure is built from the supplied
                    payload (RFC 9052 §4.4), and the signature does not cover it. Accepting it means the detached
                    payload is not bound at all: in SUIT, any manifest digest would pass with any signature.""")
    BuiltCase detachedOtherContent(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().detached().build().encode();
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), detachedInput(fixture, message, OTHER_PAYLOAD));
    }

    @Case(id = "cose.*.payload.attached-and-supplied", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with attached payload and a different payload supplied",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.1-detached", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"DetachedPayload", "AmbiguousPayload"},
            description = """
                    The valid {alg} base message carries its payload, "This is the content.", and the application also
                    supplies a detached payload, "This is other content.". RFC 9052 §4.1 puts nil in the payload slot
                    exactly when the content travels separately; here it is both attached and supplied.

                    A processor must refuse the combination (BAD_STRUCTURE); verifying the supplied payload, which the
                    signature does not cover, and rejecting is as good. A processor that verifies the attached payload
                    and reports success lets the application believe the bytes it supplied were authenticated: in SUIT,
                    a manifest digest that no one signed.""")
    BuiltCase attachedAndSupplied(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().build().encode();
        return BuiltCase.of(Expectation.reject(Reason.BAD_STRUCTURE), detachedInput(fixture, message, OTHER_PAYLOAD));
    }

    // ---- aad -------------------------------------------------------------------------------------

    @Case(id = "cose.*.aad.bound", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 signed with external AAD, the same AAD supplied",
            severity = Severity.LOW, requirements = {"RFC9052-4.3-external-aad", "RFC9052-4.4-sig-structure"},
            flags = {"Valid", "ExternalAad"},
            description = """
                    The {alg} base message signed with 16 bytes of external AAD (h'1492af1425695e48bf429b2d51f2ab45',
                    a device class identifier an application might bind a message to), and the same AAD supplied
                    for verification. RFC 9052 §4.3: external AAD is not carried in the message but enters the
                    Sig_structure as external_aad.

                    A processor must accept it. Refusing it means external AAD cannot be used at all with this
                    processor.""")
    BuiltCase aadBound(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().signedWithAad(AAD).build().encode();
        return BuiltCase.of(Expectation.accept(), aadInput(fixture, message, Optional.of(AAD)));
    }

    @Case(id = "cose.*.aad.wrong", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 signed with one external AAD, verified with another",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.3-external-aad", "RFC9052-4.4-sig-structure"},
            flags = {"ExternalAad"},
            description = """
                    The {alg} message was signed with external AAD h'1492af1425695e48bf429b2d51f2ab45' (a class
                    identifier); the application verifies it with h'fa6b4a53d5ad5fdfbe9de663e4d41ffe' (a vendor
                    identifier). RFC 9052 §4.3, §4.4: external AAD is part of the signed Sig_structure.

                    A processor must refuse it (SIGNATURE_INVALID). A processor that ignores the supplied AAD accepts a
                    message made for one context in another: the binding the application relies on does not exist.""")
    BuiltCase aadWrong(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().signedWithAad(AAD).build().encode();
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), aadInput(fixture, message, Optional.of(OTHER_AAD)));
    }

    @Case(id = "cose.*.aad.missing", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 signed with external AAD, verified without",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.3-external-aad", "RFC9052-4.4-sig-structure"},
            flags = {"ExternalAad"},
            description = """
                    The {alg} message was signed with external AAD h'1492af1425695e48bf429b2d51f2ab45'; the application
                    supplies none, so external_aad is the empty byte string (RFC 9052 §4.3).

                    A processor must refuse it (SIGNATURE_INVALID). Accepting it means the signed AAD was ignored or
                    taken from somewhere else than the application: the message verifies in a context it was not made
                    for.""")
    BuiltCase aadMissing(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().signedWithAad(AAD).build().encode();
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), aadInput(fixture, message, Optional.empty()));
    }

    @Case(id = "cose.*.aad.unexpected", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 signed without external AAD, verified with AAD",
            severity = Severity.CRITICAL, requirements = {"RFC9052-4.3-external-aad", "RFC9052-4.4-sig-structure"},
            flags = {"ExternalAad"},
            description = """
                    The {alg} base message was signed with empty external AAD; the application verifies it with
                    external AAD h'1492af1425695e48bf429b2d51f2ab45'.

                    A processor must refuse it (SIGNATURE_INVALID): the Sig_structure it builds differs from the one
                    signed. Accepting it means the processor never puts the application's AAD into the Sig_structure,
                    so no message it verifies is bound to anything the application supplies.""")
    BuiltCase aadUnexpected(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().build().encode();
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID), aadInput(fixture, message, Optional.of(AAD)));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static BuiltCase accept(CoseFixture fixture, Bytes message) {
        return BuiltCase.of(Expectation.accept(), fixture.input(message));
    }

    private static BuiltCase reject(CoseFixture fixture, Reason reason, Bytes message) {
        return BuiltCase.of(Expectation.reject(reason), fixture.input(message));
    }

    private static BuiltCase either(CoseFixture fixture, Bytes message) {
        return BuiltCase.of(Expectation.either(), fixture.input(message));
    }

    private static CoseInput detachedInput(CoseFixture fixture, Bytes message, Bytes payload) {
        return new CoseInput(message, Optional.of(payload), Optional.empty(), List.of(fixture.trustedKey()));
    }

    private static CoseInput aadInput(CoseFixture fixture, Bytes message, Optional<Bytes> externalAad) {
        return new CoseInput(message, Optional.empty(), externalAad, List.of(fixture.trustedKey()));
    }
}
