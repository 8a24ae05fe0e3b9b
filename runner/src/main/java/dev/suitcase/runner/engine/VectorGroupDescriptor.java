package dev.suitcase.runner.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A container of vectors below an adapter, one segment deeper than its parent: its legacy
 * reporting name is the parent's with the segment's value appended after a dot, so the JUnit XML
 * class name of the vectors below reads {@code <adapter>.<layer>.<algorithm>}.
 */
abstract class VectorGroupDescriptor extends AbstractTestDescriptor {
    private final String legacyName;

    VectorGroupDescriptor(UniqueId parent, String parentLegacyName, String segment, String value, String displayName) {
        super(parent.append(segment, value), displayName);
        this.legacyName = parentLegacyName + "." + value;
    }

    @Override
    public final String getLegacyReportingName() {
        return legacyName;
    }

    @Override
    public final Type getType() {
        return Type.CONTAINER;
    }
}
