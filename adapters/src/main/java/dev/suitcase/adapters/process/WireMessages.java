package dev.suitcase.adapters.process;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.corpus.VectorCodec;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The messages of the adapter protocol (adapters/PROTOCOL.md), version 1: one JSON object per
 * line, binary values as lowercase hex. Encodes requests and reads answers; an answer that breaks
 * the protocol for its own request becomes {@link AdapterOutcome.Kind#PROTOCOL_VIOLATION} with a
 * message saying what the protocol requires.
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
