package dev.suitcase.verifier.suit;

import com.upokecenter.cbor.CBORObject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A SUIT_Component_Identifier: a list of byte strings naming one unit of code or data on the device,
 * such as {@code [h'00']} or a file path {@code ['usr', 'bin', 'env']} (draft-ietf-suit-manifest-37
 * §8.4.5.1). Compared by content. Immutable.
 */
public final class ComponentId {
    private final List<byte[]> segments;

    private ComponentId(List<byte[]> segments) {
        List<byte[]> copies = new ArrayList<>(segments.size());
        for (byte[] segment : segments) {
            copies.add(segment.clone());
        }
        this.segments = List.copyOf(copies);
    }

    public static ComponentId of(List<byte[]> segments) {
        return new ComponentId(segments);
    }

    public static ComponentId of(byte[]... segments) {
        return new ComponentId(Arrays.asList(segments));
    }

    /** The segments, copied. */
    public List<byte[]> segments() {
        List<byte[]> copies = new ArrayList<>(segments.size());
        for (byte[] segment : segments) {
            copies.add(segment.clone());
        }
        return copies;
    }

    /** Lowercase hex of the identifier's deterministic CBOR encoding, e.g. {@code 814100} for [h'00']. */
    public String toHex() {
        CBORObject array = CBORObject.NewArray();
        for (byte[] segment : segments) {
            array.Add(CBORObject.FromObject(segment));
        }
        return HexFormat.of().formatHex(array.EncodeToBytes());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ComponentId that) || that.segments.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!Arrays.equals(segments.get(i), that.segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (byte[] segment : segments) {
            hash = 31 * hash + Arrays.hashCode(segment);
        }
        return hash;
    }

    /** CBOR diagnostic notation, e.g. {@code [h'00']}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < segments.size(); i++) {
            out.append(i == 0 ? "" : ", ").append("h'").append(HexFormat.of().formatHex(segments.get(i))).append('\'');
        }
        return out.append(']').toString();
    }
}
