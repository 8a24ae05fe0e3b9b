package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.nio.charset.StandardCharsets;

/**
 * Manifest members a processor does not act on (draft-ietf-suit-manifest-37 §8.4): members of extensions
 * ({@code $$SUIT_Manifest_Extensions}), which the draft leaves room for and sets no rule for a recipient
 * that does not implement one, and suit-reference-uri, which is for management systems.
 */
final class SuitExtensionCases {
    /** suit-manifest-component-id, a manifest member of draft-ietf-suit-trust-domains (§5.2.1). */
    private static final long MANIFEST_COMPONENT_ID = 5;
    private static final String REFERENCE_URI_RULE = "draft-ietf-suit-manifest-37 §8.4 CDDL: \"? suit-reference-uri =>"
            + " tstr\", a rule on what the author writes; the member is a URI for management systems (§8.4.3), and the"
            + " draft does not tell a recipient, which has no use for it, to check its type";

    @Case(id = "suit.*.member-type.reference-uri-bstr", sweep = Sweep.SUIT,
            title = "{alg}-signed manifest whose suit-reference-uri is a byte string, not a text string",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4-member-types"},
            flags = {"WrongType"},
            description = """
                    The baseline manifest signed with {alg}, with suit-reference-uri (4) set to the URI's bytes as a
                    byte string instead of a text string.

                    The CDDL makes the member a text string, and a manifest with a member of another type is not a
                    SUIT_Manifest: the reference processor rejects it, and the suite recommends checking every
                    member's type, since two parsers may read a mistyped member differently. The reference URI
                    serves management systems to fetch the full manifest (§8.4.3); a recipient never acts on it,
                    so one that ignores it is not bound otherwise, and accepting is advisory.""")
    BuiltCase referenceUriBstr(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.baseline().withMember(ManifestKey.REFERENCE_URI,
                CborValue.bytes("https://firmware.example/suitcase/manifest.suit".getBytes(StandardCharsets.US_ASCII)));
        return SuitFixture.rejectedForProducerRule(Reason.BAD_STRUCTURE, REFERENCE_URI_RULE,
                f.input(f.signed(manifest), SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.unknown-member.manifest-component-id", sweep = Sweep.SUIT,
            title = "{alg} manifest carrying suit-manifest-component-id (5) of the trust-domains extension",
            severity = Severity.INFO,
            requirements = {"SUITM-8.4-extension-members"},
            flags = {"Extension"},
            description = """
                    The baseline manifest signed with {alg}, with one more member: suit-manifest-component-id (5),
                    [h'00'], which draft-ietf-suit-trust-domains defines to say where a root manifest is stored.
                    Every command sequence is of the core specification, and the device can complete them all:
                    processed through boot.

                    The manifest's CDDL leaves room for extension members, and draft-ietf-suit-manifest-37 sets no
                    rule for a recipient that does not implement one; what binds it is the command sequences. A
                    processor may ignore the member and accept, or refuse what it does not implement; the outcome
                    is recorded. The reference processor ignores it. A processor that refuses it cannot take
                    manifests from authors who use the trust-domains extension for other devices.""")
    BuiltCase manifestComponentId(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.baseline().withMember(MANIFEST_COMPONENT_ID,
                CborValue.array(CborValue.bytes(SuitFixture.COMPONENT)));
        return BuiltCase.of(Expectation.either(), f.input(f.signed(manifest), SuitFixture.device(), Scope.BOOT));
    }
}
