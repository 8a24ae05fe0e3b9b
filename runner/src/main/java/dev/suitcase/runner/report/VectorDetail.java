package dev.suitcase.runner.report;

import dev.suitcase.runner.verdict.Judge;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.vectors.requirements.RequirementCatalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything about one vector an implementer needs to fix a failure on it: what it is, the rules
 * it checks, what each adapter answered, and its input in CBOR diagnostic notation with the item
 * an answer of the run blames marked: the first answer, in run order, that names the bytes it
 * rejects (the reference adapter's, when it ran, is as the run's profiles made it). Nothing is
 * verified again here.
 *
 * @param id           the vector id
 * @param anchor       the HTML id of this detail
 * @param title        its title
 * @param inCorpus     whether the corpus given holds the vector; when not, only the results are known
 * @param description  what is wrong with it, what a correct implementation does, what a wrong answer costs
 * @param facts        layer, algorithm, severity, flags and provenance in one line
 * @param expectation  what a correct implementation does, with any per-profile results
 * @param requirements the requirements it cites
 * @param answers      each adapter's answer, in run order
 * @param input        the input in diagnostic notation, cut to {@value #INPUT_LIMIT} characters
 */
public record VectorDetail(String id, String anchor, String title, boolean inCorpus, String description, String facts,
                           String expectation, List<RequirementText> requirements,
                           List<AdapterAnswer> answers, Excerpt input) {
    /** The longest diagnostic notation shown; {@code suitcase show ID} prints it whole. */
    public static final int INPUT_LIMIT = 2_000;

    public VectorDetail {
        Objects.requireNonNull(id, "id");
        requirements = List.copyOf(requirements);
        answers = List.copyOf(answers);
        Objects.requireNonNull(input, "input");
    }

    /** The HTML id of a vector's detail; vector ids are lowercase letters, digits, '.' and '-'. */
    public static String anchor(VectorId id) {
        return "v-" + id;
    }

    /**
     * @param id        the vector id
     * @param vector    the vector, when the corpus holds it
     * @param results   its results, in run order; the first that blames a byte range marks the input
     * @param catalogue the requirement catalogue
     */
    public static VectorDetail of(VectorId id, Optional<Vector> vector, List<Result> results,
                                  RequirementCatalogue catalogue) {
        List<AdapterAnswer> answers = results.stream().map(AdapterAnswer::of).toList();
        if (vector.isEmpty()) {
            return new VectorDetail(id.toString(), anchor(id), "(not in the corpus this report was given)", false,
                    "The corpus this report was made with does not hold this vector: the run used another corpus. "
                            + "Only its results are known.",
                    "layer " + id.layer().wireName() + ", algorithm " + id.algorithmToken(), "", List.of(), answers,
                    Excerpt.of("", INPUT_LIMIT));
        }
        Vector known = vector.get();
        Optional<Result> blaming = results.stream().filter(result -> result.location().isPresent()).findFirst();
        String input = InputDiagnostic.of(known, blaming.flatMap(Result::location), blaming.map(VectorDetail::note).orElse(""));
        return new VectorDetail(id.toString(), anchor(id), known.title(), true, known.description().strip(), facts(known),
                expectation(known.expect()), RequirementText.all(known.requirements(), catalogue), answers,
                Excerpt.of(input, INPUT_LIMIT));
    }

    /** What the mark says: the reason, and whose answer blames the bytes, e.g. {@code SIGNATURE_INVALID, says reference}. */
    private static String note(Result blaming) {
        return blaming.reason().map(Enum::name).orElse("rejected") + ", says " + blaming.adapter();
    }

    private static String facts(Vector vector) {
        List<String> facts = new ArrayList<>();
        facts.add("layer " + vector.layer().wireName());
        facts.add("algorithm " + vector.algorithm().map(Object::toString).orElse("any"));
        facts.add("severity " + vector.severity().wireName());
        if (!vector.active()) {
            facts.add("WITHDRAWN");
        }
        if (!vector.flags().isEmpty()) {
            facts.add("flags " + String.join(", ", vector.flags()));
        }
        facts.add("from " + vector.provenance().source() + " / " + vector.provenance().family()
                + vector.provenance().originalId().map(original -> " (" + original + ")").orElse(""));
        return String.join("; ", facts);
    }

    private static String expectation(Expectation expect) {
        StringBuilder text = new StringBuilder(switch (expect.result()) {
            case ACCEPT -> "accept";
            case REJECT -> "reject with " + expect.reason().orElseThrow().name();
            case EITHER -> "accept or reject (either is allowed)";
        });
        expect.advisory().ifPresent(advisory -> text.append(", advised: it rests on ").append(Judge.describe(advisory.basis()))
                .append(" (").append(advisory.rule()).append("), so accepting it is ADVISORY, not a security failure"));
        expect.profiles().forEach((profile, result) -> text.append("; under ").append(profile.wireName()).append(": ")
                .append(result.wireName()));
        return text.toString();
    }
}
