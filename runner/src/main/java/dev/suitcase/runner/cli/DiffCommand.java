package dev.suitcase.runner.cli;

import dev.suitcase.runner.diff.DiffJson;
import dev.suitcase.runner.diff.DiffText;
import dev.suitcase.runner.diff.ResultsDiff;
import dev.suitcase.runner.results.Results;
import dev.suitcase.vectors.json.JsonFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code suitcase diff OLD NEW}: what changed between two runs, per vector and adapter. Exit 0
 * when nothing regressed, 1 when some result became a failure (a pull request's gate), 2 when a file
 * cannot be read or used. Runs of different corpora are compared (a corpus upgrade is worth a diff),
 * with a warning on standard error, as the text's second line and the JSON's {@code sameCorpus} say too.
 */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compare two results.json files, per vector and adapter: regressions (new failures) first, then the other "
                    + "changes, the results added and those removed, each with the new explanation.",
            "OLD and NEW are results.json files or directories holding one (a run's --out).",
            "Results of different corpora are compared, with a warning on standard error: a change may then be the vectors'.",
            "Exit status: 0 no regression, 1 at least one regression, 2 a file that cannot be read or used."
        },
        footer = {
            "",
            "A regression is a result that is now a failure (FAIL_ACCEPTED, FAIL_REJECTED, UNSUPPORTED, TIMEOUT, CRASH)",
            "where it was not, including a failing result that is new; ADVISORY, a failure only under --fail-on advisory, is not one.",
            "Details, stderr and timings are not compared.",
            "",
            "Examples:",
            "  suitcase diff main/results.json pr/results.json",
            "  suitcase diff --json baseline-run/ new-run/ > diff.json",
        })
final class DiffCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier results.json, or a directory holding one.")
    private Path old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later results.json, or a directory holding one.")
    private Path current;

    @Option(names = "--json", description = "Print the differences as JSON (runner/schema/diff.schema.json) instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Results before = ResultsFiles.read(commandLine, old);
        Results after = ResultsFiles.read(commandLine, current);
        ResultsDiff diff = ResultsDiff.between(before, after);
        if (!diff.sameCorpus()) {
            // on standard error too, so that it is seen with --json and above a long list of changes
            commandLine.getErr().println("suitcase diff: warning: " + old + " ran corpus " + diff.before() + " and " + current
                    + " ran corpus " + diff.after() + "; a change may come from the vectors, not the adapters");
            commandLine.getErr().flush();
        }
        PrintWriter out = commandLine.getOut();
        if (json) {
            out.println(new String(JsonFormat.write(DiffJson.toJson(diff, old.toString(), current.toString())),
                    StandardCharsets.UTF_8).stripTrailing());
        } else {
            DiffText.render(diff, old.toString(), current.toString()).forEach(out::println);
        }
        out.flush();
        return diff.regressions().isEmpty() ? SuitcaseCommand.EXIT_OK : SuitcaseCommand.EXIT_UNEXPECTED;
    }
}
