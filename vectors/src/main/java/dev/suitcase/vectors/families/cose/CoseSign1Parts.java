package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.cbor.MajorType;
import dev.suitcase.vectors.model.Bytes;

import java.util.ArrayList;
import java.util.List;

/**
 * A COSE_Sign1 taken apart: the tags in front of it and its elements, each an encoded CBOR item
 * (RFC 9052 §4.2: protected, unprotected, payload, signature). A vector changes one part (a tag,
 * an element, the number of elements) and encodes the rest as built, so that exactly one thing is
 * wrong with it.
 *
 * @param tags     the tags in front of the array, outermost first; empty for an untagged message
 * @param elements the encoded elements of the array, in order
 */
record CoseSign1Parts(List<Long> tags, List<Bytes> elements) {
    static final int PROTECTED = 0;
    static final int UNPROTECTED = 1;
    static final int PAYLOAD = 2;
    static final int SIGNATURE = 3;

    CoseSign1Parts {
        tags = List.copyOf(tags);
        elements = List.copyOf(elements);
    }

    /** The message: the tags, a definite-length array head and the elements. */
    Bytes encode() {
        CborWriter writer = tagged();
        writer.array(elements.size());
        elements.forEach(writer::raw);
        return writer.toBytes();
    }

    /** The message with an indefinite-length array (0x9f ... 0xff) in place of the definite one. */
    Bytes encodeIndefinite() {
        CborWriter writer = tagged();
        writer.indefinite(MajorType.ARRAY);
        elements.forEach(writer::raw);
        return writer.breakCode().toBytes();
    }

    CoseSign1Parts withTags(long... newTags) {
        List<Long> list = new ArrayList<>();
        for (long tag : newTags) {
            list.add(tag);
        }
        return new CoseSign1Parts(list, elements);
    }

    CoseSign1Parts untagged() {
        return new CoseSign1Parts(List.of(), elements);
    }

    /** These parts with element {@code index} replaced by another encoded item. */
    CoseSign1Parts with(int index, Bytes encodedItem) {
        List<Bytes> list = new ArrayList<>(elements);
        list.set(index, encodedItem);
        return new CoseSign1Parts(tags, list);
    }

    /** These parts without element {@code index}. */
    CoseSign1Parts without(int index) {
        List<Bytes> list = new ArrayList<>(elements);
        list.remove(index);
        return new CoseSign1Parts(tags, list);
    }

    /** These parts with one more element at the end. */
    CoseSign1Parts plus(Bytes encodedItem) {
        List<Bytes> list = new ArrayList<>(elements);
        list.add(encodedItem);
        return new CoseSign1Parts(tags, list);
    }

    private CborWriter tagged() {
        CborWriter writer = new CborWriter();
        tags.forEach(writer::tag);
        return writer;
    }
}
