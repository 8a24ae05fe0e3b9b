package dev.suitcase.adapters.reference;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.coverage.CheckIsolation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Knockouts;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures which check each must-reject vector (and each vector either answer passes that the
 * reference verifier rejects) isolates: the reference verifier rejects it naming a
 * check, and with exactly that check knocked out accepts it under the vector's scope and device. A
 * vector rejected only under a profile is measured under that profile. A vector that isolates no
 * check under the default profiles may isolate one under a profile it must still be rejected under
 * (a manifest with its members out of order and the wrapper after the manifest isolates the
 * wrapper-first rule for a processor that accepts any map order, cbor-lenient): that counts, with
 * the profile named. Robustness vectors are measured too: they must not isolate a check under any
 * such profile (else the mark is wrong).
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
            } else if (vector.expect().result() == ExpectedResult.EITHER) {
                probe.measureEither(vector);
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
        String name = vector.id() + profile.map(p -> " under " + p.wireName()).orElse("");
        Trial first = trial(vector, profile);
        if (first.outcome().accepted()) {
            problems.add(name + ": the reference verifier accepts it, so it isolates nothing (CorpusAgreesWithReferenceVerifierTest says more)");
            return;
        }
        if (first.outcome().check().isEmpty()) {
            problems.add(name + ": rejected by the fail-closed net, naming no check: " + first.outcome().detail());
            return;
        }
        Optional<Trial> isolated = first.isolates() ? Optional.of(first) : Optional.empty();
        if (isolated.isEmpty() && profile.isEmpty()) {
            isolated = stillRejectingProfiles(vector).map(other -> trial(vector, Optional.of(other)))
                    .filter(Trial::isolates).findFirst();
        }
        if (vector.robustness().isPresent()) {
            if (isolated.isPresent()) {
                problems.add(name + ": marked as a robustness vector, yet it isolates " + isolated.get().check().id()
                        + isolated.get().profile().map(p -> " under " + p.wireName()).orElse("")
                        + ": a processor that skips that check accepts it; drop the mark");
            } else {
                robustness.add(new CheckIsolation.Entry(vector.id().toString(), profile, first.check().id()));
            }
        } else if (isolated.isPresent()) {
            isolating.add(new CheckIsolation.Entry(vector.id().toString(), isolated.get().profile(),
                    isolated.get().check().id()));
        } else {
            problems.add(name + ": rejected by " + first.check().id() + (first.knockedOut().isPresent()
                    ? ", but with that check knocked out still " + first.knockedOut().get()
                    : ", which is not skippable") + "; fix the vector so that a processor skipping the check accepts it, "
                    + "or mark it as a robustness vector with the reason");
        }
    }

    /**
     * A vector either answer passes: when the reference verifier rejects it and accepts it with the
     * rejecting check knocked out, it isolates that check (it shows what a processor without the rule
     * does, which the specifications allow); otherwise it isolates nothing and asks nothing.
     */
    private void measureEither(Vector vector) {
        Trial trial = trial(vector, Optional.empty());
        if (trial.outcome().check().isPresent() && trial.isolates()) {
            isolating.add(new CheckIsolation.Entry(vector.id().toString(), Optional.empty(), trial.check().id()));
        }
    }

    /** The switchable profiles under which a vector rejected by default must still be rejected. */
    private static Stream<Profile> stillRejectingProfiles(Vector vector) {
        return Arrays.stream(Profile.values())
                .filter(profile -> profile != Profile.ED25519_RFC8032)
                .filter(profile -> vector.expect().resultUnder(profile) == ExpectedResult.REJECT);
    }

    /**
     * One measurement under {@code profile} (the defaults when empty): the outcome, and when its
     * check is skippable, the outcome with that check knocked out.
     */
    private Trial trial(Vector vector, Optional<Profile> profile) {
        VerifierOptions options = profile.map(VerifierOptions.DEFAULT::with).orElse(VerifierOptions.DEFAULT);
        Outcome outcome = oracle(options).run(vector);
        Optional<Outcome> knockedOut = outcome.check().filter(Check::skippable)
                .map(check -> oracle(Knockouts.without(options, check)).run(vector));
        return new Trial(profile, outcome, knockedOut);
    }

    private record Trial(Optional<Profile> profile, Outcome outcome, Optional<Outcome> knockedOut) {
        Check check() {
            return outcome.check().orElseThrow();
        }

        boolean isolates() {
            return knockedOut.map(Outcome::accepted).orElse(false);
        }
    }

    private ReferenceOracle oracle(VerifierOptions options) {
        return oracles.computeIfAbsent(options, o -> new ReferenceOracle(new ReferenceVerifier(o)));
    }
}
