package dev.suitcase.adapters.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the runner drives external adapters.
 *
 * @param baseDirectory     relative program paths resolve against it, and programs run in it: the repository root
 * @param requestTimeout    how long one request may go unanswered (TIMEOUT after that)
 * @param startTimeout      how long a program may take to start and answer hello; an adapter that builds
 *                          on first use says so with a {@code build} command in adapters/adapters.json,
 *                          which runs before the start under {@code buildTimeout} ({@link AdapterBuilds})
 * @param buildTimeout      how long an adapter's build command may take (a first cargo build takes minutes)
 * @param window            how many requests may be in flight at once (pipelining)
 * @param maxLineBytes      the longest stdout line accepted; a longer one is a protocol violation
 * @param maxStderrBytes    how much stderr is kept per request; the rest is dropped with a marker
 * @param closeGrace        how long a program may take to exit after bye before it is killed
 * @param maxRestartFailures after this many failed restarts in a row, the adapter gives up and every
 *                          remaining request is CRASH at once
 */
public record ProcessSettings(Path baseDirectory, Duration requestTimeout, Duration startTimeout, Duration buildTimeout,
                              int window, int maxLineBytes, int maxStderrBytes, Duration closeGrace,
                              int maxRestartFailures) {
    /** How long a build command may take by default, in minutes. */
    public static final int DEFAULT_BUILD_MINUTES = 30;

    public ProcessSettings {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(startTimeout, "startTimeout");
        requirePositive(buildTimeout, "buildTimeout");
        requirePositive(closeGrace, "closeGrace");
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, not " + window);
        }
        if (maxLineBytes < 1024) {
            throw new IllegalArgumentException("maxLineBytes must be at least 1024, not " + maxLineBytes);
        }
        if (maxStderrBytes < 0) {
            throw new IllegalArgumentException("maxStderrBytes must not be negative");
        }
        if (maxRestartFailures < 1) {
            throw new IllegalArgumentException("maxRestartFailures must be at least 1, not " + maxRestartFailures);
        }
    }

    /**
     * The defaults: 10 s per request, 120 s to start, {@value #DEFAULT_BUILD_MINUTES} min to build,
     * 16 requests in flight, lines up to 16 MiB, 64 KiB of stderr per request, 3 s to exit after bye,
     * give up after 3 failed restarts in a row.
     */
    public static ProcessSettings defaults(Path baseDirectory) {
        return new ProcessSettings(baseDirectory, Duration.ofSeconds(10), Duration.ofSeconds(120),
                Duration.ofMinutes(DEFAULT_BUILD_MINUTES), 16, 16 * 1024 * 1024, 64 * 1024, Duration.ofSeconds(3), 3);
    }

    public ProcessSettings withRequestTimeout(Duration timeout) {
        return new ProcessSettings(baseDirectory, timeout, startTimeout, buildTimeout, window, maxLineBytes, maxStderrBytes,
                closeGrace, maxRestartFailures);
    }

    public ProcessSettings withStartTimeout(Duration timeout) {
        return new ProcessSettings(baseDirectory, requestTimeout, timeout, buildTimeout, window, maxLineBytes, maxStderrBytes,
                closeGrace, maxRestartFailures);
    }

    public ProcessSettings withBuildTimeout(Duration timeout) {
        return new ProcessSettings(baseDirectory, requestTimeout, startTimeout, timeout, window, maxLineBytes, maxStderrBytes,
                closeGrace, maxRestartFailures);
    }

    public ProcessSettings withWindow(int inFlight) {
        return new ProcessSettings(baseDirectory, requestTimeout, startTimeout, buildTimeout, inFlight, maxLineBytes, maxStderrBytes,
                closeGrace, maxRestartFailures);
    }

    public ProcessSettings withMaxLineBytes(int bytes) {
        return new ProcessSettings(baseDirectory, requestTimeout, startTimeout, buildTimeout, window, bytes, maxStderrBytes,
                closeGrace, maxRestartFailures);
    }

    public ProcessSettings withMaxStderrBytes(int bytes) {
        return new ProcessSettings(baseDirectory, requestTimeout, startTimeout, buildTimeout, window, maxLineBytes, bytes,
                closeGrace, maxRestartFailures);
    }

    public ProcessSettings withCloseGrace(Duration grace) {
        return new ProcessSettings(baseDirectory, requestTimeout, startTimeout, buildTimeout, window, maxLineBytes, maxStderrBytes,
                grace, maxRestartFailures);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + duration);
        }
    }
}
