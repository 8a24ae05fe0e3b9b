package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.InProcessAdapter;
import dev.suitcase.adapters.Operation;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An adapter that answers as the reference verifier does, except that it accepts every input
 * whose id has a hash divisible by three, and puts markup in its name and every detail: what a
 * report must show as text, never run.
 */
final class HostileAdapter extends InProcessAdapter {
    private final ReferenceOracle oracle = new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT));

    @Override
    public Ics describe() {
        return new Ics("hostile " + ReportFixtures.HOSTILE, "6.6.6", EnumSet.allOf(Layer.class),
                EnumSet.allOf(Algorithm.class), Set.of(), Set.of(Operation.VERIFY), OptionalLong.empty());
    }

    @Override
    protected AdapterOutcome answer(VerifyRequest request) {
        if (Math.floorMod(request.id().hashCode(), 3) == 0) {
            return new AdapterOutcome(AdapterOutcome.Kind.ACCEPT, Optional.empty(), ReportFixtures.HOSTILE, Optional.empty(),
                    ReportFixtures.HOSTILE, Optional.empty());
        }
        AdapterOutcome reference = AdapterOutcome.of(oracle.run(request.input(), request.allowedAlgorithm()));
        return reference.kind() == AdapterOutcome.Kind.REJECT
                ? AdapterOutcome.reject(reference.reason(), ReportFixtures.HOSTILE + " " + reference.detail(), reference.location())
                : reference;
    }
}
