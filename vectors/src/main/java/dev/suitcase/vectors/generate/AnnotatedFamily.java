package dev.suitcase.vectors.generate;

import dev.suitcase.vectors.model.Provenance;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A family written x509-limbo style: one method per vector, annotated with {@link VectorCase}.
 * A builder method takes no argument or a {@link GeneratorContext}, and returns a
 * {@link BuiltCase}; its annotation supplies id, title, severity, requirements, flags and the
 * description. Vectors come out in id order, so the declaration order of methods does not matter.
 */
public abstract class AnnotatedFamily implements VectorFamily {

    @Override
    public final List<Vector> vectors(GeneratorContext context) {
        List<Method> builders = Arrays.stream(getClass().getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(VectorCase.class))
                .sorted(Comparator.comparing(method -> method.getAnnotation(VectorCase.class).id()))
                .toList();
        if (builders.isEmpty()) {
            throw new IllegalStateException(getClass().getName() + " declares no @VectorCase method");
        }
        List<Vector> vectors = new ArrayList<>(builders.size());
        for (Method builder : builders) {
            vectors.add(build(builder, context));
        }
        return vectors;
    }

    private Vector build(Method builder, GeneratorContext context) {
        VectorCase annotation = builder.getAnnotation(VectorCase.class);
        String where = getClass().getSimpleName() + "." + builder.getName() + " (" + annotation.id() + ")";
        try {
            BuiltCase built = (BuiltCase) invoke(builder, context, where);
            VectorId id = VectorId.parse(annotation.id());
            Provenance provenance = new Provenance(built.source(), name(), context.generator(), built.url(),
                    Optional.empty(), built.originalId());
            Vector vector = new Vector(id, annotation.title(), Descriptions.normalize(annotation.description()),
                    id.algorithm(), built.expect(), annotation.severity(), List.of(annotation.requirements()),
                    List.of(annotation.flags()), built.input(), provenance, built.status());
            return annotation.robustness().isEmpty() ? vector
                    : vector.asRobustness(Descriptions.normalize(annotation.robustness()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " builds an invalid vector: " + e.getMessage(), e);
        }
    }

    private Object invoke(Method builder, GeneratorContext context, String where) {
        if (Modifier.isStatic(builder.getModifiers()) || builder.getReturnType() != BuiltCase.class) {
            throw new IllegalStateException(where + " must be an instance method returning BuiltCase");
        }
        Class<?>[] parameters = builder.getParameterTypes();
        Object[] arguments;
        if (parameters.length == 0) {
            arguments = new Object[0];
        } else if (parameters.length == 1 && parameters[0] == GeneratorContext.class) {
            arguments = new Object[] {context};
        } else {
            throw new IllegalStateException(where + " may take no argument or a GeneratorContext");
        }
        try {
            builder.setAccessible(true);
            return builder.invoke(this, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(where + " cannot be called: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(where + " failed: " + e.getCause(), e.getCause());
        }
    }
}
