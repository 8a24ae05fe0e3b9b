package dev.suitcase.runner.results;

import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.runner.json.AtomicFiles;
import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.runner.json.JsonFiles;
import dev.suitcase.runner.json.RunnerSchemas;
import dev.suitcase.runner.score.AdapterScores;
import dev.suitcase.runner.score.InteropScore;
import dev.suitcase.runner.score.NotImplemented;
import dev.suitcase.runner.score.Score;
import dev.suitcase.runner.score.Scores;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Expected;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.corpus.CorpusException;
import dev.suitcase.vectors.corpus.CorpusSchemas;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.corpus.VectorCodec;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.ByteRange;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code results.json}: the {@link Results} of a run as JSON, in the form
 * {@code runner/schema/results.schema.json} defines, with the vectors the producer × verifier matrix
 * made, when it ran, as the optional member {@value #INTEROP_VECTORS}, each in the form of a corpus
 * vector file ({@code vectors/schema/vector.schema.json}). Written in the corpus files' stable format
 * (one configuration of JSON in the project), atomically; read back strictly: schema first, then
 * the model's own checks, so a file that reads is one this code could have written.
 */
public final class ResultsJson {
    /** The format version this code writes and reads; a change to the meaning of a field bumps it. */
    public static final int FORMAT_VERSION = 1;
    /** The file name in a run's output directory. */
    public static final String FILE_NAME = "results.json";
    /** The member holding the vectors of the producer × verifier matrix. */
    public static final String INTEROP_VECTORS = "interopVectors";

    private ResultsJson() {
    }

    /** Writes {@code results} to {@code file} atomically: a reader sees the previous file or this one, never a mix. */
    public static void write(Results results, Path file) throws IOException {
        AtomicFiles.write(file, JsonFormat.write(toJson(results)));
    }

    /** Reads a results file; a {@link JsonFileException} names the file and field when it cannot be used. */
    public static Results read(Path file) {
        return fromJson(JsonFiles.read(file), file.toString());
    }

    public static ObjectNode toJson(Results results) {
        RunInfo run = results.run();
        ObjectNode json = JsonFormat.object();
        json.put("formatVersion", FORMAT_VERSION);
        json.putObject("suite").put("version", run.suiteVersion());
        ObjectNode corpus = json.putObject("corpus");
        corpus.put("version", run.corpus().version());
        corpus.put("digest", run.corpus().digest());
        ObjectNode runJson = json.putObject("run");
        runJson.put("startedAt", run.startedAt().toString());
        run.finishedAt().ifPresent(at -> runJson.put("finishedAt", at.toString()));
        runJson.set("options", options(run.options()));
        ArrayNode adapters = json.putArray("adapters");
        for (AdapterUnderTest adapter : run.adapters()) {
            ObjectNode entry = adapters.addObject();
            entry.put("name", adapter.name());
            ArrayNode profiles = entry.putArray("profiles");
            adapter.profileOverride().forEach(profile -> profiles.add(profile.wireName()));
            entry.set("ics", adapter.ics().toJson());
        }
        ArrayNode list = json.putArray("results");
        results.results().forEach(result -> list.add(resultToJson(result)));
        json.set("scores", scores(results.scores()));
        if (!results.interopVectors().isEmpty()) {
            ArrayNode vectors = json.putArray(INTEROP_VECTORS);
            results.interopVectors().forEach(vector -> vectors.add(VectorCodec.toJson(vector)));
        }
        return json;
    }

    /**
     * Reads results from JSON; {@code source} names the document in messages. Scores in the
     * document are not read: they follow from the results and are computed again.
     */
    public static Results fromJson(JsonNode document, String source) {
        RunnerSchemas.RESULTS.validate(document, source);
        RunInfo run = at(source, "/run", () -> new RunInfo(document.get("suite").get("version").stringValue(),
                new CorpusInfo(document.get("corpus").get("version").stringValue(), document.get("corpus").get("digest").stringValue()),
                readOptions(document.get("run").get("options")),
                readAdapters(document.get("adapters"), source),
                Instant.parse(document.get("run").get("startedAt").stringValue()),
                optionalText(document.get("run"), "finishedAt").map(Instant::parse)));
        JsonNode list = document.get("results");
        List<Result> results = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            results.add(at(source, "/results/" + i, () -> readResult(entry)));
        }
        at(source, "/results", () -> new Results(run, results));
        List<Vector> vectors = new ArrayList<>();
        JsonNode made = document.path(INTEROP_VECTORS);
        for (int i = 0; i < made.size(); i++) {
            vectors.add(vector(made.get(i), source, "/" + INTEROP_VECTORS + "/" + i));
        }
        return at(source, "/" + INTEROP_VECTORS, () -> new Results(run, results, vectors));
    }

    /** One vector of the producer × verifier matrix, held to the vector files' schema and model. */
    private static Vector vector(JsonNode json, String source, String pointer) {
        try {
            CorpusSchemas.VECTOR.validate(json, source + " at " + pointer);
            return VectorCodec.fromJson(json, source + " at " + pointer);
        } catch (CorpusException e) {
            throw new JsonFileException(source, pointer, e.getMessage(), e);
        }
    }

    /** The wire name of an outcome kind, e.g. {@code protocol-violation}. */
    public static String outcomeName(AdapterOutcome.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads one result in the form {@link #resultToJson} writes; {@code source} names it in
     * messages. Unlike {@link #fromJson}, the element is not checked against the schema: it is for
     * results that cross from the engine to its listeners within one process, and a result that is
     * inconsistent is still refused (a {@link JsonFileException}).
     */
    public static Result resultFromJson(JsonNode json, String source) {
        return at(source, "", () -> readResult(json));
    }

    private static ObjectNode options(RunOptions options) {
        ObjectNode json = JsonFormat.object();
        options.layer().ifPresent(layer -> json.put("layer", layer.wireName()));
        options.algorithm().ifPresent(algorithm -> json.put("algorithm", algorithm));
        options.filter().ifPresent(filter -> json.put("filter", filter));
        ArrayNode profiles = json.putArray("profiles");
        options.profiles().forEach(profile -> profiles.add(profile.wireName()));
        options.shard().ifPresent(shard -> json.put("shard", shard.toString()));
        json.put("allowUnimplemented", options.allowUnimplemented());
        options.failOn().ifPresent(level -> json.put("failOn", level.wireName()));
        if (options.interop()) {
            json.put("interop", true);
        }
        return json;
    }

    /** One result as the {@code results} array of results.json holds it. */
    public static ObjectNode resultToJson(Result result) {
        ObjectNode json = JsonFormat.object();
        json.put("vector", result.vector().toString());
        json.put("adapter", result.adapter());
        json.put("severity", result.severity().wireName());
        ObjectNode expected = json.putObject("expected");
        expected.put("result", result.expected().result().wireName());
        result.expected().reason().ifPresent(reason -> expected.put("reason", reason.name()));
        result.expected().profile().ifPresent(profile -> expected.put("profile", profile.wireName()));
        result.expected().advisory().ifPresent(advisory -> expected.putObject("advisory")
                .put("basis", advisory.basis().wireName()).put("rule", advisory.rule()));
        result.outcome().ifPresent(kind -> json.put("outcome", outcomeName(kind)));
        result.reason().ifPresent(reason -> json.put("reason", reason.name()));
        json.put("detail", result.detail());
        result.location().ifPresent(range -> json.set("location", locationToJson(range)));
        if (!result.stderr().isEmpty()) {
            json.put("stderr", result.stderr());
        }
        result.duration().ifPresent(took -> json.put("durationMicros", took.toNanos() / 1000));
        json.put("verdict", result.verdict().name());
        json.put("explanation", result.explanation());
        return json;
    }

    private static ObjectNode scores(Scores scores) {
        ObjectNode json = JsonFormat.object();
        ArrayNode adapters = json.putArray("adapters");
        for (AdapterScores adapter : scores.adapters()) {
            ObjectNode entry = adapters.addObject();
            entry.put("adapter", adapter.adapter());
            entry.set("overall", score(adapter.overall()));
            ObjectNode byLayer = entry.putObject("byLayer");
            adapter.byLayer().forEach((layer, score) -> byLayer.set(layer.wireName(), score(score)));
            ObjectNode byAlgorithm = entry.putObject("byAlgorithm");
            adapter.byAlgorithm().forEach((token, score) -> byAlgorithm.set(token, score(score)));
            ObjectNode verdicts = entry.putObject("verdicts");
            adapter.verdicts().forEach((verdict, count) -> verdicts.put(verdict.name(), count));
            ObjectNode failures = entry.putObject("failuresBySeverity");
            adapter.failuresBySeverity().forEach((severity, count) -> failures.put(severity.wireName(), count));
            entry.put("uncredited", adapter.uncredited());
        }
        ArrayNode notImplemented = json.putArray("notImplemented");
        for (NotImplemented combination : scores.notImplemented()) {
            notImplemented.addObject()
                    .put("adapter", combination.combination().adapter())
                    .put("layer", combination.combination().layer().wireName())
                    .put("algorithm", combination.combination().algorithm())
                    .put("mustAccept", combination.mustAccept())
                    .put("uncredited", combination.uncredited())
                    .put("explanation", combination.describe());
        }
        InteropScore interop = scores.interop();
        ObjectNode interopJson = json.putObject("interop");
        ArrayNode names = interopJson.putArray("adapters");
        interop.adapters().forEach(names::add);
        interopJson.put("commonVectors", interop.commonVectors());
        interopJson.put("allPass", interop.allPass());
        interopJson.put("outsideCommonGround", interop.outsideCommonGround());
        interop.ratio().ifPresent(ratio -> interopJson.put("ratio", ratio));
        return json;
    }

    private static ObjectNode score(Score score) {
        ObjectNode json = JsonFormat.object();
        json.put("passes", score.passes());
        json.put("applicable", score.applicable());
        score.ratio().ifPresent(ratio -> json.put("ratio", ratio));
        return json;
    }

    private static RunOptions readOptions(JsonNode json) {
        return new RunOptions(optionalText(json, "layer").map(Layer::fromWireName),
                optionalText(json, "algorithm"),
                optionalText(json, "filter"),
                profiles(json.get("profiles")),
                optionalText(json, "shard").map(Shard::parse),
                json.get("allowUnimplemented").booleanValue(),
                optionalText(json, "failOn").map(FailOn::fromWireName),
                json.has("interop") && json.get("interop").booleanValue());
    }

    private static List<AdapterUnderTest> readAdapters(JsonNode list, String source) {
        List<AdapterUnderTest> adapters = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            Ics ics;
            try {
                ics = Ics.fromJson(entry.get("ics"), source + " at /adapters/" + i + "/ics");
            } catch (AdapterException e) {
                throw new JsonFileException(source, "/adapters/" + i + "/ics", e.getMessage(), e);
            }
            adapters.add(new AdapterUnderTest(entry.get("name").stringValue(), ics, profiles(entry.get("profiles"))));
        }
        return adapters;
    }

    private static Result readResult(JsonNode json) {
        JsonNode expected = json.get("expected");
        return new Result(VectorId.parse(json.get("vector").stringValue()),
                json.get("adapter").stringValue(),
                Severity.fromWireName(json.get("severity").stringValue()),
                new Expected(ExpectedResult.fromWireName(expected.get("result").stringValue()),
                        optionalText(expected, "reason").map(Reason::valueOf),
                        optionalText(expected, "profile").map(name -> Profile.fromWireName(name).orElseThrow()),
                        Optional.ofNullable(expected.get("advisory")).map(ResultsJson::advisory)),
                optionalText(json, "outcome").map(ResultsJson::outcomeKind),
                optionalText(json, "reason").map(Reason::valueOf),
                json.get("detail").stringValue(),
                Optional.ofNullable(json.get("location")).map(ResultsJson::locationFromJson),
                optionalText(json, "stderr").orElse(""),
                json.has("durationMicros") ? Optional.of(Duration.ofNanos(json.get("durationMicros").longValue() * 1000))
                        : Optional.empty(),
                Verdict.valueOf(json.get("verdict").stringValue()),
                json.get("explanation").stringValue());
    }

    /** The bytes a rejection blames, as results.json writes them: {@code {"offset": 12, "length": 33}}. */
    public static ObjectNode locationToJson(ByteRange range) {
        return JsonFormat.object().put("offset", range.offset()).put("length", range.length());
    }

    /** Reads what {@link #locationToJson} writes. */
    public static ByteRange locationFromJson(JsonNode json) {
        return new ByteRange(json.get("offset").intValue(), json.get("length").intValue());
    }

    private static Advisory advisory(JsonNode json) {
        String basis = json.get("basis").stringValue();
        return new Advisory(Advisory.Basis.fromWireName(basis)
                .orElseThrow(() -> new IllegalArgumentException("unknown advisory basis '" + basis + "'")), json.get("rule").stringValue());
    }

    private static AdapterOutcome.Kind outcomeKind(String name) {
        for (AdapterOutcome.Kind kind : AdapterOutcome.Kind.values()) {
            if (outcomeName(kind).equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + name + "'");
    }

    private static Set<Profile> profiles(JsonNode list) {
        Set<Profile> profiles = EnumSet.noneOf(Profile.class);
        for (JsonNode name : list) {
            profiles.add(Profile.fromWireName(name.stringValue()).orElseThrow());
        }
        return profiles;
    }

    private static Optional<String> optionalText(JsonNode object, String field) {
        return object.has(field) ? Optional.of(object.get(field).stringValue()) : Optional.empty();
    }

    /**
     * Builds part of the model; the model's own checks (a verdict its outcome does not earn, two
     * results for one vector and adapter, ...) become a {@link JsonFileException} at {@code pointer}.
     */
    private static <T> T at(String source, String pointer, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new JsonFileException(source, pointer, e.getMessage(), e);
        }
    }
}
