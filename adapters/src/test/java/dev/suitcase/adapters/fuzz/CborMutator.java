package dev.suitcase.adapters.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.upokecenter.cbor.CBORException;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CBOR-aware mutations of a seed, driven by the fuzzer's data: a few rounds, each either a
 * structural one (decode the seed, pick one data item, replace, drop, duplicate or re-tag it, descend
 * into a byte string that holds CBOR as a COSE protected header or a SUIT manifest does, encode again)
 * or a byte-level one (flip a bit, write a CBOR initial byte that changes a head's width, length or
 * type, insert or delete bytes). The structural rounds reach the checks behind a valid encoding; the
 * byte-level ones the decoder's own checks (RFC 8949 §3, §4.2).
 */
public final class CborMutator {
    /** Initial bytes worth writing anywhere: width changes, indefinite lengths, break, simple values, tags. */
    private static final byte[] INTERESTING = {0x00, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1f, 0x20, 0x38, 0x40,
            0x58, 0x5b, 0x5f, 0x60, 0x7f, (byte) 0x80, (byte) 0x9f, (byte) 0xa0, (byte) 0xbf, (byte) 0xc0,
            (byte) 0xd2, (byte) 0xd8, (byte) 0xf4, (byte) 0xf6, (byte) 0xf7, (byte) 0xf9, (byte) 0xfb, (byte) 0xff};
    /** The deepest byte-string nesting a structural round descends. */
    private static final int MAX_DEPTH = 3;

    private CborMutator() {
    }

    /** The seed after one to four rounds of mutation; the seed itself is not changed. */
    public static byte[] mutate(byte[] seed, FuzzedDataProvider data) {
        byte[] current = seed.clone();
        int rounds = data.consumeInt(1, 4);
        for (int round = 0; round < rounds && data.remainingBytes() > 0; round++) {
            current = data.consumeBoolean() ? structural(current, data, 0) : byteLevel(current, data);
        }
        return current;
    }

    private static byte[] byteLevel(byte[] bytes, FuzzedDataProvider data) {
        int at = bytes.length == 0 ? 0 : data.consumeInt(0, bytes.length - 1);
        switch (data.consumeInt(0, 3)) {
            case 0 -> {
                if (bytes.length > 0) {
                    bytes[at] ^= (byte) (1 << data.consumeInt(0, 7));
                }
                return bytes;
            }
            case 1 -> {
                if (bytes.length > 0) {
                    bytes[at] = data.pickValue(box(INTERESTING));
                }
                return bytes;
            }
            case 2 -> {
                byte[] inserted = data.consumeBytes(data.consumeInt(1, 9));
                byte[] grown = new byte[bytes.length + inserted.length];
                System.arraycopy(bytes, 0, grown, 0, at);
                System.arraycopy(inserted, 0, grown, at, inserted.length);
                System.arraycopy(bytes, at, grown, at + inserted.length, bytes.length - at);
                return grown;
            }
            default -> {
                int length = Math.min(bytes.length - at, data.consumeInt(1, 16));
                byte[] shrunk = new byte[bytes.length - Math.max(0, length)];
                System.arraycopy(bytes, 0, shrunk, 0, at);
                System.arraycopy(bytes, at + Math.max(0, length), shrunk, at, shrunk.length - at);
                return shrunk;
            }
        }
    }

    private static byte[] structural(byte[] bytes, FuzzedDataProvider data, int depth) {
        CBORObject root;
        try {
            root = CBORObject.DecodeFromBytes(bytes);
        } catch (CBORException | IllegalArgumentException notCbor) {
            return byteLevel(bytes, data);
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return replacement(data).EncodeToBytes();
        }
        Slot slot = slots.get(data.consumeInt(0, slots.size() - 1));
        CBORObject item = slot.item();
        switch (data.consumeInt(0, 4)) {
            case 0 -> slot.put(replacement(data));
            case 1 -> slot.remove();
            case 2 -> slot.duplicate();
            case 3 -> slot.put(CBORObject.FromObjectAndTag(item, data.consumeInt(0, 300)));
            default -> {
                if (item.getType() == CBORType.ByteString && depth < MAX_DEPTH) {
                    slot.put(CBORObject.FromObject(structural(item.GetByteString(), data, depth + 1)));
                } else {
                    slot.put(replacement(data));
                }
            }
        }
        return root.EncodeToBytes();
    }

    /** A small data item of any major type, sometimes a long string to test size limits. */
    private static CBORObject replacement(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 9)) {
            case 0 -> CBORObject.FromObject(data.consumeLong());
            case 1 -> CBORObject.FromObject(data.consumeBytes(64));
            case 2 -> CBORObject.FromObject(data.consumeString(32));
            case 3 -> CBORObject.NewArray();
            case 4 -> CBORObject.NewMap();
            case 5 -> CBORObject.Null;
            case 6 -> CBORObject.FromObject(data.consumeBoolean());
            case 7 -> CBORObject.FromObject(data.consumeDouble());
            case 8 -> CBORObject.FromObject(new byte[data.consumeInt(0, 1 << 16)]);
            default -> CBORObject.FromSimpleValue(data.consumeInt(0, 19));
        };
    }

    private static Byte[] box(byte[] bytes) {
        Byte[] boxed = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            boxed[i] = bytes[i];
        }
        return boxed;
    }

    private static void collect(CBORObject container, List<Slot> slots) {
        CBORObject untagged = container;
        while (untagged.isTagged()) {
            untagged = untagged.UntagOne();
        }
        if (untagged.getType() == CBORType.Array) {
            for (int i = 0; i < untagged.size(); i++) {
                slots.add(new Slot(untagged, CBORObject.FromObject(i), true));
                collect(untagged.get(i), slots);
            }
        } else if (untagged.getType() == CBORType.Map) {
            for (CBORObject key : new ArrayList<>(untagged.getKeys())) {
                slots.add(new Slot(untagged, key, false));
                collect(untagged.get(key), slots);
            }
        }
    }

    /** One place an item sits: an array index or a map key of its parent. */
    private record Slot(CBORObject parent, CBORObject key, boolean inArray) {
        CBORObject item() {
            return inArray ? parent.get(key.AsInt32Value()) : parent.get(key);
        }

        void put(CBORObject value) {
            if (inArray) {
                parent.set(key.AsInt32Value(), value);
            } else {
                parent.set(key, value);
            }
        }

        void remove() {
            if (inArray) {
                parent.RemoveAt(key.AsInt32Value());
            } else {
                parent.Remove(key);
            }
        }

        /** An array item twice in a row; a map item under a new integer key, as an unknown member would be. */
        void duplicate() {
            if (inArray) {
                parent.Insert(key.AsInt32Value(), item());
            } else {
                parent.set(CBORObject.FromObject(Arrays.hashCode(item().EncodeToBytes()) & 0xff), item());
            }
        }
    }
}
