package dev.suitcase.adapters;

import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An implementation conformance statement (adapters/PROTOCOL.md, "The conformance statement
 * (ICS)"): what an implementation claims, validated against {@code adapters/schema/ics.schema.json}.
 * It decides which vectors are sent at all ({@link #covers}); the others are NOT_APPLICABLE.
 * Algorithms and profiles are claimed per layer ({@link LayerCoverage}); the flat form of the
 * protocol, one list of layers, algorithms and profiles, claims every algorithm and profile at every
 * listed layer. Immutable; a statement that exists is valid. Two statements that claim the same
 * are equal, whichever form they were written in.
 *
 * @param implementation  the implementation's name
 * @param version         its version
 * @param coverage        what it claims at each layer it implements: at least one layer, each once,
 *                        in the layers' order
 * @param operations      verify and/or sign
 * @param maxMessageBytes the largest input it processes, see {@link VerifyRequest#messageBytes}
 */
public record Ics(String implementation, String version, List<LayerCoverage> coverage, Set<Operation> operations,
                  OptionalLong maxMessageBytes) {

    public Ics {
        requireText(implementation, "implementation");
        requireText(version, "version");
        coverage = inLayerOrder(coverage);
        operations = enumSet(operations, "operations");
        Objects.requireNonNull(maxMessageBytes, "maxMessageBytes");
        if (maxMessageBytes.isPresent() && maxMessageBytes.getAsLong() < 1) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 1, not " + maxMessageBytes.getAsLong());
        }
    }

    /** A statement in the flat form: every algorithm and profile at every layer. */
    public Ics(String implementation, String version, Set<Layer> layers, Set<Algorithm> algorithms,
               Set<Profile> profiles, Set<Operation> operations, OptionalLong maxMessageBytes) {
        this(implementation, version, flat(layers, algorithms, profiles), operations, maxMessageBytes);
    }

    /**
     * Reads a statement sent by an adapter, in either form; throws an {@link AdapterException} naming
     * {@code source} and the offending field when it does not follow the schema.
     */
    public static Ics fromJson(JsonNode statement, String source) {
        IcsSchema.validate(statement, source);
        Set<Profile> profiles = names(statement.path("profiles"), name -> Profile.fromWireName(name).orElseThrow());
        List<LayerCoverage> coverage;
        if (statement.has("coverage")) {
            coverage = new ArrayList<>();
            for (JsonNode entry : statement.get("coverage")) {
                coverage.add(new LayerCoverage(Layer.fromWireName(entry.get("layer").stringValue()),
                        names(entry.get("algorithms"), Ics::algorithm),
                        entry.has("profiles") ? names(entry.get("profiles"), name -> Profile.fromWireName(name).orElseThrow())
                                : profiles));
            }
        } else {
            coverage = LayerCoverage.uniform(names(statement.get("layers"), Layer::fromWireName),
                    names(statement.get("algorithms"), Ics::algorithm), profiles);
        }
        JsonNode limits = statement.path("limits");
        return new Ics(statement.get("implementation").stringValue(), statement.get("version").stringValue(), coverage,
                names(statement.get("operations"), name -> Operation.fromWireName(name).orElseThrow()),
                limits.has("maxMessageBytes") ? OptionalLong.of(limits.get("maxMessageBytes").longValue())
                        : OptionalLong.empty());
    }

    /**
     * The statement as JSON, in the schema's form and the enums' order: the flat form when every layer
     * claims the same algorithms and profiles, else one {@code coverage} entry per layer with its
     * profiles written out.
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("implementation", implementation);
        json.put("version", version);
        LayerCoverage first = coverage.get(0);
        if (coverage.stream().allMatch(first::claimsTheSameAs)) {
            ArrayNode layerNames = json.putArray("layers");
            coverage.forEach(entry -> layerNames.add(entry.layer().wireName()));
            putAlgorithmsAndProfiles(json, first);
        } else {
            ArrayNode entries = json.putArray("coverage");
            for (LayerCoverage entry : coverage) {
                ObjectNode entryJson = entries.addObject();
                entryJson.put("layer", entry.layer().wireName());
                putAlgorithmsAndProfiles(entryJson, entry);
            }
        }
        ArrayNode operationNames = json.putArray("operations");
        operations.forEach(operation -> operationNames.add(operation.wireName()));
        maxMessageBytes.ifPresent(max -> json.putObject("limits").put("maxMessageBytes", max));
        return json;
    }

    /** The layers it implements, in their order. */
    public Set<Layer> layers() {
        EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
        coverage.forEach(entry -> layers.add(entry.layer()));
        return Collections.unmodifiableSet(layers);
    }

    /** The algorithms it implements at {@code layer}; empty for a layer it does not implement. */
    public Set<Algorithm> algorithmsFor(Layer layer) {
        return entry(layer).map(LayerCoverage::algorithms).orElse(Set.of());
    }

    /**
     * The profiles its vectors at {@code layer} are judged under; empty for a layer it does not
     * implement, whose vectors are never judged.
     */
    public Set<Profile> profilesFor(Layer layer) {
        return entry(layer).map(LayerCoverage::profiles).orElse(Set.of());
    }

    /**
     * Every algorithm it names at some layer. This decides nothing about verification, which goes by
     * {@link #algorithmsFor}; a producer signs with these ({@link #signs}).
     */
    public Set<Algorithm> algorithms() {
        EnumSet<Algorithm> algorithms = EnumSet.noneOf(Algorithm.class);
        coverage.forEach(entry -> algorithms.addAll(entry.algorithms()));
        return Collections.unmodifiableSet(algorithms);
    }

    /** Whether the vector is sent to this implementation; if not, its verdict is NOT_APPLICABLE. */
    public boolean covers(Vector vector) {
        return exclusion(vector).isEmpty();
    }

    /**
     * Why the vector is outside this statement, in words for the report's NOT_APPLICABLE entry;
     * empty when the statement covers it. A vector is covered when the statement lists the verify
     * operation and the vector's layer, lists its algorithm at that layer (a vector without one is for
     * every algorithm), and its input is within {@code maxMessageBytes}.
     */
    public Optional<String> exclusion(Vector vector) {
        return exclusion(vector.input(), vector.algorithm());
    }

    /**
     * Why a verify request for {@code input} is outside this statement, by the rules of
     * {@link #exclusion(Vector)}; {@code algorithm} is the algorithm the input is signed with, empty
     * when it does not depend on one. Empty when the statement covers the request.
     */
    public Optional<String> exclusion(VectorInput input, Optional<Algorithm> algorithm) {
        if (!operations.contains(Operation.VERIFY)) {
            return Optional.of(implementation + " does not verify (its statement lists only " + list(operations, Operation::wireName) + ")");
        }
        Layer layer = input.layer();
        Optional<LayerCoverage> entry = entry(layer);
        if (entry.isEmpty()) {
            return Optional.of(implementation + " does not implement layer " + layer.wireName()
                    + " (its statement lists " + list(layers(), Layer::wireName) + ")");
        }
        Set<Algorithm> there = entry.get().algorithms();
        if (algorithm.isPresent() && !there.contains(algorithm.get())) {
            return Optional.of(implementation + " does not implement " + algorithm.get() + " at layer " + layer.wireName()
                    + " (its statement lists " + list(there, Algorithm::displayName) + " there)");
        }
        long size = VerifyRequest.messageBytes(input);
        if (maxMessageBytes.isPresent() && size > maxMessageBytes.getAsLong()) {
            return Optional.of("the input is " + size + " bytes, above the " + maxMessageBytes.getAsLong()
                    + " bytes " + implementation + " declares as its limit (maxMessageBytes)");
        }
        return Optional.empty();
    }

    /**
     * Whether the producer signs with {@code algorithm}: the statement lists the sign operation and
     * names the algorithm at some layer. Sign requests are not per layer (the producer always builds
     * a SUIT envelope), so a producer may be asked for an algorithm it only verifies; it answers
     * unsupported then.
     */
    public boolean signs(Algorithm algorithm) {
        return operations.contains(Operation.SIGN) && algorithms().contains(algorithm);
    }

    private Optional<LayerCoverage> entry(Layer layer) {
        return coverage.stream().filter(entry -> entry.layer() == layer).findFirst();
    }

    private static void putAlgorithmsAndProfiles(ObjectNode json, LayerCoverage claim) {
        ArrayNode algorithmNames = json.putArray("algorithms");
        claim.algorithms().forEach(algorithm -> algorithmNames.add(algorithm.displayName()));
        ArrayNode profileNames = json.putArray("profiles");
        claim.profiles().forEach(profile -> profileNames.add(profile.wireName()));
    }

    private static List<LayerCoverage> flat(Set<Layer> layers, Set<Algorithm> algorithms, Set<Profile> profiles) {
        enumSet(layers, "layers");
        enumSet(algorithms, "algorithms");
        return LayerCoverage.uniform(layers, algorithms, Objects.requireNonNull(profiles, "profiles"));
    }

    private static List<LayerCoverage> inLayerOrder(List<LayerCoverage> coverage) {
        Objects.requireNonNull(coverage, "coverage");
        if (coverage.isEmpty()) {
            throw new IllegalArgumentException("a conformance statement covers at least one layer");
        }
        EnumSet<Layer> seen = EnumSet.noneOf(Layer.class);
        for (LayerCoverage entry : coverage) {
            if (!seen.add(Objects.requireNonNull(entry, "coverage entry").layer())) {
                throw new IllegalArgumentException("a conformance statement states layer " + entry.layer().wireName()
                        + " more than once; state each layer once");
            }
        }
        return coverage.stream().sorted(Comparator.comparing(LayerCoverage::layer)).toList();
    }

    private static Algorithm algorithm(String name) {
        return Algorithm.fromName(name).orElseThrow();
    }

    private static <E extends Enum<E>> Set<E> names(JsonNode array, Function<String, E> parse) {
        Set<E> values = new LinkedHashSet<>();
        for (JsonNode element : array) {
            values.add(parse.apply(element.stringValue()));
        }
        return values;
    }

    private static <E> String list(Collection<E> values, Function<E, String> name) {
        return values.stream().map(name).collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> Set<E> enumSet(Set<E> values, String field) {
        Objects.requireNonNull(values, field);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a conformance statement lists at least one of " + field);
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("the " + field + " of a conformance statement must not be blank");
        }
    }
}
