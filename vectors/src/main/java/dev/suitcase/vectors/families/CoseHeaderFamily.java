package dev.suitcase.vectors.families;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.cbor.MajorType;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;

import java.nio.charset.StandardCharsets;

/**
 * The header rules of RFC 9052 §3 and §3.1 for each of the five algorithm ids: the encoding of the
 * protected bucket, where alg may sit, a label in both buckets, the types of the common
 * parameters, and crit. Each vector's signature is valid over the protected bucket it carries, so a
 * processor that skips the rule accepts it.
 *
 * <p>alg placement: RFC 9052 §3.1 requires alg to be authenticated where the structure allows it,
 * which in a COSE_Sign1 without external AAD means the protected bucket; the SUIT algorithm
 * profiles (draft-ietf-suit-mti) require it there. A missing or only unprotected alg is therefore a
 * rejection (HEADER_INVALID), not an implementation choice.
 */
public final class CoseHeaderFamily extends CoseSweepFamily {
    /** A key identifier, as in the examples of RFC 9052 Appendix C ('11'). */
    private static final byte[] KID = "11".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KID = "12".getBytes(StandardCharsets.US_ASCII);
    /** The value of the private header the crit cases mark critical: an expiry time (2027-01-01T00:00:00Z). */
    private static final long EXPIRY = 1_798_761_600L;
    /** The text label of RFC 9052 Appendix C.1.3, "Signature with Criticality". */
    private static final String RESERVED = "reserved";

    @Override
    public String name() {
        return "cose-headers";
    }

    // ---- the protected bucket --------------------------------------------------------------------

    @CoseCase(area = "header", name = "protected-as-map",
            title = "{alg} COSE_Sign1 whose protected bucket is a map, not a bstr",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-buckets"}, flags = {"ProtectedHeader", "WrongType"},
            description = """
                    The protected bucket is the map {1: {id}} itself instead of a byte string wrapping its encoding.
                    The signature is valid over the Sig_structure built from the map's encoding, so a processor that
                    re-encodes whatever it finds verifies it.

                    RFC 9052 §3: the protected bucket is a bstr holding a serialized map (or empty). A processor must
                    refuse the message (BAD_STRUCTURE). The bstr is what makes the signed bytes exact; a processor that
                    accepts a map must choose an encoding to sign, and two processors that choose differently accept
                    different messages.""")
    BuiltCase protectedAsMap(CoseFixture fixture) {
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build()
                .with(CoseSign1Parts.PROTECTED, fixture.protectedAlg().build().toBytes()).encode());
    }

    @CoseCase(area = "header", name = "protected-wraps-array",
            title = "{alg} COSE_Sign1 whose protected bstr wraps an array",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-buckets"}, flags = {"ProtectedHeader", "WrongType"},
            description = """
                    The protected bucket is a byte string wrapping the array [1, {id}] instead of a map; the signature
                    is valid over these protected bytes.

                    RFC 9052 §3: the bstr holds a serialized header map, or nothing. A processor must refuse it
                    (BAD_STRUCTURE). One that reads label-value pairs from any container finds alg {id} where the signer
                    wrote no header map at all.""")
    BuiltCase protectedWrapsArray(CoseFixture fixture) {
        Bytes array = CborValue.array(CborValue.integer(CoseFixture.ALG), CborValue.integer(fixture.id())).toBytes();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().protectedBytes(array).build().encode());
    }

    @CoseCase(area = "header", name = "protected-trailing-bytes",
            title = "{alg} COSE_Sign1 whose protected bstr holds a second map after the first",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-buckets"}, flags = {"ProtectedHeader", "TrailingBytes"},
            description = """
                    The protected bucket's byte string holds {1: {id}} followed by a second map, {4: h'3131'} (a kid);
                    the signature is valid over all of these bytes.

                    RFC 9052 §3: the bstr holds one serialized map. A processor must refuse it (MALFORMED_CBOR: the
                    content is not one CBOR item). A decoder that reads the first item and ignores the rest sees a
                    header without kid, another decoder may see the kid: a signed message whose protected headers
                    depend on who reads them.""")
    BuiltCase protectedTrailingBytes(CoseFixture fixture) {
        Bytes content = new CborWriter().item(fixture.protectedAlg().build())
                .item(CborValue.map().put(CoseFixture.KID, KID).build()).toBytes();
        return reject(fixture, Reason.MALFORMED_CBOR, fixture.message().protectedBytes(content).build().encode());
    }

    @CoseCase(area = "header", name = "protected-duplicate-label",
            title = "{alg} COSE_Sign1 whose protected bucket holds alg twice",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-unique-labels", "RFC9052-9-duplicate-labels"},
            flags = {"ProtectedHeader", "DuplicateKey"},
            description = """
                    The protected bucket is {1: {id}, 1: {foreign}}: alg twice, first the message's algorithm, then
                    another one. The signature ({primitive}) is valid over these protected bytes.

                    RFC 9052 §3: a label appearing twice makes the message malformed and it MUST be rejected; §9:
                    applications MUST NOT parse and process it. A processor must refuse it (DUPLICATE_KEY). Decoders
                    that keep the first value verify under {alg} and accept, decoders that keep the last try
                    {foreign}: the same signed bytes mean two algorithms, the parser differential behind
                    algorithm-confusion attacks.""")
    BuiltCase protectedDuplicateLabel(CoseFixture fixture) {
        Bytes content = new CborWriter().map(2).integer(CoseFixture.ALG).integer(fixture.id())
                .integer(CoseFixture.ALG).integer(fixture.foreign().coseId()).toBytes();
        return reject(fixture, Reason.DUPLICATE_KEY, fixture.message().protectedBytes(content).build().encode());
    }

    @CoseCase(area = "header", name = "protected-unsorted",
            title = "{alg} COSE_Sign1 whose protected map is not in canonical order, signed as sent",
            severity = Severity.LOW, requirements = {"RFC9052-4.4-sig-structure", "RFC9052-3-buckets"},
            flags = {"Valid", "ProtectedBytesAsReceived", "MapOrder"},
            description = """
                    The protected bucket is {4: h'3131', 1: {id}}: kid before alg, the reverse of the canonical order
                    of RFC 8949 §4.2.1. The signature is valid over these bytes exactly as sent.

                    COSE does not require any key order, and RFC 9052 §4.4 signs the protected bucket as received;
                    §3 explains that the bstr wrapping exists so that nobody needs a common canonical encoding. A
                    processor must accept it. One that decodes the bucket and re-encodes it canonically before
                    building the Sig_structure computes other bytes and refuses valid messages from every encoder
                    that keeps insertion order.""")
    BuiltCase protectedUnsorted(CoseFixture fixture) {
        Bytes content = new CborWriter().map(2).integer(CoseFixture.KID).bytes(KID)
                .integer(CoseFixture.ALG).integer(fixture.id()).toBytes();
        return accept(fixture, fixture.message().protectedBytes(content).build().encode());
    }

    // ---- alg placement ---------------------------------------------------------------------------

    @CoseCase(area = "header", name = "empty-bstr-alg-unprotected",
            title = "{alg} COSE_Sign1 with empty protected bucket h'' and alg unprotected",
            severity = Severity.HIGH,
            requirements = {"RFC9052-3.1-alg-protected", "RFC9052-3-empty-protected", "SUITM-8.3-profile-algorithms"},
            flags = {"AlgPlacement", "EmptyProtected"},
            description = """
                    The protected bucket is the zero-length byte string and the unprotected bucket is {1: {id}}; the
                    signature is valid over a Sig_structure with an empty body_protected (RFC 9052 §4.4).

                    RFC 9052 §3.1: alg MUST be authenticated where the ability to do so exists, in COSE_Sign1 by the
                    protected bucket (or by external AAD, which here is empty); the SUIT algorithm profiles require
                    alg in the protected bucket. A processor must refuse it (HEADER_INVALID). An unprotected alg can
                    be rewritten by anyone on the path, so the attacker, not the signer, chooses how the signature is
                    checked.""")
    BuiltCase emptyBstrAlgUnprotected(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message().protectedBytes(Bytes.empty())
                .unprotectedHeader(fixture.protectedAlg().build()).build().encode());
    }

    @CoseCase(area = "header", name = "empty-map-alg-unprotected",
            title = "{alg} COSE_Sign1 with protected bucket h'a0' (empty map) and alg unprotected",
            severity = Severity.HIGH,
            requirements = {"RFC9052-3.1-alg-protected", "RFC9052-3-empty-protected", "SUITM-8.3-profile-algorithms"},
            flags = {"AlgPlacement", "EmptyProtected"},
            description = """
                    The protected bucket is h'a0', a byte string holding an empty map, and the unprotected bucket is
                    {1: {id}}. RFC 9052 §3 makes recipients accept both h'' and h'a0' as an empty protected bucket,
                    and §4.4 signs "no protected attributes" as a zero-length body_protected; the signature is made
                    that way.

                    The message is still refused (HEADER_INVALID): with nothing protected, alg is unauthenticated,
                    which RFC 9052 §3.1 forbids where protection is possible and the SUIT algorithm profiles forbid
                    outright. A processor that allows an unprotected alg lets anyone on the path choose the
                    algorithm the signature is checked under.""")
    BuiltCase emptyMapAlgUnprotected(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message().protectedHeader(CborValue.map().build())
                .unprotectedHeader(fixture.protectedAlg().build()).build().encode());
    }

    @CoseCase(area = "header", name = "alg-missing", title = "{alg} COSE_Sign1 without alg in either bucket",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3.1-alg-protected", "SUITM-8.3-profile-algorithms"},
            flags = {"AlgPlacement"},
            description = """
                    The protected bucket is {4: h'3131'} (a kid) and the unprotected bucket is empty: no alg anywhere.
                    The signature is a valid {primitive} signature over the Sig_structure, made with the trusted key.

                    A processor must refuse it (HEADER_INVALID): the algorithm must be named and authenticated in the
                    protected bucket (RFC 9052 §3.1, SUIT algorithm profiles). A processor that falls back on the key
                    type or on a default verifies under an algorithm the signer never committed to; for the key types
                    shared by two ids (ES256 and ESP256, EdDSA and Ed25519) the id is then simply lost.""")
    BuiltCase algMissing(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID,
                fixture.message().protectedHeader(CborValue.map().put(CoseFixture.KID, KID).build()).build().encode());
    }

    @CoseCase(area = "header", name = "alg-only-unprotected",
            title = "{alg} COSE_Sign1 with alg only in the unprotected bucket",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-alg-protected", "SUITM-8.3-profile-algorithms"},
            flags = {"AlgPlacement"},
            description = """
                    The protected bucket is {4: h'3131'} (a kid), and alg ({id}) is only in the unprotected bucket. The
                    signature is valid over the protected bytes as sent.

                    A processor must refuse it (HEADER_INVALID): RFC 9052 §3.1 requires alg to be authenticated where
                    possible and the protected bucket is right there; the SUIT algorithm profiles require alg in it.
                    A processor that reads alg from either bucket lets an attacker change the algorithm without
                    touching the signature.""")
    BuiltCase algOnlyUnprotected(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(CborValue.map().put(CoseFixture.KID, KID).build())
                .unprotectedHeader(fixture.protectedAlg().build()).build().encode());
    }

    @CoseCase(area = "header", name = "alg-in-both-buckets",
            title = "{alg} COSE_Sign1 with alg {id} protected and alg {foreign} unprotected",
            severity = Severity.HIGH, requirements = {"RFC9052-3-label-in-both", "RFC9052-3.1-alg-protected"},
            flags = {"AlgPlacement", "LabelInBothBuckets"},
            description = """
                    The protected bucket is {1: {id}}, as signed, and the unprotected bucket adds alg {foreign}. RFC
                    9052 §3: applications SHOULD check that no label is in both buckets; one that does not reject the
                    message MUST take the protected value.

                    The expectation is reject (HEADER_INVALID), the SHOULD of §3 being the check this suite asks for.
                    A processor that takes the unprotected value lets anyone on the path choose the algorithm; one
                    that merges the buckets with the last value winning does the same by accident.""")
    BuiltCase algInBothBuckets(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .unprotectedHeader(CborValue.map().put(CoseFixture.ALG, fixture.foreign().coseId()).build())
                .build().encode());
    }

    @CoseCase(area = "header", name = "alg-float", title = "{alg} COSE_Sign1 whose alg is the float {id}.0",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3.1-param-types"}, flags = {"WrongType"},
            description = """
                    The protected bucket is {1: {id}.0}: alg as a half-precision float whose value equals the id. The
                    signature is valid over these protected bytes.

                    RFC 9052 §3.1 (Table 3): alg is an integer or a text string. A processor must refuse it
                    (HEADER_INVALID). Decoders that map every CBOR number to one numeric type (JavaScript) or compare
                    {id}.0 == {id} as true (Python) accept it: an algorithm id is a registry code point, and a processor
                    that accepts approximations of it does not check it at all.""")
    BuiltCase algFloat(CoseFixture fixture) {
        Bytes content = new CborWriter().map(1).integer(CoseFixture.ALG).raw(halfFloat(fixture.id())).toBytes();
        return reject(fixture, Reason.HEADER_INVALID, fixture.message().protectedBytes(content).build().encode());
    }

    // ---- other common parameters -----------------------------------------------------------------

    @CoseCase(area = "header", name = "kid-in-both-buckets",
            title = "{alg} COSE_Sign1 with kid protected and a different kid unprotected",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-label-in-both"}, flags = {"LabelInBothBuckets"},
            description = """
                    The protected bucket is {1: {id}, 4: h'3131'} (kid '11', signed) and the unprotected bucket is
                    {4: h'3132'} (kid '12', not signed). RFC 9052 §3: applications SHOULD check that a label is not in
                    both buckets, and MUST take the protected value if they go on.

                    The expectation is reject (HEADER_INVALID), the check the SHOULD asks for. A processor that selects
                    keys by the unprotected kid lets an attacker steer key selection while the signed kid says
                    otherwise.""")
    BuiltCase kidInBothBuckets(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.KID, KID).build())
                .unprotectedHeader(CborValue.map().put(CoseFixture.KID, OTHER_KID).build()).build().encode());
    }

    @CoseCase(area = "header", name = "kid-text", title = "{alg} COSE_Sign1 whose kid is a text string",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-param-types"}, flags = {"WrongType"},
            description = """
                    The unprotected bucket is {4: "11"}: kid as a text string. RFC 9052 §3.1 (Table 3): kid is a byte
                    string. The signature is valid.

                    A processor must refuse it (HEADER_INVALID): a header parameter of the wrong type is malformed, and
                    processors that convert it to bytes and those that ignore it select keys differently.""")
    BuiltCase kidText(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .unprotectedHeader(CborValue.map().put(CborValue.integer(CoseFixture.KID), CborValue.text("11")).build())
                .build().encode());
    }

    @CoseCase(area = "header", name = "iv-and-partial-iv", title = "{alg} COSE_Sign1 carrying both IV and Partial IV",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-iv-exclusive"}, flags = {"HeaderConflict"},
            description = """
                    The unprotected bucket is {5: h'00...00' (16 bytes), 6: h'01'}: IV and Partial IV in the same layer.
                    RFC 9052 §3.1: the two MUST NOT both be present in the same security layer. They mean nothing to a
                    signature, but their presence makes the message invalid; the signature itself is valid.

                    A processor must refuse it (HEADER_INVALID). Accepting shows the processor does not apply the
                    header rules of RFC 9052 to signed messages, which matters when the same code parses encrypted
                    layers.""")
    BuiltCase ivAndPartialIv(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .unprotectedHeader(CborValue.map().put(CoseFixture.IV, new byte[16]).put(CoseFixture.PARTIAL_IV, new byte[] {1})
                        .build()).build().encode());
    }

    @CoseCase(area = "header", name = "iv-and-partial-iv-across-buckets",
            title = "{alg} COSE_Sign1 with IV protected and Partial IV unprotected",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-iv-exclusive"}, flags = {"HeaderConflict"},
            description = """
                    The protected bucket is {1: {id}, 5: h'00...00' (16 bytes)} and the unprotected bucket {6: h'01'}:
                    IV and Partial IV in the same layer, one in each bucket. RFC 9052 §3.1: the two MUST NOT both be
                    present in the same security layer, whichever bucket carries them. The signature itself is valid.

                    A processor must refuse it (HEADER_INVALID). A processor that checks each bucket on its own misses
                    the conflict; with encryption, the two would give two different nonces for one message.""")
    BuiltCase ivAndPartialIvAcrossBuckets(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.IV, new byte[16]).build())
                .unprotectedHeader(CborValue.map().put(CoseFixture.PARTIAL_IV, new byte[] {1}).build())
                .build().encode());
    }

    @CoseCase(area = "header", name = "unknown-private-label",
            title = "{alg} COSE_Sign1 with an unknown, non-critical protected header",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-noncritical-ignorable", "RFC9052-4.4-sig-structure"},
            flags = {"Valid", "UnknownHeader"},
            description = """
                    The protected bucket is {1: {id}, -70000: 1798761600}: besides alg, a private-use header parameter
                    (labels below -65536 are private use) that no implementation knows, not listed in crit. The
                    signature is valid.

                    A processor must accept it: only the parameters crit lists must be understood (RFC 9052 §3.1), and
                    any other may be ignored. Refusing unknown parameters breaks every extension of COSE, such as new
                    registered headers that producers add to existing messages.""")
    BuiltCase unknownPrivateLabel(CoseFixture fixture) {
        return accept(fixture, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.PRIVATE_LABEL, EXPIRY).build()).build().encode());
    }

    @CoseCase(area = "header", name = "label-bstr",
            title = "{alg} COSE_Sign1 whose unprotected bucket has a byte-string label",
            severity = Severity.INFO, requirements = {"RFC9052-1.5-label-types"}, flags = {"WrongType"},
            description = """
                    The unprotected bucket is {h'04': h'3131'}: a label that is a byte string. RFC 9052 §1.5: labels are
                    integers or text strings, and applications "can either fail processing or process messages by
                    ignoring incorrect labels". The signature is valid.

                    Both answers are conformant and the result is recorded; the reference verifier refuses it
                    (HEADER_INVALID). What a processor must not do is read h'04' as kid (4).""")
    BuiltCase labelBstr(CoseFixture fixture) {
        return either(fixture, fixture.message()
                .unprotectedHeader(CborValue.map().put(CborValue.bytes(new byte[] {4}), CborValue.bytes(KID)).build())
                .build().encode());
    }

    // ---- crit ------------------------------------------------------------------------------------

    @CoseCase(area = "crit", name = "in-unprotected", title = "{alg} COSE_Sign1 with crit in the unprotected bucket",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-crit-protected"}, flags = {"Crit"},
            description = """
                    The protected bucket is {1: {id}, 4: h'3131'} and the unprotected bucket is {2: [4]}: crit, listing
                    kid, outside the protected bucket. The signature is valid.

                    RFC 9052 §3.1: crit MUST be in the protected bucket. A processor must refuse the message
                    (HEADER_INVALID). An unprotected crit can be removed or added by anyone on the path: stripping
                    it makes a recipient ignore a parameter the signer declared essential.""")
    BuiltCase critInUnprotected(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.KID, KID).build())
                .unprotectedHeader(CborValue.map().put(CoseFixture.CRIT, CborValue.array(CborValue.integer(CoseFixture.KID)))
                        .build()).build().encode());
    }

    @CoseCase(area = "crit", name = "empty", title = "{alg} COSE_Sign1 with an empty crit array",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3.1-crit-nonempty"}, flags = {"Crit"},
            description = """
                    The protected bucket is {1: {id}, 2: []}: crit present with no label. The signature is valid.

                    RFC 9052 §3.1: the crit array MUST have at least one value. A processor must refuse the message
                    (HEADER_INVALID). Accepting it shows crit is not checked at all, the check that the next vectors
                    rely on.""")
    BuiltCase critEmpty(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.CRIT, CborValue.array()).build()).build().encode());
    }

    @CoseCase(area = "crit", name = "label-absent",
            title = "{alg} COSE_Sign1 whose crit lists kid, which is only unprotected",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-crit-present"}, flags = {"Crit"},
            description = """
                    The protected bucket is {1: {id}, 2: [4]}: crit lists kid, but kid is only in the unprotected bucket,
                    {4: h'3131'}. The signature is valid.

                    RFC 9052 §3.1: a label listed in crit whose parameter is not in the protected bucket is a fatal
                    error in processing the message. A processor must refuse it (HEADER_INVALID). One that finds the
                    critical parameter in the unprotected bucket and uses it lets an attacker supply the value the
                    signer declared critical.""")
    BuiltCase critLabelAbsent(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg()
                        .put(CoseFixture.CRIT, CborValue.array(CborValue.integer(CoseFixture.KID))).build())
                .unprotectedHeader(CborValue.map().put(CoseFixture.KID, KID).build()).build().encode());
    }

    @CoseCase(area = "crit", name = "unknown-label",
            title = "{alg} COSE_Sign1 whose crit lists an unknown private header that is present",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-crit-understood"}, flags = {"Crit", "UnknownHeader"},
            description = """
                    The protected bucket is {1: {id}, 2: [-70000], -70000: 1798761600}: a private-use parameter,
                    present and listed in crit; think of an expiry time the signer requires every recipient to
                    enforce. No implementation knows label -70000. The signature is valid.

                    RFC 9052 §3.1: crit lists the parameters a recipient is required to understand and process. A
                    processor that does not understand -70000 must refuse the message (HEADER_INVALID). Accepting it
                    processes the message without the semantics its signer made mandatory: an expired or restricted
                    update installed as if unrestricted.""")
    BuiltCase critUnknownLabel(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg()
                        .put(CoseFixture.CRIT, CborValue.array(CborValue.integer(CoseFixture.PRIVATE_LABEL)))
                        .put(CoseFixture.PRIVATE_LABEL, EXPIRY).build()).build().encode());
    }

    @CoseCase(area = "crit", name = "unknown-text-label",
            title = "{alg} COSE_Sign1 whose crit lists the unknown text label \"reserved\"",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-crit-understood"}, flags = {"Crit", "UnknownHeader"},
            description = """
                    The protected bucket is {1: {id}, 2: ["reserved"], "reserved": false}: a header parameter with a
                    text label, present and listed in crit, as in the example "Signature with Criticality" of RFC 9052
                    Appendix C.1.3. No registry defines "reserved". The signature is valid.

                    A processor that does not understand "reserved" must refuse the message (HEADER_INVALID): crit lists
                    what a recipient is required to understand (RFC 9052 §3.1), and labels may be text as well as
                    integers. A processor that checks only integer labels in crit processes messages whose critical
                    semantics it ignores.""")
    BuiltCase critUnknownTextLabel(CoseFixture fixture) {
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg()
                        .put(CborValue.integer(CoseFixture.CRIT), CborValue.array(CborValue.text(RESERVED)))
                        .put(CborValue.text(RESERVED), CborValue.bool(false)).build()).build().encode());
    }

    @CoseCase(area = "crit", name = "alg-listed",
            title = "{alg} COSE_Sign1 whose crit lists alg, which is present and understood",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-crit-understood", "RFC9052-3.1-crit-present"},
            flags = {"Valid", "Crit"},
            description = """
                    The protected bucket is {1: {id}, 2: [1]}: crit lists alg, present in the protected bucket and
                    understood by every implementation. The signature is valid.

                    RFC 9052 §3.1 says labels 0 to 7 SHOULD be left out of crit, a rule for senders; listing one does
                    not make the message invalid, and a recipient processes alg anyway. A processor must accept it.
                    Refusing every crit, as some processors do to avoid implementing it, refuses valid messages.""")
    BuiltCase critAlgListed(CoseFixture fixture) {
        return accept(fixture, fixture.message()
                .protectedHeader(fixture.protectedAlg()
                        .put(CoseFixture.CRIT, CborValue.array(CborValue.integer(CoseFixture.ALG))).build()).build().encode());
    }

    @CoseCase(area = "crit", name = "repeated-label", title = "{alg} COSE_Sign1 whose crit lists alg twice",
            severity = Severity.INFO, requirements = {"RFC9052-3.1-crit-understood"}, flags = {"Crit"},
            description = """
                    The protected bucket is {1: {id}, 2: [1, 1]}: crit lists alg twice. The signature is valid.

                    RFC 9052 §3.1 defines crit as a non-empty array of labels and does not forbid repeats; every
                    listed parameter is present and understood. A processor may accept the message or refuse the
                    malformed crit; the reference verifier refuses it (HEADER_INVALID). Both are conformant and the
                    result is recorded.""")
    BuiltCase critRepeatedLabel(CoseFixture fixture) {
        return either(fixture, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.CRIT,
                        CborValue.array(CborValue.integer(CoseFixture.ALG), CborValue.integer(CoseFixture.ALG))).build())
                .build().encode());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /**
     * The half-precision float (RFC 8949 §3.3, IEEE 754 binary16) of a small nonzero integer, with its
     * head 0xf9: exact for |value| below 2048, which every id here is.
     */
    static Bytes halfFloat(long value) {
        long magnitude = Math.abs(value);
        if (magnitude == 0 || magnitude >= 2048) {
            throw new IllegalArgumentException("only nonzero integers below 2048 in magnitude are written as exact halves, not " + value);
        }
        int exponent = 63 - Long.numberOfLeadingZeros(magnitude);
        int mantissa = (int) ((magnitude << 10 >> exponent) & 0x3ff);
        int half = (value < 0 ? 0x8000 : 0) | (exponent + 15) << 10 | mantissa;
        return new CborWriter().initialByte(MajorType.SIMPLE, 25).raw(new byte[] {(byte) (half >> 8), (byte) half}).toBytes();
    }

    private static BuiltCase accept(CoseFixture fixture, Bytes message) {
        return BuiltCase.of(Expectation.accept(), fixture.input(message));
    }

    private static BuiltCase reject(CoseFixture fixture, Reason reason, Bytes message) {
        return BuiltCase.of(Expectation.reject(reason), fixture.input(message));
    }

    private static BuiltCase either(CoseFixture fixture, Bytes message) {
        return BuiltCase.of(Expectation.either(), fixture.input(message));
    }
}
