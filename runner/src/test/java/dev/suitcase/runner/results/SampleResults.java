package dev.suitcase.runner.results;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.ByteRange;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A run with every verdict and every optional field, for the JSON and sink tests. */
final class SampleResults {
    static final AdapterUnderTest ALPHA = AdapterUnderTest.of("alpha",
            Fixtures.ics("alpha-impl <script>alert(1)</script>", Set.of(Profile.ECDSA_LOW_S)));
    static final AdapterUnderTest BETA = AdapterUnderTest.of("process:adapters/beta/run --flag",
            Fixtures.ics("beta-impl", EnumSet.of(Layer.SIGNATURE), EnumSet.of(Algorithm.ES256), Set.of()));
    static final RunOptions OPTIONS = new RunOptions(Optional.of(Layer.SIGNATURE), Optional.of("es256"),
            Optional.of("signature.*"), Set.of(Profile.ECDSA_LOW_S), Optional.of(Shard.parse("1/1")), true,
            Optional.of(FailOn.ADVISORY));

    private SampleResults() {
    }

    static List<Result> results() {
        Vector valid = Fixtures.accepting("signature.es256.test.valid");
        Vector highS = Fixtures.vector("signature.es256.test.high-s",
                Expectation.accept().withProfile(Profile.ECDSA_LOW_S, ExpectedResult.REJECT), Severity.MEDIUM);
        Vector bitflip = Fixtures.rejecting("signature.es256.test.bitflip", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
        Vector either = Fixtures.vector("signature.es256.test.either", Expectation.either(), Severity.LOW);
        Vector eddsa = Fixtures.accepting("signature.ed25519.test.valid");
        Vector crit = Fixtures.rejecting("cose.any.test.crit", Reason.HEADER_INVALID, Severity.HIGH);
        Vector bothBuckets = Fixtures.vector("cose.es256.test.alg-in-both", Expectation.reject(Reason.HEADER_INVALID)
                .advisory(Advisory.Basis.RECIPIENT_SHOULD, "RFC 9052 §3: applications SHOULD verify that the same label does "
                        + "not occur in both the protected and the unprotected header parameters"), Severity.MEDIUM);
        return List.of(
                Fixtures.judged(valid, ALPHA, AdapterOutcome.accept().withDuration(Duration.ofNanos(1_234_567))),
                Fixtures.judged(highS, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(bitflip, ALPHA, AdapterOutcome.reject(Reason.BAD_STRUCTURE, "tag \"18\" expected\n")
                        .withStderr("warning: ünïcödé \u0000 and \t tabs")),
                Fixtures.judged(either, ALPHA, AdapterOutcome.reject(Optional.empty(), "")),
                Fixtures.judged(eddsa, ALPHA, AdapterOutcome.unsupported("no Ed25519 yet")),
                Fixtures.judged(crit, ALPHA, AdapterOutcome.protocolViolation("reason 'NOPE' is not in the taxonomy")),
                Fixtures.judged(bothBuckets, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(valid, BETA, AdapterOutcome.timeout("no answer in 10 s")),
                Fixtures.judged(bitflip, BETA, AdapterOutcome.crash("exit status 139")),
                Fixtures.judged(highS, BETA, AdapterOutcome.reject(Optional.of(Reason.SIGNATURE_MALFORMED), "high S",
                        Optional.of(new ByteRange(32, 32)))),
                Fixtures.judge().notApplicable(eddsa, BETA),
                Fixtures.judge().suiteFailure(either, BETA, "IllegalStateException: request"));
    }

    static Results finished() {
        return new Results(Fixtures.run(List.of(ALPHA, BETA), OPTIONS), results());
    }

    static RunInfo unfinishedRun() {
        return new RunInfo("0.1.0-test", Fixtures.CORPUS, RunOptions.defaults(), List.of(ALPHA, BETA), Fixtures.STARTED,
                Optional.empty());
    }
}
