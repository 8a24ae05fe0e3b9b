package dev.suitcase.verifier.cbor;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * One decoded CBOR data item. Every item knows the exact bytes it was decoded from
 * ({@link #encoded()}), so nothing on the verification path needs to re-encode.
 *
 * <p>The {@code as...} accessors check the type a structure requires and reject with
 * {@link CborCheck#TYPE_MISMATCH} ({@link Reason#BAD_STRUCTURE}), naming the structure, when it is another.
 */
public sealed interface CborItem {

    /** The item's bytes as received, head included. */
    Span encoded();

    /** A short name of the item's type for messages: {@code uint}, {@code bstr}, {@code map}... */
    String typeName();

    default CborArray asArray(String what) {
        if (this instanceof CborArray array) {
            return array;
        }
        throw wrongType(what, "an array");
    }

    default CborMap asMap(String what) {
        if (this instanceof CborMap map) {
            return map;
        }
        throw wrongType(what, "a map");
    }

    default CborBytes asBytes(String what) {
        if (this instanceof CborBytes bytes) {
            return bytes;
        }
        throw wrongType(what, "a byte string");
    }

    default CborText asText(String what) {
        if (this instanceof CborText text) {
            return text;
        }
        throw wrongType(what, "a text string");
    }

    default CborInt asInt(String what) {
        if (this instanceof CborInt integer) {
            return integer;
        }
        throw wrongType(what, "an integer");
    }

    default CborTag asTag(String what) {
        if (this instanceof CborTag tag) {
            return tag;
        }
        throw wrongType(what, "a tag");
    }

    /** Whether this is the simple value null. */
    default boolean isNull() {
        return this instanceof CborSimple simple && simple.value() == CborSimple.NULL;
    }

    private Rejection wrongType(String what, String expected) {
        return CborCheck.TYPE_MISMATCH.rejection(what + " must be " + expected + ", found " + typeName()
                + " at byte " + encoded().offset()).at(encoded().range());
    }

    /** An unsigned (major type 0) or negative (major type 1) integer. */
    record CborInt(Span encoded, boolean negative, long argument) implements CborItem {
        /** The value, if it fits a Java long. */
        public Optional<Long> asLong() {
            if (argument < 0) {
                return Optional.empty(); // argument above 2^63-1, as unsigned
            }
            return Optional.of(negative ? -1 - argument : argument);
        }

        public BigInteger bigValue() {
            BigInteger unsigned = new BigInteger(Long.toUnsignedString(argument));
            return negative ? unsigned.negate().subtract(BigInteger.ONE) : unsigned;
        }

        @Override
        public String typeName() {
            return negative ? "nint" : "uint";
        }
    }

    /** A byte string; {@link #content()} is the payload without its head. */
    record CborBytes(Span encoded, Span content) implements CborItem {
        @Override
        public String typeName() {
            return "bstr";
        }
    }

    /** A UTF-8 text string, checked to be valid UTF-8. */
    record CborText(Span encoded, String value) implements CborItem {
        @Override
        public String typeName() {
            return "tstr";
        }
    }

    record CborArray(Span encoded, List<CborItem> items) implements CborItem {
        public CborArray {
            items = List.copyOf(items);
        }

        public int size() {
            return items.size();
        }

        public CborItem get(int index) {
            return items.get(index);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /**
     * A map, its entries in the order received. The decoder has already rejected duplicate keys;
     * {@link #isCanonicallyOrdered()} tells whether the order is the deterministic one.
     */
    record CborMap(Span encoded, List<Entry> entries) implements CborItem {
        public CborMap {
            entries = List.copyOf(entries);
        }

        public record Entry(CborItem key, CborItem value) {
        }

        public int size() {
            return entries.size();
        }

        /** The value under an integer label. */
        public Optional<CborItem> get(long label) {
            for (Entry entry : entries) {
                if (entry.key() instanceof CborInt key && key.asLong().map(value -> value == label).orElse(false)) {
                    return Optional.of(entry.value());
                }
            }
            return Optional.empty();
        }

        /** The value under a text label. */
        public Optional<CborItem> get(String label) {
            for (Entry entry : entries) {
                if (entry.key() instanceof CborText key && key.value().equals(label)) {
                    return Optional.of(entry.value());
                }
            }
            return Optional.empty();
        }

        /** Whether the keys are in RFC 8949 §4.2.1 order: bytewise lexicographic of their encodings. */
        public boolean isCanonicallyOrdered() {
            for (int i = 1; i < entries.size(); i++) {
                if (entries.get(i - 1).key().encoded().compareBytes(entries.get(i).key().encoded()) >= 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String typeName() {
            return "map";
        }
    }

    record CborTag(Span encoded, long tag, CborItem content) implements CborItem {
        @Override
        public String typeName() {
            return "tag " + Long.toUnsignedString(tag);
        }
    }

    /** A simple value: false (20), true (21), null (22), undefined (23) or an unassigned one. */
    record CborSimple(Span encoded, int value) implements CborItem {
        public static final int FALSE = 20;
        public static final int TRUE = 21;
        public static final int NULL = 22;
        public static final int UNDEFINED = 23;

        @Override
        public String typeName() {
            return switch (value) {
                case FALSE -> "false";
                case TRUE -> "true";
                case NULL -> "null";
                case UNDEFINED -> "undefined";
                default -> "simple(" + value + ")";
            };
        }
    }

    /** A half, single or double precision float; {@code width} is 2, 4 or 8 bytes. */
    record CborFloat(Span encoded, double value, int width) implements CborItem {
        @Override
        public String typeName() {
            return "float";
        }
    }
}
