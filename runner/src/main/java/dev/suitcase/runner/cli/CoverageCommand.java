package dev.suitcase.runner.cli;

import dev.suitcase.vectors.coverage.CheckCoverage;
import dev.suitcase.vectors.coverage.CheckIsolation;
import dev.suitcase.vectors.coverage.RequirementCoverage;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code suitcase coverage}: per requirement, the accept and reject vectors that cover it; then,
 * for the built-in corpus, the reference verifier's checks: how many vectors isolate a check, how
 * many are robustness vectors, and which checks have no vector.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Per requirement of the catalogue, how many accept and reject vectors cover it; "
                + "uncovered requirements are listed last. Then the checks of the reference verifier: vectors "
                + "that isolate a check (a processor skipping exactly that check accepts them), robustness "
                + "vectors, and checks without a vector (measured on the built-in corpus).",
            "Exit status: 0 when every MUST has a reject vector, every other requirement a vector and every "
                + "check a vector, 1 otherwise."})
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
        boolean checksCovered = printChecks(out);
        out.flush();
        return uncovered.isEmpty() && checksCovered ? SuitcaseCommand.EXIT_OK : SuitcaseCommand.EXIT_UNEXPECTED;
    }

    /** The three check counts, per check with --verbose; whether every check has a vector. */
    private boolean printChecks(PrintWriter out) {
        CheckCoverage checks = CheckCoverage.of(CheckIsolation.fromClasspath());
        out.println();
        if (verbose) {
            out.printf("%-48s %-10s %8s %10s  %s%n", "check", "skippable", "isolated", "robustness", "section");
            for (CheckCoverage.Row row : checks.rows()) {
                out.printf("%-48s %-10s %8d %10d  %s%n", row.check().id(), row.check().skippable() ? "yes" : "no",
                        row.isolatedBy().size(), row.firedBy().size(), row.check().section());
                row.isolatedBy().forEach(id -> out.println("    isolates " + id));
                row.firedBy().forEach(id -> out.println("    robustness " + id));
            }
        }
        corpus.directory().ifPresent(directory -> out.println("The checks are measured on the built-in corpus, not on "
                + directory + "."));
        out.println("Checks of the reference verifier: " + checks.isolatingVectors() + " vectors isolate a check, "
                + checks.robustnessVectors() + " robustness vectors, " + checks.uncovered().size()
                + " checks without a vector" + (checks.uncovered().isEmpty() ? "." : ":"));
        checks.uncovered().forEach(check -> out.println("  " + check.id() + " (" + check.section() + ", "
                + check.reason() + (check.skippable() ? ")" : ", not skippable)")));
        if (!checks.notReachable().isEmpty()) {
            out.println(checks.notReachable().size() + " checks no vector file can reach, tested elsewhere:");
            checks.notReachable().forEach(check -> out.println("  " + check.id() + ": "
                    + CheckCoverage.NOT_REACHABLE_FROM_A_VECTOR.get(check.id())));
        }
        return checks.uncovered().isEmpty();
    }
}
