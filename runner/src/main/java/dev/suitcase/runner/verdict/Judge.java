package dev.suitcase.runner.verdict;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.requirements.Requirement;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges adapter outcomes against vector expectations (vectors/README.md, "Outcomes and verdicts"): the
 * only place verdicts are made. Expectations are taken under the adapter's profiles for the
 * vector's layer ({@link Expected#under}); explanations cite the vector's first requirement from the catalogue.
 */
public final class Judge {
    private final RequirementCatalogue catalogue;

    public Judge(RequirementCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** A judge citing the requirement catalogue the vectors jar carries. */
    public static Judge withCatalogueFromClasspath() {
        return new Judge(RequirementCatalogue.fromClasspath());
    }

    /**
     * The verdict for what the adapter reported. A vector outside the adapter's statement, or
     * withdrawn, is NOT_APPLICABLE whatever the outcome: nothing outside a statement is judged
     * (Adapter's contract).
     */
    public Result judge(Vector vector, AdapterUnderTest adapter, AdapterOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Optional<String> exclusion = exclusion(vector, adapter);
        if (exclusion.isPresent()) {
            return notApplicable(vector, adapter, exclusion.get());
        }
        Expected expected = expected(vector, adapter);
        Verdict verdict = verdict(expected, outcome.kind(), outcome.reason());
        return new Result(vector.id(), adapter.name(), vector.severity(), expected, Optional.of(outcome.kind()),
                outcome.reason(), outcome.detail(), outcome.location(), outcome.stderr(), outcome.duration(), verdict,
                explain(vector, adapter, expected, outcome, verdict));
    }

    /**
     * The verdict on a producer's answer to a sign request of the producer × verifier matrix
     * ({@code suitcase interop}), made by the same verdict table ({@link #verdict}) as every other.
     * {@code production} is the producer's own vector, which expects accept: a producer must make an
     * envelope the strict reference verifier accepts. {@code outcome} is the reference verifier's
     * answer on the envelope the producer made, or the producer's failure to make one. So a
     * conformant envelope is PASS, one the reference verifier rejects FAIL_REJECTED, a crash or a
     * protocol violation CRASH, no envelope in time TIMEOUT. An unsupported answer is NOT_APPLICABLE:
     * a statement lists one set of algorithms for verifying and signing (adapters/PROTOCOL.md), so a
     * producer may be asked to sign with an algorithm it only verifies. The producer is judged under
     * no profile: the reference verifier judges its envelope under the default ones.
     */
    public Result production(Vector production, AdapterUnderTest producer, AdapterOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Expected expected = Expected.under(production.expect(), Set.of());
        String title = quoted(production);
        if (outcome.kind() == AdapterOutcome.Kind.UNSUPPORTED) {
            String why = "answered unsupported for " + title + detail(outcome) + "; a statement lists one set of algorithms "
                    + "for verifying and signing, so a producer may verify what it cannot sign";
            return new Result(production.id(), producer.name(), production.severity(), expected, Optional.empty(),
                    Optional.empty(), outcome.detail(), Optional.empty(), outcome.stderr(), outcome.duration(),
                    Verdict.NOT_APPLICABLE,
                    "not applicable: " + why);
        }
        Verdict verdict = verdict(expected, outcome.kind(), outcome.reason());
        String explanation = switch (verdict) {
            case PASS -> title + ": a conformant envelope, which the reference verifier accepts";
            case FAIL_REJECTED -> title + ": an envelope that does not conform, which the reference verifier rejects with "
                    + outcome.reason().map(Enum::name).orElse("no reason named")
                    + (outcome.detail().isBlank() ? "" : " (" + oneLine(outcome.detail()) + ")")
                    + "; a producer must make envelopes every conformant verifier accepts (" + citation(production) + ")";
            case TIMEOUT -> "gave no envelope for " + title + " within the time limit" + detail(outcome);
            case CRASH -> outcome.kind() == AdapterOutcome.Kind.PROTOCOL_VIOLATION
                    ? "broke the adapter protocol answering " + title + " (see adapters/PROTOCOL.md)" + detail(outcome)
                    : "crashed on " + title + detail(outcome);
            default -> throw new IllegalStateException(verdict + " is no verdict on a production: " + outcome);
        };
        return new Result(production.id(), producer.name(), production.severity(), expected, Optional.of(outcome.kind()),
                outcome.reason(), outcome.detail(), outcome.location(), outcome.stderr(), outcome.duration(), verdict,
                explanation);
    }

    /**
     * The NOT_APPLICABLE result of a vector that is not sent to the adapter; throws
     * {@link IllegalArgumentException} when the statement covers the vector, since leaving out a
     * covered vector would hide it from the scores.
     */
    public Result notApplicable(Vector vector, AdapterUnderTest adapter) {
        String exclusion = exclusion(vector, adapter).orElseThrow(() -> new IllegalArgumentException("vector "
                + vector.id() + " is within the conformance statement of " + adapter.name() + "; it must be run and judged"));
        return notApplicable(vector, adapter, exclusion);
    }

    /**
     * The ERROR result of a vector the suite failed to run (building the request, an exception
     * escaping an adapter that must not throw, ...). It is never blamed on the adapter.
     *
     * @param detail what failed, for the suite's maintainers
     */
    public Result suiteFailure(Vector vector, AdapterUnderTest adapter, String detail) {
        return new Result(vector.id(), adapter.name(), vector.severity(), expected(vector, adapter), Optional.empty(),
                Optional.empty(), detail, Optional.empty(), "", Optional.empty(), Verdict.ERROR,
                "the suite failed on " + quoted(vector) + " before it could be judged; this is a fault of suitcase, "
                        + "not of the adapter: please report it with the detail");
    }

    /** The expectation of {@code vector} for {@code adapter}, under its profiles at the vector's layer. */
    public static Expected expected(Vector vector, AdapterUnderTest adapter) {
        return Expected.under(vector.expect(), adapter.profilesFor(vector.layer()));
    }

    /**
     * The verdict table of vectors/README.md for an outcome the adapter reported: failures of the adapter
     * first (a protocol violation is a CRASH of that request), then the answer against the
     * expectation. Accepting a vector whose rejection is advisory is ADVISORY, not FAIL_ACCEPTED: a
     * plain reject rests on a recipient MUST, and nothing less makes an acceptance a security failure.
     */
    public static Verdict verdict(Expected expected, AdapterOutcome.Kind outcome, Optional<Reason> reason) {
        return switch (outcome) {
            case CRASH, PROTOCOL_VIOLATION -> Verdict.CRASH;
            case TIMEOUT -> Verdict.TIMEOUT;
            case UNSUPPORTED -> Verdict.UNSUPPORTED;
            case ACCEPT -> switch (expected.result()) {
                case ACCEPT -> Verdict.PASS;
                case REJECT -> expected.advisory().isPresent() ? Verdict.ADVISORY : Verdict.FAIL_ACCEPTED;
                case EITHER -> Verdict.INFO;
            };
            case REJECT -> switch (expected.result()) {
                case ACCEPT -> Verdict.FAIL_REJECTED;
                case REJECT -> expected.reasonMatches(reason) ? Verdict.PASS : Verdict.PASS_OTHER_REASON;
                case EITHER -> Verdict.INFO;
            };
        };
    }

    private static Optional<String> exclusion(Vector vector, AdapterUnderTest adapter) {
        if (!vector.active()) {
            return Optional.of("vector " + vector.id() + " is withdrawn; withdrawn vectors are kept only so that "
                    + "their id is never reused");
        }
        return adapter.ics().exclusion(vector);
    }

    private static Result notApplicable(Vector vector, AdapterUnderTest adapter, String exclusion) {
        return new Result(vector.id(), adapter.name(), vector.severity(), expected(vector, adapter), Optional.empty(),
                Optional.empty(), exclusion, Optional.empty(), "", Optional.empty(), Verdict.NOT_APPLICABLE,
                "not applicable: " + exclusion);
    }

    private String explain(Vector vector, AdapterUnderTest adapter, Expected expected, AdapterOutcome outcome,
                           Verdict verdict) {
        String title = quoted(vector);
        String named = outcome.reason().map(r -> " with " + r.name()).orElse(" without naming a reason");
        return switch (verdict) {
            case PASS -> outcome.kind() == AdapterOutcome.Kind.ACCEPT
                    ? "accepted " + title + ", as required"
                    : "rejected " + title + named + ", as required"
                    + (outcome.reason().isEmpty() && expected.reason().isPresent()
                    ? " (" + expected.reason().get().name() + " expected; any rejection passes when none is named)" : "");
            case PASS_OTHER_REASON -> {
                Reason wanted = expected.reason().orElseThrow();
                yield "rejected " + title + " as required, but with " + outcome.reason().orElseThrow().name()
                        + " where " + wanted.name() + " (" + wanted.meaning() + ") was expected";
            }
            case FAIL_ACCEPTED -> "accepted " + title + ": must " + expected.describe() + " (" + citation(vector) + ")";
            case ADVISORY -> {
                Advisory advisory = expected.advisory().orElseThrow();
                yield "accepted " + title + "; the suite recommends rejecting it"
                        + expected.reason().map(r -> " with " + r.name()).orElse("") + " (" + describe(advisory.basis())
                        + "): " + advisory.rule() + "; not a security failure";
            }
            case FAIL_REJECTED -> "rejected " + title + named + ": must " + expected.describe() + " (" + citation(vector) + ")";
            case INFO -> (outcome.kind() == AdapterOutcome.Kind.ACCEPT ? "accepted " + title : "rejected " + title + named)
                    + "; the specifications allow either answer (" + citation(vector) + ")";
            case UNSUPPORTED -> "answered unsupported for " + title + " although its conformance statement claims "
                    + claim(vector) + "; implement it, or take it out of the statement so the vector is not applicable";
            case TIMEOUT -> "gave no answer for " + title + " within the time limit";
            case CRASH -> outcome.kind() == AdapterOutcome.Kind.PROTOCOL_VIOLATION
                    ? "broke the adapter protocol answering " + title + " (see adapters/PROTOCOL.md)"
                    : "crashed on " + title;
            case NOT_APPLICABLE, ERROR -> throw new IllegalStateException(verdict + " is not judged from an outcome");
        };
    }

    /** A producer's failure has no input to look at, so its explanation carries what the adapter said. */
    private static String detail(AdapterOutcome outcome) {
        return outcome.detail().isBlank() ? "" : ": " + oneLine(outcome.detail());
    }

    /** Free text from an adapter on one line, so an explanation stays one line. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    /** What an advisory rejection rests on, in words, e.g. {@code a recipient SHOULD, not a MUST}. */
    public static String describe(Advisory.Basis basis) {
        return switch (basis) {
            case RECIPIENT_SHOULD -> "a recipient SHOULD, not a MUST";
            case PRODUCER_RULE -> "a rule for producers, not for recipients";
            case HARDENING -> "a hardening choice of the suite, which no specification requires";
        };
    }

    private static String claim(Vector vector) {
        return "layer " + vector.layer().wireName() + vector.algorithm().map(Algorithm::displayName).map(a -> " and " + a).orElse("");
    }

    private String citation(Vector vector) {
        String first = vector.requirements().get(0);
        return catalogue.find(first).map(Judge::cite).orElse(first);
    }

    private static String cite(Requirement requirement) {
        return requirement.document() + " §" + requirement.section();
    }

    private static String quoted(Vector vector) {
        return "\"" + vector.title() + "\"";
    }
}
