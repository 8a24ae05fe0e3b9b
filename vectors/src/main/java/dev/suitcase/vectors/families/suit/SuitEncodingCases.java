package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.cbor.HeadWidth;
import dev.suitcase.vectors.cbor.MajorType;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.suit.AuthenticationWrapper;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.EncodedMap;
import dev.suitcase.vectors.suit.Envelope;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.EnvelopeKey;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.vectors.suit.SuitLabels.Tag;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * The encoding rules (draft-ietf-suit-manifest-37 §8.1: canonical CBOR; RFC 8949 §5.6: no duplicate
 * keys; one data item per {@code bstr .cbor}) and inputs built to exhaust a processor: deep nesting
 * before and after authentication.
 */
final class SuitEncodingCases {
    /** Nesting far beyond any SUIT structure (a manifest nests about eight levels) and any sane decoder limit. */
    private static final int BOMB_DEPTH = 1000;
    /** Try-each levels of the sequence bomb: each is its own bstr, invisible to a CBOR decoder's depth limit. */
    private static final int SEQUENCE_BOMB_DEPTH = 40;
    /** An envelope extension key no specification assigns. */
    private static final long UNASSIGNED_ENVELOPE_KEY = 99;
    /** A manifest extension key no specification assigns. */
    private static final long UNASSIGNED_MANIFEST_KEY = 99;
    private static final String MAP_ORDER_RULE = "draft-ietf-suit-manifest-37 §8.1: \"All CBOR maps in the Manifest and"
            + " manifest envelope MUST be encoded with the canonical CBOR ordering as defined in [RFC8949]\", a rule for"
            + " encoders; the draft does not tell a recipient to check the order, and the digest and signature cover"
            + " the bytes as received";
    private static final String PREFERRED_SERIALIZATION_RULE = "RFC 8949 §4.2.1: in deterministic encoding \"arguments"
            + " ... for integers ... MUST be as short as possible\", a rule for encoders (§4.1 calls the shortest head"
            + " preferred serialization); §5.5 asks an application that does not require deterministic encoding to"
            + " accept longer ones, and draft-ietf-suit-manifest-37 §8.1 requires of SUIT encoders canonical map"
            + " ordering only";
    private static final String ENVELOPE_NESTING_RULE = "hardening: no specification bounds the nesting of CBOR items;"
            + " RFC 8949 §10 names deeply nested items as a way to exhaust a decoder's stack, and this suite expects a"
            + " processor to bound nesting before anything in the envelope is authenticated";
    private static final String MANIFEST_NESTING_RULE = "hardening: no specification bounds the nesting of CBOR items;"
            + " RFC 8949 §10 names deeply nested items as a way to exhaust a decoder's stack, and this suite expects a"
            + " processor to bound nesting in authenticated input too";

    /** {@code depth} nested one-element arrays around 0: [[[...[0]...]]]. */
    private static Bytes nestedArrays(int depth) {
        CborWriter writer = new CborWriter();
        for (int i = 0; i < depth; i++) {
            writer.array(1);
        }
        return writer.unsigned(0).toBytes();
    }

    /** The signed envelope of a manifest given as encoded bytes, canonical or not. */
    private static Bytes signedRaw(SuitFixture f, Bytes manifest) {
        return Envelope.of(f.wrapper(manifest), manifest).encode();
    }

    /**
     * Accepted under cbor-lenient, rejected otherwise for the order of a map: advisory, since the order is
     * a rule for encoders.
     */
    private static BuiltCase unsorted(SuitInput input) {
        return BuiltCase.of(Expectation.reject(Reason.NON_DETERMINISTIC_CBOR)
                .withProfile(Profile.CBOR_LENIENT, ExpectedResult.ACCEPT)
                .advisory(Advisory.Basis.PRODUCER_RULE, MAP_ORDER_RULE), input);
    }

    @Case(id = "suit.*.cbor.manifest-keys-unsorted", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest whose map keys are not in canonical order",
            severity = Severity.LOW,
            requirements = {"SUITM-8.1-canonical-maps"},
            flags = {"NonCanonical", "ProfileDependent"},
            description = """
                    The baseline manifest, signed by the trusted {alg} author over its bytes as they are, with its
                    members in the order 1, 2, 3, 9, 7, 20: suit-invoke (9) before suit-validate (7). RFC 8949
                    §4.2.1 order sorts keys by their encoded bytes, so 7 comes before 9.

                    All maps of the manifest MUST be encoded in canonical order (§8.1), a rule for the encoder: a
                    processor that checks it rejects, and the suite recommends checking. A processor declaring the
                    cbor-lenient profile accepts any order, and the manifest is otherwise valid; since the signature
                    covers the bytes as received, accepting is advisory, not a security failure.""")
    BuiltCase manifestKeysUnsorted(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes manifest = SuitFixture.baseline().map().sorted().swapped(3, 4).asGiven();
        return unsorted(f.input(signedRaw(f, manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.cbor.common-keys-unsorted", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest whose suit-common lists the shared sequence before the components",
            severity = Severity.LOW,
            requirements = {"SUITM-8.1-canonical-maps"},
            flags = {"NonCanonical", "ProfileDependent"},
            description = """
                    The baseline manifest signed with {alg}, except that its suit-common map holds
                    suit-shared-sequence (4) before suit-components (2).

                    A processor checking canonical maps (§8.1, a rule for encoders) rejects; under the cbor-lenient
                    profile it accepts. Accepting is advisory.""")
    BuiltCase commonKeysUnsorted(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes common = SuitFixture.common(SuitFixture.shared()).map().sorted().swapped(0, 1).asGiven();
        Manifest manifest = SuitFixture.baseline().withMember(ManifestKey.COMMON, CborValue.bytes(common));
        return unsorted(f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.cbor.parameters-unsorted", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest whose override-parameters map is not in canonical order",
            severity = Severity.LOW,
            requirements = {"SUITM-8.1-canonical-maps", "SUITM-8.4.10.3-override"},
            flags = {"NonCanonical", "ProfileDependent"},
            description = """
                    The baseline manifest signed with {alg}, except that the override-parameters of its shared
                    sequence list class-id (2) before vendor-id (1).

                    A processor checking canonical maps (§8.1, a rule for encoders) rejects; under the cbor-lenient
                    profile it accepts. Accepting is advisory.""")
    BuiltCase parametersUnsorted(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes parameters = SuitFixture.imageParameters().map().sorted().swapped(0, 1).asGiven();
        CommandSequence shared = CommandSequence.empty().command(Command.OVERRIDE_PARAMETERS, parameters)
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        return unsorted(f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.cbor.envelope-keys-unsorted", sweep = Sweep.SUIT,
            title = "{alg} envelope with an integrated payload placed between wrapper and manifest",
            severity = Severity.LOW,
            requirements = {"SUITM-8.1-canonical-maps"},
            flags = {"NonCanonical", "ProfileDependent", "IntegratedPayload"},
            description = """
                    The integrated-payload envelope signed with {alg}, with its elements in the order 2, "#app.bin",
                    3: canonical order puts integer keys before text keys. The wrapper still comes first.

                    A processor checking canonical maps (§8.1, a rule for encoders) rejects; under the cbor-lenient
                    profile it installs the integrated payload and accepts. Accepting is advisory.""")
    BuiltCase envelopeKeysUnsorted(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Envelope envelope = SuitImageCases.integratedEnvelope(f);
        Bytes encoded = new CborWriter().tag(Tag.ENVELOPE).raw(envelope.map().sorted().swapped(1, 2).asGiven()).toBytes();
        return unsorted(f.input(encoded, SuitFixture.device().withPayloads(Map.of()), Scope.INSTALL));
    }

    @Case(id = "suit.*.cbor.manifest-non-minimal-integer", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest with its sequence number in a longer head than needed",
            severity = Severity.LOW,
            requirements = {"SUITM-8.1-canonical-maps"},
            flags = {"NonCanonical"},
            description = """
                    The baseline manifest signed with {alg}, with the sequence number 7 encoded as 0x18 0x07 (a
                    one-byte argument) instead of 0x07. Deterministic encoding requires the shortest head (RFC 8949
                    §4.2.1), a rule for encoders; draft-ietf-suit-manifest-37 §8.1 requires of SUIT maps canonical
                    ordering, and says nothing of integer heads, and RFC 8949 §5.5 asks an application that does not
                    require deterministic encoding to accept longer heads.

                    The reference processor decodes strictly and rejects (cbor-lenient only relaxes map order), and
                    the suite recommends it: varied encodings of one value invite two parsers to disagree. The
                    digest and signature cover the bytes as received, so accepting is advisory.""")
    BuiltCase manifestNonMinimalInteger(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.baseline().withEncodedMember(ManifestKey.SEQUENCE_NUMBER,
                new CborWriter().head(MajorType.UNSIGNED, SuitFixture.MANIFEST_SEQUENCE_NUMBER, HeadWidth.ONE).toBytes());
        return SuitFixture.rejectedForProducerRule(Reason.NON_DETERMINISTIC_CBOR, PREFERRED_SERIALIZATION_RULE,
                f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.cbor.manifest-duplicate-key", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest with its sequence number key twice, 7 then 9",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.1-unique-keys", "SUITM-8.4.2-rollback"},
            flags = {"DuplicateKey"},
            description = """
                    The baseline manifest, signed by the trusted {alg} author, whose map holds
                    suit-manifest-sequence-number (2) twice: 7, then 9.

                    A map with a repeated key is not valid CBOR (§8.1, RFC 8949 §5.6), and SUIT maps are canonical, which
                    excludes it too: a processor must reject. One that keeps the last value and a signing tool or
                    update server that kept the first disagree about the sequence number, and with it about
                    rollback.""")
    BuiltCase manifestDuplicateKey(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        List<EncodedMap.Entry> entries = new ArrayList<>(SuitFixture.baseline().map().sorted().entries());
        entries.add(2, new EncodedMap.Entry(CborValue.integer(ManifestKey.SEQUENCE_NUMBER), CborValue.integer(9).toBytes()));
        Bytes manifest = EncodedMap.of(entries).asGiven();
        return rejected(Reason.DUPLICATE_KEY, f.input(signedRaw(f, manifest), SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.cbor.envelope-duplicate-manifest", sweep = Sweep.SUIT,
            title = "{alg} envelope with two suit-manifest elements, the first unsigned",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.1-unique-keys", "SUITM-8.3-manifest-digest", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"DuplicateKey", "ModifiedManifest"},
            description = """
                    The baseline envelope signed by the trusted {alg} author, with a second suit-manifest (3) element
                    before the signed one: the baseline with its install URI pointing to
                    https://attacker.example/app.bin, which nobody signed.

                    A processor must reject the duplicate key (§8.1, RFC 8949 §5.6: a decoder that keeps one of the
                    entries cannot be used where the data can be attacked, and anyone can edit an envelope). One
                    whose digest check reads the last manifest and whose interpreter reads the first, as happens
                    when two map lookups behave differently, authenticates one manifest and runs the other.""")
    BuiltCase envelopeDuplicateManifest(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Envelope envelope = f.envelope(SuitFixture.baseline());
        Bytes attackers = SuitFixture.baseline()
                .withSequence(ManifestKey.INSTALL, SuitFixture.installFrom("https://attacker.example/app.bin")).encode();
        List<EncodedMap.Entry> entries = new ArrayList<>(envelope.map().sorted().entries());
        entries.add(1, new EncodedMap.Entry(CborValue.integer(EnvelopeKey.MANIFEST), CborValue.bytes(attackers).toBytes()));
        Bytes encoded = new CborWriter().tag(Tag.ENVELOPE).raw(EncodedMap.of(entries).asGiven()).toBytes();
        return rejected(Reason.DUPLICATE_KEY, f.input(encoded, SuitFixture.device(), Scope.INSTALL));
    }

    @Case(id = "suit.*.cbor.envelope-trailing-bytes", sweep = Sweep.SUIT,
            title = "{alg} envelope followed by one extra byte",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.2-envelope"},
            flags = {"TrailingBytes"},
            description = """
                    The baseline envelope, correctly signed with {alg}, followed by one byte 0x00 after the end of
                    the tagged map.

                    The input is not one CBOR data item: a processor must reject it as malformed. One that stops
                    reading after the first item accepts arbitrary appended data, which a length-prefixed
                    transport or a later stage may interpret.""")
    BuiltCase envelopeTrailingBytes(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes envelope = new CborWriter().raw(f.signed(SuitFixture.baseline())).unsigned(0).toBytes();
        return rejected(Reason.MALFORMED_CBOR, f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.cbor.manifest-trailing-bytes", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest bstr holding the manifest map and one extra byte",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.2-bstr-cbor-content", "SUITM-8.1-bstr-wrapped"},
            flags = {"TrailingBytes"},
            description = """
                    The suit-manifest element holds the baseline manifest map followed by a byte 0x00; the digest
                    and the trusted author's {alg} signature cover the whole byte string, extra byte included.

                    A bstr .cbor member holds exactly one data item: a processor must reject the manifest as
                    malformed, even though it is signed. Accepting means two parsers may read different manifests
                    from the same signed bytes.""")
    BuiltCase manifestTrailingBytes(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes manifest = new CborWriter().raw(SuitFixture.baseline().encode()).unsigned(0).toBytes();
        return rejected(Reason.MALFORMED_CBOR, f.input(signedRaw(f, manifest), SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.cbor.envelope-nesting-bomb", sweep = Sweep.SUIT,
            title = "{alg} envelope with an extension element nested 1000 arrays deep",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.1-bstr-wrapped", "SUITM-8.2-envelope"},
            flags = {"NestingBomb", "ResourceExhaustion"},
            description = """
                    The baseline envelope signed with {alg}, with one more element under key 99: 1000 nested
                    one-element arrays, [[[...[0]...]]], 1001 bytes, not wrapped in a byte string as §8.1 asks of
                    envelope elements.

                    Key 99 is an envelope extension nobody implements, which a processor may ignore, and no
                    specification bounds nesting: a processor that decodes it all and ignores it is conformant.
                    The suite recommends rejecting it before any authentication, for a hardening reason that
                    prevents a real attack: a recursive decoder without a depth limit overflows its stack on a few
                    kilobytes of input anyone can send.""")
    BuiltCase envelopeNestingBomb(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes envelope = f.envelope(SuitFixture.baseline()).withEncodedEntry(UNASSIGNED_ENVELOPE_KEY, nestedArrays(BOMB_DEPTH))
                .encode();
        return BuiltCase.of(Expectation.reject(Reason.RESOURCE_LIMIT).advisory(Advisory.Basis.HARDENING, ENVELOPE_NESTING_RULE),
                f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.cbor.block-nesting-bomb", sweep = Sweep.SUIT,
            title = "Authentication block nested 1000 arrays deep, on a device with an {alg} trust anchor",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.3-cose-tagged", "SUITM-8.3-auth-block-required"},
            flags = {"NestingBomb", "ResourceExhaustion"},
            robustness = """
                    The only block is nested arrays, not a COSE structure: a processor without a depth limit runs
                    out of stack or finds no block to verify, so none can go on past it.""",
            description = """
                    The baseline manifest with an authentication wrapper whose only block is a byte string holding
                    1000 nested one-element arrays instead of a COSE structure. The device trusts an {alg} {key}.

                    The wrapper is parsed before anything is authenticated, so this is input anyone can send. A
                    processor must reject it without exhausting its stack or memory: no COSE structure nests this
                    deep.""")
    BuiltCase blockNestingBomb(CaseContext<SuitFixture> context) {
        Bytes manifest = SuitFixture.baseline().encode();
        AuthenticationWrapper wrapper = SuitFixture.unsignedWrapper(manifest).withBlock(nestedArrays(BOMB_DEPTH));
        return rejected(Reason.RESOURCE_LIMIT, context.fixture().input(Envelope.of(wrapper, manifest).encode(),
                SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.cbor.manifest-nesting-bomb", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest with an extension member nested 1000 arrays deep",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4-extension-members"},
            flags = {"NestingBomb", "ResourceExhaustion"},
            description = """
                    The baseline manifest with one more member under key 99, an extension nobody implements: 1000
                    nested one-element arrays; the trusted {alg} author signed it.

                    A processor may ignore a manifest member it does not implement, and no specification bounds
                    nesting, so one that decodes it all and ignores it is conformant. Authentic input can still be
                    hostile (a compromised build server, a buggy authoring tool): the suite recommends rejecting
                    the manifest without exhausting the stack while decoding it, as hardening.""")
    BuiltCase manifestNestingBomb(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.baseline().withEncodedMember(UNASSIGNED_MANIFEST_KEY, nestedArrays(BOMB_DEPTH));
        return BuiltCase.of(Expectation.reject(Reason.RESOURCE_LIMIT).advisory(Advisory.Basis.HARDENING, MANIFEST_NESTING_RULE),
                f.input(f.signed(manifest), SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.cbor.sequence-nesting-bomb", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest with try-each nested 40 levels deep",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.4.10.2-try-each", "SUITM-8.4.9.5-abort"},
            flags = {"NestingBomb", "ResourceExhaustion", "TryEach"},
            robustness = """
                    Every path through the nested try-each ends in abort: a processor without a nesting limit
                    runs every level and fails, or runs out of stack; none can go on to accept.""",
            description = """
                    A manifest signed with {alg} whose shared sequence, after the vendor and class checks, runs a
                    try-each whose first alternative is another try-each, 40 levels deep; every second alternative
                    and the innermost sequence are [abort], so nothing can succeed. Each level is its own bstr, so a
                    CBOR decoder's depth limit never sees more than three levels at a time.

                    The manifest cannot succeed, so a processor must reject it: for its own nesting limit, or after
                    running every level. One that recurses without a bound on nested sequences can be driven off
                    its stack by an authentic but hostile manifest.""")
    BuiltCase sequenceNestingBomb(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence abort = CommandSequence.empty().condition(Command.ABORT);
        CommandSequence nested = abort;
        for (int level = 0; level < SEQUENCE_BOMB_DEPTH; level++) {
            nested = CommandSequence.empty().tryEach(nested, abort);
        }
        Manifest manifest = SuitFixture.manifest(SuitFixture.shared().append(nested));
        return rejected(Reason.RESOURCE_LIMIT, f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }
}
