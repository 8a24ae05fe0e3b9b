package dev.suitcase.adapters.process;

import dev.suitcase.adapters.AdapterException;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the build commands of external adapters (the {@code build} of an adapters/adapters.json
 * entry, adapters/PROTOCOL.md) before they start, so that a first build that takes minutes (a cargo
 * release build, a virtual environment from PyPI) never counts against
 * {@link ProcessSettings#startTimeout()}. Each distinct command runs once in the life of this object,
 * one run's, however many adapters share it ({@code rust} and {@code rust-strict}) and however many
 * threads open them at once: the others wait for it and share its result.
 *
 * <p>What the user sees on the notice stream (standard error): nothing for a build that is done
 * within {@link #NOTICE_AFTER} (an adapter already built), else one line saying the adapter is being
 * built; the build's output only when the build fails. The command's exit status: 0, built or
 * nothing to do; {@value #EXIT_TOOLCHAIN_MISSING}, its toolchain is missing, which becomes one line
 * naming the toolchain; any other, a failed build, whose output is shown before a one-line error.
 * After {@link ProcessSettings#buildTimeout()} the build and its children are killed.
 */
public final class AdapterBuilds {
    /** The exit status by which a build command says that its toolchain is missing. */
    public static final int EXIT_TOOLCHAIN_MISSING = 4;
    /** How long a build may run before the user is told that it is building. */
    static final Duration NOTICE_AFTER = Duration.ofSeconds(1);
    private static final int MAX_OUTPUT_BYTES = 256 * 1024;
    private static final long DRAIN_WAIT_MILLIS = 2_000;

    private final ProcessSettings settings;
    private final Consumer<String> notices;
    private final Map<String, CompletableFuture<Void>> builds = new ConcurrentHashMap<>();
    /** Build commands that said their toolchain is missing, with what they said. */
    private final Map<String, String> toolchainMissing = new ConcurrentHashMap<>();

    /**
     * @param settings where build commands run (the base directory) and for how long
     * @param notices  receives what the user is to see: the building notice, a failed build's output
     */
    public AdapterBuilds(ProcessSettings settings, Consumer<String> notices) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /**
     * Builds the adapter {@code name} by running {@code command} (split and resolved as a process
     * adapter's command line), unless that command has run already, and waits for it; throws an
     * {@link AdapterException} with one line saying why the adapter cannot be built.
     *
     * @param toolchain the commands the build needs, named in the message when it says they are missing
     */
    public void build(String name, String command, List<String> toolchain) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> first = builds.putIfAbsent(command, mine);
        if (first == null) {
            try {
                run(name, command, toolchain);
                mine.complete(null);
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            }
            return;
        }
        try {
            first.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof AdapterException failed ? new AdapterException(failed.getMessage(), failed)
                    : new AdapterException("adapter '" + name + "': its build '" + command + "' failed: " + e.getCause(), e);
        }
    }

    /**
     * What the build {@code command} said when it exited {@value #EXIT_TOOLCHAIN_MISSING}, if it has
     * run and did: the adapter cannot be built on this machine, rather than its build being broken.
     */
    public Optional<String> toolchainMissing(String command) {
        return Optional.ofNullable(toolchainMissing.get(command));
    }

    private void run(String name, String commandLine, List<String> toolchain) {
        String adapter = "adapter '" + name + "'";
        CommandLine command;
        try {
            command = CommandLine.parse(commandLine).resolvedAgainst(settings.baseDirectory());
        } catch (IllegalArgumentException malformed) {
            throw new AdapterException(adapter + ": its build command: " + malformed.getMessage());
        }
        Process process;
        try {
            process = new ProcessBuilder(command.words()).directory(settings.baseDirectory().toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException cannotRun) {
            throw new AdapterException(adapter + ": cannot run its build '" + commandLine + "': " + cannotRun.getMessage());
        }
        try {
            process.getOutputStream().close(); // a build reads nothing
        } catch (IOException alreadyGone) {
            // the build exited at once; its status says the rest
        }
        CappedDrain output = CappedDrain.of(process.getInputStream(), MAX_OUTPUT_BYTES, "suitcase-build-" + name);
        boolean exited = exitsWithin(process, NOTICE_AFTER);
        if (!exited) {
            notices.accept("building adapter " + name + " (first use may take minutes)...");
            exited = exitsWithin(process, settings.buildTimeout().minus(NOTICE_AFTER));
        }
        if (!exited) {
            kill(process);
            show(output.text(DRAIN_WAIT_MILLIS));
            throw new AdapterException(adapter + ": its build '" + commandLine + "' did not finish within "
                    + minutesOrSeconds(settings.buildTimeout()) + " and was stopped (its output above); allow it longer "
                    + "with --build-timeout (suitcase.buildTimeout)");
        }
        int status = process.exitValue();
        if (status == 0) {
            return;
        }
        String text = output.text(DRAIN_WAIT_MILLIS).strip();
        if (status == EXIT_TOOLCHAIN_MISSING) {
            toolchainMissing.put(commandLine, text.isEmpty() ? "its toolchain is missing" : lastLine(text));
            throw new AdapterException(adapter + " cannot be built, its toolchain"
                    + (toolchain.isEmpty() ? "" : " (" + String.join(", ", toolchain) + ")") + " is missing"
                    + (text.isEmpty() ? "" : ": " + lastLine(text)));
        }
        show(text);
        throw new AdapterException(adapter + ": its build '" + commandLine + "' failed with exit status " + status
                + (text.isEmpty() ? " and no output" : " (its output above)"));
    }

    /** Waits for the process; an interrupted wait stops the build and says so. */
    private static boolean exitsWithin(Process process, Duration wait) {
        try {
            return process.waitFor(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
            throw new AdapterException("the build was interrupted and stopped");
        }
    }

    /**
     * Kills the build and its descendants, taken first (an exited parent's children are reparented)
     * and killed after the parent, so that no shell lives to report its child's death as output.
     */
    private static void kill(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private void show(String output) {
        if (!output.isBlank()) {
            notices.accept(output.stripTrailing());
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\\R");
        return lines[lines.length - 1].strip();
    }

    private static String minutesOrSeconds(Duration duration) {
        return duration.toSeconds() % 60 == 0 && duration.toMinutes() > 0 ? duration.toMinutes() + " min"
                : duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
