package dev.suitcase.runner.cli;

import dev.suitcase.runner.engine.SuitcaseConfiguration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * {@code --timeout DURATION}: how long an adapter may leave one request unanswered; and
 * {@code --build-timeout DURATION}: how long an adapter's build command may take before it starts.
 */
final class TimeoutOption {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "How long one request may go unanswered before it is TIMEOUT, e.g. 500ms, 10s, 2m "
                    + "(default: ${DEFAULT-VALUE}).")
    private String timeout;

    @Option(names = "--build-timeout", paramLabel = "DURATION", defaultValue = "30m",
            description = "How long the build command of an adapter that builds on first use may take, e.g. 45m "
                    + "(default: ${DEFAULT-VALUE}); the adapter's start timeout begins after it.")
    private String buildTimeout;

    /** The duration given; one that does not parse is a usage error saying how to write it. */
    Duration duration() {
        return parsed("--timeout", timeout);
    }

    /** The build timeout given; one that does not parse is a usage error saying how to write it. */
    Duration buildDuration() {
        return parsed("--build-timeout", buildTimeout);
    }

    private Duration parsed(String option, String text) {
        try {
            return SuitcaseConfiguration.duration(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
