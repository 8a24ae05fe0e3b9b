package dev.suitcase.verifier.cbor;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A range of the bytes as received. Digests and signature inputs are computed from spans, never
 * from a re-encoding. A span is a view: it shares the decoder's input, which must not change
 * while the span is in use, and copies only when asked to.
 */
public final class Span {
    private final byte[] source;
    private final int offset;
    private final int length;

    Span(byte[] source, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, source.length);
        this.source = source;
        this.offset = offset;
        this.length = length;
    }

    /** A span over a whole array, which the caller promises not to change. */
    public static Span of(byte[] bytes) {
        return new Span(bytes, 0, bytes.length);
    }

    public int length() {
        return length;
    }

    /** Where this span starts in the outermost input, for pointing at the offending byte. */
    public int offset() {
        return offset;
    }

    /** Where these bytes are in the outermost input, for pointing a rejection at them. */
    public dev.suitcase.verifier.ByteRange range() {
        return new dev.suitcase.verifier.ByteRange(offset, length);
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(source, offset, offset + length);
    }

    /** Feeds the bytes to a digest without copying them. */
    public void updateDigest(MessageDigest digest) {
        digest.update(source, offset, length);
    }

    /** Copies the bytes into {@code destination} at {@code destinationOffset}, with no intermediate copy. */
    public void copyTo(byte[] destination, int destinationOffset) {
        System.arraycopy(source, offset, destination, destinationOffset, length);
    }

    /** The byte at {@code index} within this span. */
    public int byteAt(int index) {
        Objects.checkIndex(index, length);
        return source[offset + index] & 0xff;
    }

    /** A sub-range of this span. */
    public Span slice(int from, int sliceLength) {
        Objects.checkFromIndexSize(from, sliceLength, length);
        return new Span(source, offset + from, sliceLength);
    }

    /** Whether the bytes equal {@code other}, in constant time for equal lengths. */
    public boolean contentEquals(byte[] other) {
        if (other.length != length) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < length; i++) {
            difference |= source[offset + i] ^ other[i];
        }
        return difference == 0;
    }

    /** Bytewise lexicographic comparison (RFC 8949 §4.2.1 key order). */
    public int compareBytes(Span other) {
        return Arrays.compareUnsigned(source, offset, offset + length,
                other.source, other.offset, other.offset + other.length);
    }

    byte[] source() {
        return source;
    }

    /** Lowercase hex of the bytes. */
    public String toHex() {
        return HexFormat.of().formatHex(source, offset, offset + length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Span that
                && Arrays.equals(source, offset, offset + length, that.source, that.offset, that.offset + that.length);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + source[i];
        }
        return hash;
    }

    @Override
    public String toString() {
        return length <= 64 ? "h'" + toHex() + "'" : "h'" + slice(0, 32).toHex() + "…' (" + length + " bytes)";
    }
}
