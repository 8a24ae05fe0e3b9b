package dev.suitcase.runner.selection;

import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;

/**
 * Which vectors of a corpus a command works on: {@code --layer}, {@code --alg}, {@code --filter}
 * and {@code --shard}, the same for {@code list}, {@code run} and the engine's configuration. A
 * selector that exists is usable: its algorithm known, its glob compiled.
 */
public final class VectorSelector {
    private final Optional<Layer> layer;
    private final boolean anyAlgorithm;
    private final Optional<Algorithm> algorithm;
    private final Optional<Predicate<String>> filter;
    private final Optional<Shard> shard;

    /**
     * @param layer     only this layer
     * @param algorithm only vectors for this algorithm (any of its names), or
     *                  {@value RunOptions#ANY_ALGORITHM} for the vectors that depend on no algorithm
     * @param filter    a glob over vector ids, e.g. {@code suit.*.sequence.*}
     * @param shard     only the vectors of this shard
     * @throws IllegalArgumentException for an unknown algorithm or a glob that does not compile,
     *                                  saying what is expected
     */
    public VectorSelector(Optional<Layer> layer, Optional<String> algorithm, Optional<String> filter, Optional<Shard> shard) {
        this.layer = layer;
        this.anyAlgorithm = algorithm.filter(RunOptions.ANY_ALGORITHM::equalsIgnoreCase).isPresent();
        this.algorithm = anyAlgorithm ? Optional.empty() : algorithm.map(name -> Algorithm.fromName(name).orElseThrow(
                () -> new IllegalArgumentException("unknown algorithm '" + name
                        + "'; expected ES256, ESP256, EdDSA, Ed25519, HSS-LMS or any")));
        this.filter = filter.map(VectorSelector::idGlob);
        this.shard = shard;
    }

    /** Every vector. */
    public static VectorSelector all() {
        return new VectorSelector(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The vectors a run with these options selects. */
    public static VectorSelector of(RunOptions options) {
        return new VectorSelector(options.layer(), options.algorithm(), options.filter(), options.shard());
    }

    /** Whether {@code vector} is selected; whether withdrawn vectors are wanted is the caller's business. */
    public boolean matches(Vector vector) {
        return matches(vector.id());
    }

    /**
     * Whether the vector {@code id} names is selected: the id gives its layer and algorithm, so a
     * vector can be selected before it exists (the producer × verifier matrix makes its vectors
     * while the run goes on).
     */
    public boolean matches(VectorId id) {
        return layer.map(wanted -> id.layer() == wanted).orElse(true)
                && (!anyAlgorithm || id.algorithm().isEmpty())
                && algorithm.map(wanted -> id.algorithm().filter(wanted::equals).isPresent()).orElse(true)
                && filter.map(glob -> glob.test(id.toString())).orElse(true)
                && shard.map(part -> part.contains(id)).orElse(true);
    }

    /** The selected vectors, in the order given. */
    public List<Vector> select(List<Vector> vectors) {
        return vectors.stream().filter(this::matches).toList();
    }

    /**
     * A {@code --filter} glob as a test of dotted ids: {@code *} any characters, {@code ?} one,
     * {@code {a,b}} either. The reference verifier's check ids are dotted alike, so the
     * documentation tests match the ids and globs the documents mention with this same test.
     *
     * @throws IllegalArgumentException for a blank glob or one that does not compile, saying what is expected
     */
    public static Predicate<String> idGlob(String glob) {
        PathMatcher matcher = matcher(glob);
        return id -> matcher.matches(Path.of(id));
    }

    private static PathMatcher matcher(String glob) {
        if (glob.isBlank()) {
            throw new IllegalArgumentException("a vector filter must not be blank; give a glob such as 'suit.*.sequence.*'");
        }
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + glob + "' is not a valid glob (" + e.getDescription()
                    + "); use * for any characters, ? for one, {a,b} for either, e.g. 'suit.*.sequence.*'");
        }
    }
}
