package dev.suitcase.runner.cli;

import dev.suitcase.runner.results.IncompatibleResultsException;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.results.ResultsMerger;
import dev.suitcase.vectors.json.JsonFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code suitcase merge SHARD...}: the results files of the shards of one run, merged into the
 * results of the whole run ({@link ResultsMerger}), written atomically. Exit 0 when merged, 2 when a
 * file cannot be read or the shards do not make one run.
 */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Merge the results.json files of the shards of one run (suitcase run --shard i/n, one per CI job) into "
                    + "the results of the whole run: the same file the unsharded run would have written.",
            "Every shard 1..n must be given once, all from the same suite, corpus, options and adapters.",
            "Exit status: 0 merged, 2 a file that cannot be read, shards that do not make one run, or an --out that "
                    + "cannot be written."
        },
        footer = {
            "",
            "Examples:",
            "  suitcase merge --out merged/ shard-1/ shard-2/ shard-3/     # writes merged/results.json",
            "  suitcase merge --out all.json shard-*/results.json",
        })
final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD",
            description = "A shard's results.json, or a directory holding one.")
    private List<Path> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Where to write the merged results, atomically: a .json file, or a directory (created if "
                    + "needed) to hold results.json. Without it the merged results go to standard output.")
    private Path out;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        List<Results> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path shard : shards) {
            parts.add(ResultsFiles.read(commandLine, shard));
            names.add(shard.toString());
        }
        Results merged;
        try {
            merged = ResultsMerger.merge(parts, names);
        } catch (IncompatibleResultsException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        PrintWriter output = commandLine.getOut();
        if (out == null) {
            output.println(new String(JsonFormat.write(ResultsJson.toJson(merged)), StandardCharsets.UTF_8).stripTrailing());
        } else {
            Path target = ResultsFiles.output(out);
            ResultsFiles.write(commandLine, merged, target);
            output.println("merged " + parts.size() + (parts.size() == 1 ? " file" : " shards") + " into " + target + ": "
                    + merged.results().size() + " results of " + merged.run().adapterNames() + " on corpus "
                    + merged.run().corpus() + (merged.run().complete() ? "" : "; unfinished: a shard was interrupted"));
        }
        output.flush();
        return SuitcaseCommand.EXIT_OK;
    }
}
