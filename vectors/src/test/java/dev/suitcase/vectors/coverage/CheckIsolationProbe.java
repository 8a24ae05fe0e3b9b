package dev.suitcase.vectors.coverage;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.oracle.ReferenceOracle;
import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures which check each must-reject vector isolates: the reference verifier rejects it naming a
 * check, and with exactly that check knocked out accepts it under the vector's scope and device. A
 * vector rejected only under a profile is measured under that profile. Robustness vectors are
 * measured too: they must not isolate their check (else the mark is wrong).
 */
final class CheckIsolationProbe {
    private final Map<VerifierOptions, ReferenceOracle> oracles = new HashMap<>();
    private final List<CheckIsolation.Entry> isolating = new ArrayList<>();
    private final List<CheckIsolation.Entry> robustness = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private CheckIsolationProbe() {
    }

    /** The measurement over every active vector of {@code corpus}. */
    static CheckIsolationProbe measure(Corpus corpus) {
        CheckIsolationProbe probe = new CheckIsolationProbe();
        for (Vector vector : corpus.active()) {
            if (vector.expect().result() == ExpectedResult.REJECT) {
                probe.measure(vector, Optional.empty());
            }
            for (Map.Entry<Profile, ExpectedResult> override : vector.expect().profiles().entrySet()) {
                if (override.getValue() == ExpectedResult.REJECT && vector.expect().result() != ExpectedResult.REJECT) {
                    probe.measure(vector, Optional.of(override.getKey()));
                }
            }
        }
        return probe;
    }

    CheckIsolation isolation() {
        return new CheckIsolation(isolating, robustness);
    }

    /** Every vector that breaks the rule, one line each: what it isolates instead, and what to do. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private void measure(Vector vector, Optional<Profile> profile) {
        VerifierOptions options = profile.map(VerifierOptions.DEFAULT::with).orElse(VerifierOptions.DEFAULT);
        String name = vector.id() + profile.map(p -> " under " + p.wireName()).orElse("");
        Outcome outcome = oracle(options).run(vector);
        if (outcome.accepted()) {
            problems.add(name + ": the reference verifier accepts it, so it isolates nothing (CorpusAgreesWithReferenceVerifierTest says more)");
            return;
        }
        if (outcome.check().isEmpty()) {
            problems.add(name + ": rejected by the fail-closed net, naming no check: " + outcome.detail());
            return;
        }
        Check check = outcome.check().get();
        Optional<Outcome> knockedOut = check.skippable()
                ? Optional.of(oracle(Knockouts.without(options, check)).run(vector)) : Optional.empty();
        boolean isolates = knockedOut.map(Outcome::accepted).orElse(false);
        CheckIsolation.Entry entry = new CheckIsolation.Entry(vector.id().toString(), profile, check.id());
        if (vector.robustness().isPresent()) {
            if (isolates) {
                problems.add(name + ": marked as a robustness vector, yet it isolates " + check.id()
                        + ": a processor that skips that check accepts it; drop the mark");
            } else {
                robustness.add(entry);
            }
        } else if (isolates) {
            isolating.add(entry);
        } else {
            problems.add(name + ": rejected by " + check.id() + (knockedOut.isPresent()
                    ? ", but with that check knocked out still " + knockedOut.get()
                    : ", which is not skippable") + "; fix the vector so that a processor skipping the check accepts it, "
                    + "or mark it as a robustness vector with the reason");
        }
    }

    private ReferenceOracle oracle(VerifierOptions options) {
        return oracles.computeIfAbsent(options, o -> new ReferenceOracle(new ReferenceVerifier(o)));
    }
}
