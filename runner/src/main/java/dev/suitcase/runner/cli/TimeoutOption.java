package dev.suitcase.runner.cli;

import dev.suitcase.runner.engine.SuitcaseConfiguration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code --timeout DURATION}: how long an adapter may leave one request unanswered. */
final class TimeoutOption {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "How long one request may go unanswered before it is TIMEOUT, e.g. 500ms, 10s, 2m "
                    + "(default: ${DEFAULT-VALUE}).")
    private String timeout;

    /** The duration given; one that does not parse is a usage error saying how to write it. */
    Duration duration() {
        try {
            return SuitcaseConfiguration.duration(timeout);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout: " + e.getMessage());
        }
    }
}
