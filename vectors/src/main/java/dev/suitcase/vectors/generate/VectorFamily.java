package dev.suitcase.vectors.generate;

import dev.suitcase.vectors.model.Vector;

import java.util.List;

/**
 * A group of related vectors, written by one source file. Most families are
 * {@link AnnotatedFamily annotated}, one builder method per vector; families that import an
 * external corpus implement this interface directly.
 */
public interface VectorFamily {

    /** The family name, lowercase words joined by '-'; it is every vector's {@code provenance.family}. */
    String name();

    /** The family's vectors; the same on every call with the same sources. */
    List<Vector> vectors(GeneratorContext context);
}
