package dev.suitcase.verifier.suit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The simulated device a SUIT envelope is processed against: the {@code device} object of a suit
 * vector (vectors/README.md). Immutable; processing never changes it (the effects are reported in the
 * outcome's {@link dev.suitcase.verifier.Trace}).
 *
 * @param vendorId       the vendor UUID the device asserts to Check Vendor Identifier (draft-ietf-suit-manifest-37 §8.4.9.1)
 * @param classId        the class UUID the device asserts to Check Class Identifier
 * @param deviceId       the device UUID asserted to Check Device Identifier, if the device has one
 * @param sequenceNumber the sequence number of the last manifest the device accepted (§8.4.2); a uint
 *                       stored in 63 bits
 * @param components     the device's components, each identifier at most once
 * @param payloads       the payloads Fetch can reach, by URI (§8.4.10.4); integrated payloads carried in
 *                       the envelope (§7.5) are looked up first
 */
public record Device(UUID vendorId, UUID classId, Optional<UUID> deviceId, long sequenceNumber,
                     List<DeviceComponent> components, Map<String, Image> payloads) {

    /** The most components a simulated device may have; also the most a manifest may list. */
    public static final int MAX_COMPONENTS = 64;

    public Device {
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(deviceId, "deviceId");
        if (sequenceNumber < 0) {
            throw new IllegalArgumentException("the stored sequence number is a uint, not " + sequenceNumber);
        }
        components = List.copyOf(components);
        if (components.size() > MAX_COMPONENTS) {
            throw new IllegalArgumentException("a simulated device has at most " + MAX_COMPONENTS + " components, not "
                    + components.size());
        }
        Set<ComponentId> seen = new HashSet<>();
        for (DeviceComponent component : components) {
            if (!seen.add(component.id())) {
                throw new IllegalArgumentException("component " + component.id() + " is listed twice in the device");
            }
        }
        payloads = Map.copyOf(payloads);
    }

    /** A device with no device identifier, no components and no reachable payloads. */
    public static Device of(UUID vendorId, UUID classId, long sequenceNumber) {
        return new Device(vendorId, classId, Optional.empty(), sequenceNumber, List.of(), Map.of());
    }

    /** The component with this identifier, if the device has it. */
    public Optional<DeviceComponent> component(ComponentId id) {
        return components.stream().filter(component -> component.id().equals(id)).findFirst();
    }

    public Device withVendorId(UUID newVendorId) {
        return new Device(newVendorId, classId, deviceId, sequenceNumber, components, payloads);
    }

    public Device withClassId(UUID newClassId) {
        return new Device(vendorId, newClassId, deviceId, sequenceNumber, components, payloads);
    }

    public Device withDeviceId(UUID newDeviceId) {
        return new Device(vendorId, classId, Optional.of(newDeviceId), sequenceNumber, components, payloads);
    }

    public Device withSequenceNumber(long newSequenceNumber) {
        return new Device(vendorId, classId, deviceId, newSequenceNumber, components, payloads);
    }

    /** This device with {@code component} added, or replacing the one with the same identifier. */
    public Device withComponent(DeviceComponent component) {
        List<DeviceComponent> updated = new ArrayList<>(components);
        updated.removeIf(existing -> existing.id().equals(component.id()));
        updated.add(component);
        return new Device(vendorId, classId, deviceId, sequenceNumber, updated, payloads);
    }

    /** This device with one more payload reachable at {@code uri}. */
    public Device withPayload(String uri, Image payload) {
        Map<String, Image> updated = new LinkedHashMap<>(payloads);
        updated.put(uri, payload);
        return new Device(vendorId, classId, deviceId, sequenceNumber, components, updated);
    }
}
