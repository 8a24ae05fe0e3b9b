package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Trace;
import dev.suitcase.verifier.Trace.ComponentWrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the effects of one envelope on the simulated device, in order, into a {@link Trace}. */
final class TraceRecorder {
    private final List<ComponentWrite> written = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private ComponentId invoked;

    void step(String line) {
        steps.add(line);
    }

    void written(ComponentId component, String operation, Image image) {
        written.add(new ComponentWrite(component.toHex(), operation, image.sha256Hex(), image.size()));
    }

    /** Records an invocation; the first one is the component execution is transferred to (§8.4.10.7). */
    void invoked(ComponentId component) {
        if (invoked == null) {
            invoked = component;
        }
    }

    Trace build(long sequenceNumber) {
        return new Trace(sequenceNumber, written, Optional.ofNullable(invoked).map(ComponentId::toHex), steps);
    }
}
