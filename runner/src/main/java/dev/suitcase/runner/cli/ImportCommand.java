package dev.suitcase.runner.cli;

import dev.suitcase.vectors.corpus.CorpusException;
import dev.suitcase.vectors.corpus.CorpusIndex;
import dev.suitcase.vectors.wycheproof.WycheproofImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code suitcase import wycheproof FILE --out DIR}: a Wycheproof file as a corpus of our own. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import test vectors from another suite into a corpus directory.",
        subcommands = ImportCommand.Wycheproof.class)
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import: wycheproof FILE --out DIR");
    }

    @Command(name = "wycheproof", mixinStandardHelpOptions = true,
            description = {"Import a Wycheproof ECDSA P-256 IEEE P1363 (raw r||s) or EdDSA (Ed25519) test file as "
                    + "signature-layer vectors, with the expectation and reason our strict verifier gives each one.",
                "The result is a corpus directory usable with --corpus."})
    static final class Wycheproof implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A Wycheproof JSON test file (schema v1).")
        private Path file;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The corpus directory to write.")
        private Path out;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            }
            CorpusIndex index;
            try {
                index = WycheproofImporter.importTo(file, out);
            } catch (CorpusException | IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + " cannot be imported: " + e.getMessage());
            }
            spec.commandLine().getOut().println("imported " + index.entries().size() + " vectors into " + out);
            spec.commandLine().getOut().flush();
            return SuitcaseCommand.EXIT_OK;
        }
    }
}
