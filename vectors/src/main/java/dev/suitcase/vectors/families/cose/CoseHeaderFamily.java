package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.cbor.MajorType;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The header rules of RFC 9052 §3 and §3.1 for each of the five algorithm ids: the encoding of the
 * protected bucket, where alg may sit, a label in both buckets, the types of the common
 * parameters, and crit. Each vector's signature is valid over the protected bucket it carries, so a
 * processor that skips the rule accepts it.
 *
 * <p>What the expectations rest on (vectors/README.md, "Expectations"): duplicate labels, the shape
 * of the protected bucket, crit listing an absent or unknown parameter and an alg that names no
 * registered algorithm are rules a recipient MUST follow, so those vectors are plain rejects. A label
 * in both buckets is a recipient SHOULD. Where alg sits, the types of kid and the other parameters,
 * IV with Partial IV, and where crit sits and that it is not empty are rules RFC 9052 §3.1 sets for
 * the producer of the message; a missing or unprotected alg is refused by the suite's choice
 * (hardening), which the SUIT algorithm profiles (draft-ietf-suit-mti) share. Those vectors are
 * advisory rejects: the reference verifier refuses them, a recipient that accepts them is not
 * failing a MUST.
 */
public final class CoseHeaderFamily extends CoseFamily {
    /** A key identifier, as in the examples of RFC 9052 Appendix C ('11'). */
    private static final byte[] KID = "11".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KID = "12".getBytes(StandardCharsets.US_ASCII);
    /** The value of the private header the crit cases mark critical: an expiry time (2027-01-01T00:00:00Z). */
    private static final long EXPIRY = 1_798_761_600L;
    /** The text label of RFC 9052 Appendix C.1.3, "Signature with Criticality". */
    private static final String RESERVED = "reserved";

    /** RFC 9052 §3 on a label in both buckets, as the advisory of the vectors that carry one. */
    static final String LABEL_IN_BOTH_RULE = "RFC 9052 §3: \"Applications SHOULD verify that the same label does not"
            + " occur in both the protected and unprotected header parameters. If the message is not rejected as"
            + " malformed, attributes MUST be obtained from the protected bucket\"; a recipient that goes on with the"
            + " protected value is conformant.";
    /** RFC 9052 §3.1 on the type of kid, a rule for the producer. */
    static final String KID_TYPE_RULE = "RFC 9052 §3.1, Table 3: kid is a bstr, a type the producer writes; kid is a"
            + " hint for finding the key, \"not a security-critical field\", and no recipient MUST asks for the check.";
    /** RFC 9052 §3.1 on IV and Partial IV, a rule on the message. */
    static final String IV_RULE = "RFC 9052 §3.1: \"The 'Initialization Vector' and 'Partial Initialization Vector'"
            + " header parameters MUST NOT both be present in the same security layer\", a rule on the message its"
            + " producer breaks; a signed layer uses neither, and the recipient has no check of its own.";
    /** RFC 9052 §3.1 on where crit sits, a rule on the message. */
    static final String CRIT_PROTECTED_RULE = "RFC 9052 §3.1: \"When present, the 'crit' header parameter MUST be"
            + " placed in the protected-header-parameters bucket\", a rule on the message; RFC 9052 gives the recipient"
            + " no rule for a crit found in the unprotected bucket.";
    /** RFC 9052 §3.1 on an empty crit, a rule on the message. */
    static final String CRIT_NONEMPTY_RULE = "RFC 9052 §3.1: the crit \"array MUST have at least one value in it\","
            + " a rule on the message; an empty crit lists nothing the recipient must understand.";
    /** Why the suite refuses an alg outside the protected bucket although RFC 9052 binds no recipient to it. */
    static final String ALG_UNPROTECTED_RULE = "RFC 9052 §3.1: alg \"MUST be authenticated where the ability to do so"
            + " exists\", by the protected bucket or by the externally supplied data: a rule for the producer, and a"
            + " recipient cannot tell whether the external data covered alg. The suite requires alg in the protected"
            + " bucket, as the SUIT algorithm profiles (draft-ietf-suit-mti) write every COSE_Sign1, so that the signer"
            + " commits to the algorithm; RFC 9053 §2.1.1 names the substitution attacks a protected alg mitigates.";
    /** Why the suite refuses a message without alg although RFC 9052 does not require one in every message. */
    static final String ALG_MISSING_RULE = "RFC 9052 §3.1 asks the producer to authenticate alg where it can and"
            + " lets an application know the algorithm from context or from the key's alg; no recipient MUST requires"
            + " alg in the message. The suite requires it in the protected bucket, as the SUIT algorithm profiles"
            + " (draft-ietf-suit-mti) write every COSE_Sign1, so that the signer commits to the algorithm.";

    @Override
    public String name() {
        return "cose-headers";
    }

    // ---- the protected bucket --------------------------------------------------------------------

    @Case(id = "cose.*.header.protected-as-map", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose protected bucket is a map, not a bstr",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-buckets"}, flags = {"ProtectedHeader", "WrongType"},
            description = """
                    The protected bucket is the map {1: {id}} itself instead of a byte string wrapping its encoding.
                    The signature is made over a Sig_structure holding the map's canonical encoding, the one guess a
                    processor could make at what was signed.

                    RFC 9052 §3: the protected bucket is a bstr holding a serialized map (or empty). A processor must
                    refuse the message (BAD_STRUCTURE). The bstr is what makes the signed bytes exact; a processor that
                    accepts a map must choose an encoding to sign, and two processors that choose differently accept
                    different messages.""",
            robustness = """
                    The protected bucket is a map where RFC 9052 §3 has a byte string: the Sig_structure signs the
                    bstr's bytes as received, and without them no processor has protected bytes to verify over.""")
    BuiltCase protectedAsMap(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().build()
                .with(CoseSign1Parts.PROTECTED, fixture.protectedAlg().build().toBytes()).encode());
    }

    @Case(id = "cose.*.header.protected-wraps-array", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose protected bstr wraps an array",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-buckets"}, flags = {"ProtectedHeader", "WrongType"},
            description = """
                    The protected bucket is a byte string wrapping the array [1, {id}] instead of a map; the signature
                    is valid over these protected bytes.

                    RFC 9052 §3: the bstr holds a serialized header map, or nothing. A processor must refuse it
                    (BAD_STRUCTURE). One that reads label-value pairs from any container finds alg {id} where the signer
                    wrote no header map at all.""",
            robustness = """
                    The protected bucket holds an array where RFC 9052 §3 has a header map: a processor finds no header
                    parameters in it, so no alg, and cannot go on to verify.""")
    BuiltCase protectedWrapsArray(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes array = CborValue.array(CborValue.integer(CoseFixture.ALG), CborValue.integer(fixture.id())).toBytes();
        return reject(fixture, Reason.BAD_STRUCTURE, fixture.message().protectedBytes(array).build().encode());
    }

    @Case(id = "cose.*.header.protected-trailing-bytes", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose protected bstr holds a second map after the first",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-buckets"}, flags = {"ProtectedHeader", "TrailingBytes"},
            description = """
                    The protected bucket's byte string holds {1: {id}} followed by a second map, {4: h'3131'} (a kid);
                    the signature is valid over all of these bytes.

                    RFC 9052 §3: the bstr holds one serialized map. A processor must refuse it (MALFORMED_CBOR: the
                    content is not one CBOR item). A decoder that reads the first item and ignores the rest sees a
                    header without kid, another decoder may see the kid: a signed message whose protected headers
                    depend on who reads them.""")
    BuiltCase protectedTrailingBytes(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes content = new CborWriter().item(fixture.protectedAlg().build())
                .item(CborValue.map().put(CoseFixture.KID, KID).build()).toBytes();
        return reject(fixture, Reason.MALFORMED_CBOR, fixture.message().protectedBytes(content).build().encode());
    }

    @Case(id = "cose.*.header.protected-duplicate-label", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose protected bucket holds alg twice",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3-unique-labels", "RFC9052-9-duplicate-labels"},
            flags = {"ProtectedHeader", "DuplicateKey"},
            description = """
                    The protected bucket is {1: {foreign}, 1: {id}}: alg twice, first another algorithm, then the
                    message's. The signature ({primitive}) is valid over these protected bytes.

                    RFC 9052 §3: a label appearing twice makes the message malformed and it MUST be rejected; §9:
                    applications MUST NOT parse and process it. A processor must refuse it (DUPLICATE_KEY). Decoders
                    that fill a map and keep the last value verify under {alg} and accept, decoders that keep the first
                    try {foreign}: the same signed bytes mean two algorithms, the parser differential behind
                    algorithm-confusion attacks.""")
    BuiltCase protectedDuplicateLabel(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes content = new CborWriter().map(2).integer(CoseFixture.ALG).integer(fixture.foreign().coseId())
                .integer(CoseFixture.ALG).integer(fixture.id()).toBytes();
        return reject(fixture, Reason.DUPLICATE_KEY, fixture.message().protectedBytes(content).build().encode());
    }

    @Case(id = "cose.*.header.protected-unsorted", sweep = Sweep.COSE,
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
    BuiltCase protectedUnsorted(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes content = new CborWriter().map(2).integer(CoseFixture.KID).bytes(KID)
                .integer(CoseFixture.ALG).integer(fixture.id()).toBytes();
        return accept(fixture, fixture.message().protectedBytes(content).build().encode());
    }

    // ---- alg placement ---------------------------------------------------------------------------

    @Case(id = "cose.*.header.empty-bstr-alg-unprotected", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with empty protected bucket h'' and alg unprotected",
            severity = Severity.LOW,
            requirements = {"RFC9052-3.1-alg-protected", "RFC9052-3-empty-protected", "SUITM-8.3-profile-algorithms"},
            flags = {"AlgPlacement", "EmptyProtected"},
            description = """
                    The protected bucket is the zero-length byte string and the unprotected bucket is {1: {id}}; the
                    signature is valid over a Sig_structure with an empty body_protected (RFC 9052 §4.4).

                    RFC 9052 §3.1 makes alg "authenticated where the ability to do so exists", by the protected bucket
                    or by the external AAD: a rule for the producer, which no recipient MUST turns into a check, since
                    a recipient cannot see what the external AAD covered. The suite refuses the message
                    (HEADER_INVALID, advisory hardening), as the SUIT algorithm profiles put alg in the protected
                    bucket. A processor that accepts it verifies a genuine signature under the algorithm an
                    unprotected header names: no forgery follows unless the processor also accepts another
                    algorithm for the same key, the substitution RFC 9053 §2.1.1 describes.""")
    BuiltCase emptyBstrAlgUnprotected(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return hardening(fixture, ALG_UNPROTECTED_RULE, fixture.message().protectedBytes(Bytes.empty())
                .unprotectedHeader(fixture.protectedAlg().build()).build().encode());
    }

    @Case(id = "cose.*.header.empty-map-alg-unprotected", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with protected bucket h'a0' (empty map) and alg unprotected",
            severity = Severity.LOW,
            requirements = {"RFC9052-3.1-alg-protected", "RFC9052-3-empty-protected", "SUITM-8.3-profile-algorithms"},
            flags = {"AlgPlacement", "EmptyProtected"},
            description = """
                    The protected bucket is h'a0', a byte string holding an empty map, and the unprotected bucket is
                    {1: {id}}. RFC 9052 §3 makes recipients accept both h'' and h'a0' as an empty protected bucket,
                    and §4.4 signs "no protected attributes" as a zero-length body_protected; the signature is made
                    that way.

                    The suite still refuses the message (HEADER_INVALID, advisory hardening): with nothing protected,
                    alg is unauthenticated, which RFC 9052 §3.1 asks the producer to avoid where it can and the SUIT
                    algorithm profiles rule out; no recipient MUST forbids it. A processor that accepts it verifies a
                    genuine signature; it is exposed only if it would also accept another algorithm for the same key
                    (RFC 9053 §2.1.1).""")
    BuiltCase emptyMapAlgUnprotected(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return hardening(fixture, ALG_UNPROTECTED_RULE, fixture.message().protectedHeader(CborValue.map().build())
                .unprotectedHeader(fixture.protectedAlg().build()).build().encode());
    }

    @Case(id = "cose.*.header.alg-missing", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 without alg in either bucket",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-alg-protected", "SUITM-8.3-profile-algorithms"},
            flags = {"AlgPlacement"},
            description = """
                    The protected bucket is {4: h'3131'} (a kid) and the unprotected bucket is empty: no alg anywhere.
                    The signature is a valid {primitive} signature over the Sig_structure, made with the trusted key,
                    whose COSE_Key carries alg (3) = {id}.

                    RFC 9052 does not make alg mandatory in every message: an application may know the algorithm
                    from context or from the key, as here from the key's alg. The suite refuses the message
                    (HEADER_INVALID, advisory hardening), as the SUIT algorithm profiles put alg in the protected
                    bucket: a processor that takes the algorithm from the key, or falls back on the key type, verifies
                    under an algorithm the signer never committed to in the message, and for the key types shared by
                    two ids (ES256 and ESP256, EdDSA and Ed25519) the id is lost. The signature itself is genuine, so
                    accepting it is no security failure.""")
    BuiltCase algMissing(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes message = fixture.message().protectedHeader(CborValue.map().put(CoseFixture.KID, KID).build()).build()
                .encode();
        return BuiltCase.of(Expectation.reject(Reason.HEADER_INVALID).advisory(Advisory.Basis.HARDENING,
                ALG_MISSING_RULE), fixture.input(message, List.of(KeyEntry.trusted(
                fixture.publicKey().coseKeyWith(CosePublicKey.ALG, CborValue.integer(fixture.id()))))));
    }

    @Case(id = "cose.*.header.alg-only-unprotected", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with alg only in the unprotected bucket",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-alg-protected", "SUITM-8.3-profile-algorithms"},
            flags = {"AlgPlacement"},
            description = """
                    The protected bucket is {4: h'3131'} (a kid), and alg ({id}) is only in the unprotected bucket. The
                    signature is valid over the protected bytes as sent.

                    RFC 9052 §3.1 makes alg "authenticated where the ability to do so exists", and the protected
                    bucket is right there: the producer broke that rule, but it is the producer's, and the external
                    AAD could have covered alg without the recipient knowing. The suite refuses the message
                    (HEADER_INVALID, advisory hardening), as the SUIT algorithm profiles put alg in the protected
                    bucket. A processor that reads alg from either bucket lets a header nobody signed choose the
                    algorithm; that becomes a forgery only where the processor accepts a weaker algorithm for the
                    same key (RFC 9053 §2.1.1).""")
    BuiltCase algOnlyUnprotected(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return hardening(fixture, ALG_UNPROTECTED_RULE, fixture.message()
                .protectedHeader(CborValue.map().put(CoseFixture.KID, KID).build())
                .unprotectedHeader(fixture.protectedAlg().build()).build().encode());
    }

    @Case(id = "cose.*.header.alg-in-both-buckets", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with alg {id} protected and alg {foreign} unprotected",
            severity = Severity.LOW, requirements = {"RFC9052-3-label-in-both"},
            flags = {"AlgPlacement", "LabelInBothBuckets"},
            description = """
                    The protected bucket is {1: {id}}, as signed, and the unprotected bucket adds alg {foreign}. RFC
                    9052 §3: applications SHOULD check that no label is in both buckets; one that does not reject the
                    message MUST take the protected value.

                    The suite asks for the check (HEADER_INVALID, advisory: a recipient SHOULD). A processor that
                    takes the protected {id} verifies the genuine signature and is conformant. One that takes the
                    unprotected value, or merges the buckets with the last value winning, breaks the MUST and lets
                    anyone on the path choose the algorithm; here that processor tries {foreign} with the trusted key
                    and rejects, so this vector cannot catch it.""")
    BuiltCase algInBothBuckets(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return BuiltCase.of(Expectation.reject(Reason.HEADER_INVALID).advisory(Advisory.Basis.RECIPIENT_SHOULD,
                LABEL_IN_BOTH_RULE), fixture.input(fixture.message()
                .unprotectedHeader(CborValue.map().put(CoseFixture.ALG, fixture.foreign().coseId()).build())
                .build().encode()));
    }

    @Case(id = "cose.*.header.alg-float", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 whose alg is the float {id}.0",
            severity = Severity.MEDIUM, requirements = {"RFC9052-3.1-alg-registry", "RFC9052-3.1-param-types"},
            flags = {"WrongType"},
            description = """
                    The protected bucket is {1: {id}.0}: alg as a half-precision float whose value equals the id. The
                    signature is valid over these protected bytes.

                    RFC 9052 §3.1 (Table 3): alg is an integer or a text string taken from the COSE Algorithms
                    registry; the float {id}.0 names no registered algorithm, and a recipient verifies only under the
                    algorithm alg names. A processor must refuse it (HEADER_INVALID). Decoders that map every CBOR
                    number to one numeric type (JavaScript) or compare {id}.0 == {id} as true (Python) accept it: an
                    algorithm id is a registry code point, and a processor that accepts approximations of it does not
                    check it at all.""")
    BuiltCase algFloat(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        Bytes content = new CborWriter().map(1).integer(CoseFixture.ALG).raw(halfFloat(fixture.id())).toBytes();
        return reject(fixture, Reason.HEADER_INVALID, fixture.message().protectedBytes(content).build().encode());
    }

    // ---- other common parameters -----------------------------------------------------------------

    @Case(id = "cose.*.header.kid-in-both-buckets", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with kid protected and a different kid unprotected",
            severity = Severity.LOW, requirements = {"RFC9052-3-label-in-both"}, flags = {"LabelInBothBuckets"},
            description = """
                    The protected bucket is {1: {id}, 4: h'3131'} (kid '11', signed) and the unprotected bucket is
                    {4: h'3132'} (kid '12', not signed). RFC 9052 §3: applications SHOULD check that a label is not in
                    both buckets, and MUST take the protected value if they go on.

                    The suite asks for the check (HEADER_INVALID, advisory: a recipient SHOULD). A processor that goes
                    on with the protected kid, or ignores kid and tries its trusted keys, verifies the genuine
                    signature and is conformant. One that selects keys by the unprotected kid lets an attacker steer
                    key selection while the signed kid says otherwise.""")
    BuiltCase kidInBothBuckets(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return BuiltCase.of(Expectation.reject(Reason.HEADER_INVALID).advisory(Advisory.Basis.RECIPIENT_SHOULD,
                LABEL_IN_BOTH_RULE), fixture.input(fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.KID, KID).build())
                .unprotectedHeader(CborValue.map().put(CoseFixture.KID, OTHER_KID).build()).build().encode()));
    }

    @Case(id = "cose.*.header.kid-text", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 whose kid is a text string",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-param-types"}, flags = {"WrongType"},
            description = """
                    The unprotected bucket is {4: "11"}: kid as a text string. RFC 9052 §3.1 (Table 3): kid is a byte
                    string. The signature is valid.

                    The type is the producer's to get right, and kid is a hint for finding the key, "not a
                    security-critical field" (RFC 9052 §3.1); no recipient MUST asks for the check. The suite refuses
                    the message (HEADER_INVALID, advisory: a producer rule): processors that convert the text to bytes
                    and those that ignore it select keys differently. Accepting it still verifies a genuine signature
                    under a trusted key.""")
    BuiltCase kidText(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return producerRule(fixture, Reason.HEADER_INVALID, KID_TYPE_RULE, fixture.message()
                .unprotectedHeader(CborValue.map().put(CborValue.integer(CoseFixture.KID), CborValue.text("11")).build())
                .build().encode());
    }

    @Case(id = "cose.*.header.iv-and-partial-iv", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 carrying both IV and Partial IV",
            severity = Severity.INFO, requirements = {"RFC9052-3.1-iv-exclusive"}, flags = {"HeaderConflict"},
            description = """
                    The unprotected bucket is {5: h'00...00' (16 bytes), 6: h'01'}: IV and Partial IV in the same layer.
                    RFC 9052 §3.1: the two MUST NOT both be present in the same security layer, a rule for whoever
                    builds the message. They mean nothing to a signature, and the signature itself is valid.

                    The suite refuses the message (HEADER_INVALID, advisory: a producer rule). A processor that accepts
                    it does not apply the header rules of RFC 9052 to signed messages, which matters when the same code
                    parses encrypted layers, but it verifies a genuine signature.""")
    BuiltCase ivAndPartialIv(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return producerRule(fixture, Reason.HEADER_INVALID, IV_RULE, fixture.message()
                .unprotectedHeader(CborValue.map().put(CoseFixture.IV, new byte[16]).put(CoseFixture.PARTIAL_IV, new byte[] {1})
                        .build()).build().encode());
    }

    @Case(id = "cose.*.header.iv-and-partial-iv-across-buckets", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with IV protected and Partial IV unprotected",
            severity = Severity.INFO, requirements = {"RFC9052-3.1-iv-exclusive"}, flags = {"HeaderConflict"},
            description = """
                    The protected bucket is {1: {id}, 5: h'00...00' (16 bytes)} and the unprotected bucket {6: h'01'}:
                    IV and Partial IV in the same layer, one in each bucket. RFC 9052 §3.1: the two MUST NOT both be
                    present in the same security layer, whichever bucket carries them; the rule binds whoever builds
                    the message. The signature itself is valid.

                    The suite refuses the message (HEADER_INVALID, advisory: a producer rule). A processor that checks
                    each bucket on its own misses the conflict, which with encryption would give two different nonces
                    for one message; for a signature it is no failure.""")
    BuiltCase ivAndPartialIvAcrossBuckets(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return producerRule(fixture, Reason.HEADER_INVALID, IV_RULE, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.IV, new byte[16]).build())
                .unprotectedHeader(CborValue.map().put(CoseFixture.PARTIAL_IV, new byte[] {1}).build())
                .build().encode());
    }

    @Case(id = "cose.*.header.unknown-private-label", sweep = Sweep.COSE,
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
    BuiltCase unknownPrivateLabel(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return accept(fixture, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.PRIVATE_LABEL, EXPIRY).build()).build().encode());
    }

    @Case(id = "cose.*.header.label-bstr", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose unprotected bucket has a byte-string label",
            severity = Severity.INFO, requirements = {"RFC9052-1.5-label-types"}, flags = {"WrongType"},
            description = """
                    The unprotected bucket is {h'04': h'3131'}: a label that is a byte string. RFC 9052 §1.5: labels are
                    integers or text strings, and applications "can either fail processing or process messages by
                    ignoring incorrect labels". The signature is valid.

                    Both answers are conformant and the result is recorded; the reference verifier refuses it
                    (HEADER_INVALID). What a processor must not do is read h'04' as kid (4).""")
    BuiltCase labelBstr(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return either(fixture, fixture.message()
                .unprotectedHeader(CborValue.map().put(CborValue.bytes(new byte[] {4}), CborValue.bytes(KID)).build())
                .build().encode());
    }

    // ---- crit ------------------------------------------------------------------------------------

    @Case(id = "cose.*.crit.in-unprotected", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 with crit in the unprotected bucket",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-crit-protected"}, flags = {"Crit"},
            description = """
                    The protected bucket is {1: {id}, 4: h'3131'} and the unprotected bucket is {2: [4]}: crit, listing
                    kid, outside the protected bucket. The signature is valid.

                    RFC 9052 §3.1: when present, crit MUST be placed in the protected bucket, a rule for whoever builds
                    the message; RFC 9052 gives the recipient no rule for a crit it finds unprotected, and here crit
                    lists kid, which every recipient understands. The suite refuses the message (HEADER_INVALID,
                    advisory: a producer rule). An unprotected crit can be stripped by anyone on the path, so a
                    recipient gains nothing by honouring it; accepting the message verifies a genuine signature.""")
    BuiltCase critInUnprotected(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return producerRule(fixture, Reason.HEADER_INVALID, CRIT_PROTECTED_RULE, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.KID, KID).build())
                .unprotectedHeader(CborValue.map().put(CoseFixture.CRIT, CborValue.array(CborValue.integer(CoseFixture.KID)))
                        .build()).build().encode());
    }

    @Case(id = "cose.*.crit.empty", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 with an empty crit array",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-crit-nonempty"}, flags = {"Crit"},
            description = """
                    The protected bucket is {1: {id}, 2: []}: crit present with no label. The signature is valid.

                    RFC 9052 §3.1: the crit array MUST have at least one value, a rule for whoever builds the message.
                    An empty crit lists nothing a recipient must understand, and RFC 9052 gives the recipient no check
                    of its own. The suite refuses the message (HEADER_INVALID, advisory: a producer rule); accepting it
                    verifies a genuine signature, though it hints that crit is not looked at, which the vectors
                    crit.unknown-label and crit.label-absent test as the recipient MUSTs they are.""")
    BuiltCase critEmpty(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return producerRule(fixture, Reason.HEADER_INVALID, CRIT_NONEMPTY_RULE, fixture.message()
                .protectedHeader(fixture.protectedAlg().put(CoseFixture.CRIT, CborValue.array()).build()).build().encode());
    }

    @Case(id = "cose.*.crit.label-absent", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose crit lists kid, which is only unprotected",
            severity = Severity.HIGH, requirements = {"RFC9052-3.1-crit-present"}, flags = {"Crit"},
            description = """
                    The protected bucket is {1: {id}, 2: [4]}: crit lists kid, but kid is only in the unprotected bucket,
                    {4: h'3131'}. The signature is valid.

                    RFC 9052 §3.1: a label listed in crit whose parameter is not in the protected bucket is a fatal
                    error in processing the message. A processor must refuse it (HEADER_INVALID). One that finds the
                    critical parameter in the unprotected bucket and uses it lets an attacker supply the value the
                    signer declared critical.""")
    BuiltCase critLabelAbsent(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg()
                        .put(CoseFixture.CRIT, CborValue.array(CborValue.integer(CoseFixture.KID))).build())
                .unprotectedHeader(CborValue.map().put(CoseFixture.KID, KID).build()).build().encode());
    }

    @Case(id = "cose.*.crit.unknown-label", sweep = Sweep.COSE,
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
    BuiltCase critUnknownLabel(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg()
                        .put(CoseFixture.CRIT, CborValue.array(CborValue.integer(CoseFixture.PRIVATE_LABEL)))
                        .put(CoseFixture.PRIVATE_LABEL, EXPIRY).build()).build().encode());
    }

    @Case(id = "cose.*.crit.unknown-text-label", sweep = Sweep.COSE,
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
    BuiltCase critUnknownTextLabel(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return reject(fixture, Reason.HEADER_INVALID, fixture.message()
                .protectedHeader(fixture.protectedAlg()
                        .put(CborValue.integer(CoseFixture.CRIT), CborValue.array(CborValue.text(RESERVED)))
                        .put(CborValue.text(RESERVED), CborValue.bool(false)).build()).build().encode());
    }

    @Case(id = "cose.*.crit.alg-listed", sweep = Sweep.COSE,
            title = "{alg} COSE_Sign1 whose crit lists alg, which is present and understood",
            severity = Severity.LOW, requirements = {"RFC9052-3.1-crit-understood", "RFC9052-3.1-crit-present"},
            flags = {"Valid", "Crit"},
            description = """
                    The protected bucket is {1: {id}, 2: [1]}: crit lists alg, present in the protected bucket and
                    understood by every implementation. The signature is valid.

                    RFC 9052 §3.1 says labels 0 to 7 SHOULD be left out of crit, a rule for senders; listing one does
                    not make the message invalid, and a recipient processes alg anyway. A processor must accept it.
                    Refusing every crit, as some processors do to avoid implementing it, refuses valid messages.""")
    BuiltCase critAlgListed(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
        return accept(fixture, fixture.message()
                .protectedHeader(fixture.protectedAlg()
                        .put(CoseFixture.CRIT, CborValue.array(CborValue.integer(CoseFixture.ALG))).build()).build().encode());
    }

    @Case(id = "cose.*.crit.repeated-label", sweep = Sweep.COSE, title = "{alg} COSE_Sign1 whose crit lists alg twice",
            severity = Severity.INFO, requirements = {"RFC9052-3.1-crit-understood"}, flags = {"Crit"},
            description = """
                    The protected bucket is {1: {id}, 2: [1, 1]}: crit lists alg twice. The signature is valid.

                    RFC 9052 §3.1 defines crit as a non-empty array of labels and does not forbid repeats; every
                    listed parameter is present and understood. A processor may accept the message or refuse the
                    malformed crit; the reference verifier refuses it (HEADER_INVALID). Both are conformant and the
                    result is recorded.""")
    BuiltCase critRepeatedLabel(CaseContext<CoseFixture> context) {
        CoseFixture fixture = context.fixture();
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

    /** A rejection the suite chooses beyond what RFC 9052 binds a recipient to: advisory hardening. */
    private static BuiltCase hardening(CoseFixture fixture, String rule, Bytes message) {
        return BuiltCase.of(Expectation.reject(Reason.HEADER_INVALID).advisory(Advisory.Basis.HARDENING, rule),
                fixture.input(message));
    }

    /** A rejection for a rule RFC 9052 sets the message's producer: advisory. */
    private static BuiltCase producerRule(CoseFixture fixture, Reason reason, String rule, Bytes message) {
        return BuiltCase.of(Expectation.reject(reason).advisory(Advisory.Basis.PRODUCER_RULE, rule), fixture.input(message));
    }

    private static BuiltCase either(CoseFixture fixture, Bytes message) {
        return BuiltCase.of(Expectation.either(), fixture.input(message));
    }
}
