package dev.suitcase.adapters.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One running instance of an external adapter program, with three daemon threads so that the
 * driver never blocks on the program: a writer that feeds stdin from a queue, a reader that cuts
 * stdout into lines (stopping at an over-long one), and a reader that drains stderr into a
 * {@link StderrCapture}. Everything the threads see is reported to the driver as a
 * {@link ProgramEvent} tagged with this instance's generation.
 */
final class AdapterProgram {
    private static final byte[] END_OF_INPUT = new byte[0];

    private final Process process;
    private final int generation;
    private final StderrCapture stderr;
    private final BlockingQueue<byte[]> outbox = new LinkedBlockingQueue<>();

    private AdapterProgram(Process process, int generation, StderrCapture stderr) {
        this.process = process;
        this.generation = generation;
        this.stderr = stderr;
    }

    /**
     * Starts the program in {@code directory}; throws {@link IOException} when it cannot be run at
     * all (not found, not executable).
     */
    static AdapterProgram start(List<String> command, Path directory, int generation, ProcessSettings settings,
                                Consumer<ProgramEvent> events) throws IOException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).start();
        AdapterProgram program = new AdapterProgram(process, generation, new StderrCapture(settings.maxStderrBytes()));
        String name = "suitcase-adapter-" + process.pid();
        daemon(name + "-stdin", () -> program.writeLoop(events));
        daemon(name + "-stdout", () -> program.readLines(settings.maxLineBytes(), events));
        daemon(name + "-stderr", program::drainStderr);
        return program;
    }

    int generation() {
        return generation;
    }

    StderrCapture stderr() {
        return stderr;
    }

    long pid() {
        return process.pid();
    }

    /** Queues one line for the program's stdin; never blocks. */
    void send(byte[] line) {
        outbox.add(line);
    }

    /** Closes stdin once everything queued before is written. */
    void endInput() {
        outbox.add(END_OF_INPUT);
    }

    /** Waits up to {@code grace} for the program to exit by itself. */
    boolean awaitExit(Duration grace) {
        try {
            return process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How the program ended, waiting briefly for its exit status: "exited with status 3" or "had not exited". */
    String exitSummary(Duration wait) {
        if (awaitExit(wait)) {
            int status = process.exitValue();
            return status > 128 ? "exited with status " + status + " (killed by signal " + (status - 128) + "?)"
                    : "exited with status " + status;
        }
        return "had not exited";
    }

    /**
     * The program and every process it has started that is still its descendant, taken while the
     * program lives: once it exits, its children are reparented and no longer found from it.
     */
    List<ProcessHandle> tree() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        return tree;
    }

    /**
     * Kills the program and every process it started at once (destroyForcibly; a broken or stuck
     * program gets no grace), and stops the writer. The descendants are taken before the program
     * dies, so none is missed by being reparented.
     */
    void kill() {
        List<ProcessHandle> tree = tree();
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        outbox.clear();
        outbox.add(END_OF_INPUT);
    }

    /**
     * Ends what is left of {@code tree} and of the program's current descendants: asks each to
     * terminate (destroy), waits up to {@code grace} for them, then kills those still alive
     * (destroyForcibly). What the program started and left running after it exited at bye ends here.
     */
    void endTree(List<ProcessHandle> tree, Duration grace) {
        Set<ProcessHandle> all = new LinkedHashSet<>(tree);
        all.addAll(tree());
        List<ProcessHandle> alive = all.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : alive) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (ExecutionException | TimeoutException late) {
                    break;
                }
            }
        }
        alive.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        outbox.clear();
        outbox.add(END_OF_INPUT);
    }

    private void writeLoop(Consumer<ProgramEvent> events) {
        try (OutputStream stdin = process.getOutputStream()) {
            while (true) {
                byte[] line = outbox.take();
                if (line == END_OF_INPUT) {
                    return;
                }
                stdin.write(line);
                stdin.flush();
            }
        } catch (IOException broken) {
            events.accept(new ProgramEvent.WriteFailed(generation, broken.getMessage() == null
                    ? broken.getClass().getSimpleName() : broken.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cuts stdout into lines at '\n' (a '\r' before it is dropped); stops at a line longer than {@code limit}. */
    private void readLines(int limit, Consumer<ProgramEvent> events) {
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream stdout = process.getInputStream()) {
            int read;
            while ((read = stdout.read(buffer)) > 0) {
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i - start);
                        if (line.size() > limit) {
                            events.accept(new ProgramEvent.Overlong(generation, limit));
                            return;
                        }
                        events.accept(new ProgramEvent.Line(generation, withoutCarriageReturn(line.toByteArray())));
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(buffer, start, read - start);
                if (line.size() > limit) {
                    events.accept(new ProgramEvent.Overlong(generation, limit));
                    return;
                }
            }
            if (line.size() > 0) {
                // a last answer without its '\n' still counts
                events.accept(new ProgramEvent.Line(generation, withoutCarriageReturn(line.toByteArray())));
            }
        } catch (IOException closed) {
            // the program was killed while we read: the end of output is reported below all the same
        }
        events.accept(new ProgramEvent.EndOfOutput(generation));
    }

    private void drainStderr() {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = process.getErrorStream()) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                stderr.append(buffer, read);
            }
        } catch (IOException closed) {
            // the program is gone; nothing more to capture
        }
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
