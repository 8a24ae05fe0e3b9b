package dev.suitcase.adapters.process;

import dev.suitcase.adapters.AdapterException;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.InProcessAdapter;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.VerifyRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An external adapter run once per request ({@code process-oneshot:<command>}, "One-shot mode" of
 * adapters/PROTOCOL.md), for a script that cannot keep a loop. {@code <command> --ics} prints the
 * conformance statement once; then {@code <command> REQUEST.json} runs per request, the file
 * holding one verify request as in batch mode. Exit status 0 is accept, 1 reject (a JSON line on
 * stdout may add reason and detail), 89 unsupported, anything else CRASH; past the timeout the
 * process and everything it started are killed and the outcome is TIMEOUT. Sign requests are not
 * part of one-shot mode.
 */
public final class OneShotAdapter extends InProcessAdapter {
    static final int EXIT_ACCEPT = 0;
    static final int EXIT_REJECT = 1;
    static final int EXIT_UNSUPPORTED = 89;
    private static final int MAX_STDOUT_BYTES = 1024 * 1024;
    private static final long DRAIN_WAIT_MILLIS = 1000;

    private final String label;
    private final CommandLine command;
    private final ProcessSettings settings;
    private final Ics ics;

    private OneShotAdapter(String label, CommandLine command, ProcessSettings settings, Ics ics) {
        this.label = label;
        this.command = command;
        this.settings = settings;
        this.ics = ics;
    }

    /**
     * Runs {@code <command> --ics} and returns the adapter; throws an {@link AdapterException} when
     * the command cannot run or its statement is missing or invalid.
     */
    public static OneShotAdapter start(String commandLine, ProcessSettings settings) {
        String label = "process-oneshot:" + commandLine;
        CommandLine command = ProcessAdapter.resolve(commandLine, settings, label);
        Run run = run(command.with("--ics"), settings, settings.startTimeout().toMillis(), label);
        if (run.timedOut() || run.status() != 0) {
            throw new AdapterException("adapter " + label + " cannot be used: '" + command.with("--ics") + "' "
                    + (run.timedOut() ? "did not finish within " + settings.startTimeout().toSeconds() + " s"
                    : "exited with status " + run.status()) + stderrNote(run.stderr()));
        }
        JsonNode statement;
        try {
            statement = WireMessages.parse(run.stdout().strip().getBytes(StandardCharsets.UTF_8));
        } catch (JacksonException notJson) {
            throw new AdapterException("adapter " + label + " cannot be used: '" + command.with("--ics")
                    + "' must print its conformance statement as one JSON object, printed "
                    + WireMessages.excerpt(run.stdout().getBytes(StandardCharsets.UTF_8)));
        }
        return new OneShotAdapter(label, command, settings, Ics.fromJson(statement, label));
    }

    @Override
    public Ics describe() {
        return ics;
    }

    @Override
    protected AdapterOutcome answer(VerifyRequest request) {
        Path file;
        try {
            file = Files.createTempFile("suitcase-request-", ".json");
            Files.write(file, WireMessages.line(WireMessages.verify(request)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request file for " + request.id(), e);
        }
        try {
            Run run = run(command.with(file.toString()), settings, settings.requestTimeout().toMillis(), label);
            return outcome(run).withStderr(run.stderr());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover file in the temp directory is harmless
            }
        }
    }

    @Override
    protected SignOutcome produce(SignRequest request) {
        return SignOutcome.unsupported("one-shot mode carries verify requests only; run a producer as "
                + "process:<command line> to sign");
    }

    private AdapterOutcome outcome(Run run) {
        if (run.timedOut()) {
            return AdapterOutcome.timeout("no exit within " + settings.requestTimeout().toMillis()
                    + " ms; the process and its children were killed");
        }
        return switch (run.status()) {
            case EXIT_ACCEPT -> AdapterOutcome.accept();
            case EXIT_REJECT -> rejection(run.stdout());
            case EXIT_UNSUPPORTED -> AdapterOutcome.unsupported(unsupportedDetail(run.stdout().strip()));
            default -> AdapterOutcome.crash("adapter program exited with status " + run.status()
                    + "; one-shot mode knows 0 (accept), 1 (reject) and 89 (unsupported)");
        };
    }

    /** Exit status 1: the optional JSON line on stdout gives reason and detail, read as in batch mode. */
    private static AdapterOutcome rejection(String stdout) {
        String line = stdout.strip();
        if (line.isEmpty()) {
            return AdapterOutcome.reject(Optional.empty(), "");
        }
        JsonNode answer;
        try {
            answer = WireMessages.parse(line.getBytes(StandardCharsets.UTF_8));
        } catch (JacksonException notJson) {
            return AdapterOutcome.protocolViolation("exit status 1 (reject), but stdout is not the optional JSON line "
                    + "with reason and detail: " + WireMessages.excerpt(line.getBytes(StandardCharsets.UTF_8)));
        }
        if (!answer.isObject()) {
            return AdapterOutcome.protocolViolation("exit status 1 (reject), but stdout is not a JSON object: "
                    + WireMessages.excerpt(line.getBytes(StandardCharsets.UTF_8)));
        }
        ((ObjectNode) answer).put("outcome", "reject");
        return WireMessages.verifyAnswer(answer);
    }

    /** Exit status 89: the detail of a JSON line on stdout when there is one, else stdout as text. */
    private static String unsupportedDetail(String stdout) {
        try {
            JsonNode line = WireMessages.parse(stdout.getBytes(StandardCharsets.UTF_8));
            if (line.isObject() && line.path("detail").isString()) {
                return WireMessages.cut(line.get("detail").stringValue());
            }
        } catch (JacksonException notJson) {
            // plain text is a detail too
        }
        return WireMessages.cut(stdout);
    }

    private record Run(int status, boolean timedOut, String stdout, String stderr) {
    }

    private static Run run(CommandLine command, ProcessSettings settings, long timeoutMillis, String label) {
        Process process;
        try {
            process = new ProcessBuilder(command.words()).directory(settings.baseDirectory().toFile()).start();
        } catch (IOException cannotRun) {
            throw new AdapterException("adapter " + label + ": cannot run '" + command + "': " + cannotRun.getMessage());
        }
        try {
            process.getOutputStream().close(); // one-shot requests come in a file; stdin is empty
        } catch (IOException alreadyGone) {
            // the program exited at once; its status says the rest
        }
        CappedDrain stdout = CappedDrain.of(process.getInputStream(), MAX_STDOUT_BYTES, "suitcase-oneshot-stdout");
        CappedDrain stderr = CappedDrain.of(process.getErrorStream(), settings.maxStderrBytes(), "suitcase-oneshot-stderr");
        boolean exited;
        try {
            exited = process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = false;
        }
        if (!exited) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Run(exited ? process.exitValue() : -1, !exited, stdout.text(DRAIN_WAIT_MILLIS),
                stderr.text(DRAIN_WAIT_MILLIS));
    }

    private static String stderrNote(String stderr) {
        return stderr.isBlank() ? "" : "; its stderr: " + WireMessages.cut(stderr.strip());
    }
}
