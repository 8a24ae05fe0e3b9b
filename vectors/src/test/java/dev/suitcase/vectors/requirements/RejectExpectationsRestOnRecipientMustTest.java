package dev.suitcase.vectors.requirements;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an expectation of the committed corpus rests on (vectors/README.md, "Expectations"): a plain
 * reject on a MUST that binds the recipient, an advisory reject on what its basis says. Each layer is
 * judged on its own, and a failure lists every offending vector with its requirements, so that the
 * fix (a requirement the vector should cite, or an advisory label it should carry) can be read off.
 */
class RejectExpectationsRestOnRecipientMustTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", ".."));
    /** What an advisory vector may claim to cost when the rule is not a hardening choice: no security failure. */
    private static final Set<Severity> NOT_A_SECURITY_FAILURE = Set.of(Severity.LOW, Severity.INFO);

    private static Corpus corpus;
    private static RequirementCatalogue catalogue;

    @BeforeAll
    static void load() {
        corpus = CorpusLoader.fromDirectory(ROOT.resolve("vectors/corpus"));
        catalogue = RequirementCatalogue.fromFile(ROOT.resolve("vectors/requirements.json"));
    }

    @ParameterizedTest
    @EnumSource(Layer.class)
    void everyPlainRejectCitesAMustThatBindsTheRecipient(Layer layer) {
        List<Vector> plainRejects = vectors(layer, vector -> vector.expect().result() == ExpectedResult.REJECT
                && !vector.expect().isAdvisory());

        List<String> offenders = plainRejects.stream()
                .filter(vector -> requirements(vector).stream().noneMatch(Requirement::isRecipientMust))
                .map(RejectExpectationsRestOnRecipientMustTest::describe)
                .toList();

        assertTrue(!plainRejects.isEmpty(), "the " + layer.wireName() + " layer has plain reject vectors to judge");
        assertTrue(offenders.isEmpty(), offenders.size() + " plain reject vector(s) of the " + layer.wireName()
                + " layer cite no MUST that binds the recipient; cite the recipient's MUST, or make the expectation"
                + " advisory (recipient-should, producer-rule, hardening) or either:\n  " + String.join("\n  ", offenders));
    }

    @ParameterizedTest
    @EnumSource(Layer.class)
    void everyAdvisoryRejectRestsOnWhatItsBasisSays(Layer layer) {
        List<String> offenders = new ArrayList<>();
        for (Vector vector : vectors(layer, vector -> vector.expect().isAdvisory())) {
            Advisory advisory = vector.expect().advisory().orElseThrow();
            inconsistency(vector, advisory).ifPresent(why -> offenders.add(describe(vector) + "\n      " + why));
        }

        assertTrue(offenders.isEmpty(), offenders.size() + " advisory vector(s) of the " + layer.wireName()
                + " layer do not rest on what their basis says:\n  " + String.join("\n  ", offenders));
    }

    /**
     * Why the advisory of {@code vector} does not hold together, if it does not: its rule must name the
     * section it comes from; a recipient SHOULD must be a SHOULD that binds the recipient and a producer
     * rule a MUST or SHOULD that binds the producer, among the requirements the vector cites; and
     * neither may claim a security failure.
     */
    private static Optional<String> inconsistency(Vector vector, Advisory advisory) {
        if (advisory.rule().isBlank() || !advisory.rule().contains("§")) {
            return Optional.of("the rule must quote the statement or state the choice, with its section (§): '"
                    + advisory.rule() + "'");
        }
        List<Requirement> requirements = requirements(vector);
        switch (advisory.basis()) {
            case RECIPIENT_SHOULD -> {
                if (requirements.stream().noneMatch(requirement -> requirement.binds() == Binds.RECIPIENT
                        && requirement.level() == RequirementLevel.SHOULD)) {
                    return Optional.of("basis recipient-should, but no cited requirement is a SHOULD that binds the recipient");
                }
            }
            case PRODUCER_RULE -> {
                if (requirements.stream().noneMatch(requirement -> requirement.binds() == Binds.PRODUCER
                        && requirement.level() != RequirementLevel.MAY)) {
                    return Optional.of("basis producer-rule, but no cited requirement is a MUST or SHOULD that binds the producer");
                }
            }
            case HARDENING -> {
                // the rule states the choice and why; what it goes beyond is cited as a requirement the recipient
                // is not bound to reject by
                if (requirements.stream().allMatch(Requirement::isRecipientMust)) {
                    return Optional.of("basis hardening, but every cited requirement is a MUST that binds the recipient:"
                            + " the rejection is not a choice of the suite");
                }
                return Optional.empty();
            }
        }
        if (!NOT_A_SECURITY_FAILURE.contains(vector.severity())) {
            return Optional.of("basis " + advisory.basis().wireName() + " is no security failure, yet severity is "
                    + vector.severity().wireName() + "; make it low or info");
        }
        return Optional.empty();
    }

    private static List<Vector> vectors(Layer layer, Predicate<Vector> wanted) {
        return corpus.active().stream().filter(vector -> vector.layer() == layer).filter(wanted).toList();
    }

    private static List<Requirement> requirements(Vector vector) {
        return vector.requirements().stream().map(id -> catalogue.find(id)
                .orElseThrow(() -> new AssertionError(vector.id() + " cites " + id + ", which requirements.json lacks")))
                .toList();
    }

    private static String describe(Vector vector) {
        return vector.id() + ": " + requirements(vector).stream()
                .map(requirement -> requirement.id() + " (" + requirement.level() + ", " + requirement.binds().wireName() + ")")
                .collect(Collectors.joining(", "));
    }
}
