package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.model.Bytes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A CBOR map whose values are already encoded, in the order its entries were given. SUIT maps
 * (envelope, manifest, common, parameters) are encoded in canonical order (§8.1, RFC 8949 §4.2.1:
 * keys sorted by their encoded bytes) by {@link #canonical()}; {@link #asGiven()} keeps the given
 * order and any repeated key, which is how the generator writes the non-canonical and duplicate-key
 * maps a processor must refuse. Immutable.
 */
public final class EncodedMap {
    private final List<Entry> entries;

    private EncodedMap(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** One entry: the key as a value, the value as its encoding. */
    public record Entry(CborValue key, Bytes value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    public static EncodedMap empty() {
        return new EncodedMap(List.of());
    }

    /** A map of exactly these entries in this order, repeated keys included. */
    public static EncodedMap of(List<Entry> entries) {
        return new EncodedMap(entries);
    }

    /** This map with {@code key} set to the encoded {@code value}: replaced in place if present, appended otherwise. */
    public EncodedMap with(CborValue key, Bytes value) {
        List<Entry> updated = new ArrayList<>(entries);
        Entry entry = new Entry(key, value);
        for (int i = 0; i < updated.size(); i++) {
            if (Arrays.equals(updated.get(i).key().encode(), key.encode())) {
                updated.set(i, entry);
                return new EncodedMap(updated);
            }
        }
        updated.add(entry);
        return new EncodedMap(updated);
    }

    public EncodedMap with(long key, Bytes value) {
        return with(CborValue.integer(key), value);
    }

    public EncodedMap with(long key, CborValue value) {
        return with(CborValue.integer(key), value.toBytes());
    }


    public EncodedMap without(long key) {
        byte[] encodedKey = CborValue.integer(key).encode();
        List<Entry> updated = new ArrayList<>(entries);
        updated.removeIf(entry -> Arrays.equals(entry.key().encode(), encodedKey));
        return new EncodedMap(updated);
    }

    /** This map with its entries in canonical order (§8.1, RFC 8949 §4.2.1). */
    public EncodedMap sorted() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> Arrays.compareUnsigned(a.key().encode(), b.key().encode()));
        return new EncodedMap(sorted);
    }

    /** This map with the entries at positions {@code i} and {@code j} exchanged. */
    public EncodedMap swapped(int i, int j) {
        List<Entry> updated = new ArrayList<>(entries);
        Entry first = updated.get(i);
        updated.set(i, updated.get(j));
        updated.set(j, first);
        return new EncodedMap(updated);
    }

    /** The entries in the given order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The map with its keys sorted by their encodings, as SUIT requires (§8.1). */
    public Bytes canonical() {
        List<Entry> sorted = sorted().entries();
        for (int i = 1; i < sorted.size(); i++) {
            if (Arrays.equals(sorted.get(i - 1).key().encode(), sorted.get(i).key().encode())) {
                throw new IllegalStateException("a canonical map cannot repeat the key " + sorted.get(i).key()
                        + "; encode a map with a repeated key with asGiven()");
            }
        }
        return write(sorted);
    }

    /** The map with its entries in the order given, repeated keys included. */
    public Bytes asGiven() {
        return write(entries);
    }

    private static Bytes write(List<Entry> ordered) {
        CborWriter writer = new CborWriter().map(ordered.size());
        for (Entry entry : ordered) {
            writer.item(entry.key()).raw(entry.value());
        }
        return writer.toBytes();
    }
}
