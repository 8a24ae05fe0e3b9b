package dev.suitcase.runner.cli;

import dev.suitcase.verifier.suit.ComponentId;
import dev.suitcase.verifier.suit.Device;
import dev.suitcase.verifier.suit.DeviceComponent;
import dev.suitcase.verifier.suit.Image;
import picocli.CommandLine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Reads {@code --device FILE}: the {@code device} object of the vector format as JSON.
 *
 * <pre>
 * {"vendorId": "hex16", "classId": "hex16", "deviceId": "hex16"?, "sequenceNumber": 0,
 *  "components": [{"id": ["hex", ...], "image": IMAGE?, "slot": 0?}],
 *  "payloads": {"uri": IMAGE}}
 * </pre>
 * An IMAGE is hex of its bytes, or {@code {"size": N, "sha256": "hex"}} for an image known only by
 * its size and digest (the spec examples' digests are such dummies). Every mistake is a usage error
 * naming the field.
 */
final class DeviceFile {
    private DeviceFile() {
    }

    static Device read(CommandLine commandLine, Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw usage(commandLine, "no such file: " + file);
        } catch (IOException | JacksonException e) {
            throw usage(commandLine, file + " is not readable JSON: " + e.getMessage());
        }
        try {
            return device(root);
        } catch (IllegalArgumentException e) {
            throw usage(commandLine, file + ": " + e.getMessage());
        }
    }

    private static Device device(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the device must be a JSON object");
        }
        for (Iterator<String> names = root.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("vendorId", "classId", "deviceId", "sequenceNumber", "components", "payloads").contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'");
            }
        }
        UUID vendor = uuid(required(root, "vendorId"), "vendorId");
        UUID deviceClass = uuid(required(root, "classId"), "classId");
        Optional<UUID> deviceId = Optional.ofNullable(root.get("deviceId")).map(node -> uuid(node, "deviceId"));
        long sequence = 0;
        JsonNode sequenceNode = root.get("sequenceNumber");
        if (sequenceNode != null) {
            if (!sequenceNode.canConvertToExactIntegral() || !sequenceNode.canConvertToLong() || sequenceNode.asLong() < 0) {
                throw new IllegalArgumentException("sequenceNumber must be a non-negative integer");
            }
            sequence = sequenceNode.asLong();
        }
        List<DeviceComponent> components = new ArrayList<>();
        JsonNode componentsNode = root.get("components");
        if (componentsNode != null) {
            if (!componentsNode.isArray()) {
                throw new IllegalArgumentException("components must be an array");
            }
            for (int i = 0; i < componentsNode.size(); i++) {
                components.add(component(componentsNode.get(i), "components[" + i + "]"));
            }
        }
        Device device = new Device(vendor, deviceClass, deviceId, sequence, components, Map.of());
        JsonNode payloads = root.get("payloads");
        if (payloads != null) {
            if (!payloads.isObject()) {
                throw new IllegalArgumentException("payloads must be an object from URI to image");
            }
            for (Map.Entry<String, JsonNode> payload : payloads.properties()) {
                device = device.withPayload(payload.getKey(), image(payload.getValue(), "payloads." + payload.getKey()));
            }
        }
        return device;
    }

    private static DeviceComponent component(JsonNode node, String where) {
        if (node == null || !node.isObject() || node.get("id") == null || !node.get("id").isArray()) {
            throw new IllegalArgumentException(where + " must be an object with an id array of hex strings");
        }
        List<byte[]> segments = new ArrayList<>();
        for (int i = 0; i < node.get("id").size(); i++) {
            segments.add(hex(node.get("id").get(i), where + ".id[" + i + "]"));
        }
        Optional<Image> image = Optional.ofNullable(node.get("image")).map(value -> image(value, where + ".image"));
        OptionalLong slot = OptionalLong.empty();
        if (node.get("slot") != null) {
            if (!node.get("slot").canConvertToExactIntegral() || node.get("slot").asLong() < 0) {
                throw new IllegalArgumentException(where + ".slot must be a non-negative integer");
            }
            slot = OptionalLong.of(node.get("slot").asLong());
        }
        return new DeviceComponent(ComponentId.of(segments), image, slot);
    }

    private static Image image(JsonNode node, String where) {
        if (node.isString()) {
            return Image.of(hex(node, where));
        }
        if (node.isObject() && node.get("size") != null && node.get("sha256") != null) {
            if (!node.get("size").canConvertToExactIntegral() || node.get("size").asLong() < 0) {
                throw new IllegalArgumentException(where + ".size must be a non-negative integer");
            }
            byte[] digest = hex(node.get("sha256"), where + ".sha256");
            if (digest.length != 32) {
                throw new IllegalArgumentException(where + ".sha256 must be 32 bytes, not " + digest.length);
            }
            return Image.described(node.get("size").asLong(), digest);
        }
        throw new IllegalArgumentException(where + " must be hex of the image or {\"size\": N, \"sha256\": \"hex\"}");
    }

    private static JsonNode required(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null) {
            throw new IllegalArgumentException("missing required field '" + name + "'");
        }
        return node;
    }

    private static UUID uuid(JsonNode node, String name) {
        byte[] bytes = hex(node, name);
        if (bytes.length != 16) {
            throw new IllegalArgumentException(name + " must be 16 bytes (a UUID as 32 hex digits), not " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static byte[] hex(JsonNode node, String name) {
        if (node == null || !node.isString()) {
            throw new IllegalArgumentException(name + " must be a hex string");
        }
        try {
            return HexFormat.of().parseHex(node.asString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not hex: " + e.getMessage());
        }
    }

    private static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
        return new CommandLine.ParameterException(commandLine, "--device: " + message);
    }
}
