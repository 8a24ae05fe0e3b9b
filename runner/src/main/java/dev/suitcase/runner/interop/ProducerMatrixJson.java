package dev.suitcase.runner.interop;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.vectors.corpus.CorpusException;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.corpus.VectorCodec;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code producerMatrix} member of {@code results.json}: a {@link ProducerMatrix} as JSON, in the
 * form {@code runner/schema/results.schema.json} defines. Reading expects a document the schema has
 * accepted and applies the model's own checks, naming the field that fails them. The envelopes, the
 * manifests, their devices and the trust anchors are all in the file, so any cell can be reproduced
 * with {@code suitcase verify} from it alone.
 */
public final class ProducerMatrixJson {
    /** The member's name in {@code results.json}. */
    public static final String MEMBER = "producerMatrix";

    private ProducerMatrixJson() {
    }

    public static ObjectNode toJson(ProducerMatrix matrix) {
        ObjectNode json = JsonFormat.object();
        ArrayNode manifests = json.putArray("manifests");
        for (InteropManifest manifest : matrix.manifests()) {
            ObjectNode entry = manifests.addObject();
            entry.put("name", manifest.name());
            entry.put("vector", manifest.vector().toString());
            entry.put("title", manifest.title());
            entry.put("scope", manifest.scope().wireName());
            entry.put("manifest", manifest.manifest().hex());
            entry.set("device", VectorCodec.device(manifest.device()));
        }
        ArrayNode anchors = json.putArray("trustAnchors");
        matrix.trustAnchors().forEach((algorithm, key) ->
                anchors.addObject().put("algorithm", algorithm.displayName()).put("coseKey", key.hex()));
        ArrayNode verifiers = json.putArray("verifiers");
        matrix.verifiers().forEach(verifiers::add);
        ArrayNode envelopes = json.putArray("envelopes");
        matrix.productions().forEach(production -> envelopes.add(production(production)));
        return json;
    }

    /** Reads the member; {@code source} and {@code pointer} name it in a {@link JsonFileException}. */
    public static ProducerMatrix fromJson(JsonNode json, String source, String pointer) {
        List<InteropManifest> manifests = new ArrayList<>();
        JsonNode manifestList = json.get("manifests");
        for (int i = 0; i < manifestList.size(); i++) {
            JsonNode entry = manifestList.get(i);
            String at = pointer + "/manifests/" + i;
            manifests.add(at(source, at, () -> new InteropManifest(entry.get("name").stringValue(),
                    VectorId.parse(entry.get("vector").stringValue()), entry.get("title").stringValue(),
                    Bytes.fromHex(entry.get("manifest").stringValue()),
                    device(entry.get("device"), source + " at " + at + "/device"),
                    Scope.fromWireName(entry.get("scope").stringValue()))));
        }
        Map<Algorithm, Bytes> anchors = new EnumMap<>(Algorithm.class);
        JsonNode anchorList = json.get("trustAnchors");
        for (int i = 0; i < anchorList.size(); i++) {
            JsonNode entry = anchorList.get(i);
            Algorithm algorithm = algorithm(entry.get("algorithm"));
            if (anchors.put(algorithm, Bytes.fromHex(entry.get("coseKey").stringValue())) != null) {
                throw new JsonFileException(source, pointer + "/trustAnchors/" + i, "a second trust anchor for " + algorithm);
            }
        }
        List<String> verifiers = new ArrayList<>();
        json.get("verifiers").forEach(name -> verifiers.add(name.stringValue()));
        List<Production> productions = new ArrayList<>();
        JsonNode envelopeList = json.get("envelopes");
        for (int i = 0; i < envelopeList.size(); i++) {
            JsonNode entry = envelopeList.get(i);
            productions.add(at(source, pointer + "/envelopes/" + i, () -> readProduction(entry)));
        }
        return at(source, pointer, () -> new ProducerMatrix(manifests, anchors, verifiers, productions));
    }

    private static ObjectNode production(Production production) {
        ObjectNode json = JsonFormat.object();
        json.put("producer", production.producer());
        json.put("algorithm", production.algorithm().displayName());
        json.put("manifest", production.manifest());
        SignOutcome signing = production.signing();
        ObjectNode signingJson = json.putObject("signing");
        signingJson.put("outcome", wireName(signing.kind()));
        signingJson.put("detail", signing.detail());
        if (!signing.stderr().isEmpty()) {
            signingJson.put("stderr", signing.stderr());
        }
        signing.duration().ifPresent(took -> signingJson.put("durationMicros", took.toNanos() / 1000));
        production.envelope().ifPresent(envelope -> json.put("envelope", envelope.hex()));
        production.conformance().ifPresent(outcome -> json.set("reference", outcome(outcome)));
        json.put("explanation", production.explanation());
        ArrayNode cells = json.putArray("cells");
        for (InteropCell cell : production.cells()) {
            ObjectNode entry = cells.addObject();
            entry.put("verifier", cell.verifier());
            cell.layer().ifPresent(layer -> entry.put("layer", layer.wireName()));
            cell.outcome().ifPresent(outcome -> entry.setAll(outcome(outcome)));
            cell.reference().ifPresent(outcome -> entry.set("reference", outcome(outcome)));
            entry.put("explanation", cell.explanation());
        }
        return json;
    }

    private static ObjectNode outcome(AdapterOutcome outcome) {
        ObjectNode json = JsonFormat.object();
        json.put("outcome", wireName(outcome.kind()));
        outcome.reason().ifPresent(reason -> json.put("reason", reason.name()));
        json.put("detail", outcome.detail());
        if (!outcome.stderr().isEmpty()) {
            json.put("stderr", outcome.stderr());
        }
        outcome.duration().ifPresent(took -> json.put("durationMicros", took.toNanos() / 1000));
        return json;
    }

    private static Production readProduction(JsonNode json) {
        JsonNode signingJson = json.get("signing");
        SignOutcome.Kind kind = kind(SignOutcome.Kind.values(), signingJson.get("outcome").stringValue());
        SignOutcome signing = new SignOutcome(kind,
                json.has("envelope") ? Optional.of(Bytes.fromHex(json.get("envelope").stringValue())) : Optional.empty(),
                signingJson.get("detail").stringValue(), text(signingJson, "stderr").orElse(""), duration(signingJson));
        List<InteropCell> cells = new ArrayList<>();
        for (JsonNode cell : json.get("cells")) {
            cells.add(new InteropCell(cell.get("verifier").stringValue(),
                    text(cell, "layer").map(Layer::fromWireName),
                    cell.has("outcome") ? Optional.of(readOutcome(cell)) : Optional.empty(),
                    cell.has("reference") ? Optional.of(readOutcome(cell.get("reference"))) : Optional.empty(),
                    cell.get("explanation").stringValue()));
        }
        return new Production(json.get("producer").stringValue(), algorithm(json.get("algorithm")),
                json.get("manifest").stringValue(), signing,
                json.has("reference") ? Optional.of(readOutcome(json.get("reference"))) : Optional.empty(),
                cells, json.get("explanation").stringValue());
    }

    private static AdapterOutcome readOutcome(JsonNode json) {
        return new AdapterOutcome(kind(AdapterOutcome.Kind.values(), json.get("outcome").stringValue()),
                text(json, "reason").map(Reason::valueOf), json.get("detail").stringValue(),
                text(json, "stderr").orElse(""), duration(json));
    }

    private static dev.suitcase.vectors.model.Device device(JsonNode json, String source) {
        try {
            return VectorCodec.deviceFromJson(json, source);
        } catch (CorpusException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Algorithm algorithm(JsonNode name) {
        return Algorithm.fromName(name.stringValue())
                .orElseThrow(() -> new IllegalArgumentException("unknown algorithm '" + name.stringValue() + "'"));
    }

    private static Optional<Duration> duration(JsonNode json) {
        return json.has("durationMicros") ? Optional.of(Duration.ofNanos(json.get("durationMicros").longValue() * 1000))
                : Optional.empty();
    }

    private static Optional<String> text(JsonNode json, String field) {
        return json.has(field) ? Optional.of(json.get(field).stringValue()) : Optional.empty();
    }

    /** The wire name of an outcome kind, e.g. {@code protocol-violation}, as results.json writes every outcome. */
    static String wireName(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E kind(E[] kinds, String name) {
        for (E kind : kinds) {
            if (wireName(kind).equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + name + "'");
    }

    private static <T> T at(String source, String pointer, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new JsonFileException(source, pointer, e.getMessage(), e);
        }
    }
}
