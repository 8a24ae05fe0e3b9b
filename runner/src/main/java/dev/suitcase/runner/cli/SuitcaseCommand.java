package dev.suitcase.runner.cli;

import dev.suitcase.runner.engine.SuitcaseConfigurationException;
import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.runner.launch.Interruption;
import dev.suitcase.runner.results.IncompatibleResultsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code suitcase} command line. Exit codes are the suite's: 0 success (or accept), 1 an
 * unexpected result (or reject), 2 a usage error, 3 the suite itself failed. No input, however
 * wrong, produces a stack trace: usage errors print what was wrong and how to get help.
 */
@Command(name = "suitcase",
        mixinStandardHelpOptions = true,
        versionProvider = SuitcaseVersion.class,
        description = "Conformance and interoperability test suite for signed SUIT firmware manifests.",
        subcommands = {RunCommand.class, InteropCommand.class, DiffCommand.class, MergeCommand.class, VerifyCommand.class,
            ListCommand.class, ShowCommand.class, CoverageCommand.class, ExportCommand.class, ImportCommand.class,
            CommandLine.HelpCommand.class})
public final class SuitcaseCommand implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_UNEXPECTED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_SUITE_FAILED = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        // a signal at any moment from here on gets a line on stderr, not a silent exit
        Interruption.arm(err);
        int status = execute(args, new PrintWriter(System.out, true), err);
        Interruption.disarm();
        System.exit(status);
    }

    /** Runs the command line with the given streams and returns the exit code; used by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(new CommandLine(new SuitcaseCommand()), args, out, err);
    }

    /**
     * Runs {@code commandLine} (this command, or one subcommand object on its own, as a test makes it)
     * with the streams, exit codes and error handling of {@code suitcase}, and returns the exit code.
     */
    static int execute(CommandLine commandLine, String[] args, PrintWriter out, PrintWriter err) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> EXIT_SUITE_FAILED);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println(failed.getCommandName().equals("suitcase")
                    ? "suitcase: " + exception.getMessage()
                    : "suitcase " + failed.getCommandName() + ": " + exception.getMessage());
            failed.getErr().println("Try 'suitcase " + (failed.getCommandName().equals("suitcase") ? "" :
                    failed.getCommandName() + " ") + "--help' for usage.");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            if (isUsageError(exception)) {
                // a file or option the user gave cannot be used: one line, as for a bad option
                failed.getErr().println("suitcase " + failed.getCommandName() + ": " + exception.getMessage());
                failed.getErr().println("Try 'suitcase " + failed.getCommandName() + " --help' for usage.");
                return EXIT_USAGE;
            }
            failed.getErr().println("suitcase: internal error, please report it: " + exception);
            return EXIT_SUITE_FAILED;
        });
        return commandLine.execute(args);
    }

    /** Errors in what the user gave: an unreadable or invalid results or baseline file, results that cannot be combined, a bad engine configuration. */
    private static boolean isUsageError(Exception exception) {
        return exception instanceof JsonFileException || exception instanceof IncompatibleResultsException
                || exception instanceof SuitcaseConfigurationException;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: run, interop, diff, merge, verify, list, show, coverage, export or import");
    }
}
