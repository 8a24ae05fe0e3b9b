package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

import java.util.ArrayList;
import java.util.List;

/**
 * SUIT_Common (§8.4.5): the component identifiers the manifest addresses and the shared sequence,
 * which runs first in every procedure. Immutable.
 */
public final class Common {
    private final EncodedMap map;

    private Common(EncodedMap map) {
        this.map = map;
    }

    /** Common listing {@code components}, each identifier a list of byte strings, without a shared sequence. */
    public static Common of(List<List<Bytes>> components) {
        List<CborValue> identifiers = new ArrayList<>();
        for (List<Bytes> component : components) {
            identifiers.add(CborValue.array(component.stream().map(CborValue::bytes).toList()));
        }
        return new Common(EncodedMap.empty().with(SuitLabels.CommonKey.COMPONENTS, CborValue.array(identifiers)));
    }

    public Common withSharedSequence(CommandSequence shared) {
        return new Common(map.with(SuitLabels.CommonKey.SHARED_SEQUENCE, shared.wrapped()));
    }

    /** Common with one more member, such as an extension's (draft-ietf-suit-trust-domains adds suit-dependencies, 1). */
    public Common withMember(long key, CborValue value) {
        return new Common(map.with(key, value));
    }

    public Common without(long key) {
        return new Common(map.without(key));
    }

    /** The members in the order they were set. */
    public EncodedMap map() {
        return map;
    }

    /** The canonical encoding (§8.1). */
    public Bytes encode() {
        return map.canonical();
    }
}
