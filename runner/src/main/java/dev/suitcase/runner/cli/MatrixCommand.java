package dev.suitcase.runner.cli;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.SuiteVersion;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.runner.interop.InteropKeys;
import dev.suitcase.runner.interop.InteropManifest;
import dev.suitcase.runner.interop.InteropManifests;
import dev.suitcase.runner.interop.InteropRun;
import dev.suitcase.runner.interop.InteropTable;
import dev.suitcase.runner.interop.NamedAdapter;
import dev.suitcase.runner.interop.ProducerMatrix;
import dev.suitcase.runner.results.CorpusInfo;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.verifier.Algorithm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code suitcase matrix}: several implementations side by side. Every producer signs the same
 * manifests with the same test keys, the reference verifier checks each envelope, and every
 * verifier verifies every envelope ({@link InteropRun}); the per-algorithm tables are printed and,
 * with {@code --out}, written with the vector results into {@code results.json}.
 *
 * <p>The cross-implementation vector table comes from the {@link CorpusRun} this command is made
 * with: the execution path of {@code suitcase run}, which the no-argument constructor (picocli's)
 * passes in once {@code run} exists beside this command (issue 6). Exit 0 when every envelope is
 * conformant and every verifier agrees with the reference verifier, 1 otherwise or when a vector
 * result is a failure, 2 on a usage error, 3 when the suite itself failed on a vector.
 */
@Command(name = "matrix",
        mixinStandardHelpOptions = true,
        description = {
            "Put implementations side by side: every adapter whose statement lists sign (a producer) signs the same "
                    + "manifests with the same published test keys; the strict reference verifier checks each envelope "
                    + "(is the producer conformant?); then every verifier verifies every envelope. Prints one table per "
                    + "algorithm: producers down, the reference verifier and the verifiers across.",
            "A verifier covering the suit layer processes the whole envelope on the manifest's device; one covering only "
                    + "the cose layer verifies the envelope's COSE_Sign1 with its detached SUIT_Digest.",
            "Exit status: 0 all conformant and in agreement, 1 a non-conformant envelope, a verifier disagreeing with the "
                    + "reference verifier, a crash or timeout, or a failing vector result; 2 usage error; 3 the suite failed."
        },
        footer = {
            "",
            "Examples:",
            "  suitcase matrix --adapter reference --adapter python --adapter jdk",
            "  suitcase matrix --adapter reference --adapter 'process:./my-adapter' --alg ES256 --out matrix-run/",
        })
final class MatrixCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private CorpusOption corpusOption;

    @Option(names = "--adapter", required = true, paramLabel = "ADAPTER",
            description = "An adapter: reference, jdk, cose-java, tink, a short name from adapters/adapters.json (e.g. "
                    + "python), process:<command line> or process-oneshot:<command>. Repeat for each implementation.")
    private List<String> adapterSpecs = new ArrayList<>();

    @Option(names = "--alg", paramLabel = "ALG",
            description = "Only this algorithm: ES256, ESP256, EdDSA, Ed25519 or HSS-LMS (default: every one).")
    private String algorithm;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write results.json (the vector results and the producer matrix, with every envelope) into DIR.")
    private Path out;

    @Option(names = "--quiet", description = "Print no progress on standard error; only the tables and the summary.")
    private boolean quiet;

    private final CorpusRun corpusRun;
    private final Clock clock;

    /** The command of the CLI: the producer × verifier matrix; the vector table joins it through {@link CorpusRun}. */
    MatrixCommand() {
        this(CorpusRun.PRODUCERS_ONLY, Clock.systemUTC());
    }

    MatrixCommand(CorpusRun corpusRun, Clock clock) {
        this.corpusRun = Objects.requireNonNull(corpusRun, "corpusRun");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Set<Algorithm> algorithms = algorithms();
        List<NamedAdapter> adapters = open();
        try {
            requireProducer(adapters, algorithms);
            Corpus corpus = corpusOption.load();
            List<InteropManifest> manifests;
            try {
                manifests = InteropManifests.standard(corpus);
            } catch (IllegalArgumentException e) {
                throw usage("--corpus: " + e.getMessage());
            }
            Instant started = clock.instant();
            RunInfo run = new RunInfo(SuiteVersion.get(), CorpusInfo.of(corpus), options(), underTest(adapters), started,
                    Optional.empty());
            PrintWriter err = commandLine.getErr();
            // the cross-implementation vector table: suitcase run's execution path, through the CorpusRun given above
            Results vectors = corpusRun.run(run, corpus, adapters);
            ProducerMatrix matrix = new InteropRun(manifests, InteropKeys.standard(), line -> {
                if (!quiet) {
                    err.println("suitcase matrix: " + line);
                    err.flush();
                }
            }).run(adapters, algorithms);
            Results results = new Results(run.finished(clock.instant()), vectors.results()).withProducerMatrix(matrix);
            print(matrix);
            if (out != null) {
                Path target = ResultsFiles.output(out);
                ResultsFiles.write(commandLine, results, target);
                commandLine.getOut().println("results written to " + target);
            }
            commandLine.getOut().flush();
            return exitCode(results);
        } finally {
            adapters.forEach(adapter -> adapter.adapter().close());
        }
    }

    private void print(ProducerMatrix matrix) {
        PrintWriter output = spec.commandLine().getOut();
        InteropTable.render(matrix).forEach(output::println);
        output.println();
        output.println(InteropTable.summary(matrix));
        List<String> problems = matrix.problems();
        if (!problems.isEmpty()) {
            output.println(problems.size() + (problems.size() == 1 ? " thing" : " things")
                    + " to fix: the notes under the tables, and the producerMatrix member of results.json with each envelope");
        }
    }

    private static int exitCode(Results results) {
        if (results.results().stream().anyMatch(result -> result.verdict().isSuiteError())) {
            return SuitcaseCommand.EXIT_SUITE_FAILED;
        }
        boolean failing = results.results().stream().anyMatch(result -> result.verdict().isFailure(false));
        boolean problems = results.producerMatrix().map(matrix -> !matrix.problems().isEmpty()).orElse(false);
        return failing || problems ? SuitcaseCommand.EXIT_UNEXPECTED : SuitcaseCommand.EXIT_OK;
    }

    private Set<Algorithm> algorithms() {
        if (algorithm == null) {
            return EnumSet.allOf(Algorithm.class);
        }
        return EnumSet.of(Algorithm.fromName(algorithm).orElseThrow(() -> usage("--alg: unknown algorithm '" + algorithm
                + "'; expected ES256, ESP256, EdDSA, Ed25519 or HSS-LMS")));
    }

    private RunOptions options() {
        return new RunOptions(Optional.empty(), Optional.ofNullable(algorithm), Optional.empty(), Set.of(), Optional.empty(),
                false, Optional.empty());
    }

    /** Opens every adapter, or none: when one cannot start, those already open are closed. */
    private List<NamedAdapter> open() {
        Set<String> names = new LinkedHashSet<>();
        for (String name : adapterSpecs) {
            if (!names.add(name)) {
                throw usage("--adapter " + name + " is given twice; each adapter is one column and one row");
            }
        }
        AdapterRegistry registry;
        try {
            registry = AdapterRegistry.forRepository(ProcessSettings.defaults(repositoryRoot()));
        } catch (AdapterException | UncheckedIOException e) {
            throw usage(e.getMessage());
        }
        List<NamedAdapter> opened = new ArrayList<>();
        try {
            for (String name : names) {
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
            throw usage("none of the adapters signs " + (algorithm == null ? "any algorithm" : algorithm)
                    + " (no conformance statement lists the sign operation with it), so there is no envelope to verify; "
                    + "add --adapter reference, or an adapter that produces envelopes");
        }
    }

    private static List<AdapterUnderTest> underTest(List<NamedAdapter> adapters) {
        return adapters.stream().map(adapter -> AdapterUnderTest.of(adapter.name(), adapter.adapter().describe())).toList();
    }

    /** Where adapters/adapters.json and relative adapter programs are found: -Dsuitcase.root, else the working directory. */
    private static Path repositoryRoot() {
        return Path.of(System.getProperty("suitcase.root", "")).toAbsolutePath();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
