package dev.suitcase.runner.cli;

import dev.suitcase.adapters.AdapterException;
import dev.suitcase.runner.baseline.GateReport;
import dev.suitcase.runner.engine.RunInputs;
import dev.suitcase.runner.engine.SuitcaseConfiguration;
import dev.suitcase.runner.engine.SuitcaseConfigurationException;
import dev.suitcase.runner.launch.ReportDirectory;
import dev.suitcase.runner.launch.RunSummary;
import dev.suitcase.runner.launch.SuitcaseLaunch;
import dev.suitcase.runner.report.Reports;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.vectors.corpus.Corpus;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine run of {@code suitcase run} and {@code suitcase interop}: one execution path, the
 * suitcase engine through {@link SuitcaseLaunch}, whose failures become what a command line says.
 * A configuration or adapter that cannot be used is a usage error naming the command's option, not
 * the engine's configuration key; a fault of the suite is exit 3 with a line on standard error;
 * Ctrl-C is exit 130 (the shutdown hook says what was kept). Both commands build the engine's configuration and print the run's summary
 * here, so the two read their options and list their reports alike.
 */
final class EngineRun {
    /** What a shell reports for a process ended by Ctrl-C. */
    static final int EXIT_INTERRUPTED = 130;

    /** The command-line option of each engine configuration key, which a configuration error names instead. */
    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry(SuitcaseConfiguration.ADAPTERS, "--adapter"),
            Map.entry(SuitcaseConfiguration.CORPUS, "--corpus"),
            Map.entry(SuitcaseConfiguration.LAYER, "--layer"),
            Map.entry(SuitcaseConfiguration.ALGORITHM, "--alg"),
            Map.entry(SuitcaseConfiguration.FILTER, "--filter"),
            Map.entry(SuitcaseConfiguration.SHARD, "--shard"),
            Map.entry(SuitcaseConfiguration.PROFILES, "--profile"),
            Map.entry(SuitcaseConfiguration.ALLOW_UNIMPLEMENTED, "--allow-unimplemented"),
            Map.entry(SuitcaseConfiguration.FAIL_ON, "--fail-on"),
            Map.entry(SuitcaseConfiguration.BASELINE, "--baseline"),
            Map.entry(SuitcaseConfiguration.TIMEOUT, "--timeout"),
            Map.entry(SuitcaseConfiguration.BUILD_TIMEOUT, "--build-timeout"),
            Map.entry(SuitcaseConfiguration.INTEROP, "suitcase interop"),
            Map.entry(SuitcaseConfiguration.ROOT, "the repository root (" + SuitcaseConfiguration.ROOT + ")"));

    private EngineRun() {
    }

    /**
     * A run that went to the end.
     *
     * @param results    its final results, as results.json holds them
     * @param corpus     the corpus it used
     * @param junitFiles junit.xml and open-test-report.xml, as written
     * @param took       how long it took, discovery included
     */
    record Finished(Results results, Corpus corpus, List<Path> junitFiles, Duration took) {
        Finished {
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(corpus, "corpus");
            junitFiles = List.copyOf(junitFiles);
            Objects.requireNonNull(took, "took");
        }
    }

    /**
     * How a launch ended.
     *
     * @param finished   the run, when it went to the end
     * @param exitStatus otherwise the status the command exits with, the reason already printed
     */
    record Ending(Optional<Finished> finished, int exitStatus) {
        Ending {
            Objects.requireNonNull(finished, "finished");
        }

        static Ending of(Finished run) {
            return new Ending(Optional.of(run), SuitcaseCommand.EXIT_OK);
        }

        static Ending exit(int status) {
            return new Ending(Optional.empty(), status);
        }
    }

    /**
     * The engine's configuration for a command's options, adapter programs found from the repository
     * root ({@value SuitcaseConfiguration#ROOT}); one that cannot work is a usage error naming the option.
     */
    static SuitcaseConfiguration configuration(CommandLine.Model.CommandSpec spec, List<String> adapters,
                                               Optional<Path> corpus, RunOptions options, Optional<Path> baseline,
                                               Duration timeout, Duration buildTimeout) {
        try {
            return new SuitcaseConfiguration(adapters, corpus, options, baseline, timeout, buildTimeout,
                    Path.of(System.getProperty(SuitcaseConfiguration.ROOT, "")));
        } catch (SuitcaseConfigurationException e) {
            throw usage(spec, e);
        }
    }

    /**
     * Runs the configured vectors, writing results.json, junit.xml and open-test-report.xml into
     * {@code outDirectory}; throws a usage error for a configuration or adapter that cannot be used.
     */
    static Ending launch(CommandLine.Model.CommandSpec spec, SuitcaseConfiguration configuration, RunInputs inputs,
                         Path outDirectory, SuitcaseLaunch.Progress progress) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SuitcaseLaunch.Outcome outcome;
        try {
            outcome = SuitcaseLaunch.run(configuration, inputs, outDirectory, progress, err);
        } catch (SuitcaseConfigurationException e) {
            throw usage(spec, e);
        } catch (SuitcaseLaunch.RunInterruptedException e) {
            // the JVM is shutting down and the shutdown hook has said what is kept
            return Ending.exit(EXIT_INTERRUPTED);
        }
        Optional<Throwable> engineFailure = outcome.engineFailure();
        if (engineFailure.isPresent()) {
            Optional<AdapterException> unusable = SuitcaseLaunch.cause(engineFailure.get(), AdapterException.class);
            if (unusable.isPresent()) {
                throw usage(spec, unusable.get().getMessage());
            }
            // adapters that open but cannot run as configured: none of them signs for the producer matrix
            Optional<SuitcaseConfigurationException> unfit = SuitcaseLaunch.cause(engineFailure.get(),
                    SuitcaseConfigurationException.class);
            if (unfit.isPresent()) {
                throw usage(spec, unfit.get());
            }
            return suiteFailed(spec, "the engine failed: " + engineFailure.get());
        }
        if (outcome.collectFailure().isPresent()) {
            return suiteFailed(spec, "keeping the results failed: " + outcome.collectFailure().get());
        }
        Optional<Results> results = outcome.results();
        if (results.isEmpty()) {
            return suiteFailed(spec, "the engine ran no vector and announced no run");
        }
        return Ending.of(new Finished(results.get(), outcome.corpus(), outcome.junitFiles(), outcome.took()));
    }

    /**
     * Prints the summary a run ends with ({@link RunSummary}), listing the reports in
     * {@code outDirectory} as written: results.json, {@code junitFiles}, report.html and summary.md.
     */
    static void printSummary(CommandLine.Model.CommandSpec spec, Results results, GateReport gate, Path outDirectory,
                             List<Path> junitFiles, Duration took) {
        List<Path> reports = new ArrayList<>(List.of(outDirectory.resolve(ResultsJson.FILE_NAME)));
        reports.addAll(junitFiles);
        reports.add(outDirectory.resolve(Reports.HTML));
        reports.add(outDirectory.resolve(Reports.SUMMARY));
        RunSummary.print(spec.name(), results, gate, outDirectory, reports, took, spec.commandLine().getOut());
    }

    /**
     * The staging directory of a run into {@code out} ({@link ReportDirectory}), created with its
     * parents; one that cannot be is a usage error.
     */
    static ReportDirectory stage(CommandLine.Model.CommandSpec spec, Path out) {
        try {
            return ReportDirectory.stage(out);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: cannot use " + out + " as the report directory ("
                    + e + "); give a directory that can be created or written");
        }
    }

    /** A progress bar on a terminal, lines in a log, nothing with {@code --quiet}. */
    static SuitcaseLaunch.Progress progress(boolean quiet) {
        if (quiet) {
            return SuitcaseLaunch.Progress.NONE;
        }
        return System.console() != null ? SuitcaseLaunch.Progress.TERMINAL : SuitcaseLaunch.Progress.PLAIN;
    }

    /** A usage error saying {@code message}. */
    static CommandLine.ParameterException usage(CommandLine.Model.CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * A usage error for the engine's configuration error: its problem under the command's option for
     * the key at fault ({@link #FLAGS}), or as it is when no one key is.
     */
    static CommandLine.ParameterException usage(CommandLine.Model.CommandSpec spec, SuitcaseConfigurationException e) {
        return usage(spec, e.key().map(key -> FLAGS.getOrDefault(key, key) + ": " + e.problem()).orElse(e.problem()));
    }

    private static Ending suiteFailed(CommandLine.Model.CommandSpec spec, String what) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("suitcase " + spec.name() + ": the suite failed, not the adapters: " + what + "; please report it");
        err.flush();
        return Ending.exit(SuitcaseCommand.EXIT_SUITE_FAILED);
    }
}
