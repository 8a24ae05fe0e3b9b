package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.suit.AuthenticationWrapper;
import dev.suitcase.vectors.suit.CoseMac0;
import dev.suitcase.vectors.suit.CoseSign;
import dev.suitcase.vectors.suit.CoseSign1;
import dev.suitcase.vectors.suit.EncodedMap;
import dev.suitcase.vectors.suit.Envelope;
import dev.suitcase.vectors.suit.SuitLabels.EnvelopeKey;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.vectors.suit.SuitLabels.Tag;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.suitcase.vectors.families.suit.SuitFixture.accepted;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * The authentication wrapper (draft-ietf-suit-manifest-37 §8.3): a missing or empty wrapper, blocks
 * that are not COSE_Sign1_Tagged in detached mode, signatures that do not verify under a trusted key,
 * and several blocks, of which one suffices.
 */
final class SuitAuthenticationCases {
    /** The symmetric key of the COSE_Mac0 blocks: the device holds no MAC key, so its value does not matter. */
    static final byte[] MAC_KEY =
            "suitcase suit-layer mac key, unknown to the device".getBytes(StandardCharsets.US_ASCII);
    static final String UNTAGGED_RULE = "draft-ietf-suit-manifest-37 §8.3: SUIT_Authentication_Block lists"
            + " only the tagged COSE structures (COSE_Sign1_Tagged, COSE_Sign_Tagged, COSE_Mac0_Tagged,"
            + " COSE_Mac_Tagged), which is what an author produces; the draft does not tell a recipient to refuse an"
            + " untagged COSE_Sign1 whose signature verifies over the wrapper's SUIT_Digest";
    private static final String ATTACHED_RULE = "draft-ietf-suit-manifest-37 §8.3: \"The SUIT_Authentication_Block is"
            + " computed using detached payloads\", a rule for the author; a recipient verifies over the bstr-wrapped"
            + " SUIT_Digest at the head of the wrapper, which this block's attached payload equals";
    private static final String WRAPPER_FIRST_RULE = "draft-ietf-suit-manifest-37 §8.3: \"The SUIT_Authentication"
            + " structure MUST come before the suit-manifest element, regardless of canonical encoding of CBOR\", and"
            + " §8.1: maps \"MUST be encoded with the canonical CBOR ordering\": rules for the envelope's encoder; the"
            + " draft does not tell a recipient to refuse an envelope it can read by key";

    private static Bytes baseline() {
        return SuitFixture.baseline().encode();
    }

    private static SuitInput atAuthenticate(SuitFixture f, Bytes envelope) {
        return f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE);
    }

    /** The author's COSE_Sign1 over the baseline manifest's digest. */
    private static CoseSign1 authorBlock(SuitFixture f) {
        return CoseSign1.detached(f.author(), SuitFixture.unsignedWrapper(baseline()).digest());
    }

    private static Bytes withBlocks(Bytes manifest, Bytes... blocks) {
        AuthenticationWrapper wrapper = SuitFixture.unsignedWrapper(manifest);
        for (Bytes block : blocks) {
            wrapper = wrapper.withBlock(block);
        }
        return Envelope.of(wrapper, manifest).encode();
    }

    @Case(id = "suit.*.auth.wrapper-without-block", sweep = Sweep.SUIT,
            title = "{alg} manifest whose authentication wrapper holds the digest and no block",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-auth-block-required", "SUITM-6.2-authenticate-first", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"Unauthenticated"},
            description = """
                    The baseline manifest in an envelope whose authentication wrapper is [digest]: the SHA-256 of the
                    manifest, correct, followed by no authentication block. The device trusts an {alg} {key}.

                    The digest proves nothing: anyone can compute it. A processor must reject the envelope for the
                    missing authentication block before it parses the manifest. Accepting it installs firmware
                    nobody signed: a complete authentication bypass.""")
    BuiltCase wrapperWithoutBlock(CaseContext<SuitFixture> context) {
        return rejected(Reason.AUTHENTICATION_MISSING, atAuthenticate(context.fixture(), withBlocks(baseline())));
    }

    @Case(id = "suit.*.auth.no-wrapper", sweep = Sweep.SUIT,
            title = "{alg} manifest in an envelope without authentication wrapper",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-auth-block-required", "SUITM-8.2-envelope", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"Unauthenticated"},
            description = """
                    A tagged envelope holding the baseline manifest (3) and no suit-authentication-wrapper (2) at
                    all. The device trusts an {alg} {key}.

                    A processor must reject it for the missing authentication. One that treats the wrapper as
                    optional, or only checks blocks that are present, runs any manifest it is given.""")
    BuiltCase noWrapper(CaseContext<SuitFixture> context) {
        return rejected(Reason.AUTHENTICATION_MISSING,
                atAuthenticate(context.fixture(), Envelope.withoutAuthentication(baseline()).encode()));
    }

    @Case(id = "suit.*.auth.empty-wrapper", sweep = Sweep.SUIT,
            title = "{alg} manifest whose authentication wrapper is an empty array",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-digest-present", "SUITM-8.3-auth-block-required", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"Unauthenticated"},
            robustness = """
                    The wrapper has neither the SUIT_Digest every block signs nor any block: no processor can
                    authenticate the manifest, so none can go on past it.""",
            description = """
                    The baseline manifest in an envelope whose suit-authentication-wrapper is the bstr-wrapped
                    empty array []: neither the SUIT_Digest, which must always be present, nor any block.

                    A processor must reject it. One that indexes the wrapper without checking its length may read
                    out of bounds; one that loops over blocks and finds none to fail accepts an unsigned
                    manifest.""")
    BuiltCase emptyWrapper(CaseContext<SuitFixture> context) {
        Bytes envelope = Envelope.withoutAuthentication(baseline())
                .withMember(EnvelopeKey.AUTHENTICATION_WRAPPER, CborValue.array().toBytes()).encode();
        return rejected(Reason.BAD_STRUCTURE, atAuthenticate(context.fixture(), envelope));
    }

    @Case(id = "suit.*.auth.bare-manifest", sweep = Sweep.SUIT,
            title = "Bare SUIT_Manifest_Tagged (tag 1070) where an {alg} envelope is expected",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-auth-block-required", "SUITM-8.2-envelope", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"Unauthenticated"},
            description = """
                    The baseline manifest sent alone as SUIT_Manifest_Tagged, tag 1070, with no envelope around it
                    and so no authentication wrapper. The device trusts an {alg} {key}.

                    The CDDL admits a tagged manifest as a start symbol, but a manifest processor requires an
                    authentication block: it must reject this input. Accepting it lets anyone drive the device with
                    a manifest of their own.""")
    BuiltCase bareManifest(CaseContext<SuitFixture> context) {
        Bytes input = new CborWriter().tag(Tag.MANIFEST).raw(baseline()).toBytes();
        return rejected(Reason.AUTHENTICATION_MISSING, atAuthenticate(context.fixture(), input));
    }

    @Case(id = "suit.*.auth.block-not-cose", sweep = Sweep.SUIT,
            title = "{alg} signature bytes as an authentication block, without a COSE structure",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-cose-tagged", "SUITM-8.3-detached-payload", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"MalformedBlock"},
            robustness = """
                    The only block is a bare byte string: without a protected header no algorithm or
                    Sig_structure is known, so no processor can verify it and go on.""",
            description = """
                    The authentication wrapper holds the baseline manifest's digest and, as its block, the raw {alg}
                    signature of the author as a CBOR byte string: no COSE_Sign1 around it, so no protected header
                    and no algorithm.

                    A SUIT_Authentication_Block is a tagged COSE structure; a processor must reject this one.
                    Accepting a bare signature leaves the algorithm to the verifier's guess and skips the
                    Sig_structure that binds it.""")
    BuiltCase blockNotCose(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes block = CborValue.bytes(authorBlock(f).signature()).toBytes();
        return rejected(Reason.BAD_STRUCTURE, atAuthenticate(f, withBlocks(baseline(), block)));
    }

    @Case(id = "suit.*.auth.untagged-cose-sign1", sweep = Sweep.SUIT,
            title = "{alg} COSE_Sign1 in the wrapper without tag 18",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-cose-tagged", "RFC9052-4.2-sign1-tag"},
            flags = {"MalformedBlock", "Untagged"},
            description = """
                    The baseline manifest with a correct {alg} signature by the trusted author, but the COSE_Sign1
                    in the wrapper is untagged: the array alone, without COSE_Sign1_Tagged's tag 18.

                    SUIT_Authentication_Block lists only tagged COSE structures; without the tag, a Sign1 and a
                    Mac0 (which have the same shape) can only be told apart by the algorithm in the protected
                    header. The tag is a rule for the author: a processor should reject the envelope as malformed,
                    and one that verifies the signature anyway is not bound otherwise, so accepting is advisory.""")
    BuiltCase untaggedCoseSign1(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return SuitFixture.rejectedForProducerRule(Reason.BAD_STRUCTURE, UNTAGGED_RULE,
                atAuthenticate(f, withBlocks(baseline(), authorBlock(f).untagged().encode())));
    }

    @Case(id = "suit.*.auth.attached-payload", sweep = Sweep.SUIT,
            title = "{alg} COSE_Sign1 in the wrapper carrying the digest as an attached payload",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-detached-mode", "SUITM-8.3-detached-payload", "RFC9052-4.1-detached"},
            flags = {"MalformedBlock"},
            description = """
                    The baseline manifest with a correct {alg} signature by the trusted author, but the COSE_Sign1
                    carries the encoded SUIT_Digest as its payload instead of nil. The Sig_structure is the same, so
                    the signature verifies.

                    SUIT blocks are computed with detached payloads; the payload is the digest at the head of the
                    wrapper. A processor should reject a block with an attached payload, since in general it cannot
                    tell which of the two payloads the signature was meant for (see attached-payload-other-manifest).
                    Here the attached payload is the wrapper's own digest, so a processor that verifies it still
                    authenticates this manifest: the detached form binds the author, and accepting is advisory.""")
    BuiltCase attachedPayload(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CoseSign1 block = authorBlock(f);
        Bytes digest = SuitFixture.unsignedWrapper(baseline()).digest();
        return SuitFixture.rejectedForProducerRule(Reason.BAD_STRUCTURE, ATTACHED_RULE,
                atAuthenticate(f, withBlocks(baseline(), block.withAttachedPayload(digest).encode())));
    }

    @Case(id = "suit.*.auth.attached-payload-other-manifest", sweep = Sweep.SUIT,
            title = "{alg} block signing another manifest's digest as attached payload, for an unsigned manifest",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-detached-payload", "SUITM-8.3-manifest-digest", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"MalformedBlock", "Splicing"},
            description = """
                    An attacker holds a genuine {alg} signature by the trusted author over the baseline manifest's
                    digest. They write their own manifest (the baseline with the install URI pointing to
                    https://attacker.example/app.bin), put its digest at the head of the wrapper, and add the
                    author's COSE_Sign1 with the baseline digest attached as its payload.

                    The signature verifies over the attached payload, and the wrapper's digest matches the attacker's
                    manifest, but nothing links the two. A processor must verify the block over the wrapper's digest
                    as detached payload and reject this block. One that verifies over the attached payload installs
                    the attacker's firmware.""")
    BuiltCase attachedPayloadOtherManifest(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CoseSign1 genuine = authorBlock(f);
        Bytes genuineDigest = SuitFixture.unsignedWrapper(baseline()).digest();
        Bytes attackers = SuitFixture.baseline()
                .withSequence(ManifestKey.INSTALL, SuitFixture.installFrom("https://attacker.example/app.bin")).encode();
        return rejected(Reason.BAD_STRUCTURE,
                atAuthenticate(f, withBlocks(attackers, genuine.withAttachedPayload(genuineDigest).encode())));
    }

    @Case(id = "suit.*.auth.signature-bit-flipped", sweep = Sweep.SUIT,
            title = "{alg} signature of the wrapper with one bit flipped",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-detached-payload", "RFC9052-4.4-sig-structure", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"ModifiedSignature"},
            description = """
                    The baseline envelope signed by the trusted {alg} author, with one bit of the signature flipped
                    where the signature stays well formed (lengths, type codes and ranges unchanged), so the
                    verifier has to compute to find it wrong.

                    A processor must reject it because the signature does not verify. Accepting it means the
                    signature check is missing or broken: anyone can sign.""")
    BuiltCase signatureBitFlipped(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CoseSign1 block = authorBlock(f);
        return rejected(Reason.SIGNATURE_INVALID,
                atAuthenticate(f, withBlocks(baseline(), block.withSignature(f.author().corrupt(block.signature())).encode())));
    }

    @Case(id = "suit.*.auth.untrusted-signer", sweep = Sweep.SUIT,
            title = "{alg} envelope signed by a key the device does not trust",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-detached-payload", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"UntrustedKey"},
            description = """
                    The baseline manifest signed correctly with {alg}, but by a second {key} that is not one of the
                    device's trust anchors. The vector offers that key too, marked untrusted, as a key might arrive
                    with the envelope or sit in a general-purpose key store.

                    A processor must verify only under its trust anchors and reject. One that verifies under any key
                    it is given, or under the key a kid points to without checking trust, lets anyone with a key
                    pair update the device.""")
    BuiltCase untrustedSigner(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes envelope = withBlocks(baseline(),
                CoseSign1.detached(f.secondAuthor(), SuitFixture.unsignedWrapper(baseline()).digest()).encode());
        return rejected(Reason.SIGNATURE_INVALID, new SuitInput(envelope,
                List.of(KeyEntry.trusted(f.author().coseKey()), new KeyEntry(f.secondAuthor().coseKey(), false)),
                SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.auth.trust-anchor-of-other-algorithm", sweep = Sweep.SUIT,
            title = "Block labelled {alg} but signed under the device's only trust anchor, a key of another algorithm",
            severity = Severity.HIGH,
            requirements = {"RFC9052-7.1-kty", "SUITM-8.3-profile-algorithms", "SUITM-6.2-authenticate-first",
                    "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"AlgorithmKeyMismatch", "AlgorithmConfusion"},
            description = """
                    The baseline manifest on a device whose only trust anchor is a key of another algorithm than
                    {alg}: Ed25519 for the ECDSA ids, ECDSA P-256 for Ed25519 and HSS-LMS. The COSE_Sign1's
                    protected header names {alg}, but its signature is that trusted key's own, made under the key's
                    algorithm over the Sig_structure with this header.

                    The header's algorithm and the key's type must agree (RFC 9052 §7.1): no trust anchor can
                    verify an {alg} signature, so a processor must reject. One that picks the verifier from the key
                    and ignores the authenticated algorithm accepts: the algorithm a block claims then means
                    nothing, and a device that should accept only the algorithms of its SUIT profile, or a
                    migration away from a weakened algorithm, cannot tell which one it verified.""")
    BuiltCase trustAnchorOfOtherAlgorithm(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes digest = SuitFixture.unsignedWrapper(baseline()).digest();
        Bytes block = CoseSign1.labelled(f.algorithm().coseId(), f.foreignAuthor(), digest).encode();
        return rejected(Reason.ALGORITHM_KEY_MISMATCH, new SuitInput(withBlocks(baseline(), block),
                List.of(KeyEntry.trusted(f.foreignAuthor().coseKey())), SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.auth.cose-mac0", sweep = Sweep.SUIT,
            title = "COSE_Mac0 authentication block on a device with only an {alg} trust anchor",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-cose-tagged", "SUITM-8.3-auth-block-required", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"CoseMac0"},
            description = """
                    The baseline manifest authenticated only by a COSE_Mac0_Tagged block (tag 17, HMAC 256/256, alg
                    5), computed in detached mode over the digest with a symmetric key the device does not hold. Its
                    one trust anchor is an {alg} {key}.

                    COSE_Mac0 is a valid SUIT block, but this device has no key to check it with: nothing
                    authenticates the manifest, and a processor must reject. One that accepts a MAC it cannot
                    verify has no authentication at all.""")
    BuiltCase coseMac0(CaseContext<SuitFixture> context) {
        Bytes mac = CoseMac0.detached(MAC_KEY, SuitFixture.unsignedWrapper(baseline()).digest());
        return rejected(Reason.UNSUPPORTED_ALGORITHM, atAuthenticate(context.fixture(), withBlocks(baseline(), mac)));
    }

    @Case(id = "suit.*.auth.cose-mac0-then-sign1", sweep = Sweep.SUIT,
            title = "COSE_Mac0 block the device cannot check, then a valid {alg} COSE_Sign1",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-multiple-blocks", "SUITM-8.3-cose-tagged", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"CoseMac0", "MultipleBlocks"},
            description = """
                    The baseline manifest with two blocks over the same digest: first a COSE_Mac0 (HMAC 256/256) for
                    recipients that share a symmetric key with the author, then the trusted author's {alg}
                    COSE_Sign1.

                    Several blocks serve recipients with different algorithms or authorities (§8.3); this device
                    verifies the one meant for it. A processor must accept. Refusing because of the first block
                    breaks envelopes that serve a mixed fleet.""")
    BuiltCase coseMac0ThenSign1(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes mac = CoseMac0.detached(MAC_KEY, SuitFixture.unsignedWrapper(baseline()).digest());
        return accepted(atAuthenticate(f, withBlocks(baseline(), mac, authorBlock(f).encode())));
    }

    @Case(id = "suit.*.auth.cose-sign", sweep = Sweep.SUIT,
            title = "COSE_Sign block with one {alg} signature by the trusted author",
            severity = Severity.INFO,
            requirements = {"SUITM-8.3-cose-tagged", "SUITM-8.3-detached-payload"},
            flags = {"CoseSign", "OptionalFeature"},
            description = """
                    The baseline manifest authenticated by a COSE_Sign_Tagged block (tag 98) with one signer: the
                    trusted author, signing with {alg} over the Sig_structure of COSE_Sign ("Signature", empty body
                    protected header, the signer's protected header {1: alg}, empty external AAD, the digest).

                    COSE_Sign is a valid SUIT_Authentication_Block, but the SUIT algorithm profiles are written for
                    COSE_Sign1, and a processor need not implement COSE_Sign: it may accept or reject, and the
                    outcome is recorded. The reference processor implements COSE_Sign1 only and rejects.""")
    BuiltCase coseSign(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes block = CoseSign.detached(f.author(), SuitFixture.unsignedWrapper(baseline()).digest());
        return BuiltCase.of(Expectation.either(), atAuthenticate(f, withBlocks(baseline(), block)));
    }

    @Case(id = "suit.*.auth.blocks-untrusted-then-trusted", sweep = Sweep.SUIT,
            title = "Two {alg} blocks: one by an untrusted author, then the trusted author's",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-multiple-blocks", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"MultipleBlocks", "UntrustedKey"},
            description = """
                    The baseline manifest with two COSE_Sign1 blocks over the same digest: first one by another {alg}
                    authority, whom this device does not trust (its key is offered, untrusted), then one by the
                    device's trusted author. Both signatures are valid.

                    §8.3 lets several authorities sign one manifest, for recipients that trust different ones. A
                    processor must find the block it can verify under its trust anchors and accept. Rejecting on
                    the first block that fails breaks multi-authority envelopes.""")
    BuiltCase blocksUntrustedThenTrusted(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes digest = SuitFixture.unsignedWrapper(baseline()).digest();
        Bytes envelope = withBlocks(baseline(), CoseSign1.detached(f.secondAuthor(), digest).encode(), authorBlock(f).encode());
        return accepted(new SuitInput(envelope,
                List.of(KeyEntry.trusted(f.author().coseKey()), new KeyEntry(f.secondAuthor().coseKey(), false)),
                SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.auth.blocks-trusted-then-broken", sweep = Sweep.SUIT,
            title = "Two {alg} blocks: the trusted author's, then a broken one",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-multiple-blocks", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"MultipleBlocks", "ModifiedSignature"},
            description = """
                    The baseline manifest with two COSE_Sign1 blocks: first the trusted {alg} author's, valid; then
                    one by another authority whose signature has a bit flipped.

                    The manifest is authentic once a block verifies under a trusted key; a recipient cannot tell a
                    block meant for another recipient from a broken one, since both fail under its keys. A
                    processor must accept.""")
    BuiltCase blocksTrustedThenBroken(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes digest = SuitFixture.unsignedWrapper(baseline()).digest();
        CoseSign1 other = CoseSign1.detached(f.secondAuthor(), digest);
        Bytes envelope = withBlocks(baseline(), authorBlock(f).encode(),
                other.withSignature(f.secondAuthor().corrupt(other.signature())).encode());
        return accepted(atAuthenticate(f, envelope));
    }

    @Case(id = "suit.*.auth.blocks-other-algorithm-then-trusted", sweep = Sweep.SUIT,
            title = "Two blocks: another algorithm's, then the trusted author's {alg} block",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-multiple-blocks", "SUITM-8.3-profile-algorithms", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"MultipleBlocks", "AlgorithmTransition"},
            description = """
                    The baseline manifest with two COSE_Sign1 blocks over the same digest, as during an algorithm
                    transition (§8.3): first a block of another algorithm by another authority (its key offered,
                    untrusted), then the trusted author's {alg} block.

                    A processor must skip the block no trust anchor fits and accept on the {alg} one. Refusing
                    manifests signed for two algorithms blocks the migration to new algorithms, post-quantum
                    signatures such as HSS-LMS among them.""")
    BuiltCase blocksOtherAlgorithmThenTrusted(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes digest = SuitFixture.unsignedWrapper(baseline()).digest();
        Bytes envelope = withBlocks(baseline(), CoseSign1.detached(f.foreignAuthor(), digest).encode(),
                authorBlock(f).encode());
        return accepted(new SuitInput(envelope,
                List.of(KeyEntry.trusted(f.author().coseKey()), new KeyEntry(f.foreignAuthor().coseKey(), false)),
                SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.auth.blocks-all-fail", sweep = Sweep.SUIT,
            title = "Two {alg} blocks, neither verifying under the trust anchor",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-multiple-blocks", "SUITM-8.3-auth-block-required", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"MultipleBlocks", "UntrustedKey", "ModifiedSignature"},
            description = """
                    The baseline manifest with two COSE_Sign1 blocks: one by an untrusted {alg} authority (valid, but
                    not under the device's key), and the trusted author's with one bit of its signature flipped.

                    No block verifies under a trust anchor, so nothing authenticates the manifest: a processor must
                    reject. One that accepts when some block is valid under some key, or when the trusted author's
                    key id appears, is bypassed.""")
    BuiltCase blocksAllFail(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes digest = SuitFixture.unsignedWrapper(baseline()).digest();
        CoseSign1 own = authorBlock(f);
        Bytes envelope = withBlocks(baseline(), CoseSign1.detached(f.secondAuthor(), digest).encode(),
                own.withSignature(f.author().corrupt(own.signature())).encode());
        return rejected(Reason.SIGNATURE_INVALID, atAuthenticate(f, envelope));
    }

    @Case(id = "suit.*.auth.manifest-before-wrapper", sweep = Sweep.SUIT,
            title = "{alg} envelope with the manifest before the authentication wrapper",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-wrapper-first", "SUITM-6.2-authenticate-first"},
            flags = {"ElementOrder"},
            description = """
                    The baseline envelope, correctly signed by the trusted {alg} author, with its elements in the
                    order manifest (3), authentication wrapper (2).

                    The order breaks two rules: the envelope map is not in canonical order (§8.1), the first one
                    a processor checks, and the wrapper must come first regardless of canonical encoding (§8.3),
                    so that a streaming processor has the digest and signature before the manifest arrives. Both
                    rules bind the envelope's encoder: a processor should reject the envelope, under the
                    cbor-lenient profile too, which accepts other map orders but not this one; one that reads the
                    map by key is not bound otherwise, so accepting is advisory. Under cbor-lenient the vector
                    isolates the wrapper-first rule.""")
    BuiltCase manifestBeforeWrapper(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Envelope envelope = f.envelope(SuitFixture.baseline());
        EncodedMap map = envelope.map();
        Bytes reordered = new CborWriter().tag(Tag.ENVELOPE).map(2)
                .item(map.entries().get(1).key()).raw(map.entries().get(1).value())
                .item(map.entries().get(0).key()).raw(map.entries().get(0).value()).toBytes();
        return BuiltCase.of(Expectation.reject(Reason.NON_DETERMINISTIC_CBOR)
                .withProfile(Profile.CBOR_LENIENT, ExpectedResult.REJECT)
                .advisory(Advisory.Basis.PRODUCER_RULE, WRAPPER_FIRST_RULE), atAuthenticate(f, reordered));
    }
}
