package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One case of an ECDSA family, written once and emitted for each algorithm it applies to: ES256
 * (-7) and ESP256 (-9) name the same primitive, ECDSA on P-256 with SHA-256 (RFC 9053 §2.1,
 * RFC 9864 §2.1), so most inputs are worth running under both identifiers, and an implementation
 * that claims only one of them still gets every case.
 *
 * <p>The id's area and case, the title and the description may name the algorithm through
 * placeholders, filled in per algorithm: {@code {{alg}}} ("ES256 (-7)"), {@code {{name}}} ("ES256"),
 * {@code {{id}}} ("-7"), {@code {{token}}} ("es256"), and {@code {{other}}}, {@code {{otherName}}},
 * {@code {{otherId}}}, {@code {{otherToken}}} for the other identifier of the pair. Descriptions
 * are text blocks whose wrapped lines end in a backslash, so the text is one line per paragraph and
 * paragraphs are separated by one blank line, as in every vector file.
 *
 * @param area         the id's area
 * @param name         the id's case
 * @param title        one line
 * @param severity     what getting it wrong costs
 * @param requirements ids from requirements.json
 * @param flags        tags
 * @param description  what is wrong, what a correct implementation does, what a wrong answer costs
 * @param algorithms   the algorithms the case is emitted for
 * @param builder      builds the input and expectation for one algorithm
 * @param robustness   why the vector isolates no check, for a robustness vector (see {@code Vector#robustness});
 *                     empty for every other case
 */
record EcdsaCase(String area, String name, String title, Severity severity, List<String> requirements,
                 List<String> flags, String description, Set<Algorithm> algorithms,
                 Function<Algorithm, BuiltCase> builder, String robustness) {
    /** The two identifiers of ECDSA P-256 with SHA-256, polymorphic and fully specified. */
    static final Set<Algorithm> BOTH = Set.of(Algorithm.ES256, Algorithm.ESP256);

    EcdsaCase {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        requirements = List.copyOf(requirements);
        flags = List.copyOf(flags);
        Objects.requireNonNull(description, "description");
        algorithms = Set.copyOf(algorithms);
        if (algorithms.isEmpty() || !BOTH.containsAll(algorithms)) {
            throw new IllegalArgumentException("an ECDSA case is for ES256 and/or ESP256, not " + algorithms);
        }
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(robustness, "robustness");
    }

    /** A case emitted for ES256 and ESP256. */
    static EcdsaCase of(String area, String name, String title, Severity severity, List<String> requirements,
                        List<String> flags, String description, Function<Algorithm, BuiltCase> builder) {
        return new EcdsaCase(area, name, title, severity, requirements, flags, description, BOTH, builder, "");
    }

    /** A case emitted for one algorithm only, where the two identifiers call for different answers. */
    static EcdsaCase only(Algorithm algorithm, String area, String name, String title, Severity severity,
                          List<String> requirements, List<String> flags, String description,
                          Function<Algorithm, BuiltCase> builder) {
        return new EcdsaCase(area, name, title, severity, requirements, flags, description, Set.of(algorithm), builder,
                "");
    }

    /**
     * This case as a robustness vector: no processor can go on with its input, for the reason {@code why} (one
     * line, placeholders allowed).
     */
    EcdsaCase robustness(String why) {
        return new EcdsaCase(area, name, title, severity, requirements, flags, description, algorithms, builder, why);
    }

    /** The other identifier of the pair: ESP256 for ES256 and the reverse. */
    static Algorithm other(Algorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> Algorithm.ESP256;
            case ESP256 -> Algorithm.ES256;
            default -> throw new IllegalArgumentException(algorithm + " is not an ECDSA P-256 identifier");
        };
    }

    /** Every case for every algorithm it applies to, in id order, attributed to {@code family}. */
    static List<Vector> vectors(List<EcdsaCase> cases, String family, GeneratorContext context) {
        List<Vector> vectors = new ArrayList<>();
        for (EcdsaCase ecdsaCase : cases) {
            for (Algorithm algorithm : List.of(Algorithm.ES256, Algorithm.ESP256)) {
                if (ecdsaCase.algorithms().contains(algorithm)) {
                    vectors.add(ecdsaCase.vector(algorithm, family, context));
                }
            }
        }
        vectors.sort(Comparator.comparing(vector -> vector.id().toString()));
        return vectors;
    }

    /** This case for one algorithm. */
    Vector vector(Algorithm algorithm, String family, GeneratorContext context) {
        Map<String, String> values = placeholders(algorithm);
        String where = "ECDSA case " + area + "." + name + " for " + algorithm;
        BuiltCase built = builder.apply(algorithm);
        VectorId id = new VectorId(built.input().layer(), Optional.of(algorithm), fill(area, values, where),
                fill(name, values, where));
        String text = fill(description, values, where);
        if (text.strip().length() != text.length() || text.replace("\n\n", "").contains("\n") || text.contains("  ")) {
            throw new IllegalStateException(where + ": the description must be paragraphs of single lines separated "
                    + "by one blank line; end wrapped lines of the text block with a backslash");
        }
        Provenance provenance = new Provenance(built.source(), family, context.generator(), built.url(),
                Optional.empty(), built.originalId());
        Vector vector = new Vector(id, fill(title, values, where), text, Optional.of(algorithm), built.expect(), severity,
                requirements, flags, built.input(), provenance, built.status());
        return robustness.isEmpty() ? vector : vector.asRobustness(fill(robustness, values, where));
    }

    private static Map<String, String> placeholders(Algorithm algorithm) {
        Algorithm other = other(algorithm);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{{alg}}", algorithm.displayName() + " (" + algorithm.coseId() + ")");
        values.put("{{name}}", algorithm.displayName());
        values.put("{{id}}", Integer.toString(algorithm.coseId()));
        values.put("{{token}}", algorithm.idName());
        values.put("{{other}}", other.displayName() + " (" + other.coseId() + ")");
        values.put("{{otherName}}", other.displayName());
        values.put("{{otherId}}", Integer.toString(other.coseId()));
        values.put("{{otherToken}}", other.idName());
        return values;
    }

    private static String fill(String template, Map<String, String> values, String where) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        if (filled.contains("{{")) {
            throw new IllegalStateException(where + " uses an unknown placeholder in: " + template);
        }
        return filled;
    }
}
