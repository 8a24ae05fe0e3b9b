package dev.suitcase.runner.launch;

import dev.suitcase.runner.report.Reports;
import dev.suitcase.runner.results.ResultsJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code --out} directory of a run, which holds the reports of one complete run or of none. The
 * run writes into a hidden staging directory beside it, {@code .<out>.partial-<pid>} (the same file
 * system, so that moves are renames), and {@link #publish} swaps the staging directory in when the
 * run is complete: the previous {@code --out} is renamed aside ({@code .<out>.old-<pid>}), the staging
 * directory renamed to {@code --out}, and the old one deleted. A run that does not complete
 * ({@link #abandon}) leaves {@code --out} as it was and keeps what it measured as
 * {@code <out>.interrupted/results.partial.json}, a name no reader of a finished run looks for;
 * the next complete run removes it.
 *
 * <p>Because the swap replaces the whole directory, an existing {@code --out} may hold only the
 * reports a run writes ({@link #REPORTS}) and the hidden leftovers of earlier versions of the suite:
 * {@link #problem} refuses any other, before the run starts.
 */
public final class ReportDirectory {
    /** The directory beside {@code --out} that keeps an unfinished run's results: {@code <out>.interrupted}. */
    public static final String INTERRUPTED_SUFFIX = ".interrupted";
    /** The name an unfinished run's results.json is kept under. */
    public static final String PARTIAL_RESULTS = "results.partial.json";
    /** The files a run writes into {@code --out}. */
    public static final Set<String> REPORTS = Set.of(ResultsJson.FILE_NAME, JUnitReportFiles.JUNIT_XML,
            JUnitReportFiles.OPEN_TEST_REPORT, Reports.HTML, Reports.SUMMARY);

    private enum State { WRITING, PUBLISHED, ABANDONED }

    private final Path out;
    private final Path staging;
    private State state = State.WRITING;

    private ReportDirectory(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /**
     * What makes {@code out} unusable as a run's report directory, checked before the run starts: no
     * parent, a file, a parent that cannot be created or written, or a directory holding anything but
     * reports. Empty when it can be used.
     */
    public static Optional<String> problem(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            return Optional.of(out + " has no parent directory to stage the reports in; give a directory of its own");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            return Optional.of(out + " is a file, not a directory");
        }
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return Optional.of("cannot create " + parent + ": " + existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of("cannot write in " + existing + " (permission denied); the run writes its reports beside "
                    + out + " and then renames them into place");
        }
        if (Files.isDirectory(absolute)) {
            try (Stream<Path> entries = Files.list(absolute)) {
                Optional<String> foreign = entries.map(entry -> entry.getFileName().toString())
                        .filter(name -> !REPORTS.contains(name) && !leftover(name)).sorted().findFirst();
                if (foreign.isPresent()) {
                    return Optional.of(out + " holds " + foreign.get() + ", which is not a report; a run replaces the whole "
                            + "directory, so give a directory of its own");
                }
            } catch (IOException e) {
                return Optional.of("cannot list " + out + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** A hidden file an earlier version of the suite could leave in {@code --out}: a temporary file or staging directory. */
    private static boolean leftover(String name) {
        return name.startsWith(".suitcase-") || name.startsWith(".") && name.endsWith(".tmp");
    }

    /** Creates the staging directory for a run into {@code out} (its parents too). */
    public static ReportDirectory stage(Path out) throws IOException {
        Path absolute = out.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".partial-" + ProcessHandle.current().pid());
        Files.createDirectories(absolute.getParent());
        delete(staging);
        Files.createDirectory(staging);
        return new ReportDirectory(absolute, staging);
    }

    /** Where the run writes its reports until it completes. */
    public Path staging() {
        return staging;
    }

    /** {@code --out}, absolute. */
    public Path out() {
        return out;
    }

    /** Where an unfinished run's results are kept: {@code <out>.interrupted/results.partial.json}. */
    public Path partialResults() {
        return out.resolveSibling(out.getFileName() + INTERRUPTED_SUFFIX).resolve(PARTIAL_RESULTS);
    }

    /**
     * Swaps the complete run's reports into {@code --out} and removes what an earlier unfinished run
     * kept. False when the run was abandoned first (an interruption): nothing is published then.
     */
    public synchronized boolean publish() throws IOException {
        if (state != State.WRITING) {
            return state == State.PUBLISHED;
        }
        Path old = out.resolveSibling("." + out.getFileName() + ".old-" + ProcessHandle.current().pid());
        delete(old);
        boolean previous = Files.exists(out);
        if (previous) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (previous) {
                Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        state = State.PUBLISHED;
        delete(old);
        delete(partialResults().getParent());
        return true;
    }

    /**
     * Gives up an unfinished run: {@code --out} stays as it was, the staging directory is removed, and
     * with {@code keep} the results it measured, if results.json was written, are kept as
     * {@link #partialResults()} (replacing those of an earlier unfinished run). Returns one line for
     * the user saying what is where.
     */
    public synchronized String abandon(boolean keep) {
        if (state == State.PUBLISHED) {
            return out + " holds the reports of the complete run";
        }
        if (state == State.ABANDONED) {
            return out + " is left as it was";
        }
        state = State.ABANDONED;
        Path results = staging.resolve(ResultsJson.FILE_NAME);
        try {
            String kept = "no result was measured";
            if (keep && Files.exists(results)) {
                Path partial = partialResults();
                delete(partial.getParent());
                Files.createDirectory(partial.getParent());
                Files.move(results, partial, StandardCopyOption.ATOMIC_MOVE);
                kept = "the results measured so far are in " + partial + " (without finishedAt: the run is incomplete)";
            }
            delete(staging);
            return out + " is left as it was; " + kept;
        } catch (IOException | UncheckedIOException e) {
            return out + " is left as it was, but clearing " + staging + " failed: " + e.getMessage();
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.deleteIfExists(file);
            }
        }
    }
}
