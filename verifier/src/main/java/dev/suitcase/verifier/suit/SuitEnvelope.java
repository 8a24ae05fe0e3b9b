package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.CborItem.CborText;
import dev.suitcase.verifier.cbor.Diagnostic;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outer structure of a SUIT_Envelope (draft-ietf-suit-manifest-37 §8.2, CDDL): a map, tagged 107
 * or untagged (the TEEP profile sends untagged envelopes), whose every element is a byte string
 * (§8.1). Parsing it reads only the envelope map: the manifest stays an opaque byte string until
 * it is authenticated (§6.2).
 *
 * <p>Checks, in order, each with its reason:
 * <ol>
 *   <li>the input is one well-formed, deterministically encoded CBOR item ({@link CborDecoder});</li>
 *   <li>a tag, if any, is 107; tag 1070 (a bare SUIT_Manifest_Tagged) has no authentication wrapper at
 *       all and is {@link Reason#AUTHENTICATION_MISSING}; any other tag is {@link Reason#BAD_STRUCTURE};</li>
 *   <li>the envelope is a map with canonically ordered keys ({@link MapOrder}, §8.1);</li>
 *   <li>every key is an integer or a text string, every value a byte string, the authentication
 *       wrapper (2) comes before the manifest (3) "regardless of canonical encoding" (§8.3), and the
 *       manifest is present: otherwise {@link Reason#BAD_STRUCTURE};</li>
 *   <li>the authentication wrapper is present: otherwise {@link Reason#AUTHENTICATION_MISSING}.</li>
 * </ol>
 * Integer keys other than 2, 3, 16, 20 and 23 are envelope extensions (for instance 1, delegation,
 * of draft-ietf-suit-trust-domains). They are not covered by the signature, so this processor, which
 * implements none of them, ignores them; they must still be byte strings.
 */
final class SuitEnvelope {
    static final long ENVELOPE_TAG = 107;
    static final long MANIFEST_TAG = 1070;
    static final int AUTHENTICATION_WRAPPER = 2;
    static final int MANIFEST = 3;

    private final Optional<CborBytes> authenticationWrapper;
    private final CborBytes manifest;
    private final Map<ManifestMember, CborBytes> severedMembers;
    private final Map<String, CborBytes> integratedPayloads;

    private SuitEnvelope(Optional<CborBytes> authenticationWrapper, CborBytes manifest,
                         Map<ManifestMember, CborBytes> severedMembers, Map<String, CborBytes> integratedPayloads) {
        this.authenticationWrapper = authenticationWrapper;
        this.manifest = manifest;
        this.severedMembers = severedMembers;
        this.integratedPayloads = integratedPayloads;
    }

    static SuitEnvelope parse(byte[] input, VerifierOptions options) {
        CborItem item = CborDecoder.decode(input);
        if (item instanceof CborTag tag) {
            if (tag.tag() == MANIFEST_TAG) {
                throw new Rejection(Reason.AUTHENTICATION_MISSING, "the input is a bare SUIT_Manifest_Tagged (tag 1070)"
                        + " with no envelope and so no authentication wrapper; a manifest processor requires an"
                        + " authentication block (draft-ietf-suit-manifest-37 §8.3)");
            }
            if (tag.tag() != ENVELOPE_TAG) {
                throw new Rejection(Reason.BAD_STRUCTURE, "the envelope carries tag " + Long.toUnsignedString(tag.tag())
                        + "; a SUIT_Envelope is tagged 107 or not tagged at all");
            }
            item = tag.content();
        }
        CborMap map = item.asMap("the SUIT_Envelope");
        MapOrder.requireCanonical(map, "the SUIT_Envelope", options);

        CborBytes wrapper = null;
        CborBytes manifest = null;
        Map<ManifestMember, CborBytes> severed = new EnumMap<>(ManifestMember.class);
        Map<String, CborBytes> payloads = new LinkedHashMap<>();
        for (CborMap.Entry entry : map.entries()) {
            CborItem key = entry.key();
            if (key instanceof CborText text) {
                payloads.put(text.value(), entry.value().asBytes("integrated payload " + Diagnostic.of(key)
                        + " of the envelope (§7.5)"));
            } else if (key instanceof CborInt label) {
                CborBytes value = entry.value().asBytes("envelope element " + label.bigValue()
                        + " (every envelope element is bstr-wrapped, §8.1)");
                long number = label.asLong().orElse(Long.MIN_VALUE);
                if (number == AUTHENTICATION_WRAPPER) {
                    wrapper = value;
                } else if (number == MANIFEST) {
                    if (wrapper == null && map.get(AUTHENTICATION_WRAPPER).isPresent()) {
                        throw new Rejection(Reason.BAD_STRUCTURE, "the suit-manifest (3) comes before the"
                                + " suit-authentication-wrapper (2) in the envelope; the authentication wrapper MUST"
                                + " come first regardless of canonical encoding (§8.3)");
                    }
                    manifest = value;
                } else {
                    ManifestMember.fromLabel(number).filter(ManifestMember::severable).ifPresent(member -> severed.put(member, value));
                }
            } else {
                throw new Rejection(Reason.BAD_STRUCTURE, "envelope key " + Diagnostic.of(key) + " is a " + key.typeName()
                        + "; SUIT_Envelope keys are integers, or text strings for integrated payloads");
            }
        }
        if (manifest == null) {
            throw new Rejection(Reason.BAD_STRUCTURE, "the envelope has no suit-manifest (3)");
        }
        return new SuitEnvelope(Optional.ofNullable(wrapper), manifest, severed, payloads);
    }

    /** The authentication wrapper; its absence is {@link Reason#AUTHENTICATION_MISSING}. */
    CborBytes authenticationWrapper() {
        return authenticationWrapper.orElseThrow(() -> new Rejection(Reason.AUTHENTICATION_MISSING,
                "the envelope has no suit-authentication-wrapper (2); a manifest processor requires an authentication"
                        + " block (draft-ietf-suit-manifest-37 §8.3)"));
    }

    /** The bstr-wrapped manifest, head included, exactly as received. */
    CborBytes manifest() {
        return manifest;
    }

    /** The severed member carried in the envelope, if any. */
    Optional<CborBytes> severedMember(ManifestMember member) {
        return Optional.ofNullable(severedMembers.get(member));
    }

    /** The integrated payloads, by their text key (§7.5). */
    Map<String, CborBytes> integratedPayloads() {
        return Map.copyOf(integratedPayloads);
    }
}
