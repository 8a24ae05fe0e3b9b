package dev.suitcase.runner.cli;

import dev.suitcase.vectors.coverage.RequirementCoverage;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code suitcase coverage}: per requirement, the accept and reject vectors that cover it. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Per requirement of the catalogue, how many accept and reject vectors cover it; "
                + "uncovered requirements are listed last.",
            "Exit status: 0 when every MUST has a reject vector and every other requirement a vector, 1 otherwise."})
final class CoverageCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    private CorpusOption corpus;

    @CommandLine.Option(names = "--verbose", description = "List the ids of the covering vectors too.")
    private boolean verbose;

    @Override
    public Integer call() {
        List<RequirementCoverage.Row> rows = RequirementCoverage.of(corpus.load(), RequirementCatalogue.fromClasspath());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-40s %-6s %7s %7s  %s%n", "requirement", "level", "accept", "reject", "summary");
        for (RequirementCoverage.Row row : rows) {
            out.printf("%-40s %-6s %7d %7d  %s%n", row.requirement().id(), row.requirement().level(),
                    row.accepting().size(), row.rejecting().size(), row.requirement().summary());
            if (verbose) {
                row.accepting().forEach(id -> out.println("    accept " + id));
                row.rejecting().forEach(id -> out.println("    reject " + id));
            }
        }
        List<RequirementCoverage.Row> uncovered = rows.stream().filter(row -> !row.covered()).toList();
        out.println();
        if (uncovered.isEmpty()) {
            out.println("All " + rows.size() + " requirements are covered (every MUST by at least one reject vector).");
        } else {
            out.println(uncovered.size() + " of " + rows.size() + " requirements are not covered:");
            uncovered.forEach(row -> out.println("  " + row.requirement().id() + " (" + row.requirement().level()
                    + "): " + row.requirement().summary()));
        }
        out.flush();
        return uncovered.isEmpty() ? SuitcaseCommand.EXIT_OK : SuitcaseCommand.EXIT_UNEXPECTED;
    }
}
