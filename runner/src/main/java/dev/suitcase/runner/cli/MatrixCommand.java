package dev.suitcase.runner.cli;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.runner.baseline.Baseline;
import dev.suitcase.runner.baseline.Gate;
import dev.suitcase.runner.baseline.GateOptions;
import dev.suitcase.runner.baseline.GateReport;
import dev.suitcase.runner.engine.Corpora;
import dev.suitcase.runner.engine.SuitcaseConfiguration;
import dev.suitcase.runner.engine.SuitcaseConfigurationException;
import dev.suitcase.runner.interop.InteropKeys;
import dev.suitcase.runner.interop.InteropManifest;
import dev.suitcase.runner.interop.InteropManifests;
import dev.suitcase.runner.interop.InteropRun;
import dev.suitcase.runner.interop.InteropTable;
import dev.suitcase.runner.interop.NamedAdapter;
import dev.suitcase.runner.interop.ProducerMatrix;
import dev.suitcase.runner.report.ProducerMatrixView;
import dev.suitcase.runner.report.ReportInputs;
import dev.suitcase.runner.report.Reports;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.verifier.Algorithm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code suitcase matrix}: several implementations side by side, in two parts that go into one
 * results.json and one report.
 * <ol>
 *   <li>The vector table: the corpus (as {@code --layer}, {@code --alg} and {@code --filter} select
 *       it) on every adapter, through the execution path of {@code suitcase run} ({@link EngineRun}),
 *       judged and gated as {@code run} gates a run without a baseline.</li>
 *   <li>The producer × verifier matrix: every producer signs the same manifests with the same test
 *       keys, the reference verifier checks each envelope, and every verifier verifies every
 *       envelope ({@link InteropRun}); one table per algorithm, printed, in results.json's
 *       {@code producerMatrix} member and in report.html and summary.md ({@link ProducerMatrixView}).</li>
 * </ol>
 * The engine opens adapter instances of its own for its run, and the matrix opens its own from the
 * same specs, first: an adapter that cannot start, or a set of adapters none of which signs, is a
 * usage error before anything runs. A process adapter therefore runs as two programs, one idle
 * while the other works.
 *
 * <p>Exit 0 when the gate passes the vectors, every envelope is conformant and every verifier agrees
 * with the reference verifier; 1 on an unexpected vector failure, a non-conformant envelope, a
 * disagreement, a crash or a timeout; 2 on a usage error; 3 when the suite itself failed.
 */
@Command(name = "matrix",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Put implementations side by side. First the corpus runs on every adapter, as suitcase run runs it. Then every "
                    + "adapter whose statement lists sign (a producer) signs the same manifests with the same published test "
                    + "keys; the strict reference verifier checks each envelope (is the producer conformant?); then every "
                    + "verifier verifies every envelope. Prints one table per algorithm: producers down, the reference "
                    + "verifier and the verifiers across; writes the reports, the tables included, into --out.",
            "A verifier covering the suit layer processes the whole envelope on the manifest's device; one covering only "
                    + "the cose layer verifies the envelope's COSE_Sign1 with its detached SUIT_Digest. --layer and --filter "
                    + "select the vectors only; --alg selects the vectors and the algorithm signed with, so it names one (not any).",
            "Exit status: 0 no unexpected vector result, all envelopes conformant and in agreement; 1 an unexpected vector "
                    + "result, a non-conformant envelope, a verifier disagreeing with the reference verifier, a crash or a "
                    + "timeout; 2 usage error; 3 the suite failed."
        },
        footer = {
            "",
            "Examples:",
            "  suitcase matrix --adapter reference --adapter python --adapter jdk",
            "  suitcase matrix --adapter reference --adapter 'process:./my-adapter' --alg ES256 --out matrix-run/",
            "  suitcase matrix --adapter reference --adapter jdk --alg ES256 --filter 'suit.*' --quiet",
        })
final class MatrixCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--adapter", required = true, paramLabel = "ADAPTER",
            description = "An adapter: reference, jdk, cose-java, tink, a short name from adapters/adapters.json (e.g. "
                    + "python), process:<command line>, process-oneshot:<command> or java:<class name>. Repeat for each "
                    + "implementation.")
    private List<String> adapterSpecs = new ArrayList<>();

    @CommandLine.Mixin
    private CorpusOption corpusOption;

    @CommandLine.Mixin
    private VectorSelection selection;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "suitcase-report",
            description = "Where the reports go (default: ${DEFAULT-VALUE}): results.json (the vector results and the "
                    + "producer matrix with every envelope), report.html, summary.md, junit.xml, open-test-report.xml.")
    private Path out;

    @CommandLine.Mixin
    private TimeoutOption timeout;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error: print only the tables and the summary.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        Set<Algorithm> algorithms = algorithms();
        SuitcaseConfiguration configuration = configuration();
        Path outDirectory = EngineRun.outDirectory(spec, out);
        // loaded once: the manifests come from it, and the engine runs it
        Corpora corpora = new Corpora();
        List<InteropManifest> manifests = manifests(corpus(corpora, configuration));
        List<NamedAdapter> adapters = open(configuration);
        try {
            requireProducer(adapters, algorithms);
            EngineRun.Ending ending = EngineRun.launch(spec, configuration, corpora, outDirectory, EngineRun.progress(quiet));
            if (ending.finished().isEmpty()) {
                return ending.exitStatus();
            }
            EngineRun.Finished vectors = ending.finished().get();
            Path resultsFile = outDirectory.resolve(ResultsJson.FILE_NAME);
            // until the producer matrix joins the vector results, results.json says the run is incomplete
            ResultsJson.write(new Results(unfinished(vectors.results().run()), vectors.results().results()), resultsFile);
            long start = System.nanoTime();
            ProducerMatrix matrix = new InteropRun(manifests, InteropKeys.standard(), this::progress).run(adapters, algorithms);
            Duration took = vectors.took().plusNanos(System.nanoTime() - start);
            Results results = new Results(vectors.results().run().finished(Instant.now()), vectors.results().results())
                    .withProducerMatrix(matrix);
            ResultsJson.write(results, resultsFile);
            GateReport gate = Gate.evaluate(results, Baseline.empty(), GateOptions.of(results.run().options()));
            Reports.write(ReportInputs.of(results, vectors.corpus()).withGate(gate).withInterop(ProducerMatrixView.of(matrix)),
                    outDirectory);
            EngineRun.printSummary(spec, results, gate, outDirectory, vectors.junitFiles(), took);
            return print(matrix, gate, spec.commandLine().getOut());
        } finally {
            adapters.forEach(adapter -> adapter.adapter().close());
        }
    }

    /**
     * Prints the tables and their summary after the vectors' summary, then the exit status of the
     * whole run and why, since the gate's line above speaks for the vectors only; returns that status.
     */
    private static int print(ProducerMatrix matrix, GateReport gate, PrintWriter output) {
        output.println();
        InteropTable.render(matrix).forEach(output::println);
        output.println();
        output.println(InteropTable.summary(matrix));
        int exit = exitCode(gate, matrix);
        List<String> why = new ArrayList<>();
        if (!gate.suiteErrors().isEmpty()) {
            why.add("the suite itself failed on " + count(gate.suiteErrors().size(), "result") + " (listed above); please report it");
        }
        if (!gate.unexpectedFailures().isEmpty()) {
            why.add(count(gate.unexpectedFailures().size(), "unexpected vector failure") + " (the gate above)");
        }
        int problems = matrix.problems().size();
        if (problems > 0) {
            why.add(count(problems, "thing") + " to fix in the producer matrix: the notes under the tables, report.html, "
                    + "and the producerMatrix member of results.json with each envelope");
        }
        if (why.isEmpty()) {
            why.add("no unexpected vector result, every envelope conformant, every verifier in agreement with the reference "
                    + "verifier");
        }
        output.println("suitcase matrix: exit " + exit + ": " + String.join("; ", why));
        output.flush();
        return exit;
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The gate's status for the vectors, made 1 by anything the producer matrix has to fix; a suite failure stays 3. */
    static int exitCode(GateReport gate, ProducerMatrix matrix) {
        int vectors = gate.exitCode();
        if (vectors == SuitcaseCommand.EXIT_SUITE_FAILED) {
            return vectors;
        }
        return vectors == SuitcaseCommand.EXIT_UNEXPECTED || !matrix.problems().isEmpty()
                ? SuitcaseCommand.EXIT_UNEXPECTED : SuitcaseCommand.EXIT_OK;
    }

    private void progress(String line) {
        if (!quiet) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("suitcase matrix: " + line);
            err.flush();
        }
    }

    /** The algorithms signed with: the one {@code --alg} names, else every one. */
    private Set<Algorithm> algorithms() {
        selection.selector();
        Optional<String> named = selection.algorithm();
        if (named.isEmpty()) {
            return EnumSet.allOf(Algorithm.class);
        }
        if (RunOptions.ANY_ALGORITHM.equalsIgnoreCase(named.get())) {
            throw usage("--alg any selects the vectors that depend on no algorithm, but every envelope of the producer "
                    + "matrix is signed with one; give ES256, ESP256, EdDSA, Ed25519 or HSS-LMS, or no --alg for all of them");
        }
        // the selector has refused a name that is no algorithm
        return EnumSet.of(Algorithm.fromName(named.get()).orElseThrow());
    }

    private SuitcaseConfiguration configuration() {
        RunOptions options = new RunOptions(selection.layer(), selection.algorithm(), selection.filter(), Set.of(),
                Optional.empty(), false, Optional.empty());
        return EngineRun.configuration(spec, adapterSpecs, corpusOption.directory(), options, Optional.empty(),
                timeout.duration());
    }

    private Corpus corpus(Corpora corpora, SuitcaseConfiguration configuration) {
        try {
            return corpora.load(configuration.corpusLocation());
        } catch (SuitcaseConfigurationException e) {
            throw usage("--corpus: " + e.getMessage());
        }
    }

    private List<InteropManifest> manifests(Corpus corpus) {
        try {
            return InteropManifests.standard(corpus);
        } catch (IllegalArgumentException e) {
            throw usage("--corpus: " + e.getMessage());
        }
    }

    /**
     * Opens every adapter for the producer matrix, as the engine's run opens them (same root and
     * timeout), or none: when one cannot start, those already open are closed.
     */
    private List<NamedAdapter> open(SuitcaseConfiguration configuration) {
        AdapterRegistry registry;
        try {
            registry = AdapterRegistry.forRepository(
                    ProcessSettings.defaults(configuration.root()).withRequestTimeout(configuration.timeout()));
        } catch (AdapterException | UncheckedIOException e) {
            throw usage(e.getMessage());
        }
        List<NamedAdapter> opened = new ArrayList<>();
        try {
            for (String name : configuration.adapters()) {
                Adapter adapter = registry.open(name);
                opened.add(new NamedAdapter(name, adapter));
            }
        } catch (AdapterException e) {
            opened.forEach(adapter -> adapter.adapter().close());
            throw usage("--adapter: " + e.getMessage());
        }
        return opened;
    }

    private void requireProducer(List<NamedAdapter> adapters, Set<Algorithm> algorithms) {
        boolean anyProducer = algorithms.stream().anyMatch(alg -> !InteropRun.producers(adapters, alg).isEmpty());
        if (!anyProducer) {
            throw usage("none of the adapters signs " + (algorithms.size() == 1 ? algorithms.iterator().next().displayName()
                    : "any algorithm") + " (no conformance statement lists the sign operation with it), so there is no "
                    + "envelope to verify; add --adapter reference, or an adapter that produces envelopes");
        }
    }

    /** The run as it stands before the producer matrix has run: not finished. */
    private static RunInfo unfinished(RunInfo run) {
        return new RunInfo(run.suiteVersion(), run.corpus(), run.options(), run.adapters(), run.startedAt(), Optional.empty());
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
