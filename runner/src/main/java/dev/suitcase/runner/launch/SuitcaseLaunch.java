package dev.suitcase.runner.launch;

import dev.suitcase.runner.engine.CorpusLocation;
import dev.suitcase.runner.engine.RunInputs;
import dev.suitcase.runner.engine.SuitcaseConfiguration;
import dev.suitcase.runner.engine.SuitcaseConfigurationException;
import dev.suitcase.runner.engine.SuitcaseTestEngine;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.vectors.corpus.Corpus;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherExecutionRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * Runs the suitcase engine through the JUnit Platform launcher, as a build tool would, with the
 * listeners of {@code suitcase run}: results.json kept current ({@link ResultsCollector}), JUnit's
 * XML reports ({@link JUnitReportFiles}) and a progress display. The launcher knows no other
 * engine and loads no listener from the classpath, so what runs is exactly this.
 *
 * <p>Ctrl-C or SIGTERM ({@link Interruption}): the run is cancelled (no further vector is sent) and
 * results.json written a last time with what was measured, without {@code finishedAt}, so the file
 * says the run is incomplete; what becomes of the directory is the caller's ({@link ReportDirectory}).
 */
public final class SuitcaseLaunch {
    /** How results.json keeps up with a run: at most this stale. */
    static final Duration FLUSH_INTERVAL = Duration.ofSeconds(1);
    /** How long an interruption waits for the engine to stop before it keeps what was measured. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(5);

    /** How progress is shown. */
    public enum Progress {
        /** A bar with ETA, redrawn in place. */
        TERMINAL,
        /** Plain lines, for logs. */
        PLAIN,
        /** Nothing until the end. */
        NONE
    }

    /**
     * What a run produced.
     *
     * @param results        the final results; empty when the engine never started the run
     * @param corpus         the corpus the run used
     * @param engineFailure  why the engine did not run to the end, if it did not
     * @param collectFailure a failure keeping the results, if there was one
     * @param junitFiles     junit.xml and open-test-report.xml, as written
     * @param took           how long the run took, discovery included
     */
    public record Outcome(Optional<Results> results, Corpus corpus, Optional<Throwable> engineFailure,
                          Optional<RuntimeException> collectFailure, List<Path> junitFiles, Duration took) {
    }

    private SuitcaseLaunch() {
    }

    /** The run was cancelled by Ctrl-C (or SIGTERM) while it ran; results.json holds what was measured. */
    public static final class RunInterruptedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunInterruptedException() {
            super("the run was interrupted", null, false, false);
        }
    }

    /**
     * Runs the configured vectors, writing results.json, junit.xml and open-test-report.xml into
     * {@code outDirectory}. Throws {@link SuitcaseConfigurationException} when the configuration does
     * not work (it says why) or selects no vector.
     *
     * @param inputs where the engine loads its corpus, baseline and adapter registry; the caller finds
     *               them there afterwards without loading them a second time
     */
    public static Outcome run(SuitcaseConfiguration configuration, RunInputs inputs, Path outDirectory, Progress progress,
                              PrintWriter err) throws IOException {
        long start = System.nanoTime();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .addTestEngines(new SuitcaseTestEngine(inputs))
                .build());
        JUnitReportFiles junitFiles = JUnitReportFiles.in(outDirectory);
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClasspathResource(CorpusLocation.CLASSPATH_RESOURCE))
                    .configurationParameters(configuration.toParameters())
                    .configurationParameters(junitFiles.configurationParameters())
                    .enableImplicitConfigurationParameters(false)
                    .build();
            TestPlan plan = discover(launcher, request);
            if (plan.countTestIdentifiers(TestIdentifier::isTest) == 0 && !configuration.options().interop()) {
                // discovery refuses options that select nothing; what is left is a shard that holds none of them
                // (with the producer matrix, discovery knows its vectors' ids and refuses such a shard itself)
                throw SuitcaseConfigurationException.of(SuitcaseConfiguration.SHARD, "shard "
                        + configuration.options().shard().map(Object::toString).orElse("")
                        + " holds none of the vectors the other options select; split the run into fewer shards");
            }
            ResultsCollector collector = new ResultsCollector(outDirectory.resolve(ResultsJson.FILE_NAME), FLUSH_INTERVAL);
            List<TestExecutionListener> listeners = new ArrayList<>(List.of(collector));
            CancellationToken cancellation = CancellationToken.create();
            // once cancelled, the XML files are dropped with their directory: JUnit's complaint about writing them is noise
            listeners.addAll(junitFiles.listeners(new PrintWriter(new Writer() {
                @Override
                public void write(char[] text, int offset, int length) {
                    if (!cancellation.isCancellationRequested()) {
                        err.write(text, offset, length);
                    }
                }

                @Override
                public void flush() {
                    err.flush();
                }

                @Override
                public void close() {
                    err.flush();
                }
            }, true)));
            switch (progress) {
                case TERMINAL -> listeners.add(new TerminalProgress());
                case PLAIN -> listeners.add(new PlainProgress(err));
                case NONE -> {
                }
            }
            CountDownLatch executed = new CountDownLatch(1);
            try (Interruption.Registration interruption = Interruption.register(
                    () -> interrupted(cancellation, executed, collector))) {
                try {
                    launcher.execute(LauncherExecutionRequestBuilder.request(plan)
                            .listeners(listeners.toArray(TestExecutionListener[]::new))
                            .cancellationToken(cancellation)
                            .build());
                } finally {
                    executed.countDown();
                }
                if (cancellation.isCancellationRequested()) {
                    // the shutdown hook is running: the run is incomplete, and nothing may say it finished
                    throw new RunInterruptedException();
                }
            }
            Optional<Results> results = collector.finish(Instant.now());
            List<Path> written = collector.engineFailure().isEmpty() ? junitFiles.publish() : List.of();
            // discovery loaded it through the same inputs: this is the corpus the run used, not a second load
            Corpus corpus = inputs.corpus(configuration.corpusLocation());
            return new Outcome(results, corpus, collector.engineFailure(), collector.failure(), written,
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            junitFiles.discard();
        }
    }

    private static TestPlan discover(Launcher launcher, LauncherDiscoveryRequest request) {
        try {
            return launcher.discover(request);
        } catch (RuntimeException e) {
            throw cause(e, SuitcaseConfigurationException.class).orElseThrow(() -> e);
        }
    }

    /**
     * A signal: no further vector is sent, and once the engine has returned (at most {@link #CANCEL_GRACE}
     * later: a vector in flight may take that long) results.json is written a last time and left alone.
     */
    private static void interrupted(CancellationToken cancellation, CountDownLatch executed, ResultsCollector collector) {
        cancellation.cancel();
        try {
            executed.await(CANCEL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        collector.close();
    }

    /** The first throwable of type {@code type} in the cause chain of {@code thrown}. */
    public static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
        }
        return Optional.empty();
    }
}
