package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusIndex;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small run of two adapters, one of which answers with markup, quotes and Markdown in every string it controls. */
final class ReportFixtures {
    /** Sets a global the browser test looks for, if it ever ran. */
    static final String SCRIPT = "<script>window.suitcaseInjected=1</script>";
    static final String HOSTILE = SCRIPT + " \"double\" 'single' & <img src=x onerror=\"window.suitcaseInjected=2\"> "
            + "**bold** [link](https://example.invalid) | pipe @someone #123\nsecond line";

    static final AdapterUnderTest ALPHA = AdapterUnderTest.of("alpha", Fixtures.ics("alpha-impl " + HOSTILE, Set.of()));
    static final AdapterUnderTest HOSTILE_ADAPTER = AdapterUnderTest.of("process:hostile " + SCRIPT,
            Fixtures.ics("hostile-impl", EnumSet.of(Layer.SIGNATURE), EnumSet.of(Algorithm.ES256), Set.of()));

    static final Vector VALID = Fixtures.accepting("signature.es256.test.valid");
    static final Vector BITFLIP = Fixtures.rejecting("signature.es256.test.bitflip", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
    static final Vector HIGH_S = Fixtures.rejecting("signature.es256.test.high-s", Reason.SIGNATURE_MALFORMED, Severity.MEDIUM);
    static final Vector EITHER = Fixtures.vector("signature.es256.test.either", Expectation.either(), Severity.LOW);
    static final Vector ED25519 = Fixtures.accepting("signature.ed25519.test.valid");
    static final Vector CRIT = Fixtures.rejecting("cose.any.test.crit", Reason.HEADER_INVALID, Severity.HIGH);
    static final String SAME_LABEL = "RFC 9052 §3: applications SHOULD verify that the same label does not occur in both "
            + "the protected and the unprotected header parameters";
    static final Vector BOTH_BUCKETS = Fixtures.vector("cose.es256.test.alg-in-both", Expectation.reject(Reason.HEADER_INVALID)
            .advisory(Advisory.Basis.RECIPIENT_SHOULD, SAME_LABEL), Severity.CRITICAL);
    static final Vector HSS = Fixtures.accepting("signature.hss-lms.test.valid");
    static final Vector HSS_FORGERY = Fixtures.rejecting("signature.hss-lms.test.forgery", Reason.SIGNATURE_INVALID, Severity.CRITICAL);

    private ReportFixtures() {
    }

    static Corpus corpus() {
        return new Corpus(new CorpusIndex(Fixtures.CORPUS.version(), List.of()),
                List.of(VALID, BITFLIP, HIGH_S, EITHER, ED25519, CRIT, BOTH_BUCKETS, HSS, HSS_FORGERY), Fixtures.CORPUS.digest());
    }

    static RunInfo run() {
        return Fixtures.run(List.of(ALPHA, HOSTILE_ADAPTER));
    }

    static List<Result> results() {
        return List.of(
                Fixtures.judged(VALID, ALPHA, AdapterOutcome.accept().withDuration(Duration.ofNanos(1_234_567))),
                Fixtures.judged(BITFLIP, ALPHA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")),
                Fixtures.judged(HIGH_S, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(EITHER, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(ED25519, ALPHA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "no")),
                Fixtures.judged(CRIT, ALPHA, AdapterOutcome.reject(Reason.BAD_STRUCTURE, "")),
                Fixtures.judged(VALID, HOSTILE_ADAPTER, AdapterOutcome.accept()),
                Fixtures.judged(BITFLIP, HOSTILE_ADAPTER, AdapterOutcome.accept().withStderr(HOSTILE)),
                Fixtures.judged(HIGH_S, HOSTILE_ADAPTER, AdapterOutcome.reject(Reason.SIGNATURE_MALFORMED, HOSTILE)),
                Fixtures.judged(EITHER, HOSTILE_ADAPTER, AdapterOutcome.crash(HOSTILE)),
                Fixtures.judge().notApplicable(ED25519, HOSTILE_ADAPTER),
                Fixtures.judge().notApplicable(CRIT, HOSTILE_ADAPTER));
    }

    /**
     * The small run, and alpha besides accepts an advisory vector, answers unsupported to a valid
     * HSS-LMS vector and rejects an HSS-LMS forgery: an advisory, an unsupported answer, and an
     * HSS-LMS combination that is not implemented, whose rejection of the forgery is not credited.
     */
    static List<Result> withAdvisoryAndUnsupported() {
        List<Result> results = new ArrayList<>(results());
        results.add(Fixtures.judged(BOTH_BUCKETS, ALPHA, AdapterOutcome.accept()));
        results.add(Fixtures.judged(HSS, ALPHA, AdapterOutcome.unsupported("no HSS-LMS yet")));
        results.add(Fixtures.judged(HSS_FORGERY, ALPHA, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")));
        return results;
    }

    static Results results(List<Result> results) {
        return new Results(run(), results);
    }

    static Results finished() {
        return results(results());
    }

    static ReportModel model() {
        return ReportModel.of(ReportInputs.of(finished(), corpus()));
    }

    static Optional<Result> result(Results results, Vector vector, AdapterUnderTest adapter) {
        return results.find(vector.id(), adapter.name());
    }
}
