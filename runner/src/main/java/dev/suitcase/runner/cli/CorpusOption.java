package dev.suitcase.runner.cli;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusException;
import dev.suitcase.vectors.corpus.CorpusLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** {@code --corpus DIR}: a corpus directory instead of the built-in one. */
final class CorpusOption {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A corpus directory (holding index.json) instead of the built-in corpus.")
    private Path directory;

    /** The directory given, if one was. */
    Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Loads and validates the corpus; a corrupt one is a usage error naming the file and field. */
    Corpus load() {
        try {
            return directory == null ? CorpusLoader.fromClasspath() : CorpusLoader.fromDirectory(directory);
        } catch (CorpusException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the corpus is not usable: " + e.getMessage());
        }
    }
}
