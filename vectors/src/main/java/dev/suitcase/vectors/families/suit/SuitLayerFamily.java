package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.verifier.Algorithm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SUIT layer for each signature algorithm of the SUIT profiles (ES256 as the manifest draft's
 * examples use it, and the MTI ids ESP256, Ed25519 and HSS-LMS, {@link Sweep#SUIT}): whole envelopes
 * built by this project and processed on a simulated device. Every case is written once, as a
 * {@code @Case} method with id {@code suit.*.<area>.<case>} in one of the {@code Suit*Cases} classes
 * (one class per area of the manifest specification), and built for every algorithm from that
 * algorithm's {@link SuitFixture}. Besides the standard words, a case's texts may use {@code {key}},
 * what the algorithm's key is (e.g. {@code key on P-256}).
 *
 * <p>One family rather than one per area because HSS-LMS is stateful and its keys are slow to make:
 * each algorithm's fixture is created once per generation, with keys of its own, and its HSS-LMS key
 * signs the cases in id order, so the output is the same on every run. Cases come in groups, and a
 * group is signed after every case of the groups before it: a new group appended to
 * {@link #caseGroups()} spends one-time keys no earlier vector used, so adding cases changes none of
 * the existing HSS-LMS vectors.
 */
public final class SuitLayerFamily extends CaseFamily<SuitFixture> {
    @Override
    public String name() {
        return "suit-layer";
    }

    @Override
    protected Function<Optional<Algorithm>, SuitFixture> fixtures(GeneratorContext context) {
        return algorithm -> SuitFixture.forAlgorithm(algorithm.orElseThrow(() -> new IllegalStateException(
                "a SUIT layer case is swept over the algorithms (Sweep.SUIT) and names no 'any' algorithm")));
    }

    @Override
    protected Map<String, String> words(Optional<Algorithm> algorithm, SuitFixture fixture) {
        return Map.of("key", fixture.keyText());
    }

    @Override
    protected List<List<Object>> caseGroups() {
        return List.of(List.of(
                        new SuitScopeCases(),
                        new SuitAuthenticationCases(),
                        new SuitDigestCases(),
                        new SuitSeverableCases(),
                        new SuitSequenceNumberCases(),
                        new SuitApplicabilityCases(),
                        new SuitCommandCases(),
                        new SuitImageCases(),
                        new SuitEncodingCases(),
                        new SuitComponentCases(),
                        new SuitSequenceRuleCases(),
                        new SuitExtensionCases(),
                        new SuitEnvelopeCases(),
                        new SuitCommonCases(),
                        new SuitCommandFormCases(),
                        new SuitConditionDirectiveCases(),
                        new SuitLimitCases()),
                List.of(new SuitBoundaryCases()));
    }
}
