package dev.suitcase.runner.interop;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What one verifier made of one produced envelope: a cell of the producer × verifier matrix. A
 * verifier whose statement covers the SUIT layer and the algorithm processes the whole envelope on
 * the manifest's device; one that covers only the COSE layer verifies the envelope's COSE_Sign1 with
 * its detached SUIT_Digest ({@link AuthenticationBlock}); any other is not applicable. Beside the
 * verifier's outcome stands the reference verifier's outcome on the very same request, so a cell
 * says whether the two agree.
 *
 * @param verifier    the verifier's name in the run
 * @param layer       the layer of the request sent; empty when not applicable
 * @param outcome     what the verifier reported; empty when not applicable
 * @param reference   the reference verifier's outcome on the same request (accept or reject); empty when not applicable
 * @param explanation one line for an implementer: what happened, and what to look at
 */
public record InteropCell(String verifier, Optional<Layer> layer, Optional<AdapterOutcome> outcome,
                          Optional<AdapterOutcome> reference, String explanation) {

    /** What a cell shows. A protocol violation is a crash of that request, as in the verdicts of a vector run. */
    public enum Kind { ACCEPT, REJECT, UNSUPPORTED, CRASH, TIMEOUT, NOT_APPLICABLE }

    public InteropCell {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(explanation, "explanation");
        if (verifier.isBlank() || explanation.isBlank()) {
            throw new IllegalArgumentException("a cell names its verifier and explains itself");
        }
        if (layer.isPresent() != outcome.isPresent() || outcome.isPresent() != reference.isPresent()) {
            throw new IllegalArgumentException("cell of " + verifier + ": layer, outcome and the reference outcome are given "
                    + "together, or none of them for a verifier the request does not apply to");
        }
        if (layer.filter(l -> l == Layer.SIGNATURE).isPresent()) {
            throw new IllegalArgumentException("cell of " + verifier + ": envelopes are verified at the suit or cose layer");
        }
        if (reference.isPresent() && !isAnswer(reference.get().kind())) {
            throw new IllegalArgumentException("cell of " + verifier + ": the reference verifier accepts or rejects, it does not "
                    + reference.get().kind());
        }
        // kept to the microsecond, the precision results.json records, so a cell reads back equal
        outcome = outcome.map(InteropCell::inMicros);
        reference = reference.map(InteropCell::inMicros);
    }

    /** The cell of a verifier whose statement does not cover the request; {@code why} says what it lacks. */
    public static InteropCell notApplicable(String verifier, String why) {
        return new InteropCell(verifier, Optional.empty(), Optional.empty(), Optional.empty(), "not applicable: " + why);
    }

    /**
     * The cell of a verifier that was sent the request, explained.
     *
     * @param algorithm the algorithm the envelope is signed with
     * @param envelope  names the envelope in the explanation, e.g. {@code the ES256 envelope of example-0 from python}
     */
    public static InteropCell answered(String verifier, Layer layer, AdapterOutcome outcome, AdapterOutcome reference,
                                       Algorithm algorithm, String envelope) {
        return new InteropCell(verifier, Optional.of(layer), Optional.of(outcome), Optional.of(reference),
                explain(verifier, layer, outcome, reference, algorithm, envelope));
    }

    public Kind kind() {
        return outcome.map(o -> switch (o.kind()) {
            case ACCEPT -> Kind.ACCEPT;
            case REJECT -> Kind.REJECT;
            case UNSUPPORTED -> Kind.UNSUPPORTED;
            case CRASH, PROTOCOL_VIOLATION -> Kind.CRASH;
            case TIMEOUT -> Kind.TIMEOUT;
        }).orElse(Kind.NOT_APPLICABLE);
    }

    /** Whether the verifier accepted where the reference verifier rejected, or the other way round. */
    public boolean disagrees() {
        return outcome.isPresent() && isAnswer(outcome.get().kind()) && outcome.get().kind() != reference.orElseThrow().kind();
    }

    /** Whether the verifier or its program failed: a crash, a timeout or a broken protocol. */
    public boolean failed() {
        return kind() == Kind.CRASH || kind() == Kind.TIMEOUT;
    }

    /** What makes {@code suitcase matrix} exit 1: a disagreement with the reference verifier, or a failure. */
    public boolean isProblem() {
        return disagrees() || failed();
    }

    private static boolean isAnswer(AdapterOutcome.Kind kind) {
        return kind == AdapterOutcome.Kind.ACCEPT || kind == AdapterOutcome.Kind.REJECT;
    }

    private static AdapterOutcome inMicros(AdapterOutcome outcome) {
        return outcome.duration().map(took -> outcome.withDuration(took.truncatedTo(ChronoUnit.MICROS))).orElse(outcome);
    }

    private static String explain(String verifier, Layer layer, AdapterOutcome outcome, AdapterOutcome reference,
                                  Algorithm algorithm, String envelope) {
        String checked = layer == Layer.COSE ? " (its COSE_Sign1 with the detached SUIT_Digest, checked at the cose layer)" : "";
        String referenceSays = reference.kind() == AdapterOutcome.Kind.ACCEPT
                ? "the reference verifier accepts it"
                : "the reference verifier rejects it with " + reasonAndDetail(reference);
        return switch (outcome.kind()) {
            case ACCEPT -> reference.kind() == AdapterOutcome.Kind.ACCEPT
                    ? envelope + checked + " accepted by " + verifier + ", as by the reference verifier"
                    : envelope + checked + " accepted by " + verifier + " although " + referenceSays
                    + ": " + verifier + " accepts an envelope that does not conform";
            case REJECT -> {
                String rejected = envelope + checked + " rejected by " + verifier + ": " + reasonAndDetail(outcome);
                if (reference.kind() == AdapterOutcome.Kind.ACCEPT) {
                    yield rejected + "; " + referenceSays + ", so " + verifier + " refuses a conformant envelope";
                }
                boolean sameReason = outcome.reason().isEmpty() || outcome.reason().equals(reference.reason());
                yield rejected + (sameReason ? "; the reference verifier rejects it too"
                        : "; " + referenceSays + " (another reason, the same answer)");
            }
            case UNSUPPORTED -> verifier + " answered unsupported for " + envelope + checked + " although its statement "
                    + "claims the " + layer.wireName() + " layer and " + algorithm.displayName() + detail(outcome);
            case TIMEOUT -> verifier + " gave no answer for " + envelope + checked + " within the time limit" + detail(outcome);
            case CRASH -> verifier + " crashed on " + envelope + checked + detail(outcome);
            case PROTOCOL_VIOLATION -> verifier + " broke the adapter protocol answering " + envelope + checked
                    + " (see adapters/PROTOCOL.md)" + detail(outcome);
        };
    }

    private static String reasonAndDetail(AdapterOutcome outcome) {
        String reason = outcome.reason().map(Enum::name).orElse("no reason named");
        return outcome.detail().isBlank() ? reason : reason + " (" + oneLine(outcome.detail()) + ")";
    }

    private static String detail(AdapterOutcome outcome) {
        return outcome.detail().isBlank() ? "" : ": " + oneLine(outcome.detail());
    }

    /** Free text from an adapter on one line, so an explanation stays one line. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }
}
