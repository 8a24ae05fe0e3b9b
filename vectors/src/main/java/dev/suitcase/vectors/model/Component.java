package dev.suitcase.vectors.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One component of a simulated device.
 *
 * @param id    the SUIT_Component_Identifier, one byte string per element
 * @param image the component's current content, if any: its bytes, or its size and digest
 * @param slot  the slot the component occupies now, if it has slots
 */
public record Component(List<Bytes> id, Optional<DeviceImage> image, OptionalLong slot) {
    public Component {
        id = List.copyOf(id);
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(slot, "slot");
        if (slot.isPresent() && slot.getAsLong() < 0) {
            throw new IllegalArgumentException("slot " + slot.getAsLong() + " is negative");
        }
    }

    public static Component of(Bytes... id) {
        return new Component(List.of(id), Optional.empty(), OptionalLong.empty());
    }

    public Component withSlot(long newSlot) {
        return new Component(id, image, OptionalLong.of(newSlot));
    }

    /** This component holding {@code content}. */
    public Component withImage(Bytes content) {
        return withImage(DeviceImage.of(content));
    }

    public Component withImage(DeviceImage newImage) {
        return new Component(id, Optional.of(newImage), slot);
    }
}
