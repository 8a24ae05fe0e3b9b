package dev.suitcase.runner.verdict;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.ByteRange;
import dev.suitcase.verifier.Reason;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The judged result of one vector on one adapter: everything a report shows about it. A result
 * that exists is consistent: its verdict is the one {@link Judge#verdict} gives for its
 * expectation and outcome, so a results file cannot claim a verdict its outcome does not earn.
 *
 * @param vector      the vector's id
 * @param adapter     the adapter's name in the run
 * @param severity    the vector's severity: what getting it wrong costs
 * @param expected    the expectation under the adapter's profiles
 * @param outcome     what the adapter reported; empty for NOT_APPLICABLE (nothing was sent) and
 *                    ERROR (the suite failed before an outcome existed)
 * @param reason      the reason the implementation named, for a rejection that named one
 * @param detail      the implementation's or adapter's free text; for NOT_APPLICABLE why the
 *                    statement excludes the vector, for ERROR what failed in the suite
 * @param location    for a rejection, the bytes of the input the implementation blames, when it said
 *                    ({@link AdapterOutcome#location()}): what the report marks in the vector's input
 * @param stderr      what an external program wrote to stderr meanwhile (capped); may be empty
 * @param duration    how long the request took, when measured; kept to the microsecond, the
 *                    precision results.json records
 * @param verdict     the verdict
 * @param explanation one line for a human: what happened and what the specification requires
 */
public record Result(VectorId vector, String adapter, Severity severity, Expected expected,
                     Optional<AdapterOutcome.Kind> outcome, Optional<Reason> reason, String detail,
                     Optional<ByteRange> location, String stderr, Optional<Duration> duration, Verdict verdict,
                     String explanation) {

    public Result {
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        if (explanation.isBlank()) {
            throw new IllegalArgumentException("result of " + vector + " on " + adapter + ": the explanation must not be blank");
        }
        if (reason.isPresent() && outcome.filter(kind -> kind == AdapterOutcome.Kind.REJECT).isEmpty()) {
            throw new IllegalArgumentException("result of " + vector + " on " + adapter
                    + ": only a rejection names a reason, not " + outcome.map(Enum::name).orElse("a missing outcome"));
        }
        if (location.isPresent() && outcome.filter(kind -> kind == AdapterOutcome.Kind.REJECT).isEmpty()) {
            throw new IllegalArgumentException("result of " + vector + " on " + adapter
                    + ": only a rejection blames a byte range, not " + outcome.map(Enum::name).orElse("a missing outcome"));
        }
        boolean withoutOutcome = verdict == Verdict.NOT_APPLICABLE || verdict == Verdict.ERROR;
        if (withoutOutcome == outcome.isPresent()) {
            throw new IllegalArgumentException("result of " + vector + " on " + adapter + ": verdict " + verdict
                    + (withoutOutcome ? " has no adapter outcome, yet one is given" : " needs the adapter's outcome"));
        }
        if (outcome.isPresent()) {
            Verdict earned = Judge.verdict(expected, outcome.get(), reason);
            if (earned != verdict) {
                throw new IllegalArgumentException("result of " + vector + " on " + adapter + ": outcome "
                        + outcome.get() + reason.map(r -> " " + r).orElse("") + " against the expectation '"
                        + expected.describe() + "' is " + earned + ", not " + verdict);
            }
        }
        Objects.requireNonNull(duration, "duration");
        if (duration.isPresent() && duration.get().isNegative()) {
            throw new IllegalArgumentException("result of " + vector + " on " + adapter + ": negative duration " + duration.get());
        }
        duration = duration.map(took -> took.truncatedTo(ChronoUnit.MICROS));
    }
}
