package dev.suitcase.runner.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One adapter of the run, {@code [adapter:<spec>]}: the vectors it is run on, by layer. When the
 * producer × verifier matrix runs, the vectors it makes join them during execution ({@link #interop}).
 */
public final class AdapterDescriptor extends AbstractTestDescriptor {
    public static final String SEGMENT = "adapter";

    private final String spec;
    private final boolean interop;

    AdapterDescriptor(UniqueId parent, String spec, boolean interop) {
        super(parent.append(SEGMENT, spec), spec);
        this.spec = spec;
        this.interop = interop;
    }

    /** The adapter spec, which is also the adapter's name in results and baselines. */
    public String spec() {
        return spec;
    }

    /** Whether the adapter takes part in the producer × verifier matrix, signing and verifying what it makes. */
    boolean interop() {
        return interop;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** The producer × verifier matrix registers its vectors once the adapters are open and have signed. */
    @Override
    public boolean mayRegisterTests() {
        return interop;
    }
}
