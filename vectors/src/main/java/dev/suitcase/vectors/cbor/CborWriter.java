package dev.suitcase.vectors.cbor;

import dev.suitcase.vectors.model.Bytes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes CBOR byte by byte, including what a strict decoder must refuse. This is the one place
 * of the project that crafts deliberately malformed or non-deterministic encodings: heads with a
 * chosen width, indefinite lengths and breaks, reserved additional information, maps with keys
 * in any order or repeated, arbitrary raw bytes. Nothing is checked for well-formedness: the
 * writer emits exactly the calls made, in order; a map or array head is followed by whatever
 * items the caller writes next.
 *
 * <p>Well-formed values go through {@link #item(CborValue)}, which writes their canonical
 * encoding (RFC 8949 §4.2.1), so one vector can mix a correct structure with one malformed part.
 */
public final class CborWriter {
    private static final int INDEFINITE = 31;
    private static final int BREAK = 0xff;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /**
     * A head with the shortest encoding of {@code argument}, which is read as an unsigned 64-bit
     * number (so -1L stands for 2^64-1).
     */
    public CborWriter head(MajorType type, long argument) {
        return head(type, argument, HeadWidth.MINIMAL);
    }

    /** A head whose argument is encoded with {@code width}, minimal or not. */
    public CborWriter head(MajorType type, long argument, HeadWidth width) {
        if (!width.fits(argument)) {
            throw new IllegalArgumentException("argument " + Long.toUnsignedString(argument) + " does not fit head width " + width);
        }
        HeadWidth actual = width == HeadWidth.MINIMAL ? HeadWidth.shortestFor(argument) : width;
        if (actual == HeadWidth.IMMEDIATE) {
            out.write(type.initialByte((int) argument));
            return this;
        }
        out.write(type.initialByte(actual.additionalInformation()));
        for (int shift = 8 * (actual.followingBytes() - 1); shift >= 0; shift -= 8) {
            out.write((int) (argument >>> shift) & 0xff);
        }
        return this;
    }

    /**
     * An initial byte with any additional information 0..31, followed by nothing: e.g. the
     * reserved values 28..30, or a head whose argument bytes are then left out (truncation).
     */
    public CborWriter initialByte(MajorType type, int additionalInformation) {
        if (additionalInformation < 0 || additionalInformation > 31) {
            throw new IllegalArgumentException("additional information is 5 bits: 0..31, not " + additionalInformation);
        }
        out.write(type.initialByte(additionalInformation));
        return this;
    }

    /** The start of an indefinite-length byte string, text string, array or map; end it with {@link #breakCode()}. */
    public CborWriter indefinite(MajorType type) {
        return initialByte(type, INDEFINITE);
    }

    /** The "break" stop code 0xff. */
    public CborWriter breakCode() {
        out.write(BREAK);
        return this;
    }

    /** Bytes written as given. */
    public CborWriter raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public CborWriter raw(Bytes bytes) {
        return raw(bytes.toByteArray());
    }

    /** An unsigned integer, read as unsigned 64-bit. */
    public CborWriter unsigned(long value) {
        return head(MajorType.UNSIGNED, value);
    }

    /** An integer in the range of {@code long}, with its shortest head. */
    public CborWriter integer(long value) {
        return value >= 0 ? head(MajorType.UNSIGNED, value) : head(MajorType.NEGATIVE, -1 - value);
    }

    /** A definite-length byte string with its shortest head. */
    public CborWriter bytes(byte[] content) {
        return head(MajorType.BYTES, content.length).raw(content);
    }

    public CborWriter bytes(Bytes content) {
        return bytes(content.toByteArray());
    }

    /** A definite-length text string, UTF-8, with its shortest head. */
    public CborWriter text(String content) {
        byte[] utf8 = content.getBytes(StandardCharsets.UTF_8);
        return head(MajorType.TEXT, utf8.length).raw(utf8);
    }

    /** The head of a definite-length array of {@code size} items; the items follow. */
    public CborWriter array(long size) {
        return head(MajorType.ARRAY, size);
    }

    /** The head of a definite-length map of {@code pairs} pairs; keys and values follow, in the order written. */
    public CborWriter map(long pairs) {
        return head(MajorType.MAP, pairs);
    }

    /** A tag head; the tagged item follows. */
    public CborWriter tag(long tag) {
        return head(MajorType.TAG, tag);
    }

    /** A simple value 0..255 with its shortest head (values 24..31 only in the two-byte form, which is malformed). */
    public CborWriter simple(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("a simple value is 0..255, not " + value);
        }
        return head(MajorType.SIMPLE, value);
    }

    public CborWriter bool(boolean value) {
        return simple(value ? 21 : 20);
    }

    public CborWriter nil() {
        return simple(22);
    }

    /** A byte string holding what {@code content} writes: the {@code bstr .cbor} wrapping of COSE and SUIT. */
    public CborWriter wrapped(Consumer<CborWriter> content) {
        CborWriter inner = new CborWriter();
        content.accept(inner);
        return bytes(inner.toByteArray());
    }

    /** The canonical encoding of a well-formed value. */
    public CborWriter item(CborValue value) {
        return raw(value.encode());
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    public Bytes toBytes() {
        return Bytes.of(out.toByteArray());
    }
}
