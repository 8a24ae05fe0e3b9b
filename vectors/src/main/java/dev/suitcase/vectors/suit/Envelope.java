package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.cbor.CborWriter;
import dev.suitcase.vectors.model.Bytes;

/**
 * A SUIT_Envelope (§8.2): a map, tagged 107 unless told otherwise, whose elements are byte strings
 * (§8.1): the authentication wrapper (2), the manifest (3), severed members under their manifest
 * keys, integrated payloads under text keys (§7.5). Immutable.
 */
public final class Envelope {
    private final EncodedMap map;
    private final boolean tagged;

    private Envelope(EncodedMap map, boolean tagged) {
        this.map = map;
        this.tagged = tagged;
    }

    /** An envelope carrying {@code wrapper} and the encoded {@code manifest}. */
    public static Envelope of(AuthenticationWrapper wrapper, Bytes manifest) {
        return new Envelope(EncodedMap.empty(), true)
                .withMember(SuitLabels.EnvelopeKey.AUTHENTICATION_WRAPPER, wrapper.encode())
                .withMember(SuitLabels.EnvelopeKey.MANIFEST, manifest);
    }

    /** An envelope carrying the manifest and no authentication wrapper at all. */
    public static Envelope withoutAuthentication(Bytes manifest) {
        return new Envelope(EncodedMap.empty(), true).withMember(SuitLabels.EnvelopeKey.MANIFEST, manifest);
    }

    /** The envelope with element {@code key} set to a bstr holding {@code content}. */
    public Envelope withMember(long key, Bytes content) {
        return new Envelope(map.with(CborValue.integer(key), CborValue.bytes(content).toBytes()), tagged);
    }

    /** The envelope carrying a severed member (§8.4.12), the bstr its SUIT_Digest in the manifest covers. */
    public Envelope withSeveredMember(long key, CommandSequence sequence) {
        return withMember(key, sequence.encode());
    }

    /** The envelope carrying an integrated payload under the text key {@code uri} (§7.5). */
    public Envelope withIntegratedPayload(String uri, Bytes payload) {
        return new Envelope(map.with(CborValue.text(uri), CborValue.bytes(payload).toBytes()), tagged);
    }

    /** The envelope with an entry whose value is given encoded, a byte string or not. */
    public Envelope withEncodedEntry(long key, Bytes encodedValue) {
        return new Envelope(map.with(CborValue.integer(key), encodedValue), tagged);
    }

    /** The envelope with an entry under any key, its value given encoded: for keys the CDDL gives no element. */
    public Envelope withEntry(CborValue key, Bytes encodedValue) {
        return new Envelope(map.with(key, encodedValue), tagged);
    }

    public Envelope without(long key) {
        return new Envelope(map.without(key), tagged);
    }

    public Envelope untagged() {
        return new Envelope(map, false);
    }

    /** The elements in the order they were set. */
    public EncodedMap map() {
        return map;
    }

    /** The envelope in canonical order (§8.1). */
    public Bytes encode() {
        return withTag(map.canonical());
    }

    /** The envelope with its elements in the order they were set, repeated keys included. */
    public Bytes encodeAsGiven() {
        return withTag(map.asGiven());
    }

    private Bytes withTag(Bytes encodedMap) {
        return tagged ? new CborWriter().tag(SuitLabels.Tag.ENVELOPE).raw(encodedMap).toBytes() : encodedMap;
    }
}
