package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborText;
import dev.suitcase.verifier.cbor.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule of suit-text (draft-ietf-suit-manifest-37 §8.4.4) a processor can check: "All
 * SUIT_Component_Identifiers used in suit-text MUST also be present in suit-common". The text itself
 * is for people and is not interpreted. The rule binds the manifest's author, and suit-text is OPTIONAL
 * to implement, so a processor is not bound to check it: a rejection for it is advisory
 * ({@code producer-rule}) in the corpus.
 *
 * <p>SUIT_Text_Map is a map from language tags to SUIT_Text_LMaps; an LMap holds integer text keys and
 * SUIT_Component_Identifier keys, each of the latter mapped to a map of component texts. Checks: the
 * maps are maps in canonical order (§8.1, {@link MapOrder}), language tags are text
 * ({@link SuitCheck#TEXT_LANGUAGE_TAG}), a component key is an array of byte strings whose value is a
 * map; a component key that suit-common does not list is {@link SuitCheck#TEXT_COMPONENT_NOT_LISTED}.
 * Text keys and extension keys are not interpreted.
 */
final class SuitText {
    private SuitText() {
    }

    /** Checks the bstr-wrapped SUIT_Text_Map against the components of suit-common. */
    static void checkComponents(CborBytes wrapped, List<ComponentId> components, VerifierOptions options) {
        CborMap text = CborDecoder.decodeWrapped(wrapped).asMap(ManifestMember.TEXT + " (bstr .cbor SUIT_Text_Map)");
        MapOrder.requireCanonical(text, ManifestMember.TEXT.toString(), options);
        for (CborMap.Entry language : text.entries()) {
            if (!(language.key() instanceof CborText tag)) {
                SuitCheck.TEXT_LANGUAGE_TAG.fail(ManifestMember.TEXT + " has key " + Diagnostic.of(language.key())
                        + "; SUIT_Text_Map is keyed by language tags, text strings (§8.4.4)");
                continue; // knocked out: the entry is ignored
            }
            String where = ManifestMember.TEXT + " language \"" + tag.value() + "\"";
            CborMap lmap = language.value().asMap(where + " (SUIT_Text_LMap)");
            MapOrder.requireCanonical(lmap, where, options);
            for (CborMap.Entry entry : lmap.entries()) {
                if (entry.key() instanceof CborArray identifier) {
                    checkComponent(identifier, entry.value(), components, where);
                }
            }
        }
    }

    private static void checkComponent(CborArray identifier, CborItem texts, List<ComponentId> components, String where) {
        List<byte[]> segments = new ArrayList<>(identifier.size());
        for (CborItem segment : identifier.items()) {
            segments.add(segment.asBytes(where + " component identifier segment").content().toByteArray());
        }
        ComponentId component = ComponentId.of(segments);
        texts.asMap(where + " texts of component " + component);
        if (!components.contains(component)) {
            // knocked out: the description is kept, as text nobody checks
            SuitCheck.TEXT_COMPONENT_NOT_LISTED.failAt(where + " describes component " + component + ", which suit-components"
                    + " (2) of suit-common does not list (it lists " + components + "); every SUIT_Component_Identifier"
                    + " used in suit-text MUST also be present in suit-common (§8.4.4)", identifier.encoded().range());
        }
    }
}
