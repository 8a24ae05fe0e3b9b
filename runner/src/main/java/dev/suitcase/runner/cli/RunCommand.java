package dev.suitcase.runner.cli;

import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.BaselineJson;
import dev.suitcase.runner.baseline.Gate;
import dev.suitcase.runner.baseline.GateOptions;
import dev.suitcase.runner.baseline.GateReport;
import dev.suitcase.runner.engine.Corpora;
import dev.suitcase.runner.engine.SuitcaseConfiguration;
import dev.suitcase.runner.report.ReportInputs;
import dev.suitcase.runner.report.Reports;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.verifier.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code suitcase run}: the corpus on the adapters, judged, reported and gated. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the corpus on adapters, write the reports into --out and gate on the results.",
            "Without options: the built-in corpus on the built-in JVM adapters (reference, jdk, cose-java, tink).",
            "Exit status: 0 no unexpected result, 1 unexpected results, 2 usage error, 3 the suite failed."})
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    private CorpusOption corpus;
    @CommandLine.Mixin
    private VectorSelection selection;

    @Option(names = "--adapter", paramLabel = "SPEC",
            description = "An adapter to run, repeatable: reference, jdk, cose-java, tink, a short name from "
                    + "adapters/adapters.json (python, ...), process:<command line>, process-oneshot:<command> or "
                    + "java:<class name>. Default: the built-in JVM adapters.")
    private List<String> adapters = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Judge every adapter under this verification profile instead of its statement's, repeatable.")
    private List<String> profiles = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "i/n", description = "Only shard i of n, split by vector id, e.g. 2/4.")
    private String shard;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "suitcase-report",
            description = "Where the reports go (default: ${DEFAULT-VALUE}): results.json, report.html, summary.md, junit.xml, "
                    + "open-test-report.xml.")
    private Path out;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Known deviations: the failures it lists do not fail the run.")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write a baseline listing every failure of this run; the exit status still comes from --baseline.")
    private Path writeBaseline;

    @Option(names = "--allow-unimplemented", description = "UNSUPPORTED answers are not failures.")
    private boolean allowUnimplemented;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Only failures of this severity or above fail the run: critical, high, medium, low or info; "
                    + "advisory: every failure, and ADVISORY verdicts too. UNSUPPORTED fails the run at any level "
                    + "unless --allow-unimplemented.")
    private String failOn;

    @CommandLine.Mixin
    private TimeoutOption timeout;

    @Option(names = {"-q", "--quiet"}, description = "No progress: print only the summary at the end.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        SuitcaseConfiguration configuration = configuration();
        Baseline known = configuration.baseline().map(BaselineJson::read).orElse(Baseline.empty());
        Path outDirectory = EngineRun.outDirectory(spec, out);
        EngineRun.Ending ending = EngineRun.launch(spec, configuration, new Corpora(), outDirectory, EngineRun.progress(quiet));
        if (ending.finished().isEmpty()) {
            return ending.exitStatus();
        }
        EngineRun.Finished run = ending.finished().get();
        Results results = run.results();
        GateReport gate = Gate.evaluate(results, known, GateOptions.of(results.run().options()));
        // report.html and summary.md come last, from the final results, with the gate's findings (new failures)
        Reports.write(ReportInputs.of(results, run.corpus()).withGate(gate), outDirectory);
        if (writeBaseline != null) {
            Baseline written = Baseline.fromResults(results);
            BaselineJson.write(written, writeBaseline);
            spec.commandLine().getErr().println("suitcase run: wrote " + writeBaseline + " with " + written.entries().size()
                    + " entries; replace each reason with why the deviation is tolerated");
        }
        EngineRun.printSummary(spec, results, gate, outDirectory, run.junitFiles(), run.took());
        return gate.exitCode();
    }

    private SuitcaseConfiguration configuration() {
        selection.selector();
        RunOptions options;
        try {
            options = new RunOptions(selection.layer(), selection.algorithm(), selection.filter(), profiles(),
                    parsed("--shard", shard, Shard::parse), allowUnimplemented, parsed("--fail-on", failOn, FailOn::fromWireName));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return EngineRun.configuration(spec, adapters.isEmpty() ? SuitcaseConfiguration.DEFAULT_ADAPTERS : adapters,
                corpus.directory(), options, Optional.ofNullable(baseline), timeout.duration());
    }

    private Set<Profile> profiles() {
        Set<Profile> wanted = EnumSet.noneOf(Profile.class);
        for (String name : profiles) {
            wanted.add(Profile.fromWireName(name).orElseThrow(() -> usage("--profile: unknown profile '" + name + "'; expected "
                    + Arrays.stream(Profile.values()).map(Profile::wireName).collect(Collectors.joining(", ")))));
        }
        return wanted;
    }

    private <T> Optional<T> parsed(String option, String value, Function<String, T> parse) {
        try {
            return Optional.ofNullable(value).map(parse);
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return EngineRun.usage(spec, message);
    }
}
