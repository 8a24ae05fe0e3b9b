package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Descriptions;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.VectorFamily;
import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SUIT layer for each signature algorithm of the SUIT profiles (ES256 as the manifest draft's
 * examples use it, and the MTI ids ESP256, Ed25519 and HSS-LMS): whole envelopes built by this
 * project and processed on a simulated device. It is a sweep: every case, written once as a
 * {@link SuitCase} method in one of the {@code Suit*Cases} classes (one class per area of the
 * manifest specification), is built for every algorithm with that algorithm's keys.
 *
 * <p>One family rather than one per area because HSS-LMS is stateful and its keys are slow to make:
 * each algorithm's {@link SuitFixture} is created once per generation, and its HSS-LMS key signs the
 * cases in id order, so the output is the same on every run. Cases come in groups, and a group is
 * signed after every case of the groups before it: a new group appended to {@link #CASES} spends
 * one-time keys no earlier vector used, so adding cases changes none of the existing HSS-LMS vectors.
 */
public final class SuitLayerFamily implements VectorFamily {
    private static final List<Algorithm> ALGORITHMS =
            List.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.ED25519, Algorithm.HSS_LMS);
    private static final List<List<Object>> CASES = List.of(List.of(
            new SuitScopeCases(),
            new SuitAuthenticationCases(),
            new SuitDigestCases(),
            new SuitSeverableCases(),
            new SuitSequenceNumberCases(),
            new SuitApplicabilityCases(),
            new SuitCommandCases(),
            new SuitImageCases(),
            new SuitEncodingCases(),
            new SuitComponentCases(),
            new SuitSequenceRuleCases(),
            new SuitExtensionCases(),
            new SuitEnvelopeCases(),
            new SuitCommonCases(),
            new SuitCommandFormCases(),
            new SuitConditionDirectiveCases(),
            new SuitLimitCases()),
            List.of(new SuitBoundaryCases()));

    private record CaseMethod(Object owner, Method method, SuitCase annotation) {
        String key() {
            return annotation.area() + "." + annotation.name();
        }
    }

    @Override
    public String name() {
        return "suit-layer";
    }

    @Override
    public List<Vector> vectors(GeneratorContext context) {
        List<CaseMethod> cases = caseMethods();
        List<Vector> vectors = new ArrayList<>();
        for (Algorithm algorithm : ALGORITHMS) {
            SuitFixture fixture = SuitFixture.forAlgorithm(algorithm);
            for (CaseMethod method : cases) {
                vectors.add(build(method, fixture, context));
            }
        }
        vectors.sort(Comparator.comparing(vector -> vector.id().toString()));
        return vectors;
    }

    /** The case methods, each group in key order, group after group. */
    private static List<CaseMethod> caseMethods() {
        List<CaseMethod> methods = new ArrayList<>();
        for (List<Object> group : CASES) {
            methods.addAll(caseMethods(group));
        }
        List<String> keys = new ArrayList<>(methods.stream().map(CaseMethod::key).toList());
        keys.sort(Comparator.naturalOrder());
        for (int i = 1; i < keys.size(); i++) {
            if (keys.get(i).equals(keys.get(i - 1))) {
                throw new IllegalStateException("two SUIT cases are named " + keys.get(i));
            }
        }
        return methods;
    }

    private static List<CaseMethod> caseMethods(List<Object> group) {
        List<CaseMethod> methods = new ArrayList<>();
        for (Object owner : group) {
            for (Method method : owner.getClass().getDeclaredMethods()) {
                SuitCase annotation = method.getAnnotation(SuitCase.class);
                if (annotation == null) {
                    continue;
                }
                if (method.getReturnType() != BuiltCase.class || method.getParameterCount() != 1
                        || method.getParameterTypes()[0] != SuitFixture.class) {
                    throw new IllegalStateException(owner.getClass().getSimpleName() + "." + method.getName()
                            + " must take a SuitFixture and return a BuiltCase");
                }
                methods.add(new CaseMethod(owner, method, annotation));
            }
        }
        methods.sort(Comparator.comparing(CaseMethod::key));
        return methods;
    }

    private Vector build(CaseMethod method, SuitFixture fixture, GeneratorContext context) {
        SuitCase annotation = method.annotation();
        VectorId id = VectorId.of(Layer.SUIT, Optional.of(fixture.algorithm()), annotation.area(), annotation.name());
        String where = method.owner().getClass().getSimpleName() + "." + method.method().getName() + " (" + id + ")";
        BuiltCase built = invoke(method, fixture, where);
        try {
            Provenance provenance = new Provenance(built.source(), name(), context.generator(), built.url(),
                    Optional.empty(), built.originalId());
            Vector vector = new Vector(id, fixture.describe(annotation.title()),
                    Descriptions.normalize(fixture.describe(annotation.description())), id.algorithm(), built.expect(),
                    annotation.severity(), List.of(annotation.requirements()), List.of(annotation.flags()), built.input(),
                    provenance, built.status());
            return annotation.robustness().isEmpty() ? vector
                    : vector.asRobustness(Descriptions.normalize(fixture.describe(annotation.robustness())));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " builds an invalid vector: " + e.getMessage(), e);
        }
    }

    private static BuiltCase invoke(CaseMethod method, SuitFixture fixture, String where) {
        try {
            method.method().setAccessible(true);
            return (BuiltCase) method.method().invoke(method.owner(), fixture);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(where + " cannot be called: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(where + " failed: " + e.getCause(), e.getCause());
        }
    }
}
