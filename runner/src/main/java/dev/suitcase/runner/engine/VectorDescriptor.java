package dev.suitcase.runner.engine;

import dev.suitcase.vectors.model.Vector;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One vector on one adapter, {@code [vector:<id>]}: a test named by the vector's title, with the
 * vector file as its source (so build tools count it and IDEs open it; the vectors the producer ×
 * verifier matrix makes have no file) and tags to select by:
 * {@code severity-<severity>}, {@code layer-<layer>}, {@code algorithm-<token>},
 * {@code expect-<accept|reject|either>} and the vector's flags as they are.
 */
public final class VectorDescriptor extends AbstractTestDescriptor {
    public static final String SEGMENT = "vector";

    private final Vector vector;
    private final String adapter;
    private final Set<TestTag> tags;

    VectorDescriptor(AlgorithmDescriptor parent, Vector vector, String adapter, Optional<TestSource> source) {
        super(parent.getUniqueId().append(SEGMENT, vector.id().toString()), vector.title(), source.orElse(null));
        this.vector = vector;
        this.adapter = adapter;
        this.tags = tags(vector);
    }

    public Vector vector() {
        return vector;
    }

    /** The spec of the adapter it runs on. */
    public String adapter() {
        return adapter;
    }

    /** The vector id: stable, unique, and what JUnit XML names the test case. */
    @Override
    public String getLegacyReportingName() {
        return vector.id().toString();
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    private static Set<TestTag> tags(Vector vector) {
        Set<TestTag> tags = new LinkedHashSet<>();
        tags.add(TestTag.create("severity-" + vector.severity().wireName()));
        tags.add(TestTag.create("layer-" + vector.layer().wireName()));
        tags.add(TestTag.create("algorithm-" + vector.id().algorithmToken()));
        tags.add(TestTag.create("expect-" + vector.expect().result().wireName()));
        // the schema allows letters, digits, '_', '.' and '-' in flags: every flag is a valid tag
        vector.flags().forEach(flag -> tags.add(TestTag.create(flag)));
        return Collections.unmodifiableSet(tags);
    }
}
