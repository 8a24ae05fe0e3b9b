package dev.suitcase.runner.launch;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.Gate;
import dev.suitcase.runner.baseline.GateOptions;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunSummaryTest {
    private static final AdapterUnderTest ALPHA = Fixtures.adapter("alpha");
    private static final String RULE = "RFC 9052 §3: applications SHOULD verify that the same label does not occur in both "
            + "the protected and the unprotected header parameters";
    private static final Vector LOW_FORGERY = Fixtures.rejecting("cose.es256.test.low-forgery", Reason.SIGNATURE_INVALID, Severity.LOW);
    private static final Vector BOTH_BUCKETS = Fixtures.vector("cose.es256.test.alg-in-both",
            Expectation.reject(Reason.HEADER_INVALID).advisory(Advisory.Basis.RECIPIENT_SHOULD, RULE), Severity.CRITICAL);
    private static final Vector ED25519_VALID = Fixtures.accepting("cose.ed25519.test.valid");
    private static final Vector ED25519_FORGERY = Fixtures.rejecting("cose.ed25519.test.forgery", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
    private static final Vector ED25519_BITFLIP = Fixtures.rejecting("cose.ed25519.test.bitflip", Reason.SIGNATURE_INVALID, Severity.CRITICAL);

    /** alpha accepts a low forgery and an advisory vector, and answers unsupported to every Ed25519 vector, critical ones included. */
    private static Results run(Optional<FailOn> failOn) {
        RunOptions options = new RunOptions(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), false,
                failOn);
        return new Results(Fixtures.run(List.of(ALPHA), options), List.of(
                Fixtures.judged(LOW_FORGERY, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(BOTH_BUCKETS, ALPHA, AdapterOutcome.accept()),
                Fixtures.judged(ED25519_VALID, ALPHA, AdapterOutcome.unsupported("no Ed25519")),
                Fixtures.judged(ED25519_FORGERY, ALPHA, AdapterOutcome.unsupported("no Ed25519")),
                Fixtures.judged(ED25519_BITFLIP, ALPHA, AdapterOutcome.unsupported("no Ed25519"))));
    }

    private static String printed(Results results) {
        StringWriter text = new StringWriter();
        RunSummary.print("run", results, Gate.evaluate(results, Baseline.empty(), GateOptions.of(results.run().options())),
                Path.of("out"), List.of(Path.of("out/results.json")), Duration.ofSeconds(1), new PrintWriter(text));
        return text.toString();
    }

    @Test
    void listsTheWrongAnswersThenTheAdvisoriesThenTheUnsupportedGroupsThenWhatIsNotImplemented() {
        String out = printed(run(Optional.empty()));

        assertInOrder(out,
                "gate failed (exit 1): 1 unexpected failures, 0 baselined, 0 below --fail-on, 3 unsupported though claimed, "
                        + "1 advisories not counted,",
                "  unexpected failures, accepted must-reject first, most severe first:\n    low  alpha cose.es256.test.low-forgery: FAIL_ACCEPTED: ",
                "  advisories, not failures: the suite recommends rejecting these (--fail-on advisory counts them):\n"
                        + "    alpha cose.es256.test.alg-in-both: accepted \"Runner test alg-in-both\"; the suite recommends rejecting it "
                        + "with HEADER_INVALID (a recipient SHOULD, not a MUST): " + RULE + "; not a security failure",
                "  unsupported although the statement claims it, a failure unless --allow-unimplemented:\n"
                        + "    alpha: cose/Ed25519: 3 vectors answered unsupported although the statement claims them",
                "  not implemented, their must-reject passes not credited:\n"
                        + "    alpha: cose/Ed25519 looks not implemented: 0 of 1 must-accept vector accepted; take it out of the statement or fix it");
        assertFalse(out.contains("    critical"), "neither the advisory nor the unsupported answers are critical failures: " + out);
        assertTrue(out.contains("failures 1 (1 low)"), out);
    }

    @Test
    void countsTheAdvisoriesUnderFailOnAdvisoryAndStillListsThemApart() {
        String out = printed(run(Optional.of(FailOn.ADVISORY)));

        assertTrue(out.contains("gate failed (exit 1): 2 unexpected failures, 0 baselined, 0 below --fail-on, 3 unsupported though "
                + "claimed, 1 advisories counted,"), out);
        assertInOrder(out, "    low  alpha cose.es256.test.low-forgery: FAIL_ACCEPTED: ",
                "  advisories, failures under --fail-on advisory, never security failures:\n    alpha cose.es256.test.alg-in-both: ");
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "'" + part + "' after the part before it in:\n" + text);
            at = next;
        }
    }
}
