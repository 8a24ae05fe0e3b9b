package dev.suitcase.runner.cli;

import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.BaselineJson;
import dev.suitcase.runner.baseline.Gate;
import dev.suitcase.runner.baseline.GateOptions;
import dev.suitcase.runner.baseline.GateReport;
import dev.suitcase.runner.engine.RunInputs;
import dev.suitcase.runner.engine.SuitcaseConfiguration;
import dev.suitcase.runner.launch.Interruption;
import dev.suitcase.runner.launch.ReportDirectory;
import dev.suitcase.runner.report.ReportInputs;
import dev.suitcase.runner.report.Reports;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.verifier.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code suitcase run} and {@code suitcase interop} share: every option, and the one way they
 * run: the engine through {@link EngineRun} (which writes results.json and the JUnit XML files), the
 * gate ({@link Gate}, against {@code --baseline}), report.html and summary.md, {@code --write-baseline},
 * the summary, and the gate's exit status. The two differ only in whether the producer × verifier
 * matrix runs ({@link #interop}): its vectors are vectors like the corpus's, so they are judged,
 * reported and gated the same way. The engine loads the corpus, the baseline and the adapter
 * registry once ({@link RunInputs}), and the gate and reports take them from there. Every output is
 * checked before the run starts, and every report is written into a staging directory that replaces
 * {@code --out} only when the run completes ({@link ReportDirectory}).
 */
abstract class EngineCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    private CorpusOption corpus;
    @CommandLine.Mixin
    private VectorSelection selection;

    @Option(names = "--adapter", paramLabel = "SPEC",
            description = "An adapter to run, repeatable: reference, jdk, cose-java, tink, a short name from "
                    + "adapters/adapters.json (python, rust, ...), process:<command line>, process-oneshot:<command> or "
                    + "java:<class name>; all: every JVM adapter and every bundled adapter whose toolchain is on the "
                    + "PATH. Default: the built-in JVM adapters.")
    private List<String> adapters = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Judge every adapter under this verification profile instead of its statement's, repeatable.")
    private List<String> profiles = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "i/n", description = "Only shard i of n, split by vector id, e.g. 2/4.")
    private String shard;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "suitcase-report",
            description = "Where the reports go (default: ${DEFAULT-VALUE}): results.json, report.html, summary.md, junit.xml, "
                    + "open-test-report.xml, swapped in whole when the run completes; an interrupted run leaves it as it was "
                    + "and keeps its results in DIR.interrupted/results.partial.json.")
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

    private final RunInputs inputs;

    /** @param inputs where the engine loads the corpus, baseline and adapter registry, and this command finds them */
    EngineCommand(RunInputs inputs) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    /** Whether the producer × verifier matrix runs beside the corpus. */
    abstract boolean interop();

    @Override
    public Integer call() throws IOException {
        SuitcaseConfiguration configuration = configuration();
        checkOutputs();
        ReportDirectory reports = EngineRun.stage(spec, out);
        PrintWriter err = spec.commandLine().getErr();
        boolean finished = false;
        try (Interruption.Registration interruption = Interruption.register(() -> {
            err.println("suitcase " + spec.name() + ": interrupted; " + reports.abandon(true));
            err.flush();
        })) {
            EngineRun.Ending ending = EngineRun.launch(spec, configuration, inputs, reports.staging(), EngineRun.progress(quiet));
            if (ending.finished().isEmpty()) {
                if (ending.exitStatus() != EngineRun.EXIT_INTERRUPTED) {
                    // the suite failed: what it measured is kept apart, for the report of the failure
                    err.println("suitcase " + spec.name() + ": " + reports.abandon(true));
                }
                finished = true;
                return ending.exitStatus();
            }
            EngineRun.Finished run = ending.finished().get();
            Results results = run.results();
            // the baseline the engine read for its verdicts' JUnit results, not read a second time
            Baseline known = configuration.baseline().map(inputs::baseline).orElse(Baseline.empty());
            GateReport gate = Gate.evaluate(results, known, GateOptions.of(results.run().options()));
            // report.html and summary.md come last, from the final results, with the gate's findings (new failures)
            Reports.write(ReportInputs.of(results, run.corpus()).withGate(gate), reports.staging());
            if (writeBaseline != null) {
                Baseline written = Baseline.fromResults(results);
                BaselineJson.write(written, writeBaseline);
                err.println("suitcase " + spec.name() + ": wrote " + writeBaseline + " with "
                        + written.entries().size() + " entries; replace each reason with why the deviation is tolerated");
            }
            if (!reports.publish()) {
                // an interruption came first, and has said what it kept
                finished = true;
                return EngineRun.EXIT_INTERRUPTED;
            }
            finished = true;
            List<Path> junitFiles = run.junitFiles().stream().map(file -> reports.out().resolve(file.getFileName())).toList();
            EngineRun.printSummary(spec, results, gate, out, junitFiles, run.took());
            return gate.exitCode();
        } finally {
            if (!finished) {
                // a usage error found as the run started, or the suite broke: nothing of this run is kept
                reports.abandon(false);
            }
        }
    }

    /**
     * Every output the run writes can be written, checked before it starts: {@code --out}
     * ({@link ReportDirectory#problem}) and {@code --write-baseline}, a file outside {@code --out},
     * which the next run replaces.
     */
    private void checkOutputs() {
        ReportDirectory.problem(out).ifPresent(problem -> {
            throw usage("--out: " + problem);
        });
        if (writeBaseline == null) {
            return;
        }
        Path file = writeBaseline.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw usage("--write-baseline: " + writeBaseline + " is a directory; give the name of the file to write");
        }
        if (file.startsWith(out.toAbsolutePath().normalize())) {
            throw usage("--write-baseline: " + writeBaseline + " is inside --out " + out
                    + ", which each run replaces as a whole; write the baseline elsewhere");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw usage("--write-baseline: " + writeBaseline + " cannot be written (permission denied)");
        }
        Path existing = file.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw usage("--write-baseline: cannot create " + file.getParent() + ": " + existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw usage("--write-baseline: cannot write in " + existing + " (permission denied)");
        }
    }

    private SuitcaseConfiguration configuration() {
        selection.selector();
        if (interop() && selection.algorithm().filter(RunOptions.ANY_ALGORITHM::equalsIgnoreCase).isPresent()) {
            throw usage("--alg any selects the vectors that depend on no algorithm, but every envelope of the producer "
                    + "matrix is signed with one; give ES256, ESP256, EdDSA, Ed25519 or HSS-LMS, or no --alg for all of them");
        }
        RunOptions options;
        try {
            options = new RunOptions(selection.layer(), selection.algorithm(), selection.filter(), profiles(),
                    parsed("--shard", shard, Shard::parse), allowUnimplemented, parsed("--fail-on", failOn, FailOn::fromWireName),
                    interop());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return EngineRun.configuration(spec, adapters.isEmpty() ? SuitcaseConfiguration.DEFAULT_ADAPTERS : adapters,
                corpus.directory(), options, Optional.ofNullable(baseline), timeout.duration(), timeout.buildDuration());
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
