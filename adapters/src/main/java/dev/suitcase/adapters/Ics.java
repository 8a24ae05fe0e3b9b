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

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An implementation conformance statement (ADAPTER-PROTOCOL.md, "Implementation conformance
 * statement"): what an implementation claims, validated against
 * {@code adapters/schema/ics.schema.json}. It decides which vectors are sent at all
 * ({@link #covers}); the others are NOT_APPLICABLE. Immutable; a statement that exists is valid.
 *
 * @param implementation  the implementation's name
 * @param version         its version
 * @param layers          the layers it implements (at least one)
 * @param algorithms      the algorithms it implements (at least one)
 * @param profiles        the verification profiles it follows
 * @param operations      verify and/or sign
 * @param maxMessageBytes the largest input it processes, see {@link VerifyRequest#messageBytes}
 */
public record Ics(String implementation, String version, Set<Layer> layers, Set<Algorithm> algorithms,
                  Set<Profile> profiles, Set<Operation> operations, OptionalLong maxMessageBytes) {

    public Ics {
        requireText(implementation, "implementation");
        requireText(version, "version");
        layers = enumSet(layers, Layer.class, "layers", false);
        algorithms = enumSet(algorithms, Algorithm.class, "algorithms", false);
        profiles = enumSet(profiles, Profile.class, "profiles", true);
        operations = enumSet(operations, Operation.class, "operations", false);
        Objects.requireNonNull(maxMessageBytes, "maxMessageBytes");
        if (maxMessageBytes.isPresent() && maxMessageBytes.getAsLong() < 1) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 1, not " + maxMessageBytes.getAsLong());
        }
    }

    /**
     * Reads a statement sent by an adapter; throws an {@link AdapterException} naming {@code source}
     * and the offending field when it does not follow the schema.
     */
    public static Ics fromJson(JsonNode statement, String source) {
        IcsSchema.validate(statement, source);
        JsonNode limits = statement.path("limits");
        return new Ics(statement.get("implementation").stringValue(), statement.get("version").stringValue(),
                names(statement.get("layers"), Layer::fromWireName),
                names(statement.get("algorithms"), name -> Algorithm.fromName(name).orElseThrow()),
                names(statement.path("profiles"), name -> Profile.fromWireName(name).orElseThrow()),
                names(statement.get("operations"), name -> Operation.fromWireName(name).orElseThrow()),
                limits.has("maxMessageBytes") ? OptionalLong.of(limits.get("maxMessageBytes").longValue())
                        : OptionalLong.empty());
    }

    /** The statement as JSON, in the schema's form and the enums' order. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("implementation", implementation);
        json.put("version", version);
        ArrayNode layerNames = json.putArray("layers");
        layers.forEach(layer -> layerNames.add(layer.wireName()));
        ArrayNode algorithmNames = json.putArray("algorithms");
        algorithms.forEach(algorithm -> algorithmNames.add(algorithm.displayName()));
        ArrayNode profileNames = json.putArray("profiles");
        profiles.forEach(profile -> profileNames.add(profile.wireName()));
        ArrayNode operationNames = json.putArray("operations");
        operations.forEach(operation -> operationNames.add(operation.wireName()));
        maxMessageBytes.ifPresent(max -> json.putObject("limits").put("maxMessageBytes", max));
        return json;
    }

    /** Whether the vector is sent to this implementation; if not, its verdict is NOT_APPLICABLE. */
    public boolean covers(Vector vector) {
        return exclusion(vector).isEmpty();
    }

    /**
     * Why the vector is outside this statement, in words for the report's NOT_APPLICABLE entry;
     * empty when the statement covers it. A vector is covered when the statement lists its layer,
     * the verify operation, its algorithm (a vector without one is for every algorithm), and its
     * input is within {@code maxMessageBytes}.
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
        if (!layers.contains(input.layer())) {
            return Optional.of(implementation + " does not implement layer " + input.layer().wireName()
                    + " (its statement lists " + list(layers, Layer::wireName) + ")");
        }
        if (algorithm.isPresent() && !algorithms.contains(algorithm.get())) {
            return Optional.of(implementation + " does not implement " + algorithm.get()
                    + " (its statement lists " + list(algorithms, Algorithm::displayName) + ")");
        }
        long size = VerifyRequest.messageBytes(input);
        if (maxMessageBytes.isPresent() && size > maxMessageBytes.getAsLong()) {
            return Optional.of("the input is " + size + " bytes, above the " + maxMessageBytes.getAsLong()
                    + " bytes " + implementation + " declares as its limit (maxMessageBytes)");
        }
        return Optional.empty();
    }

    /** Whether the producer signs with {@code algorithm}. */
    public boolean signs(Algorithm algorithm) {
        return operations.contains(Operation.SIGN) && algorithms.contains(algorithm);
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

    private static <E extends Enum<E>> Set<E> enumSet(Set<E> values, Class<E> type, String field, boolean mayBeEmpty) {
        Objects.requireNonNull(values, field);
        if (values.isEmpty()) {
            if (!mayBeEmpty) {
                throw new IllegalArgumentException("a conformance statement lists at least one of " + field);
            }
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
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
