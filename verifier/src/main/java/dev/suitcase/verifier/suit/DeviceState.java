package dev.suitcase.verifier.suit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The working copy of the simulated device's storage while one envelope is processed: which image
 * each component holds now. The {@link Device} it starts from is never changed.
 */
final class DeviceState {
    private final Device device;
    private final Map<ComponentId, Optional<Image>> images = new LinkedHashMap<>();

    DeviceState(Device device) {
        this.device = device;
        for (DeviceComponent component : device.components()) {
            images.put(component.id(), component.image());
        }
    }

    Device device() {
        return device;
    }

    Optional<Image> image(ComponentId id) {
        return images.getOrDefault(id, Optional.empty());
    }

    OptionalLong slot(ComponentId id) {
        return device.component(id).map(DeviceComponent::slot).orElse(OptionalLong.empty());
    }

    void store(ComponentId id, Optional<Image> image) {
        if (!images.containsKey(id)) {
            throw new IllegalStateException("component " + id + " is not on the device");
        }
        images.put(id, image);
    }
}
