package dev.suitcase.vectors.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulated device a SUIT envelope is processed on.
 *
 * @param vendorId       the vendor identifier the device asserts (a 16-byte UUID in practice)
 * @param classId        the class identifier the device asserts
 * @param deviceId       the device identifier, when the device has one
 * @param sequenceNumber the sequence number of the manifest the device runs now
 * @param components     the device's components
 * @param payloads       what the device can fetch, by URI, in URI order: bytes, or size and digest
 */
public record Device(Bytes vendorId, Bytes classId, Optional<Bytes> deviceId, long sequenceNumber,
                     List<Component> components, Map<String, DeviceImage> payloads) {

    /** The largest sequence number a vector carries: 2^53-1, which every JSON parser reads exactly. */
    public static final long MAX_SEQUENCE_NUMBER = (1L << 53) - 1;

    public Device {
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(deviceId, "deviceId");
        if (sequenceNumber < 0 || sequenceNumber > MAX_SEQUENCE_NUMBER) {
            throw new IllegalArgumentException("sequence number " + sequenceNumber + " is outside 0.." + MAX_SEQUENCE_NUMBER);
        }
        components = List.copyOf(components);
        payloads = Collections.unmodifiableMap(new TreeMap<>(payloads));
    }

    public Device withVendorId(Bytes newVendorId) {
        return new Device(newVendorId, classId, deviceId, sequenceNumber, components, payloads);
    }

    public Device withClassId(Bytes newClassId) {
        return new Device(vendorId, newClassId, deviceId, sequenceNumber, components, payloads);
    }

    public Device withDeviceId(Optional<Bytes> newDeviceId) {
        return new Device(vendorId, classId, newDeviceId, sequenceNumber, components, payloads);
    }

    public Device withSequenceNumber(long newSequenceNumber) {
        return new Device(vendorId, classId, deviceId, newSequenceNumber, components, payloads);
    }

    public Device withComponents(List<Component> newComponents) {
        return new Device(vendorId, classId, deviceId, sequenceNumber, newComponents, payloads);
    }

    public Device withPayloads(Map<String, DeviceImage> newPayloads) {
        return new Device(vendorId, classId, deviceId, sequenceNumber, components, newPayloads);
    }
}
