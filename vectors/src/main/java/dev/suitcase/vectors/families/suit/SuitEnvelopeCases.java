package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.suit.Envelope;
import dev.suitcase.vectors.suit.SuitLabels.EnvelopeKey;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * The SUIT_Envelope itself (draft-ietf-suit-manifest-37 §8.2): its tag, the types of its keys, and the
 * manifest it must carry. Each envelope holds the baseline manifest signed by the trusted author, so that
 * only the rule under test is broken.
 */
final class SuitEnvelopeCases {
    /** One below SUIT_Envelope_Tagged's 107. */
    private static final long OTHER_TAG = 106;
    private static final String KEY_TYPE_RULE = "draft-ietf-suit-manifest-37 §8.2 CDDL and §11: the envelope's keys"
            + " are the integer labels of the SUIT Envelope Elements registry and text strings naming integrated"
            + " payloads (§7.5), which is what an encoder writes; the draft does not tell a recipient to refuse an"
            + " element it never reads";

    private static SuitInput atAuthenticate(SuitFixture f, Bytes envelope) {
        return f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE);
    }

    @Case(id = "suit.*.envelope.wrong-tag", sweep = Sweep.SUIT,
            title = "{alg} envelope tagged 106 instead of SUIT_Envelope_Tagged's 107",
            severity = Severity.LOW,
            requirements = {"SUITM-8.2-envelope"},
            flags = {"WrongTag"},
            description = """
                    The baseline envelope, correctly signed by the trusted {alg} author, under CBOR tag 106
                    instead of 107. The signature does not cover the tag, so it still verifies.

                    A tag says what its content is (RFC 8949 §3.4), and a SUIT envelope is the map alone or the map
                    tagged 107: an item under another tag is not an envelope, and a processor must reject it. One
                    that strips whatever tag it finds reads data its producer labelled as something else as a
                    manifest envelope.""")
    BuiltCase wrongTag(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes map = f.envelope(SuitFixture.baseline()).untagged().encode();
        return rejected(Reason.BAD_STRUCTURE, atAuthenticate(f, new CborWriter().tag(OTHER_TAG).raw(map).toBytes()));
    }

    @Case(id = "suit.*.envelope.byte-string-key", sweep = Sweep.SUIT,
            title = "{alg} envelope with one more element under the byte-string key h'01'",
            severity = Severity.LOW,
            requirements = {"SUITM-8.2-envelope-keys"},
            flags = {"WrongType", "Extension"},
            description = """
                    The baseline envelope signed by the trusted {alg} author, with one more element: the byte
                    string h'cafe' under the key h'01', a byte string where the envelope's CDDL has integer labels
                    and the text keys of integrated payloads.

                    No registered element or integrated payload has such a key, and no signature covers the
                    element. The reference processor rejects the envelope as not matching the envelope's CDDL, and
                    the suite recommends it: a key of a type no element can have comes from an encoder that does not
                    write SUIT envelopes. The element is never read, so a processor that ignores it, as it ignores
                    unknown extensions, is not bound otherwise, and accepting is advisory.""")
    BuiltCase byteStringKey(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes envelope = f.envelope(SuitFixture.baseline())
                .withEntry(CborValue.bytes(Bytes.fromHex("01")), CborValue.bytes(Bytes.fromHex("cafe")).toBytes()).encode();
        return SuitFixture.rejectedForProducerRule(Reason.BAD_STRUCTURE, KEY_TYPE_RULE, atAuthenticate(f, envelope));
    }

    @Case(id = "suit.*.envelope.manifest-missing", sweep = Sweep.SUIT,
            title = "{alg} envelope holding the signed authentication wrapper and no manifest",
            severity = Severity.LOW,
            requirements = {"SUITM-8.2-envelope", "SUITM-8.3-manifest-digest"},
            flags = {"MissingManifest"},
            robustness = """
                    Without suit-manifest there is nothing to compare the authenticated digest with and nothing to
                    process: no processor can go on.""",
            description = """
                    An envelope holding only the authentication wrapper (2) of the baseline manifest, with its
                    digest and the trusted author's valid {alg} signature; the manifest (3) itself is missing.

                    An envelope holds a manifest; this one is not an envelope a processor can act on, and it must
                    reject it. One that reports success once the signature verifies tells its caller an update
                    was authenticated when there is none.""")
    BuiltCase manifestMissing(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Envelope envelope = f.envelope(SuitFixture.baseline()).without(EnvelopeKey.MANIFEST);
        return rejected(Reason.BAD_STRUCTURE, atAuthenticate(f, envelope.encode()));
    }
}
