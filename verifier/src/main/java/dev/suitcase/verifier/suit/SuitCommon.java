package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SUIT_Common (draft-ietf-suit-manifest-37 §8.4.5): the components the manifest addresses and the
 * shared sequence.
 *
 * <p>Checks: a map in canonical order ({@link MapOrder}); components a non-empty array of arrays of
 * byte strings ({@link SuitCheck#COMMON_COMPONENTS_EMPTY}), the shared sequence a byte string. How many
 * components the device can take is checked against the device ({@link SuitCheck#COMPONENTS_COUNT}, §6.2),
 * before any parameter storage is allocated for them. Any other key,
 * such as 1 (suit-dependencies of draft-ietf-suit-trust-domains, whose §5.1 makes a processor without
 * dependencies abort), asks for behaviour this processor does not implement
 * ({@link SuitCheck#COMMON_UNKNOWN_MEMBER}); so does a manifest without components, a dependency-only
 * manifest ({@link SuitCheck#COMMON_COMPONENTS_MISSING}).
 */
record SuitCommon(List<ComponentId> components, Optional<CborBytes> sharedSequence) {
    static final int COMPONENTS = 2;
    static final int SHARED_SEQUENCE = 4;

    SuitCommon {
        components = List.copyOf(components);
    }

    static SuitCommon parse(CborBytes wrapped, VerifierOptions options) {
        CborMap map = CborDecoder.decodeWrapped(wrapped).asMap("suit-common (3)");
        MapOrder.requireCanonical(map, "suit-common (3)", options);
        for (CborMap.Entry entry : map.entries()) {
            CborItem key = entry.key();
            boolean known = key instanceof CborInt label && !label.negative()
                    && (label.argument() == COMPONENTS || label.argument() == SHARED_SEQUENCE);
            if (!known) {
                // knocked out: the member is ignored
                SuitCheck.COMMON_UNKNOWN_MEMBER.fail("suit-common (3) has member " + Diagnostic.of(key)
                        + ", which this processor does not implement; it knows suit-components (2) and"
                        + " suit-shared-sequence (4) only (§8.4.5)");
            }
        }
        CborArray list = map.get(COMPONENTS).orElseThrow(() -> SuitCheck.COMMON_COMPONENTS_MISSING.rejection(
                "suit-common (3) lists no suit-components (2); this processor does not implement manifests without"
                        + " components (dependency manifests)")).asArray("suit-components (2)");
        if (list.size() == 0) {
            throw SuitCheck.COMMON_COMPONENTS_EMPTY.rejection("suit-components (2) is empty; SUIT_Components lists at least one"
                    + " component identifier (§8.4.5)");
        }
        List<ComponentId> components = new ArrayList<>(list.size());
        for (CborItem identifier : list.items()) {
            String what = "component identifier " + (components.size() + 1) + " of suit-components (2)";
            List<byte[]> segments = new ArrayList<>();
            for (CborItem segment : identifier.asArray(what).items()) {
                segments.add(segment.asBytes(what + " segment").content().toByteArray());
            }
            components.add(ComponentId.of(segments));
        }
        Optional<CborBytes> shared = map.get(SHARED_SEQUENCE).map(item -> item.asBytes("suit-shared-sequence (4)"));
        return new SuitCommon(components, shared);
    }
}
