package dev.suitcase.runner.cli;

import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Vector;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code suitcase list}: the vectors of the corpus, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the vectors of the corpus: id, expectation, severity and title.")
final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    private CorpusOption corpus;
    @CommandLine.Mixin
    private VectorSelection selection;

    @Override
    public Integer call() {
        Corpus loaded = corpus.load();
        List<Vector> vectors = selection.select(loaded.active());
        PrintWriter out = spec.commandLine().getOut();
        for (Vector vector : vectors) {
            out.printf("%-60s %-28s %-8s %s%n", vector.id(), expectation(vector.expect()),
                    vector.severity().wireName(), vector.title());
        }
        out.printf("%d of %d vectors (corpus %s, digest %s)%n", vectors.size(), loaded.active().size(),
                loaded.corpusVersion(), loaded.digest());
        out.flush();
        return SuitcaseCommand.EXIT_OK;
    }

    static String expectation(Expectation expect) {
        String result = expect.result().wireName() + expect.reason().map(reason -> " " + reason.name()).orElse("");
        return expect.profiles().isEmpty() ? result : result + " *";
    }
}
