package dev.suitcase.runner.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One run of the command line in the test JVM: its exit status and what it printed. */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SuitcaseCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exit, out.toString(), err.toString());
    }

    /** Runs a command object of its own, as {@code suitcase} would run the subcommand (its error handling included). */
    static CommandRun of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SuitcaseCommand.execute(new CommandLine(command), args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exit, out.toString(), err.toString());
    }

    /** A usage error: exit 2, a message and the hint, and no stack trace. */
    CommandRun assertUsageError(String command) {
        assertEquals(SuitcaseCommand.EXIT_USAGE, exit, out + err);
        assertTrue(err.startsWith("suitcase " + command + ": "), err);
        assertTrue(err.contains("Try 'suitcase " + command + " --help' for usage."), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertFalse(err.contains("Exception"), "no exception names: " + err);
        return this;
    }
}
