package dev.suitcase.adapters.process;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.corpus.CorpusException;
import dev.suitcase.vectors.corpus.VectorCodec;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The messages of the adapter protocol (adapters/PROTOCOL.md), version 1: one JSON object per
 * line, binary values as lowercase hex. Encodes requests and reads answers; an answer that breaks
 * the protocol for its own request becomes {@link AdapterOutcome.Kind#PROTOCOL_VIOLATION} with a
 * message saying what the protocol requires. The other side, for {@link AdapterServer}: reads
 * requests and encodes answers.
 */
public final class WireMessages {
    /** The protocol version this runner speaks. */
    public static final int PROTOCOL_VERSION = 1;
    /** Free text from an adapter is cut to this many characters, so one answer cannot swamp a report. */
    static final int MAX_DETAIL_CHARS = 4096;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private WireMessages() {
    }

    /** Parses one line; throws {@link JacksonException} if it is not JSON. */
    static JsonNode parse(byte[] line) {
        return MAPPER.readTree(line);
    }

    /** One line: the compact JSON and a '\n'. */
    static byte[] line(JsonNode message) {
        byte[] body = MAPPER.writeValueAsBytes(message);
        byte[] line = Arrays.copyOf(body, body.length + 1);
        line[body.length] = '\n';
        return line;
    }

    static ObjectNode hello() {
        ObjectNode hello = MAPPER.createObjectNode();
        hello.put("type", "hello");
        hello.put("protocol", PROTOCOL_VERSION);
        return hello;
    }

    static ObjectNode bye() {
        return MAPPER.createObjectNode().put("type", "bye");
    }

    /** A verify request ("Verify" in PROTOCOL.md); {@code keys} holds the trusted keys only. */
    public static ObjectNode verify(VerifyRequest request) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("type", "verify");
        message.put("id", request.id());
        message.put("layer", request.layer().wireName());
        if (request.input() instanceof SignatureInput signature) {
            // The display name; an id the suite has no name for (one the implementation must refuse) as its number.
            message.put("algorithm", Algorithm.fromCoseId(signature.algorithmId()).map(Algorithm::displayName)
                    .orElse(Integer.toString(signature.algorithmId())));
            message.put("message", signature.message().hex());
            message.put("signature", signature.signature().hex());
        } else if (request.input() instanceof CoseInput cose) {
            message.put("coseSign1", cose.coseSign1().hex());
            cose.detachedPayload().ifPresent(payload -> message.put("detachedPayload", payload.hex()));
            cose.externalAad().ifPresent(aad -> message.put("externalAad", aad.hex()));
            request.allowedAlgorithm().ifPresent(algorithm -> message.put("algorithm", algorithm.displayName()));
        } else {
            SuitInput suit = (SuitInput) request.input();
            message.put("envelope", suit.envelope().hex());
            message.set("device", VectorCodec.device(suit.device()));
            message.put("scope", suit.scope().wireName());
        }
        ArrayNode keys = message.putArray("keys");
        request.trustedKeys().forEach(key -> keys.addObject().put("coseKey", key.hex()));
        return message;
    }

    /** A sign request ("Sign (producers)" in PROTOCOL.md). */
    public static ObjectNode sign(SignRequest request) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("type", "sign");
        message.put("id", request.id());
        message.put("layer", "suit");
        message.put("algorithm", request.algorithm().displayName());
        message.put("manifest", request.manifest().hex());
        message.putObject("key").put("coseKey", request.privateCoseKey().hex());
        return message;
    }

    /**
     * Reads the answer to a verify request: {@code outcome} accept, reject or unsupported;
     * with reject, optional {@code reason} (a Reason name) and {@code detail} (text).
     */
    public static AdapterOutcome verifyAnswer(JsonNode answer) {
        JsonNode outcome = answer.get("outcome");
        if (outcome == null || !outcome.isString()) {
            return AdapterOutcome.protocolViolation("the answer has no outcome; PROTOCOL.md requires \"outcome\": "
                    + "\"accept\", \"reject\" or \"unsupported\"");
        }
        JsonNode detailNode = answer.get("detail");
        if (detailNode != null && !detailNode.isString() && !detailNode.isNull()) {
            return AdapterOutcome.protocolViolation("the answer's detail is a " + detailNode.getNodeType()
                    + "; PROTOCOL.md makes it free text (a string)");
        }
        String detail = detailNode == null || detailNode.isNull() ? "" : cut(detailNode.stringValue());
        JsonNode reasonNode = answer.get("reason");
        switch (outcome.stringValue()) {
            case "accept":
                return AdapterOutcome.accept();
            case "unsupported":
                return AdapterOutcome.unsupported(detail);
            case "reject":
                if (reasonNode == null || reasonNode.isNull()) {
                    return AdapterOutcome.reject(Optional.empty(), detail);
                }
                Optional<Reason> reason = reasonNode.isString() ? reason(reasonNode.stringValue()) : Optional.empty();
                if (reason.isEmpty()) {
                    return AdapterOutcome.protocolViolation("the answer's reason " + cut(reasonNode.toString())
                            + " is not one of the reasons of vectors/README.md (" + Arrays.toString(Reason.values())
                            + "); leave it out when no reason fits");
                }
                return AdapterOutcome.reject(reason, detail);
            default:
                return AdapterOutcome.protocolViolation("the answer's outcome " + cut(outcome.toString())
                        + " is none of \"accept\", \"reject\", \"unsupported\"");
        }
    }

    /** Reads the answer to a sign request: {@code envelope} (hex), or {@code outcome} unsupported. */
    public static SignOutcome signAnswer(JsonNode answer) {
        JsonNode envelope = answer.get("envelope");
        if (envelope != null) {
            if (!envelope.isString()) {
                return SignOutcome.protocolViolation("the answer's envelope is a " + envelope.getNodeType()
                        + "; PROTOCOL.md requires lowercase hex");
            }
            try {
                return SignOutcome.signed(Bytes.fromHex(envelope.stringValue()));
            } catch (IllegalArgumentException notHex) {
                return SignOutcome.protocolViolation("the answer's envelope is not lowercase hex: " + notHex.getMessage());
            }
        }
        JsonNode outcome = answer.get("outcome");
        if (outcome != null && outcome.isString() && outcome.stringValue().equals("unsupported")) {
            JsonNode detail = answer.get("detail");
            return SignOutcome.unsupported(detail != null && detail.isString() ? cut(detail.stringValue()) : "");
        }
        return SignOutcome.protocolViolation("the answer to a sign request has neither an envelope nor "
                + "\"outcome\": \"unsupported\"");
    }

    /**
     * Reads a verify request back into the request {@link #verify} wrote, for a program that serves an adapter
     * ({@link AdapterServer}): a signature layer's algorithm by display name or number, a COSE layer's optional
     * fields, a SUIT layer's device. Every key it carries is trusted. Throws {@link IllegalArgumentException}
     * naming the field that is missing or broken.
     */
    public static VerifyRequest verifyRequest(JsonNode message) {
        String id = text(message, "id");
        List<KeyEntry> keys = new ArrayList<>();
        JsonNode keyList = message.get("keys");
        if (keyList == null || !keyList.isArray()) {
            throw new IllegalArgumentException("the request's keys must be an array of {\"coseKey\": hex}");
        }
        for (JsonNode key : keyList) {
            keys.add(KeyEntry.trusted(hex(key, "coseKey")));
        }
        Layer layer = Layer.fromWireName(text(message, "layer"));
        return switch (layer) {
            case SIGNATURE -> {
                if (keys.size() != 1) {
                    throw new IllegalArgumentException("a signature request carries exactly one key, not " + keys.size());
                }
                yield new VerifyRequest(id, new SignatureInput(algorithmId(text(message, "algorithm")),
                        hex(message, "message"), hex(message, "signature"), keys.get(0).coseKey()), Optional.empty());
            }
            case COSE -> new VerifyRequest(id, new CoseInput(hex(message, "coseSign1"), optionalHex(message, "detachedPayload"),
                    optionalHex(message, "externalAad"), keys), message.has("algorithm")
                    ? Optional.of(algorithm(text(message, "algorithm"))) : Optional.empty());
            case SUIT -> {
                JsonNode device = message.get("device");
                if (device == null || !device.isObject()) {
                    throw new IllegalArgumentException("the request's device must be the device object of the vector format");
                }
                Device read;
                try {
                    read = VectorCodec.deviceFromJson(device, "the request");
                } catch (CorpusException broken) {
                    throw new IllegalArgumentException(broken.getMessage(), broken);
                }
                yield new VerifyRequest(id, new SuitInput(hex(message, "envelope"), keys, read,
                        Scope.fromWireName(text(message, "scope"))), Optional.empty());
            }
        };
    }

    /** Reads a sign request back into the request {@link #sign} wrote; throws {@link IllegalArgumentException} as {@link #verifyRequest}. */
    public static SignRequest signRequest(JsonNode message) {
        JsonNode key = message.get("key");
        if (key == null || !key.isObject()) {
            throw new IllegalArgumentException("the request's key must be {\"coseKey\": hex}");
        }
        return new SignRequest(text(message, "id"), algorithm(text(message, "algorithm")), hex(message, "manifest"),
                hex(key, "coseKey"));
    }

    /** The answer to a verify request: accept, reject with its reason and detail, or unsupported with its detail. */
    public static ObjectNode answer(String id, AdapterOutcome outcome) {
        ObjectNode answer = MAPPER.createObjectNode().put("id", id);
        switch (outcome.kind()) {
            case ACCEPT -> answer.put("outcome", "accept");
            case REJECT -> {
                answer.put("outcome", "reject");
                outcome.reason().ifPresent(reason -> answer.put("reason", reason.name()));
                answer.put("detail", outcome.detail());
            }
            case UNSUPPORTED -> answer.put("outcome", "unsupported").put("detail", outcome.detail());
            default -> throw new IllegalArgumentException("a " + outcome.kind() + " outcome is no answer: " + outcome);
        }
        return answer;
    }

    /** The answer to a sign request: the envelope, or unsupported with its detail. */
    public static ObjectNode answer(String id, SignOutcome outcome) {
        ObjectNode answer = MAPPER.createObjectNode().put("id", id);
        switch (outcome.kind()) {
            case SIGNED -> answer.put("envelope", outcome.envelope().orElseThrow().hex());
            case UNSUPPORTED -> answer.put("outcome", "unsupported").put("detail", outcome.detail());
            default -> throw new IllegalArgumentException("a " + outcome.kind() + " outcome is no answer: " + outcome);
        }
        return answer;
    }

    /** A message the program could not use: {@code {"type":"error","detail":...}}. */
    static ObjectNode error(String detail) {
        return MAPPER.createObjectNode().put("type", "error").put("detail", detail);
    }

    /** The answer to hello: the protocol version and the statement. */
    static ObjectNode hello(Ics statement) {
        ObjectNode hello = hello();
        hello.set("ics", statement.toJson());
        return hello;
    }

    private static String text(JsonNode message, String field) {
        JsonNode value = message.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("the request's " + field + " is missing or not a string");
        }
        return value.stringValue();
    }

    private static Bytes hex(JsonNode message, String field) {
        try {
            return Bytes.fromHex(text(message, field));
        } catch (IllegalArgumentException notHex) {
            throw new IllegalArgumentException("the request's " + field + " is not lowercase hex: " + notHex.getMessage(), notHex);
        }
    }

    private static Optional<Bytes> optionalHex(JsonNode message, String field) {
        return message.has(field) ? Optional.of(hex(message, field)) : Optional.empty();
    }

    private static Algorithm algorithm(String name) {
        return Algorithm.fromName(name).orElseThrow(() -> new IllegalArgumentException("unknown algorithm '" + name
                + "'; expected ES256, ESP256, EdDSA, Ed25519 or HSS-LMS"));
    }

    /** A signature request's algorithm: a display name, or the number of an id the suite has no name for. */
    private static int algorithmId(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException notANumber) {
            return algorithm(name).coseId();
        }
    }

    private static Optional<Reason> reason(String name) {
        for (Reason reason : Reason.values()) {
            if (reason.name().equals(name)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /** At most {@link #MAX_DETAIL_CHARS} characters, with a marker when cut. */
    static String cut(String text) {
        if (text.length() <= MAX_DETAIL_CHARS) {
            return text;
        }
        return text.substring(0, MAX_DETAIL_CHARS) + "... [" + (text.length() - MAX_DETAIL_CHARS) + " more characters]";
    }

    /** A printable excerpt of a line, for details about lines that break the protocol. */
    static String excerpt(byte[] line) {
        String text = new String(line, 0, Math.min(line.length, 200), StandardCharsets.UTF_8);
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(c -> printable.append(Character.isISOControl(c) ? "\\u" + String.format("%04x", c)
                : new String(Character.toChars(c))));
        return "\"" + printable + (line.length > 200 ? "..." : "") + "\" (" + line.length + " bytes)";
    }
}
