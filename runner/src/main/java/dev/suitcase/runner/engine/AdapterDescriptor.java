package dev.suitcase.runner.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One adapter of the run, {@code [adapter:<spec>]}: the vectors it is run on, by layer. */
public final class AdapterDescriptor extends AbstractTestDescriptor {
    public static final String SEGMENT = "adapter";

    private final String spec;

    AdapterDescriptor(UniqueId parent, String spec) {
        super(parent.append(SEGMENT, spec), spec);
        this.spec = spec;
    }

    /** The adapter spec, which is also the adapter's name in results and baselines. */
    public String spec() {
        return spec;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
