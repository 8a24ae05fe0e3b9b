package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.suit.SuitLabels.Parameter;

/**
 * The argument of suit-directive-override-parameters (§8.4.10.3): a map from parameter label to
 * value (§8.4.8), each value with its CDDL type. Immutable; {@link #encode()} writes it in canonical
 * order, {@link #map()} gives the entries in the order they were set for a non-canonical encoding.
 */
public final class Parameters {
    private final EncodedMap map;

    private Parameters(EncodedMap map) {
        this.map = map;
    }

    public static Parameters none() {
        return new Parameters(EncodedMap.empty());
    }

    /** A 16-byte UUID (§8.4.8.3). */
    public Parameters vendorId(Bytes uuid) {
        return set(Parameter.VENDOR_ID, CborValue.bytes(uuid));
    }

    /** A 16-byte UUID (§8.4.8.4). */
    public Parameters classId(Bytes uuid) {
        return set(Parameter.CLASS_ID, CborValue.bytes(uuid));
    }

    /** A 16-byte UUID (§8.4.8.5). */
    public Parameters deviceId(Bytes uuid) {
        return set(Parameter.DEVICE_ID, CborValue.bytes(uuid));
    }

    /** {@code bstr .cbor SUIT_Digest} (§8.4.8.6). */
    public Parameters imageDigest(SuitDigest digest) {
        return set(Parameter.IMAGE_DIGEST, CborValue.wrapped(digest.value()));
    }

    /** uint (§8.4.8.7). */
    public Parameters imageSize(long size) {
        return set(Parameter.IMAGE_SIZE, CborValue.integer(size));
    }

    /** uint (§8.4.8.8). */
    public Parameters componentSlot(long slot) {
        return set(Parameter.COMPONENT_SLOT, CborValue.integer(slot));
    }

    /** bool (§8.4.8.14): whether commands must run strictly in order (§6.7). */
    public Parameters strictOrder(boolean strictOrder) {
        return set(Parameter.STRICT_ORDER, CborValue.bool(strictOrder));
    }

    /** uint, an index into the manifest's components (§8.4.8.11): the source of Copy and Swap. */
    public Parameters sourceComponent(long index) {
        return set(Parameter.SOURCE_COMPONENT, CborValue.integer(index));
    }

    /** tstr (§8.4.8.10). */
    public Parameters uri(String uri) {
        return set(Parameter.URI, CborValue.text(uri));
    }

    /** bool (§8.4.8.15), allowed only inside try-each and run-sequence. */
    public Parameters softFailure(boolean softFailure) {
        return set(Parameter.SOFT_FAILURE, CborValue.bool(softFailure));
    }

    public Parameters set(long label, CborValue value) {
        return new Parameters(map.with(label, value));
    }

    /** The parameters in the order they were set. */
    public EncodedMap map() {
        return map;
    }

    /** The canonical encoding (§8.1). */
    public Bytes encode() {
        return map.canonical();
    }
}
