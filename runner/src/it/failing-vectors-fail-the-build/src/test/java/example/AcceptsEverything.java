package example;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.InProcessAdapter;
import dev.suitcase.adapters.Operation;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

/** A verifier that never says no: every must-reject vector must fail this build. */
public class AcceptsEverything extends InProcessAdapter {
    private final Ics ics = new Ics("accepts everything", "1.0", EnumSet.allOf(Layer.class), EnumSet.allOf(Algorithm.class),
            Set.of(), EnumSet.of(Operation.VERIFY), OptionalLong.empty());

    @Override
    public Ics describe() {
        return ics;
    }

    @Override
    protected AdapterOutcome answer(VerifyRequest request) {
        return AdapterOutcome.accept();
    }
}
