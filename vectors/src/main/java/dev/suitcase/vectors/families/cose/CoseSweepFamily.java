package dev.suitcase.vectors.families.cose;

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
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A systematic sweep of COSE_Sign1 cases over the five algorithm ids: each {@link CoseCase} method
 * is one case, built for every id it applies to with that id's {@link CoseFixture}, so a rule of
 * RFC 9052 is checked on every signature path an implementation has.
 *
 * <p>Cases run in the order of their ids, and for each case the ids in the order of
 * {@link Algorithm}: HSS-LMS signing is stateful, and a fixed order makes every run sign the same
 * bytes with the same one-time keys. Each run gets its own {@link CoseKeyring}.
 */
abstract class CoseSweepFamily implements VectorFamily {
    private static final Pattern WORD = Pattern.compile("\\{([a-z-]+)}");

    @Override
    public final List<Vector> vectors(GeneratorContext context) {
        List<Method> builders = Arrays.stream(getClass().getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CoseCase.class))
                .sorted(Comparator.comparing(method -> method.getAnnotation(CoseCase.class).area() + "."
                        + method.getAnnotation(CoseCase.class).name()))
                .toList();
        if (builders.isEmpty()) {
            throw new IllegalStateException(getClass().getName() + " declares no @CoseCase method");
        }
        CoseKeyring keyring = new CoseKeyring(name());
        List<Vector> vectors = new ArrayList<>();
        for (Method builder : builders) {
            CoseCase annotation = builder.getAnnotation(CoseCase.class);
            List<Algorithm> algorithms = annotation.algorithms().length == 0
                    ? List.of(Algorithm.values()) : List.of(annotation.algorithms());
            for (Algorithm algorithm : Algorithm.values()) {
                if (algorithms.contains(algorithm)) {
                    vectors.add(build(builder, annotation, new CoseFixture(algorithm, keyring), context));
                }
            }
        }
        return vectors;
    }

    private Vector build(Method builder, CoseCase annotation, CoseFixture fixture, GeneratorContext context) {
        Algorithm algorithm = fixture.algorithm();
        String where = getClass().getSimpleName() + "." + builder.getName() + " for " + algorithm;
        try {
            Map<String, String> words = fixture.words();
            VectorId id = VectorId.of(Layer.COSE, Optional.of(algorithm), annotation.area(), annotation.name());
            BuiltCase built = (BuiltCase) invoke(builder, fixture, where);
            Provenance provenance = new Provenance(built.source(), name(), context.generator(), built.url(),
                    Optional.empty(), built.originalId());
            List<String> requirements = new ArrayList<>(new LinkedHashSet<>(
                    Arrays.stream(annotation.requirements()).map(text -> fill(text, words, where)).toList()));
            Vector vector = new Vector(id, fill(annotation.title(), words, where),
                    Descriptions.normalize(fill(annotation.description(), words, where)), Optional.of(algorithm),
                    built.expect(), annotation.severity(), requirements, List.of(annotation.flags()), built.input(),
                    provenance, built.status());
            return annotation.robustness().isEmpty() ? vector
                    : vector.asRobustness(Descriptions.normalize(fill(annotation.robustness(), words, where)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " builds an invalid vector: " + e.getMessage(), e);
        }
    }

    /** {@code template} with every {@code {word}} replaced; an unknown word is an error in the case. */
    static String fill(String template, Map<String, String> words, String where) {
        Matcher matcher = WORD.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String word = words.get(matcher.group(1));
            if (word == null) {
                throw new IllegalStateException(where + " uses {" + matcher.group(1) + "}, which has no value here; "
                        + "known words: " + words.keySet());
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(word));
        }
        return matcher.appendTail(filled).toString();
    }

    private Object invoke(Method builder, CoseFixture fixture, String where) {
        if (Modifier.isStatic(builder.getModifiers()) || builder.getReturnType() != BuiltCase.class
                || builder.getParameterCount() != 1 || builder.getParameterTypes()[0] != CoseFixture.class) {
            throw new IllegalStateException(where + " must be an instance method taking a CoseFixture and returning BuiltCase");
        }
        try {
            builder.setAccessible(true);
            return builder.invoke(this, fixture);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(where + " cannot be called: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(where + " failed: " + e.getCause(), e.getCause());
        }
    }
}
