package dev.suitcase.runner.cli;

import dev.suitcase.runner.report.InputDiagnostic;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.coverage.CheckIsolation;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code suitcase show ID}: everything about one vector — what is wrong with it and why it matters,
 * what a correct processor does, the requirements it covers, what the reference verifier says, and
 * the input in CBOR diagnostic notation with the part the verifier blames marked.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one vector: description, expectation, requirements, the reference verifier's outcome, "
                + "and the input in CBOR diagnostic notation with the offending part marked.")
final class ShowCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    private CorpusOption corpus;

    @Parameters(paramLabel = "ID", description = "The vector id, e.g. suit.es256.spec-example.example-0.")
    private String id;

    @Override
    public Integer call() {
        Corpus loaded = corpus.load();
        Vector vector = loaded.byId(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "no vector with id '" + id + "'; 'suitcase list --filter GLOB' finds ids"));
        RequirementCatalogue catalogue = RequirementCatalogue.fromClasspath();
        Outcome outcome = new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT)).run(vector);
        PrintWriter out = spec.commandLine().getOut();

        out.println(vector.id() + "  " + vector.title());
        out.println();
        out.println("layer       " + vector.layer().wireName() + ", algorithm "
                + vector.algorithm().map(Object::toString).orElse("any") + ", severity " + vector.severity().wireName()
                + (vector.active() ? "" : ", WITHDRAWN"));
        out.println("expect      " + ListCommand.expectation(vector.expect()).replace(" *", ""));
        vector.expect().profiles().forEach((profile, result) ->
                out.println("            under " + profile + ": " + result.wireName()));
        out.println("reference   " + (outcome.accepted() ? "accept"
                : "reject " + outcome.reason().orElseThrow() + outcome.check().map(check -> " by " + check.id()).orElse("")
                + ": " + outcome.detail()));
        if (corpus.directory().isEmpty()) {
            isolation(vector).ifPresent(line -> out.println("isolates    " + line));
        }
        vector.robustness().ifPresent(why -> out.println("robustness  " + why));
        vector.expect().advisory().ifPresent(advisory -> out.println("advisory    " + advisory.basis().wireName()
                + ": " + advisory.rule()));
        if (!vector.flags().isEmpty()) {
            out.println("flags       " + String.join(", ", vector.flags()));
        }
        out.println("provenance  " + vector.provenance().source() + " / " + vector.provenance().family()
                + vector.provenance().url().map(url -> " / " + url).orElse(""));
        out.println();
        out.println(vector.description().strip());
        out.println();
        out.println("Requirements:");
        for (String requirement : vector.requirements()) {
            out.println("  " + requirement + catalogue.find(requirement)
                    .map(r -> " (" + r.level() + ", " + r.document() + " " + r.section() + "): " + r.summary())
                    .orElse(""));
        }
        out.println();
        out.println(InputDiagnostic.of(vector, outcome.location(), outcome.reason().map(Enum::name).orElse("")));
        out.flush();
        return SuitcaseCommand.EXIT_OK;
    }

    /**
     * The check the vector isolates in the built-in corpus, in words: a processor that skips exactly
     * that check accepts the vector (vectors/check-isolation.json).
     */
    private static Optional<String> isolation(Vector vector) {
        return CheckIsolation.fromClasspath().isolating().stream()
                .filter(entry -> entry.vector().equals(vector.id().toString()))
                .findFirst()
                .map(entry -> entry.check() + entry.profile().map(profile -> " (under " + profile.wireName() + ")")
                        .orElse("") + ": a processor that skips exactly this check accepts the vector");
    }
}
