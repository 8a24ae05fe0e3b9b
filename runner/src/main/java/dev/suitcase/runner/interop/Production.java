package dev.suitcase.runner.interop;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One producer asked to sign one manifest with one algorithm: its answer, whether the reference
 * verifier finds the envelope conformant, and what every verifier made of it (a row of the
 * producer × verifier table, for one manifest).
 *
 * @param producer    the producer's name in the run
 * @param algorithm   the algorithm it was asked to sign with
 * @param manifest    the {@link InteropManifest#name()} signed
 * @param signing     the producer's answer; a signed one carries the envelope
 * @param conformance the reference verifier's outcome on the envelope, on the manifest's device and
 *                    scope with the algorithm's test key as trust anchor; present exactly when signed
 * @param cells       one per verifier of the run, in the run's order; none when there is no envelope
 * @param explanation one line: is the producer conformant, and if not, why
 */
public record Production(String producer, Algorithm algorithm, String manifest, SignOutcome signing,
                         Optional<AdapterOutcome> conformance, List<InteropCell> cells, String explanation) {

    public Production {
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(conformance, "conformance");
        Objects.requireNonNull(explanation, "explanation");
        if (producer.isBlank() || explanation.isBlank()) {
            throw new IllegalArgumentException("a production names its producer and explains itself");
        }
        boolean signed = signing.kind() == SignOutcome.Kind.SIGNED;
        String what = producer + "'s " + algorithm + " envelope of " + manifest;
        if (signed != conformance.isPresent()) {
            throw new IllegalArgumentException(what + ": the reference verifier's outcome is given exactly for a signed envelope");
        }
        if (conformance.isPresent() && conformance.get().kind() != AdapterOutcome.Kind.ACCEPT
                && conformance.get().kind() != AdapterOutcome.Kind.REJECT) {
            throw new IllegalArgumentException(what + ": the reference verifier accepts or rejects, it does not "
                    + conformance.get().kind());
        }
        cells = List.copyOf(cells);
        if (!signed && !cells.isEmpty()) {
            throw new IllegalArgumentException(what + ": without an envelope no verifier has anything to verify");
        }
        Set<String> verifiers = new HashSet<>();
        for (InteropCell cell : cells) {
            if (!verifiers.add(cell.verifier())) {
                throw new IllegalArgumentException(what + ": two cells for verifier " + cell.verifier());
            }
        }
        // kept to the microsecond, the precision results.json records, so a production reads back equal
        SignOutcome answer = signing;
        signing = answer.duration().map(took -> answer.withDuration(took.truncatedTo(ChronoUnit.MICROS))).orElse(answer);
        conformance = conformance.map(outcome -> outcome.duration()
                .map(took -> outcome.withDuration(took.truncatedTo(ChronoUnit.MICROS))).orElse(outcome));
    }

    /**
     * A production explained: conformant, non-conformant with the reference verifier's reason, or no
     * envelope and why.
     */
    public static Production of(String producer, Algorithm algorithm, String manifest, SignOutcome signing,
                                Optional<AdapterOutcome> conformance, List<InteropCell> cells) {
        return new Production(producer, algorithm, manifest, signing, conformance, cells,
                explain(producer, algorithm, manifest, signing, conformance));
    }

    public Optional<Bytes> envelope() {
        return signing.envelope();
    }

    /** Whether the producer made an envelope the reference verifier accepts. */
    public boolean conformant() {
        return conformance.filter(outcome -> outcome.kind() == AdapterOutcome.Kind.ACCEPT).isPresent();
    }

    /** Whether the producer made an envelope the reference verifier rejects. */
    public boolean nonConformant() {
        return conformance.filter(outcome -> outcome.kind() == AdapterOutcome.Kind.REJECT).isPresent();
    }

    /** Whether the producer or its program failed: a crash, a timeout or a broken protocol. */
    public boolean failed() {
        return signing.kind() == SignOutcome.Kind.CRASH || signing.kind() == SignOutcome.Kind.TIMEOUT
                || signing.kind() == SignOutcome.Kind.PROTOCOL_VIOLATION;
    }

    /**
     * Whether this production makes {@code suitcase matrix} exit 1: a non-conformant envelope, a
     * failed producer, or a cell that is a problem. An unsupported answer is not one: a statement
     * lists one set of algorithms for verifying and signing, so a producer may verify what it cannot sign.
     */
    public boolean isProblem() {
        return nonConformant() || failed() || cells.stream().anyMatch(InteropCell::isProblem);
    }

    public Optional<InteropCell> cell(String verifier) {
        return cells.stream().filter(cell -> cell.verifier().equals(verifier)).findFirst();
    }

    /** How explanations name the envelope, e.g. {@code the ES256 envelope of example-0 from python}. */
    public static String envelopeName(String producer, Algorithm algorithm, String manifest) {
        return "the " + algorithm.displayName() + " envelope of " + manifest + " from " + producer;
    }

    private static String explain(String producer, Algorithm algorithm, String manifest, SignOutcome signing,
                                  Optional<AdapterOutcome> conformance) {
        String asked = "signing " + manifest + " with " + algorithm.displayName();
        String detail = signing.detail().isBlank() ? "" : ": " + InteropCell.oneLine(signing.detail());
        return switch (signing.kind()) {
            case SIGNED -> {
                AdapterOutcome reference = conformance.orElseThrow();
                yield reference.kind() == AdapterOutcome.Kind.ACCEPT
                        ? producer + " signs conformantly: the reference verifier accepts " + envelopeName(producer, algorithm, manifest)
                        : producer + " produced a non-conformant envelope " + asked + ": the reference verifier rejects it with "
                        + reference.reason().map(Enum::name).orElse("no reason")
                        + (reference.detail().isBlank() ? "" : " (" + InteropCell.oneLine(reference.detail()) + ")");
            }
            case UNSUPPORTED -> producer + " answered unsupported " + asked + detail;
            case CRASH -> producer + " crashed " + asked + detail;
            case TIMEOUT -> producer + " gave no envelope within the time limit " + asked + detail;
            case PROTOCOL_VIOLATION -> producer + " broke the adapter protocol " + asked + " (see adapters/PROTOCOL.md)" + detail;
        };
    }
}
