package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.AuthenticationWrapper;
import dev.suitcase.vectors.suit.CoseSign1;
import dev.suitcase.vectors.suit.Envelope;
import dev.suitcase.vectors.suit.SuitDigest;
import dev.suitcase.vectors.suit.SuitLabels;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.Arrays;
import java.util.List;

import static dev.suitcase.vectors.families.suit.SuitFixture.accepted;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * The SUIT_Digest of the authentication wrapper (draft-ietf-suit-manifest-37 §8.3, §10): it must
 * match the bstr-wrapped manifest as received, under an algorithm the processor implements, and the
 * signature covers it.
 */
final class SuitDigestCases {
    /** A COSE algorithm id in the private-use range (below -65536): no processor can know it. */
    private static final long PRIVATE_USE_ALGORITHM = -65537;
    private static final String EXTENSION_RULE = "hardening: draft-ietf-suit-manifest-37 §10 lets a form of digest that"
            + " needs parameters carry them after the digest bytes, and defines none; this suite expects a processor to"
            + " refuse a digest with parameters it does not know, since they may change what the digest covers, rather"
            + " than compare the bytes as if the parameters were not there";

    private static Bytes baseline() {
        return SuitFixture.baseline().encode();
    }

    /** An envelope of {@code manifest} whose wrapper carries {@code digest}, signed over that digest by the author. */
    private static Bytes signedWithDigest(SuitFixture f, Bytes manifest, SuitDigest digest) {
        return Envelope.of(AuthenticationWrapper.of(digest).signedBy(f.author()), manifest).encode();
    }

    @Case(id = "suit.*.digest.manifest-byte-changed", sweep = Sweep.SUIT,
            title = "{alg} envelope whose manifest was changed in one byte after signing",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-manifest-digest", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"ModifiedManifest"},
            description = """
                    The baseline envelope signed by the trusted {alg} author, after which one bit of the manifest was
                    flipped: the last byte of the image digest in the shared sequence's override-parameters. The
                    wrapper's digest and signature are untouched, and valid.

                    The signature covers the digest, and the digest must match the bstr-wrapped manifest as
                    received: a processor must reject with a digest mismatch. One that verifies the signature but
                    not the manifest digest installs whatever image a manifest edited in transit names.""")
    BuiltCase manifestByteChanged(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        byte[] manifest = baseline().toByteArray();
        byte[] imageDigest = SuitDigest.sha256(SuitFixture.IMAGE).digest().toByteArray();
        int at = indexOf(manifest, imageDigest) + imageDigest.length - 1;
        manifest[at] ^= 0x01;
        Bytes envelope = Envelope.of(f.wrapper(baseline()), Bytes.of(manifest)).encode();
        return rejected(Reason.DIGEST_MISMATCH, f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.digest.digest-changed", sweep = Sweep.SUIT,
            title = "{alg} envelope whose manifest and wrapper digest were both replaced after signing",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-detached-payload", "RFC9052-4.4-sig-structure", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"ModifiedDigest", "ModifiedManifest"},
            description = """
                    The trusted author's {alg} COSE_Sign1, computed over the baseline manifest's SUIT_Digest, in an
                    envelope whose manifest is another one (the baseline with an attacker's install sequence, which
                    fetches the attacker's image) and whose wrapper digest is that manifest's SHA-256, correct.
                    Digest and manifest agree; only the signature was made over other bytes.

                    The digest is the detached payload of the signature, so the signature no longer verifies: a
                    processor must reject. One that verifies the signature over something other than the digest in
                    the wrapper (a cached value, a digest it re-encodes, the first digest it saw) installs any
                    manifest an attacker pairs with its digest next to a genuine signature.""")
    BuiltCase digestChanged(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CoseSign1 block = CoseSign1.detached(f.author(), SuitFixture.unsignedWrapper(baseline()).digest());
        Bytes attackers = SuitFixture.baseline().withSequence(ManifestKey.INSTALL, SuitFixture.attackersInstall()).encode();
        AuthenticationWrapper changed = SuitFixture.unsignedWrapper(attackers).withBlock(block.encode());
        return rejected(Reason.SIGNATURE_INVALID,
                f.input(Envelope.of(changed, attackers).encode(), SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.digest.signed-digest-wrong", sweep = Sweep.SUIT,
            title = "{alg} signature over a wrapper digest that does not match the manifest",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-manifest-digest", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"ModifiedDigest"},
            description = """
                    The wrapper's SUIT_Digest has its last bit flipped, and the trusted {alg} author signed that
                    wrong digest: the signature verifies, but the digest does not match the manifest in the
                    envelope.

                    A processor must check the manifest against the authenticated digest and reject with a digest
                    mismatch. One that stops at the signature accepts any manifest placed next to any signed
                    digest.""")
    BuiltCase signedDigestWrong(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.DIGEST_MISMATCH, f.input(
                signedWithDigest(f, baseline(), SuitFixture.digestOf(baseline()).withLastBitFlipped()),
                SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.digest.algorithm-id-changed", sweep = Sweep.SUIT,
            title = "{alg}-signed SUIT_Digest labelled SHA-384 holding a SHA-256 digest",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.3-manifest-digest", "SUITM-10-sha256"},
            flags = {"ModifiedDigest"},
            description = """
                    The wrapper's SUIT_Digest says SHA-384 (-43) but carries the 32-byte SHA-256 digest of the
                    manifest; the trusted {alg} author signed it so. A SHA-384 digest has 48 bytes.

                    A processor must not accept a digest whose bytes cannot be the named algorithm's: reject.
                    One that ignores the algorithm id and always computes SHA-256 accepts here, and would
                    compare the wrong function's output as soon as authors use other digests.""")
    BuiltCase algorithmIdChanged(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        SuitDigest mislabelled = SuitFixture.digestOf(baseline()).withAlgorithmId(-43);
        return rejected(Reason.BAD_STRUCTURE, f.input(signedWithDigest(f, baseline(), mislabelled), SuitFixture.device(),
                Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.digest.empty-digest-bytes", sweep = Sweep.SUIT,
            title = "{alg}-signed SUIT_Digest with SHA-256 id and zero digest bytes",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-manifest-digest", "SUITM-8.3-digest-present", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"ModifiedDigest"},
            description = """
                    The wrapper's SUIT_Digest is [-16, h'']: SHA-256 with an empty byte string, signed by the trusted
                    {alg} author.

                    A processor that compares the computed digest with the received bytes over the received length
                    compares nothing and accepts any manifest: a complete bypass of the manifest digest. It must
                    reject a digest of the wrong length.""")
    BuiltCase emptyDigestBytes(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        SuitDigest empty = new SuitDigest(-16, Bytes.empty());
        return rejected(Reason.BAD_STRUCTURE, f.input(signedWithDigest(f, baseline(), empty), SuitFixture.device(),
                Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.digest.unknown-algorithm", sweep = Sweep.SUIT,
            title = "{alg}-signed SUIT_Digest with an algorithm id no processor implements",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-10-sha256", "SUITM-8.3-manifest-digest"},
            flags = {"UnknownDigest"},
            description = """
                    The wrapper's SUIT_Digest names algorithm -65537, a private-use COSE id, with 32 digest bytes
                    (the manifest's SHA-256); the trusted {alg} author signed it.

                    A processor cannot compute a digest it does not know, so it cannot bind the manifest to the
                    signature: it must reject the digest as unsupported. One that skips the comparison for unknown
                    algorithms lets any manifest ride on any signed digest.""")
    BuiltCase unknownAlgorithm(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        SuitDigest unknown = SuitFixture.digestOf(baseline()).withAlgorithmId(PRIVATE_USE_ALGORITHM);
        return rejected(Reason.UNSUPPORTED_DIGEST, f.input(signedWithDigest(f, baseline(), unknown), SuitFixture.device(),
                Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.digest.digest-bytes-missing", sweep = Sweep.SUIT,
            title = "{alg}-signed SUIT_Digest holding the SHA-256 algorithm id and no digest bytes",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-manifest-digest", "SUITM-8.3-digest-present", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"ModifiedDigest"},
            robustness = """
                    The SUIT_Digest [-16] has no digest bytes, so there is nothing to compare the manifest with: no
                    processor can bind the manifest to the signature and go on.""",
            description = """
                    The wrapper's SUIT_Digest is the one-element array [-16]: the SHA-256 algorithm id and no digest
                    bytes. The trusted {alg} author signed it, and the manifest is the baseline.

                    A processor must reject: nothing binds the manifest to the signature. One that reads the
                    missing element as empty bytes and compares them with the computed digest over their length
                    compares nothing and accepts any manifest next to this signature.""")
    BuiltCase digestBytesMissing(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes algorithmOnly = CborValue.array(CborValue.integer(SuitLabels.DigestAlgorithm.SHA_256)).toBytes();
        Bytes envelope = Envelope.of(new AuthenticationWrapper(algorithmOnly, List.of()).signedBy(f.author()), baseline())
                .encode();
        return rejected(Reason.BAD_STRUCTURE, f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.digest.extension-parameter", sweep = Sweep.SUIT,
            title = "{alg}-signed SHA-256 SUIT_Digest followed by an extension parameter SHA-256 does not take",
            severity = Severity.LOW,
            requirements = {"SUITM-10-digest-parameters", "SUITM-8.3-manifest-digest"},
            flags = {"UnknownDigest", "Extension"},
            description = """
                    The wrapper's SUIT_Digest is [-16, digest, h'73616c74']: the correct SHA-256 of the
                    bstr-wrapped baseline manifest, then one more element, a byte string such as a salted or keyed
                    digest would carry. The trusted {alg} author signed it.

                    Forms of digest that need parameters may carry them after the digest bytes (§10), but the
                    draft defines none, and SHA-256 takes none: their meaning is unknown. The suite recommends
                    refusing the digest as unsupported, since a parameter may change what the digest covers; a
                    processor that ignores it and compares plain SHA-256 finds the manifest intact and is not bound
                    otherwise, so accepting is advisory.""")
    BuiltCase extensionParameter(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        SuitDigest plain = SuitFixture.digestOf(baseline());
        Bytes withParameter = CborValue.array(CborValue.integer(plain.algorithmId()), CborValue.bytes(plain.digest()),
                CborValue.bytes(Bytes.fromHex("73616c74"))).toBytes();
        Bytes envelope = Envelope.of(new AuthenticationWrapper(withParameter, List.of()).signedBy(f.author()), baseline())
                .encode();
        return BuiltCase.of(Expectation.reject(Reason.UNSUPPORTED_DIGEST).advisory(Advisory.Basis.HARDENING, EXTENSION_RULE),
                f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.digest.sha384", sweep = Sweep.SUIT,
            title = "{alg} envelope whose manifest digest is SHA-384",
            severity = Severity.LOW,
            requirements = {"SUITM-10-sha256", "SUITM-8.3-manifest-digest"},
            flags = {"OptionalFeature", "Sha384"},
            description = """
                    The baseline manifest with a SHA-384 (-43) SUIT_Digest in the wrapper, correct over the
                    bstr-wrapped manifest, signed by the trusted {alg} author.

                    SHA-384 is OPTIONAL (§10). A processor that implements it must accept; one that does not should
                    answer unsupported for this vector (it cannot check the digest and rejects it).""")
    BuiltCase sha384(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes wrapped = CborValue.bytes(baseline()).toBytes();
        return accepted(f.input(signedWithDigest(f, baseline(), SuitDigest.sha384(wrapped)), SuitFixture.device(),
                Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.digest.sha512", sweep = Sweep.SUIT,
            title = "{alg} envelope whose manifest digest is SHA-512",
            severity = Severity.LOW,
            requirements = {"SUITM-10-sha256", "SUITM-8.3-manifest-digest"},
            flags = {"OptionalFeature", "Sha512"},
            description = """
                    The baseline manifest with a SHA-512 (-44) SUIT_Digest in the wrapper, correct over the
                    bstr-wrapped manifest, signed by the trusted {alg} author.

                    SHA-512 is OPTIONAL (§10; the draft names it as an example). A processor that implements it must
                    accept; one that does not should answer unsupported for this vector.""")
    BuiltCase sha512(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes wrapped = CborValue.bytes(baseline()).toBytes();
        return accepted(f.input(signedWithDigest(f, baseline(), SuitDigest.sha512(wrapped)), SuitFixture.device(),
                Scope.AUTHENTICATE));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalStateException("the manifest does not contain the image digest");
    }
}
