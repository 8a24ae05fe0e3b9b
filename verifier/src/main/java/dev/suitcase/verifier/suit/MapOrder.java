package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.Diagnostic;

/**
 * The canonical map order rule of draft-ietf-suit-manifest-37 §8.1: "All CBOR maps in the Manifest
 * and manifest envelope MUST be encoded with the canonical CBOR ordering as defined in RFC 8949"
 * (§4.2.1: keys sorted by the bytewise order of their encodings). The sentence binds encoders; the
 * draft does not tell a recipient to check it, so a rejection for it is advisory ({@code producer-rule})
 * in the corpus. This processor enforces it ({@link SuitCheck#MAP_ORDER}) unless the request runs under
 * the {@code cbor-lenient} profile, which accepts any order.
 */
final class MapOrder {
    private MapOrder() {
    }

    static void requireCanonical(CborMap map, String what, VerifierOptions options) {
        if (options.has(Profile.CBOR_LENIENT) || map.isCanonicallyOrdered()) {
            return;
        }
        for (int i = 1; i < map.size(); i++) {
            CborMap.Entry previous = map.entries().get(i - 1);
            CborMap.Entry entry = map.entries().get(i);
            if (previous.key().encoded().compareBytes(entry.key().encoded()) >= 0) {
                SuitCheck.MAP_ORDER.fail("the keys of " + what + " are not in canonical order: "
                        + Diagnostic.of(entry.key()) + " comes after " + Diagnostic.of(previous.key())
                        + " (at byte " + entry.key().encoded().offset() + "); draft-ietf-suit-manifest-37 §8.1 requires"
                        + " RFC 8949 §4.2.1 order, keys sorted by their encoded bytes");
                return; // knocked out: the order is accepted, as under cbor-lenient
            }
        }
    }
}
