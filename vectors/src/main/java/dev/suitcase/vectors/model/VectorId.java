package dev.suitcase.vectors.model;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A vector id, {@code <layer>.<alg>.<area>.<case>} (vectors/README.md, "IDs"): lowercase letters and
 * digits, words joined by '-'; {@code <alg>} is an algorithm's id name or {@code any}. An id that
 * exists is well formed.
 *
 * @param layer     the layer the vector targets
 * @param algorithm the algorithm, or empty for {@code any}
 * @param area      groups related vectors, e.g. {@code wycheproof} or {@code rollback}
 * @param caseName  the case within the area
 */
public record VectorId(Layer layer, Optional<Algorithm> algorithm, String area, String caseName) {
    private static final Pattern WORDS = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String ANY = "any";

    public VectorId {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(algorithm, "algorithm");
        requireWords(area, "area");
        requireWords(caseName, "case");
    }

    public static VectorId of(Layer layer, Optional<Algorithm> algorithm, String area, String caseName) {
        return new VectorId(layer, algorithm, area, caseName);
    }

    /** Parses an id; throws {@link IllegalArgumentException} saying which part is wrong. */
    public static VectorId parse(String id) {
        String[] parts = id.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("vector id '" + id + "' must have four parts <layer>.<alg>.<area>.<case>");
        }
        Layer layer = Layer.fromWireName(parts[0]);
        Optional<Algorithm> algorithm;
        if (parts[1].equals(ANY)) {
            algorithm = Optional.empty();
        } else {
            algorithm = Optional.of(Algorithm.fromName(parts[1])
                    .filter(a -> a.idName().equals(parts[1]))
                    .orElseThrow(() -> new IllegalArgumentException("vector id '" + id + "' has algorithm token '"
                            + parts[1] + "'; expected es256, esp256, eddsa, ed25519, hss-lms or any")));
        }
        return new VectorId(layer, algorithm, parts[2], parts[3]);
    }

    /** The algorithm token: the algorithm's id name or {@code any}. */
    public String algorithmToken() {
        return algorithm.map(Algorithm::idName).orElse(ANY);
    }

    /** Where the vector file lives, relative to the corpus directory: {@code <layer>/<alg>/<id>.json}. */
    public String path() {
        return layer.wireName() + "/" + algorithmToken() + "/" + this + ".json";
    }

    @Override
    public String toString() {
        return layer.wireName() + "." + algorithmToken() + "." + area + "." + caseName;
    }

    private static void requireWords(String value, String part) {
        Objects.requireNonNull(value, part);
        if (!WORDS.matcher(value).matches()) {
            throw new IllegalArgumentException("vector id " + part + " '" + value
                    + "' must be lowercase letters and digits, words joined by '-'");
        }
    }
}
