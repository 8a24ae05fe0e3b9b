package dev.suitcase.verifier;

/**
 * Where in the input a rejection points: the bytes of the item the verifier blames, as offsets
 * into the outermost input (nested {@code bstr .cbor} items keep the offsets of the input they
 * were received in).
 */
public record ByteRange(int offset, int length) {
    public ByteRange {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("a byte range needs a non-negative offset and length");
        }
    }

    public boolean contains(int position) {
        return position >= offset && position < offset + Math.max(length, 1);
    }
}
