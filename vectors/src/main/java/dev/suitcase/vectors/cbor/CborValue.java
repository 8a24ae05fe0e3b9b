package dev.suitcase.vectors.cbor;

import dev.suitcase.vectors.model.Bytes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A well-formed CBOR value with one encoding: the core deterministic encoding of RFC 8949
 * §4.2.1 (shortest heads, definite lengths, map keys sorted by the bytewise order of their
 * encodings, no duplicate keys). COSE keys, COSE headers and SUIT structures the generator builds
 * are made of these; malformed encodings are {@link CborWriter}'s business.
 */
public sealed interface CborValue {
    BigInteger MIN_INTEGER = BigInteger.ONE.shiftLeft(64).negate();
    BigInteger MAX_INTEGER = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The canonical encoding. */
    byte[] encode();

    /** The canonical encoding as {@link Bytes}. */
    default Bytes toBytes() {
        return Bytes.of(encode());
    }

    static CborValue integer(long value) {
        return new Int(BigInteger.valueOf(value));
    }

    static CborValue integer(BigInteger value) {
        return new Int(value);
    }

    static CborValue bytes(byte[] content) {
        return new ByteString(Bytes.of(content));
    }

    static CborValue bytes(Bytes content) {
        return new ByteString(content);
    }

    static CborValue text(String content) {
        return new Text(content);
    }

    static CborValue array(CborValue... items) {
        return new Array(List.of(items));
    }

    static CborValue array(List<CborValue> items) {
        return new Array(items);
    }

    static MapBuilder map() {
        return new MapBuilder();
    }

    static CborValue tag(long tag, CborValue content) {
        return new Tag(tag, content);
    }

    /** {@code bstr .cbor value}: a byte string holding the canonical encoding of {@code value}. */
    static CborValue wrapped(CborValue value) {
        return new ByteString(Bytes.of(value.encode()));
    }

    static CborValue bool(boolean value) {
        return new Simple(value ? 21 : 20);
    }

    static CborValue nil() {
        return new Simple(22);
    }

    /** An integer in -2^64 .. 2^64-1. */
    record Int(BigInteger value) implements CborValue {
        public Int {
            if (value.compareTo(MIN_INTEGER) < 0 || value.compareTo(MAX_INTEGER) > 0) {
                throw new IllegalArgumentException("CBOR integers are -2^64 .. 2^64-1, not " + value);
            }
        }

        @Override
        public byte[] encode() {
            return value.signum() >= 0
                    ? new CborWriter().head(MajorType.UNSIGNED, value.longValue()).toByteArray()
                    : new CborWriter().head(MajorType.NEGATIVE, value.negate().subtract(BigInteger.ONE).longValue()).toByteArray();
        }
    }

    record ByteString(Bytes content) implements CborValue {
        public ByteString {
            Objects.requireNonNull(content, "content");
        }

        @Override
        public byte[] encode() {
            return new CborWriter().bytes(content).toByteArray();
        }
    }

    record Text(String content) implements CborValue {
        public Text {
            Objects.requireNonNull(content, "content");
        }

        @Override
        public byte[] encode() {
            return new CborWriter().text(content).toByteArray();
        }
    }

    record Array(List<CborValue> items) implements CborValue {
        public Array {
            items = List.copyOf(items);
        }

        @Override
        public byte[] encode() {
            CborWriter writer = new CborWriter().array(items.size());
            items.forEach(writer::item);
            return writer.toByteArray();
        }
    }

    /** A map; its entries are encoded in canonical order whatever order they were given in. */
    record Map(List<Entry> entries) implements CborValue {
        public Map {
            entries = List.copyOf(entries);
            List<byte[]> keys = new ArrayList<>();
            for (Entry entry : entries) {
                byte[] key = entry.key().encode();
                if (keys.stream().anyMatch(seen -> Arrays.equals(seen, key))) {
                    throw new IllegalArgumentException("a canonical map cannot repeat the key " + entry.key()
                            + "; write a map with repeated keys with CborWriter");
                }
                keys.add(key);
            }
        }

        @Override
        public byte[] encode() {
            List<byte[][]> encoded = new ArrayList<>();
            for (Entry entry : entries) {
                encoded.add(new byte[][] {entry.key().encode(), entry.value().encode()});
            }
            encoded.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
            CborWriter writer = new CborWriter().map(entries.size());
            for (byte[][] pair : encoded) {
                writer.raw(pair[0]).raw(pair[1]);
            }
            return writer.toByteArray();
        }

        public record Entry(CborValue key, CborValue value) {
            public Entry {
                Objects.requireNonNull(key, "key");
                Objects.requireNonNull(value, "value");
            }
        }
    }

    record Tag(long tag, CborValue content) implements CborValue {
        public Tag {
            Objects.requireNonNull(content, "content");
        }

        @Override
        public byte[] encode() {
            return new CborWriter().tag(tag).item(content).toByteArray();
        }
    }

    /** A simple value 0..23 or 32..255 (20 false, 21 true, 22 null, 23 undefined). */
    record Simple(int value) implements CborValue {
        public Simple {
            if (value < 0 || value > 255 || value >= 24 && value < 32) {
                throw new IllegalArgumentException("simple values are 0..23 and 32..255, not " + value);
            }
        }

        @Override
        public byte[] encode() {
            return new CborWriter().simple(value).toByteArray();
        }
    }

    /** Builds a {@link Map} entry by entry. */
    final class MapBuilder {
        private final List<Map.Entry> entries = new ArrayList<>();

        private MapBuilder() {
        }

        public MapBuilder put(CborValue key, CborValue value) {
            entries.add(new Map.Entry(key, value));
            return this;
        }

        public MapBuilder put(long key, CborValue value) {
            return put(integer(key), value);
        }

        public MapBuilder put(long key, long value) {
            return put(integer(key), integer(value));
        }

        public MapBuilder put(long key, byte[] value) {
            return put(integer(key), bytes(value));
        }

        public CborValue build() {
            return new Map(entries);
        }
    }
}
