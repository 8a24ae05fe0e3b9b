package dev.suitcase.vectors.generate;

import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A family of cases, written x509-limbo style: one {@link Case} method per case (on the family, or on
 * the objects of {@link #caseGroups()}), and, for a parameter grid, one {@link Row} per line of a table
 * ({@link #rows()}). Every case is turned into vectors by the same steps: the ids of its sweep, the
 * family's fixture for each id, the builder, then {@link CaseSpec#vector}.
 *
 * <p>Cases are built group after group; within a group in the order of their ids (with {@code *} as
 * written), and within a case in the order of its sweep. The order matters where a key is stateful:
 * HSS-LMS signing spends one-time keys, so a fixed order signs the same bytes on every run, and a new
 * group appended to {@link #caseGroups()} spends keys no earlier vector used.
 *
 * @param <F> the fixture the family's cases share per algorithm ({@code Void} for none)
 */
public abstract class CaseFamily<F> implements VectorFamily {
    private static final String EDDSA_REQUIREMENT = "RFC9053-2.2-eddsa-id";

    /**
     * A case of a data-driven family: the text computed from the row's values, and its builder.
     *
     * @param spec    the case's text
     * @param builder builds the input and expectation for one algorithm
     * @param <F>     the family's fixture type
     */
    public record Row<F>(CaseSpec spec, Function<CaseContext<F>, BuiltCase> builder) {
    }

    private record Builder<F>(CaseSpec spec, String where, Function<CaseContext<F>, BuiltCase> build) {
    }

    /**
     * Makes the fixtures of one generation: the returned function is called at most once per algorithm
     * (empty for an {@code any} vector), when a case first needs it. The default is no fixture.
     */
    protected Function<Optional<Algorithm>, F> fixtures(GeneratorContext context) {
        return algorithm -> null;
    }

    /** The family's own template words for an algorithm, besides {@code alg}, {@code name}, {@code id}, {@code token}. */
    protected Map<String, String> words(Optional<Algorithm> algorithm, F fixture) {
        return Map.of();
    }

    /** The objects whose {@link Case} methods are the cases, in groups built one after the other. */
    protected List<List<Object>> caseGroups() {
        return List.of(List.of(this));
    }

    /** The cases of a table, built with the first group. */
    protected List<Row<F>> rows() {
        return List.of();
    }

    @Override
    public final List<Vector> vectors(GeneratorContext context) {
        List<List<Builder<F>>> groups = builders();
        Function<Optional<Algorithm>, F> factory = fixtures(context);
        Map<Optional<Algorithm>, F> fixtures = new HashMap<>();
        List<Vector> vectors = new ArrayList<>();
        for (List<Builder<F>> group : groups) {
            for (Builder<F> builder : group) {
                Vector previous = null;
                for (Optional<Algorithm> algorithm : builder.spec().algorithms()) {
                    if (builder.spec().sweep() == Sweep.ED25519_ALSO_EDDSA && algorithm.equals(Optional.of(Algorithm.EDDSA))) {
                        vectors.add(presentedUnderEddsa(previous, builder.where()));
                        continue;
                    }
                    if (!fixtures.containsKey(algorithm)) {
                        fixtures.put(algorithm, factory.apply(algorithm));
                    }
                    previous = build(builder, algorithm, fixtures.get(algorithm), context);
                    vectors.add(previous);
                }
            }
        }
        vectors.sort(Comparator.comparing(vector -> vector.id().toString()));
        return vectors;
    }

    private Vector build(Builder<F> builder, Optional<Algorithm> algorithm, F fixture, GeneratorContext context) {
        Map<String, String> words = CaseSpec.words(algorithm, words(algorithm, fixture));
        VectorId id = builder.spec().vectorId(algorithm, words);
        BuiltCase built = builder.build().apply(new CaseContext<>(id, fixture, name(), context));
        if (built == null) {
            throw new IllegalStateException(builder.where() + " returned no case for " + id);
        }
        return builder.spec().vector(id, built, words, name(), context);
    }

    private List<List<Builder<F>>> builders() {
        List<List<Builder<F>>> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<Object> owners : caseGroups()) {
            List<Builder<F>> group = new ArrayList<>();
            for (Object owner : owners) {
                for (Method method : owner.getClass().getDeclaredMethods()) {
                    Case annotation = method.getAnnotation(Case.class);
                    if (annotation != null) {
                        group.add(annotated(owner, method, annotation));
                    }
                }
            }
            if (groups.isEmpty()) {
                for (Row<F> row : rows()) {
                    group.add(new Builder<>(row.spec(), getClass().getSimpleName() + " row " + row.spec().id(), row.builder()));
                }
            }
            group.sort(Comparator.comparing(builder -> builder.spec().id()));
            for (Builder<F> builder : group) {
                if (!ids.add(builder.spec().id())) {
                    throw new IllegalStateException(getClass().getSimpleName() + " has two cases " + builder.spec().id());
                }
            }
            groups.add(group);
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException(getClass().getName() + " declares no case");
        }
        return groups;
    }

    private Builder<F> annotated(Object owner, Method method, Case annotation) {
        String where = owner.getClass().getSimpleName() + "." + method.getName() + " (" + annotation.id() + ")";
        Class<?>[] parameters = method.getParameterTypes();
        if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() != BuiltCase.class
                || parameters.length > 1 || (parameters.length == 1 && parameters[0] != CaseContext.class)) {
            throw new IllegalStateException(where + " must be an instance method taking nothing or a CaseContext and "
                    + "returning BuiltCase");
        }
        CaseSpec spec;
        try {
            spec = CaseSpec.of(annotation);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        method.setAccessible(true);
        return new Builder<>(spec, where, caseContext -> invoke(owner, method, parameters.length == 0
                ? new Object[0] : new Object[] {caseContext}, where));
    }

    private static BuiltCase invoke(Object owner, Method method, Object[] arguments, String where) {
        try {
            return (BuiltCase) method.invoke(owner, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(where + " cannot be called: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(where + " failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The Ed25519 (-19) vector {@code original} presented under EdDSA (-8) with the same OKP Ed25519 key,
     * which RFC 9053 §2.2 makes pure Ed25519: the same input and expectation, one more requirement, and a
     * paragraph saying so.
     */
    private static Vector presentedUnderEddsa(Vector original, String where) {
        if (original == null || !(original.input() instanceof SignatureInput input)
                || input.algorithmId() != Algorithm.ED25519.coseId()) {
            throw new IllegalStateException(where + " is not an Ed25519 (-19) signature-layer case; only those are "
                    + "presented again under EdDSA (-8)");
        }
        VectorId id = VectorId.of(original.layer(), Optional.of(Algorithm.EDDSA), original.id().area(),
                original.id().caseName());
        String description = original.description() + "\n\nPresented under the polymorphic identifier EdDSA (-8) with an "
                + "OKP Ed25519 key, which RFC 9053 §2.2 makes pure Ed25519: the input and the expectation are those of "
                + original.id() + ".";
        List<String> requirements = new ArrayList<>(original.requirements());
        requirements.add(EDDSA_REQUIREMENT);
        SignatureInput eddsa = new SignatureInput(Algorithm.EDDSA.coseId(), input.message(), input.signature(),
                input.coseKey());
        return new Vector(id, original.title(), description, id.algorithm(), original.expect(), original.severity(),
                requirements, original.flags(), eddsa, original.provenance(), original.status(), original.robustness());
    }
}
