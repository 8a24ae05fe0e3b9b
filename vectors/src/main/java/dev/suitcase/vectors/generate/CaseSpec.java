package dev.suitcase.vectors.generate;

import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The text of one case before its words are filled in: what a {@link Case} annotation says, or what a
 * data-driven family computes for a row of its table. {@link #vector} is the one step from a built case
 * to a {@link Vector}: every family, annotated or data-driven, makes its vectors through it.
 *
 * @param id           {@code <layer>.<alg>.<area>.<case>}, with {@code *} as the algorithm of a sweep
 * @param title        one line
 * @param severity     what getting it wrong costs
 * @param requirements ids from requirements.json, or words standing for them
 * @param flags        tags
 * @param description  paragraphs; single line breaks become spaces, blank lines separate paragraphs
 * @param robustness   why the vector isolates no check, for a robustness vector; empty for every other
 * @param sweep        the ids a case with {@code *} is built for
 * @param only         the ids of the sweep the case is built for, where not all; empty means all
 */
public record CaseSpec(String id, String title, Severity severity, List<String> requirements, List<String> flags,
                       String description, String robustness, Sweep sweep, Set<Algorithm> only) {
    private static final String SWEPT = "*";

    public CaseSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        requirements = List.copyOf(requirements);
        flags = List.copyOf(flags);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(robustness, "robustness");
        Objects.requireNonNull(sweep, "sweep");
        only = Set.copyOf(only);
        String[] parts = id.split("\\.", -1);
        boolean swept = parts.length == 4 && parts[1].equals(SWEPT);
        if (swept != (sweep != Sweep.NONE)) {
            throw new IllegalArgumentException("case " + id + ": an id with '*' as its algorithm needs a sweep, "
                    + "and a sweep needs '*' (sweep " + sweep + ")");
        }
        if (!sweep.algorithms().containsAll(only)) {
            throw new IllegalArgumentException("case " + id + ": only " + only + " is not part of sweep " + sweep);
        }
    }

    /** A case that is not swept: its id names its algorithm, or {@code any}. */
    public static CaseSpec of(String id, String title, Severity severity, List<String> requirements, List<String> flags,
                              String description) {
        return new CaseSpec(id, title, severity, requirements, flags, description, "", Sweep.NONE, Set.of());
    }

    /** What a {@link Case} annotation says. */
    public static CaseSpec of(Case annotation) {
        return new CaseSpec(annotation.id(), annotation.title(), annotation.severity(),
                List.of(annotation.requirements()), List.of(annotation.flags()), annotation.description(),
                annotation.robustness(), annotation.sweep(), Set.of(annotation.only()));
    }

    /** This case as a robustness vector, for the reason {@code why}. */
    public CaseSpec withRobustness(String why) {
        return new CaseSpec(id, title, severity, requirements, flags, description, why, sweep, only);
    }

    /**
     * The algorithms the case is built for, in build order: its sweep's (or those of {@link #only()}), or
     * the one its id names (empty for an {@code any} id).
     */
    public List<Optional<Algorithm>> algorithms() {
        if (sweep == Sweep.NONE) {
            return List.of(VectorId.parse(id).algorithm());
        }
        return sweep.algorithms().stream()
                .filter(algorithm -> only.isEmpty() || only.contains(algorithm))
                .map(Optional::of)
                .toList();
    }

    /** The vector id for {@code algorithm}, words filled in. */
    public VectorId vectorId(Optional<Algorithm> algorithm, Map<String, String> words) {
        String[] parts = id.split("\\.", -1);
        if (sweep != Sweep.NONE) {
            parts[1] = algorithm.orElseThrow().idName();
        }
        return VectorId.parse(Template.fill(String.join(".", parts), words, "case " + id));
    }

    /**
     * The one step from a built case to a vector: fills the words into every text, normalises the
     * description and the robustness reason, and records the provenance.
     *
     * @param id     the vector's id, from {@link #vectorId}
     * @param built  what the builder returned
     * @param words  the words of the texts (see {@link #words})
     * @param family the family's name
     */
    public Vector vector(VectorId id, BuiltCase built, Map<String, String> words, String family, GeneratorContext context) {
        String where = "case " + id;
        if (built.input().layer() != id.layer()) {
            throw new IllegalStateException(where + " builds a " + built.input().layer().wireName() + "-layer input");
        }
        try {
            Provenance provenance = new Provenance(built.source(), family, context.generator(), built.url(),
                    built.file(), built.originalId());
            List<String> filled = new ArrayList<>(new LinkedHashSet<>(
                    requirements.stream().map(text -> Template.fill(text, words, where)).toList()));
            Vector vector = new Vector(id, Template.fill(title, words, where),
                    Descriptions.normalize(Template.fill(description, words, where)), id.algorithm(), built.expect(),
                    severity, filled, flags, built.input(), provenance, built.status());
            return robustness.isEmpty() ? vector
                    : vector.asRobustness(Descriptions.normalize(Template.fill(robustness, words, where)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " builds an invalid vector: " + e.getMessage(), e);
        }
    }

    /** A case that is not swept, as a vector, with the words of its own algorithm. */
    public Vector vector(BuiltCase built, String family, GeneratorContext context) {
        Optional<Algorithm> algorithm = algorithms().get(0);
        Map<String, String> words = words(algorithm, Map.of());
        return vector(vectorId(algorithm, words), built, words, family, context);
    }

    /**
     * The words of an algorithm ({@code alg} "ES256 (-7)", {@code name} "ES256", {@code id} "-7",
     * {@code token} "es256"; none for an {@code any} vector) together with {@code more}, a family's own;
     * a word given two different values is an error.
     */
    public static Map<String, String> words(Optional<Algorithm> algorithm, Map<String, String> more) {
        Map<String, String> words = new HashMap<>(more);
        algorithm.ifPresent(a -> {
            put(words, "alg", a.displayName() + " (" + a.coseId() + ")");
            put(words, "name", a.displayName());
            put(words, "id", Integer.toString(a.coseId()));
            put(words, "token", a.idName());
        });
        return words;
    }

    private static void put(Map<String, String> words, String word, String value) {
        String previous = words.putIfAbsent(word, value);
        if (previous != null && !previous.equals(value)) {
            throw new IllegalStateException("the word {" + word + "} is '" + previous + "' in the family and '" + value
                    + "' for the algorithm");
        }
    }
}
