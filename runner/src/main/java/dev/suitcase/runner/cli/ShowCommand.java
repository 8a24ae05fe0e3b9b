package dev.suitcase.runner.cli;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.oracle.ReferenceOracle;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.DiagnosticPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
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
                : "reject " + outcome.reason().orElseThrow() + ": " + outcome.detail()));
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
        input(vector, outcome, out);
        out.flush();
        return SuitcaseCommand.EXIT_OK;
    }

    private static void input(Vector vector, Outcome outcome, PrintWriter out) {
        String note = outcome.reason().map(Enum::name).orElse("");
        if (vector.input() instanceof SignatureInput signature) {
            out.println("Input (signature layer, algorithm id " + signature.algorithmId() + "):");
            out.println("key        " + DiagnosticPrinter.print(signature.coseKey().toByteArray(), Optional.empty(), ""));
            out.println("message    h'" + signature.message().hex() + "'");
            out.println("signature  h'" + signature.signature().hex() + "' (" + signature.signature().length() + " bytes)");
        } else if (vector.input() instanceof CoseInput cose) {
            out.println("Input: COSE_Sign1");
            out.println(DiagnosticPrinter.print(cose.coseSign1().toByteArray(), outcome.location(), note));
            cose.detachedPayload().ifPresent(payload -> out.println("detached payload  h'" + payload.hex() + "'"));
            cose.externalAad().ifPresent(aad -> out.println("external AAD      h'" + aad.hex() + "'"));
            keys(cose.keys(), out);
        } else {
            SuitInput suit = (SuitInput) vector.input();
            out.println("Input: SUIT envelope, processed to scope " + suit.scope().wireName());
            out.println(DiagnosticPrinter.print(suit.envelope().toByteArray(), outcome.location(), note));
            out.println("device: vendor " + suit.device().vendorId().hex() + ", class " + suit.device().classId().hex()
                    + suit.device().deviceId().map(device -> ", device " + device.hex()).orElse("")
                    + ", stored sequence number " + suit.device().sequenceNumber()
                    + ", " + suit.device().components().size() + " component(s), payloads at "
                    + suit.device().payloads().keySet());
            keys(suit.keys(), out);
        }
    }

    private static void keys(List<KeyEntry> keys, PrintWriter out) {
        for (KeyEntry key : keys) {
            out.println((key.trusted() ? "trusted key    " : "untrusted key  ")
                    + DiagnosticPrinter.print(key.coseKey().toByteArray(), Optional.empty(), ""));
        }
    }
}
