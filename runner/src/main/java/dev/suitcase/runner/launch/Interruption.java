package dev.suitcase.runner.launch;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the process does when Ctrl-C (SIGINT) or SIGTERM ends it: one JVM shutdown hook, installed
 * once, that runs the handlers registered at that moment, the last registered first (the run's
 * cancellation before the clearing of its staging directory). The command line {@link #arm arms} it
 * as {@code main} starts, so that a signal at any moment gets a message: with no handler registered,
 * a line saying that nothing was written. A command that ends on its own {@link #disarm disarms} it
 * before it exits, since the hook runs on every exit.
 */
public final class Interruption {
    private static final Object LOCK = new Object();
    private static final Deque<Runnable> HANDLERS = new ArrayDeque<>();
    private static boolean hooked;
    private static boolean armed;
    private static PrintWriter err;

    private Interruption() {
    }

    /** A registered handler; closing it unregisters it. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** From now on a signal ends the process with a line on {@code stderr}, or with what the registered handlers say. */
    public static void arm(PrintWriter stderr) {
        synchronized (LOCK) {
            err = stderr;
            armed = true;
            hook();
        }
    }

    /** The command ended on its own: the exit that follows says nothing. */
    public static void disarm() {
        synchronized (LOCK) {
            armed = false;
        }
    }

    /** Runs {@code handler} if a signal ends the process before the registration is closed. */
    public static Registration register(Runnable handler) {
        synchronized (LOCK) {
            hook();
            HANDLERS.push(handler);
        }
        return () -> {
            synchronized (LOCK) {
                HANDLERS.remove(handler);
            }
        };
    }

    private static void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(Interruption::interrupted, "suitcase-interrupted"));
            hooked = true;
        }
    }

    private static void interrupted() {
        List<Runnable> handlers;
        PrintWriter stderr;
        synchronized (LOCK) {
            handlers = new ArrayList<>(HANDLERS);
            stderr = err;
            if (!armed && handlers.isEmpty()) {
                return;
            }
        }
        if (handlers.isEmpty()) {
            stderr.println("suitcase: interrupted; nothing was written");
            stderr.flush();
            return;
        }
        for (Runnable handler : handlers) {
            try {
                handler.run();
            } catch (RuntimeException e) {
                if (stderr != null) {
                    stderr.println("suitcase: interrupted, and clearing up failed: " + e.getMessage());
                    stderr.flush();
                }
            }
        }
    }
}
