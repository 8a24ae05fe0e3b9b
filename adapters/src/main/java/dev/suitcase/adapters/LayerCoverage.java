package dev.suitcase.adapters;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a conformance statement claims at one layer (adapters/PROTOCOL.md, "The conformance
 * statement (ICS)"): a stack may verify a signature primitive it cannot carry in a COSE_Sign1, or
 * follow another profile where another library does the work, so algorithms and profiles are stated
 * per layer.
 *
 * @param layer      the layer
 * @param algorithms the algorithms it implements there (at least one)
 * @param profiles   the verification profiles its vectors at this layer are judged under
 */
public record LayerCoverage(Layer layer, Set<Algorithm> algorithms, Set<Profile> profiles) {

    public LayerCoverage {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(algorithms, "algorithms");
        Objects.requireNonNull(profiles, "profiles");
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("the coverage of layer " + layer.wireName()
                    + " lists no algorithm; leave the layer out instead");
        }
        algorithms = Collections.unmodifiableSet(EnumSet.copyOf(algorithms));
        profiles = Collections.unmodifiableSet(profiles.isEmpty() ? EnumSet.noneOf(Profile.class) : EnumSet.copyOf(profiles));
    }

    /**
     * The flat form of a statement: every algorithm and profile at every layer, in the layers' order.
     * An empty {@code layers} gives an empty list, which a statement refuses.
     */
    public static List<LayerCoverage> uniform(Set<Layer> layers, Set<Algorithm> algorithms, Set<Profile> profiles) {
        Objects.requireNonNull(layers, "layers");
        return (layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers)).stream()
                .map(layer -> new LayerCoverage(layer, algorithms, profiles))
                .toList();
    }

    /** Whether this layer's claim is the same as {@code other}'s, whatever the layer. */
    boolean claimsTheSameAs(LayerCoverage other) {
        return algorithms.equals(other.algorithms) && profiles.equals(other.profiles);
    }
}
