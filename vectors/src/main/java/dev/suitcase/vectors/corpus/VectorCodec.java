package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.json.FieldException;
import dev.suitcase.vectors.json.JsonFields;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.DeviceImage;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.verifier.suit.Scope;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.vectors.model.VectorInput;
import dev.suitcase.vectors.model.VectorStatus;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Converts between a vector file's JSON tree (schema/vector.schema.json) and {@link Vector}.
 * Writing puts the members in one fixed order, so a vector has exactly one file encoding.
 */
public final class VectorCodec {
    private static final String WITHDRAWN = "withdrawn";

    private VectorCodec() {
    }

    /**
     * Reads a vector from a tree the schema accepted; throws a {@link CorpusException} naming
     * {@code file} and the field the model refuses.
     */
    public static Vector fromJson(JsonNode document, String file) {
        try {
            return read(JsonFields.root(document));
        } catch (FieldException e) {
            throw new CorpusException(file, e);
        }
    }

    /**
     * Reads a {@code device} object of the vector format on its own (the CLI's {@code --device}
     * file); a missing or ill-typed field is a {@link CorpusException} naming the file and the field.
     */
    public static Device deviceFromJson(JsonNode document, String file) {
        try {
            return readDevice(JsonFields.root(document));
        } catch (FieldException e) {
            throw new CorpusException(file, e);
        }
    }

    public static ObjectNode toJson(Vector vector) {
        ObjectNode root = JsonFormat.object();
        root.put("id", vector.id().toString());
        root.put("title", vector.title());
        root.put("description", vector.description());
        root.put("layer", vector.layer().wireName());
        if (vector.algorithm().isPresent()) {
            root.put("algorithm", vector.algorithm().get().displayName());
        } else {
            root.putNull("algorithm");
        }
        root.set("expect", expectation(vector.expect()));
        root.put("severity", vector.severity().wireName());
        ArrayNode requirements = root.putArray("requirements");
        vector.requirements().forEach(requirements::add);
        ArrayNode flags = root.putArray("flags");
        vector.flags().forEach(flags::add);
        root.set("input", input(vector.input()));
        root.set("provenance", provenance(vector.provenance()));
        vector.robustness().ifPresent(why -> root.put("robustness", why));
        if (vector.status() == VectorStatus.WITHDRAWN) {
            root.put("status", WITHDRAWN);
        }
        return root;
    }

    private static Vector read(JsonFields root) {
        VectorId id = root.parsed("id", VectorId::parse);
        Layer layer = root.parsed("layer", Layer::fromWireName);
        Optional<Algorithm> algorithm = root.nullableText("algorithm")
                .map(name -> algorithmNamed(root, "algorithm", name, "ES256, ESP256, EdDSA, Ed25519, HSS-LMS or null"));
        Expectation expect = readExpectation(root.object("expect"));
        Severity severity = root.parsed("severity", Severity::fromWireName);
        VectorInput input = readInput(root.object("input"), layer);
        Provenance provenance = readProvenance(root.object("provenance"));
        VectorStatus status = root.optionalText("status")
                .map(text -> {
                    if (!text.equals(WITHDRAWN)) {
                        throw new FieldException(root.pointerOf("status"), "must be \"withdrawn\" when present");
                    }
                    return VectorStatus.WITHDRAWN;
                })
                .orElse(VectorStatus.ACTIVE);
        try {
            return new Vector(id, root.text("title"), root.text("description"), algorithm, expect, severity,
                    root.texts("requirements"), root.texts("flags"), input, provenance, status,
                    root.optionalText("robustness"));
        } catch (IllegalArgumentException e) {
            throw new FieldException(root.pointerOf("id"), e.getMessage());
        }
    }

    private static Expectation readExpectation(JsonFields expect) {
        ExpectedResult result = expect.parsed("result", ExpectedResult::fromWireName);
        Optional<Reason> reason = expect.has("reason")
                ? Optional.of(expect.parsed("reason", Reason::valueOf))
                : Optional.empty();
        Map<Profile, ExpectedResult> profiles = new EnumMap<>(Profile.class);
        for (JsonFields profileMap : expect.optionalObject("profiles").stream().toList()) {
            for (String name : profileMap.names()) {
                Profile profile = Profile.fromWireName(name).orElseThrow(() -> new FieldException(
                        profileMap.pointerOf(name), "unknown profile '" + name + "'"));
                profiles.put(profile, profileMap.parsed(name, ExpectedResult::fromWireName));
            }
        }
        Optional<Advisory> advisory = Optional.empty();
        for (JsonFields fields : expect.optionalObject("advisory").stream().toList()) {
            advisory = Optional.of(new Advisory(fields.parsed("basis", name -> Advisory.Basis.fromWireName(name)
                    .orElseThrow(() -> new IllegalArgumentException("unknown basis '" + name + "'"))), fields.text("rule")));
        }
        try {
            return new Expectation(result, reason, profiles, advisory);
        } catch (IllegalArgumentException e) {
            throw new FieldException(expect.pointerOf("reason"), e.getMessage());
        }
    }

    private static VectorInput readInput(JsonFields input, Layer layer) {
        return switch (layer) {
            case SIGNATURE -> {
                long algorithmId = input.integer("algorithm");
                if (algorithmId < Integer.MIN_VALUE || algorithmId > Integer.MAX_VALUE) {
                    throw new FieldException(input.pointerOf("algorithm"), "must fit in 32 bits");
                }
                yield new SignatureInput((int) algorithmId, input.hex("message"), input.hex("signature"),
                        input.object("key").hex("coseKey"));
            }
            case COSE -> new CoseInput(input.hex("coseSign1"), input.optionalHex("detachedPayload"),
                    input.optionalHex("externalAad"), readKeys(input), input.optionalText("allowedAlgorithm")
                    .map(name -> algorithmNamed(input, "allowedAlgorithm", name, "ES256, ESP256, EdDSA, Ed25519 or HSS-LMS")));
            case SUIT -> new SuitInput(input.hex("envelope"), readKeys(input), readDevice(input.object("device")),
                    input.has("scope") ? input.parsed("scope", Scope::fromWireName) : Scope.BOOT);
        };
    }

    /** The algorithm whose display name is exactly {@code name}, as the schema spells it. */
    private static Algorithm algorithmNamed(JsonFields fields, String field, String name, String expected) {
        return Algorithm.fromName(name).filter(a -> a.displayName().equals(name))
                .orElseThrow(() -> new FieldException(fields.pointerOf(field), "unknown algorithm '" + name
                        + "'; expected " + expected));
    }

    private static List<KeyEntry> readKeys(JsonFields input) {
        return input.objects("keys").stream()
                .map(key -> new KeyEntry(key.hex("coseKey"), key.bool("trusted")))
                .toList();
    }

    private static Device readDevice(JsonFields device) {
        long sequenceNumber = device.integer("sequenceNumber");
        if (sequenceNumber < 0 || sequenceNumber > Device.MAX_SEQUENCE_NUMBER) {
            throw new FieldException(device.pointerOf("sequenceNumber"),
                    "must be between 0 and " + Device.MAX_SEQUENCE_NUMBER);
        }
        List<Component> components = device.objects("components").stream()
                .map(component -> new Component(component.hexes("id"),
                        component.has("image") ? Optional.of(readImage(component, "image")) : Optional.empty(),
                        component.has("slot") ? OptionalLong.of(nonNegative(component, "slot")) : OptionalLong.empty()))
                .toList();
        Map<String, DeviceImage> payloads = new LinkedHashMap<>();
        for (JsonFields payloadMap : device.optionalObject("payloads").stream().toList()) {
            for (String uri : payloadMap.names()) {
                payloads.put(uri, readImage(payloadMap, uri));
            }
        }
        return new Device(device.hex("vendorId"), device.hex("classId"), device.optionalHex("deviceId"),
                sequenceNumber, components, payloads);
    }

    /** An image: hex of its bytes, or {@code {"size": N, "sha256": "hex"}}. */
    private static DeviceImage readImage(JsonFields fields, String name) {
        if (!fields.hasObject(name)) {
            return DeviceImage.of(fields.hex(name));
        }
        JsonFields described = fields.object(name);
        long size = nonNegative(described, "size");
        Bytes sha256 = described.hex("sha256");
        try {
            return DeviceImage.described(size, sha256);
        } catch (IllegalArgumentException e) {
            throw new FieldException(described.pointer(), e.getMessage());
        }
    }

    private static long nonNegative(JsonFields fields, String name) {
        long value = fields.integer(name);
        if (value < 0) {
            throw new FieldException(fields.pointerOf(name), "must not be negative");
        }
        return value;
    }

    private static Provenance readProvenance(JsonFields provenance) {
        return new Provenance(provenance.text("source"), provenance.text("family"), provenance.text("generator"),
                provenance.optionalText("url"), provenance.optionalText("file"), provenance.optionalText("originalId"));
    }

    private static ObjectNode expectation(Expectation expect) {
        ObjectNode node = JsonFormat.object();
        node.put("result", expect.result().wireName());
        expect.reason().ifPresent(reason -> node.put("reason", reason.name()));
        if (!expect.profiles().isEmpty()) {
            ObjectNode profiles = node.putObject("profiles");
            expect.profiles().forEach((profile, result) -> profiles.put(profile.wireName(), result.wireName()));
        }
        expect.advisory().ifPresent(advisory -> node.putObject("advisory")
                .put("basis", advisory.basis().wireName()).put("rule", advisory.rule()));
        return node;
    }

    private static ObjectNode input(VectorInput input) {
        ObjectNode node = JsonFormat.object();
        if (input instanceof SignatureInput signature) {
            node.put("algorithm", signature.algorithmId());
            node.put("message", signature.message().hex());
            node.put("signature", signature.signature().hex());
            node.putObject("key").put("coseKey", signature.coseKey().hex());
        } else if (input instanceof CoseInput cose) {
            node.put("coseSign1", cose.coseSign1().hex());
            cose.detachedPayload().ifPresent(payload -> node.put("detachedPayload", payload.hex()));
            cose.externalAad().ifPresent(aad -> node.put("externalAad", aad.hex()));
            node.set("keys", keys(cose.keys()));
            cose.allowedAlgorithm().ifPresent(algorithm -> node.put("allowedAlgorithm", algorithm.displayName()));
        } else if (input instanceof SuitInput suit) {
            node.put("envelope", suit.envelope().hex());
            node.set("keys", keys(suit.keys()));
            node.set("device", device(suit.device()));
            node.put("scope", suit.scope().wireName());
        }
        return node;
    }

    private static ArrayNode keys(List<KeyEntry> keys) {
        ArrayNode array = JsonFormat.array();
        for (KeyEntry key : keys) {
            ObjectNode entry = array.addObject();
            entry.put("coseKey", key.coseKey().hex());
            entry.put("trusted", key.trusted());
        }
        return array;
    }

    /** The {@code device} object of the vector format; the process adapter sends exactly this. */
    public static ObjectNode device(Device device) {
        ObjectNode node = JsonFormat.object();
        node.put("vendorId", device.vendorId().hex());
        node.put("classId", device.classId().hex());
        device.deviceId().ifPresent(id -> node.put("deviceId", id.hex()));
        node.put("sequenceNumber", device.sequenceNumber());
        ArrayNode components = node.putArray("components");
        for (Component component : device.components()) {
            ObjectNode entry = components.addObject();
            ArrayNode id = entry.putArray("id");
            component.id().forEach(element -> id.add(element.hex()));
            component.image().ifPresent(image -> putImage(entry, "image", image));
            component.slot().ifPresent(slot -> entry.put("slot", slot));
        }
        if (!device.payloads().isEmpty()) {
            ObjectNode payloads = node.putObject("payloads");
            device.payloads().forEach((uri, payload) -> putImage(payloads, uri, payload));
        }
        return node;
    }

    private static void putImage(ObjectNode parent, String name, DeviceImage image) {
        if (image instanceof DeviceImage.Described described) {
            ObjectNode node = parent.putObject(name);
            node.put("size", described.size());
            node.put("sha256", described.sha256().hex());
        } else {
            parent.put(name, ((DeviceImage.Content) image).bytes().hex());
        }
    }

    private static ObjectNode provenance(Provenance provenance) {
        ObjectNode node = JsonFormat.object();
        node.put("source", provenance.source());
        node.put("family", provenance.family());
        node.put("generator", provenance.generator());
        provenance.url().ifPresent(url -> node.put("url", url));
        provenance.file().ifPresent(file -> node.put("file", file));
        provenance.originalId().ifPresent(id -> node.put("originalId", id));
        return node;
    }
}
