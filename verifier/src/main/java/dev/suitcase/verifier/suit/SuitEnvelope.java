package dev.suitcase.verifier.suit;

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
 * or untagged (the TEEP profile sends untagged envelopes), whose elements are byte strings (§8.1).
 * Parsing it reads only the envelope map: the manifest stays an opaque byte string until it is
 * authenticated (§6.2).
 *
 * <p>Checks, in order, each a {@link SuitCheck}:
 * <ol>
 *   <li>the input is one well-formed, deterministically encoded CBOR item ({@link CborDecoder});</li>
 *   <li>a tag, if any, is 107: tag 1070 (a bare SUIT_Manifest_Tagged) has no authentication wrapper at
 *       all ({@link SuitCheck#ENVELOPE_BARE_MANIFEST}); any other tag is {@link SuitCheck#ENVELOPE_TAG};</li>
 *   <li>the envelope is a map with canonically ordered keys ({@link MapOrder}, §8.1);</li>
 *   <li>every key is an integer or a text string ({@link SuitCheck#ENVELOPE_KEY_TYPE}); the elements this
 *       processor reads (the wrapper, the manifest, severed members, integrated payloads) are byte
 *       strings; the authentication wrapper (2) comes before the manifest (3) "regardless of canonical
 *       encoding" (§8.3, {@link SuitCheck#ENVELOPE_WRAPPER_FIRST}); the manifest is present
 *       ({@link SuitCheck#ENVELOPE_MANIFEST_MISSING});</li>
 *   <li>the authentication wrapper is present ({@link SuitCheck#ENVELOPE_AUTH_MISSING}), checked when the
 *       processor asks for it.</li>
 * </ol>
 * Other integer keys are envelope extensions ({@code $$SUIT_Envelope_Extensions}, for instance 1,
 * delegation, of draft-ietf-suit-trust-domains). No signature covers them and this processor
 * implements none of them, so it ignores them, whatever their type: §8.1 asks producers to wrap every
 * element in a byte string, and nothing a recipient does depends on an element it does not read.
 */
final class SuitEnvelope {
    static final long ENVELOPE_TAG = 107;
    static final long MANIFEST_TAG = 1070;
    static final int AUTHENTICATION_WRAPPER = 2;
    static final int MANIFEST = 3;

    private final Optional<CborBytes> authenticationWrapper;
    private final Optional<CborBytes> manifest;
    private final Optional<CborItem> bareManifest;
    private final Map<ManifestMember, CborBytes> severedMembers;
    private final Map<String, CborBytes> integratedPayloads;

    private SuitEnvelope(Optional<CborBytes> authenticationWrapper, Optional<CborBytes> manifest,
                         Optional<CborItem> bareManifest, Map<ManifestMember, CborBytes> severedMembers,
                         Map<String, CborBytes> integratedPayloads) {
        this.authenticationWrapper = authenticationWrapper;
        this.manifest = manifest;
        this.bareManifest = bareManifest;
        this.severedMembers = severedMembers;
        this.integratedPayloads = integratedPayloads;
    }

    static SuitEnvelope parse(byte[] input, VerifierOptions options) {
        CborItem item = CborDecoder.decode(input);
        if (item instanceof CborTag tag) {
            if (tag.tag() == MANIFEST_TAG) {
                SuitCheck.ENVELOPE_BARE_MANIFEST.fail("the input is a bare SUIT_Manifest_Tagged (tag 1070) with no"
                        + " envelope and so no authentication wrapper; a manifest processor requires an authentication"
                        + " block (draft-ietf-suit-manifest-37 §8.3)");
                // knocked out: the manifest alone, processed as a processor that accepts bare manifests does
                return new SuitEnvelope(Optional.empty(), Optional.empty(), Optional.of(tag.content()), Map.of(), Map.of());
            }
            if (tag.tag() != ENVELOPE_TAG) {
                SuitCheck.ENVELOPE_TAG.fail("the envelope carries tag " + Long.toUnsignedString(tag.tag())
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
                long number = label.asLong().orElse(Long.MIN_VALUE);
                Optional<ManifestMember> severable = ManifestMember.fromLabel(number).filter(ManifestMember::severable);
                if (number != AUTHENTICATION_WRAPPER && number != MANIFEST && severable.isEmpty()) {
                    continue; // an envelope extension this processor does not implement
                }
                CborBytes value = entry.value().asBytes("envelope element " + label.bigValue()
                        + " (every envelope element is bstr-wrapped, §8.1)");
                if (number == AUTHENTICATION_WRAPPER) {
                    wrapper = value;
                } else if (number == MANIFEST) {
                    if (wrapper == null && map.get(AUTHENTICATION_WRAPPER).isPresent()) {
                        SuitCheck.ENVELOPE_WRAPPER_FIRST.fail("the suit-manifest (3) comes before the"
                                + " suit-authentication-wrapper (2) in the envelope; the authentication wrapper MUST"
                                + " come first regardless of canonical encoding (§8.3)");
                    }
                    manifest = value;
                } else {
                    severed.put(severable.get(), value);
                }
            } else {
                SuitCheck.ENVELOPE_KEY_TYPE.fail("envelope key " + Diagnostic.of(key) + " is a " + key.typeName()
                        + "; SUIT_Envelope keys are integers, or text strings for integrated payloads");
            }
        }
        if (manifest == null) {
            throw SuitCheck.ENVELOPE_MANIFEST_MISSING.rejection("the envelope has no suit-manifest (3)");
        }
        return new SuitEnvelope(Optional.ofNullable(wrapper), Optional.of(manifest), Optional.empty(), severed, payloads);
    }

    /**
     * Whether the input was a bare SUIT_Manifest_Tagged, read as a manifest alone: only when
     * {@link SuitCheck#ENVELOPE_BARE_MANIFEST} is knocked out, so never for a verdict.
     */
    boolean bare() {
        return bareManifest.isPresent();
    }

    /** The authentication wrapper, if the envelope carries one. */
    Optional<CborBytes> authenticationWrapper() {
        return authenticationWrapper;
    }

    /** The bstr-wrapped manifest, head included, exactly as received; absent only for a {@link #bare} manifest. */
    Optional<CborBytes> manifest() {
        return manifest;
    }

    /** The manifest decoded: to be called once it is authenticated (§6.2). */
    CborItem decodeManifest() {
        return bareManifest.orElseGet(() -> CborDecoder.decodeWrapped(manifest.orElseThrow()));
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
