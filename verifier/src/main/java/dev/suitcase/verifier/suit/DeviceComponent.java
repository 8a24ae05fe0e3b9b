package dev.suitcase.verifier.suit;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One component of the simulated device: its identifier, the image it currently holds (empty if
 * nothing is installed) and, for a component that lives in one of several slots (A/B images,
 * draft-ietf-suit-manifest-37 §7.7), the slot index that Check Component Slot (§8.4.9.4) compares.
 */
public record DeviceComponent(ComponentId id, Optional<Image> image, OptionalLong slot) {

    public DeviceComponent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(slot, "slot");
        if (slot.isPresent() && slot.getAsLong() < 0) {
            throw new IllegalArgumentException("component " + id + ": a slot index is a uint, not " + slot.getAsLong());
        }
    }

    /** A component holding {@code image}, in no particular slot. */
    public static DeviceComponent of(ComponentId id, Image image) {
        return new DeviceComponent(id, Optional.of(image), OptionalLong.empty());
    }

    /** A component with nothing installed yet. */
    public static DeviceComponent empty(ComponentId id) {
        return new DeviceComponent(id, Optional.empty(), OptionalLong.empty());
    }

    public DeviceComponent withSlot(long slotIndex) {
        return new DeviceComponent(id, image, OptionalLong.of(slotIndex));
    }
}
