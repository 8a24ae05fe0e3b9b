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
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;

import java.nio.charset.StandardCharsets;

/**
 * The encoding of the Sig_structure (RFC 9052 §4.4, §9) for each of the five algorithm ids: "Encoding
 * MUST be done using definite lengths, and the length of the (encoded) argument MUST be the minimum
 * possible length." The messages here have fields whose heads are longer than one byte (a payload of
 * 300 bytes, a protected bucket of more than 23 bytes), where a hand-written encoder is most likely to
 * pick another width. Each valid message is signed over the deterministic Sig_structure; each invalid
 * one carries a signature over the same Sig_structure with one head written wider than necessary, so
 * it verifies only for a verifier that builds the Sig_structure that way.
 */
public final class CoseSigStructureFamily extends CoseFamily {
    /** A 300-byte payload: its bstr head needs a two-byte argument (0x59 0x01 0x2c). */
    private static final Bytes LONG_PAYLOAD = longPayload();
    /** A 20-byte key id: with alg, the protected bucket is 25 bytes and its head 0x58 0x19. */
    private static final Bytes KEY_ID = Bytes.of("suitcase sig kid 20b".getBytes(StandardCharsets.US_ASCII));
    private static final String CONTEXT = "Signature1";

    @Override
    public String name() {
        return "cose-sig-structure";
    }

    private static Bytes longPayload() {
        byte[] text = "suitcase Sig_structure payload with a two-byte length head. "
                .repeat(5).substring(0, 300).getBytes(StandardCharsets.US_ASCII);
        return Bytes.of(text);
    }

    /** The message with the 300-byte payload attached. */
    private static CoseSign1Builder longPayloadMessage(CoseFixture fixture) {
        return new CoseSign1Builder(fixture.signer(), fixture.protectedAlg().build(), LONG_PAYLOAD);
    }

    /** The message whose protected bucket {1: id, 4: kid} is 24 bytes or more. */
    private static CoseSign1Builder longProtectedMessage(CoseFixture fixture) {
        CborValue header = fixture.protectedAlg().put(CoseFixture.KID, CborValue.bytes(KEY_ID)).build();
        return new CoseSign1Builder(fixture.signer(), header, CoseFixture.PAYLOAD);
    }

    /**
     * A Sig_structure {@code ["Signature1", body_protected, h'', payload]} written with the given head
     * widths for the array, the body_protected bstr and the payload bstr.
     */
    private static byte[] sigStructure(HeadWidth array, Bytes bodyProtected, HeadWidth protectedHead, Bytes payload,
                                       HeadWidth payloadHead) {
        return new CborWriter()
                .head(MajorType.ARRAY, 4, array)
                .text(CONTEXT)
                .head(MajorType.BYTES, bodyProtected.length(), protectedHead).raw(bodyProtected)
                .bytes(Bytes.empty())
                .head(MajorType.BYTES, payload.length(), payloadHead).raw(payload)
                .toByteArray();
    }

    /** {@code message} built, with its signature replaced by one over {@code toBeSigned}. */
    private static Bytes signedOver(CoseFixture fixture, CoseSign1Builder message, byte[] toBeSigned) {
        Bytes signature = fixture.signer().sign(toBeSigned);
        return message.build().with(CoseSign1Parts.SIGNATURE, new CborWriter().bytes(signature).toBytes()).encode();
    }

    @Case(id = "cose.*.sig-structure.payload-two-byte-head", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with a 300-byte payload, signed over the deterministic Sig_structure",
            severity = Severity.MEDIUM,
            requirements = {"RFC9052-9-deterministic", "RFC9052-4.4-sig-structure"},
            flags = {"Valid", "SigStructure"},
            description = """
                    A valid {alg} COSE_Sign1 whose attached payload is 300 bytes long, so that its byte string head
                    in the Sig_structure is 0x59 0x01 0x2c: a two-byte length, the shortest form for 300. The
                    signature, made with the one trusted {key}, is over ["Signature1", protected bytes, h'',
                    payload] encoded deterministically.

                    A processor must accept it. One whose Sig_structure encoder gets lengths of 256 and more wrong
                    (a one-byte length, or a fixed four-byte one) refuses every message with a payload this size,
                    which a SUIT manifest or firmware image quickly reaches.""")
    BuiltCase payloadTwoByteHead(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return BuiltCase.of(Expectation.accept(), fixture.input(longPayloadMessage(fixture).build().encode()));
    }

    @Case(id = "cose.*.sig-structure.payload-head-not-minimal", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with a 300-byte payload, signed with a four-byte payload length in Sig_structure",
            severity = Severity.HIGH,
            requirements = {"RFC9052-9-deterministic", "RFC9052-4.4-sig-structure"},
            flags = {"SigStructure", "NonMinimalHead"},
            description = """
                    The message with the 300-byte payload, encoded canonically, but its {alg} signature was
                    computed over a Sig_structure whose payload byte string head is 0x5a 0x00 0x00 0x01 0x2c: a
                    four-byte length where two bytes suffice. Everything else in the Sig_structure is as RFC 9052
                    §4.4 says.

                    The Sig_structure MUST be encoded with the shortest heads (§9), so the signature is over other
                    bytes than the ToBeSigned: a processor must reject it as invalid. One that accepts builds its
                    Sig_structure with non-minimal heads, and then also refuses every correctly signed message of
                    this size, and two such implementations can be made to disagree about one message.""")
    BuiltCase payloadHeadNotMinimal(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        CoseSign1Builder message = longPayloadMessage(fixture);
        byte[] toBeSigned = sigStructure(HeadWidth.MINIMAL, fixture.protectedAlg().build().toBytes(), HeadWidth.MINIMAL,
                LONG_PAYLOAD, HeadWidth.FOUR);
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                fixture.input(signedOver(fixture, message, toBeSigned)));
    }

    @Case(id = "cose.*.sig-structure.protected-one-byte-length", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose protected bucket is 25 bytes, signed over the deterministic Sig_structure",
            severity = Severity.MEDIUM,
            requirements = {"RFC9052-9-deterministic", "RFC9052-4.4-sig-structure"},
            flags = {"Valid", "SigStructure"},
            description = """
                    A valid {alg} COSE_Sign1 whose protected bucket holds alg and a 20-byte kid: 25 bytes, so that
                    body_protected in the Sig_structure has the head 0x58 0x19, a one-byte length, the shortest form
                    for 25. The signature is over the deterministically encoded Sig_structure.

                    A processor must accept it. Lengths from 24 up no longer fit in the initial byte: an encoder
                    that gets that boundary wrong refuses valid messages as soon as a protected header carries a
                    key id.""")
    BuiltCase protectedOneByteLength(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return BuiltCase.of(Expectation.accept(), fixture.input(longProtectedMessage(fixture).build().encode()));
    }

    @Case(id = "cose.*.sig-structure.protected-head-not-minimal", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with a 25-byte protected bucket, signed with a two-byte length for it in Sig_structure",
            severity = Severity.HIGH,
            requirements = {"RFC9052-9-deterministic", "RFC9052-4.4-sig-structure"},
            flags = {"SigStructure", "NonMinimalHead"},
            description = """
                    The message with the 25-byte protected bucket (alg and a 20-byte kid), encoded canonically, but
                    its {alg} signature was computed over a Sig_structure whose body_protected head is 0x59 0x00
                    0x19: a two-byte length where one byte suffices.

                    The Sig_structure MUST be encoded with the shortest heads (§9): the signature does not verify
                    over the ToBeSigned and a processor must reject it. One that accepts encodes body_protected
                    another way than every conformant signer, and refuses their messages.""")
    BuiltCase protectedHeadNotMinimal(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        CoseSign1Builder message = longProtectedMessage(fixture);
        Bytes bodyProtected = fixture.protectedAlg().put(CoseFixture.KID, CborValue.bytes(KEY_ID)).build().toBytes();
        byte[] toBeSigned = sigStructure(HeadWidth.MINIMAL, bodyProtected, HeadWidth.TWO, CoseFixture.PAYLOAD,
                HeadWidth.MINIMAL);
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                fixture.input(signedOver(fixture, message, toBeSigned)));
    }

    @Case(id = "cose.*.sig-structure.array-head-not-minimal", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 signed over a Sig_structure whose array head is 0x98 0x04",
            severity = Severity.HIGH,
            requirements = {"RFC9052-9-deterministic", "RFC9052-4.4-sig-structure"},
            flags = {"SigStructure", "NonMinimalHead"},
            description = """
                    The base {alg} message ("This is the content.", protected {1: {id}}), whose signature was
                    computed over a Sig_structure whose four-element array head is 0x98 0x04 (a one-byte count)
                    instead of 0x84.

                    The Sig_structure MUST be encoded with definite lengths and the shortest heads (§9): the
                    signature does not verify over the ToBeSigned and a processor must reject it. Accepting means
                    the processor's Sig_structure is not the one RFC 9052 defines.""")
    BuiltCase arrayHeadNotMinimal(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        CoseSign1Builder message = fixture.message();
        byte[] toBeSigned = sigStructure(HeadWidth.ONE, fixture.protectedAlg().build().toBytes(), HeadWidth.MINIMAL,
                CoseFixture.PAYLOAD, HeadWidth.MINIMAL);
        return BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                fixture.input(signedOver(fixture, message, toBeSigned)));
    }
}
