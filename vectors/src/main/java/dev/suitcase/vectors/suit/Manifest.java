package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

/**
 * A SUIT_Manifest (§8.4) as a map of encoded members. Immutable; {@link #encode()} gives the
 * canonical encoding that goes, bstr-wrapped, into the envelope, and {@link #map()} the members in
 * the order they were set, for the deliberately non-canonical manifests.
 */
public final class Manifest {
    private final EncodedMap map;

    private Manifest(EncodedMap map) {
        this.map = map;
    }

    /** Version 1 (§8.4.1), the given sequence number (§8.4.2) and common (§8.4.5). */
    public static Manifest of(long sequenceNumber, Common common) {
        return new Manifest(EncodedMap.empty()
                .with(SuitLabels.ManifestKey.VERSION, CborValue.integer(1))
                .with(SuitLabels.ManifestKey.SEQUENCE_NUMBER, CborValue.integer(sequenceNumber))
                .with(SuitLabels.ManifestKey.COMMON, CborValue.bytes(common.encode())));
    }

    public Manifest withVersion(long version) {
        return withMember(SuitLabels.ManifestKey.VERSION, CborValue.integer(version));
    }

    /** A command-sequence member (validate, load, invoke, or an unsevered install or payload-fetch), bstr-wrapped. */
    public Manifest withSequence(long key, CommandSequence sequence) {
        return withMember(key, sequence.wrapped());
    }

    /**
     * A severed member (§8.4.12): the manifest holds the SHA-256 SUIT_Digest of the bstr that the
     * envelope carries under the same key, head included; {@link Envelope#withSeveredMember} adds that bstr.
     */
    public Manifest withSevered(long key, CommandSequence sequence) {
        return withMember(key, SuitDigest.sha256(sequence.wrapped().toBytes()).value());
    }

    public Manifest withMember(long key, CborValue value) {
        return new Manifest(map.with(key, value));
    }

    /** A member whose value is given encoded, well-formed or not. */
    public Manifest withEncodedMember(long key, Bytes encodedValue) {
        return new Manifest(map.with(CborValue.integer(key), encodedValue));
    }

    public Manifest without(long key) {
        return new Manifest(map.without(key));
    }

    public EncodedMap map() {
        return map;
    }

    /** The canonical encoding (§8.1). */
    public Bytes encode() {
        return map.canonical();
    }
}
