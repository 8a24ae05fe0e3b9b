package dev.suitcase.runner.launch;

import dev.suitcase.runner.engine.SuitcaseTestEngine;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import org.junit.platform.reporting.open.xml.OpenTestReportGeneratingListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * junit.xml (JUnit's legacy XML) and open-test-report.xml (Open Test Reporting events), written by
 * JUnit's own listeners. They write as the run goes (the Open Test Reporting file event by event),
 * so they write into a hidden directory beside the reports, and each file is moved into place in one
 * rename when the run is complete: an interrupted run leaves no half-written XML, only the hidden
 * directory's removal.
 */
public final class JUnitReportFiles {
    public static final String JUNIT_XML = "junit.xml";
    public static final String OPEN_TEST_REPORT = "open-test-report.xml";

    private final Path outDirectory;
    private final Path staging;

    private JUnitReportFiles(Path outDirectory, Path staging) {
        this.outDirectory = outDirectory;
        this.staging = staging;
    }

    /** Prepares the staging directory inside {@code outDirectory} (same file system, so the moves are renames). */
    public static JUnitReportFiles in(Path outDirectory) throws IOException {
        Path staging = outDirectory.resolve(".suitcase-junit-" + UUID.randomUUID());
        Files.createDirectories(staging);
        return new JUnitReportFiles(outDirectory, staging);
    }

    /** The configuration parameters that turn the Open Test Reporting listener on and point it at the staging directory. */
    public Map<String, String> configurationParameters() {
        return Map.of("junit.platform.reporting.open.xml.enabled", "true",
                "junit.platform.reporting.output.dir", staging.toString());
    }

    /** JUnit's two listeners; {@code err} receives what they cannot write. */
    public List<TestExecutionListener> listeners(PrintWriter err) {
        return List.of(new LegacyXmlReportGeneratingListener(staging, err), new OpenTestReportGeneratingListener());
    }

    /** Moves the files of a complete run into the output directory and removes the staging directory; returns what was moved. */
    public List<Path> publish() throws IOException {
        List<Path> published = new ArrayList<>();
        moveIfWritten(staging.resolve("TEST-" + SuitcaseTestEngine.ID + ".xml"), JUNIT_XML, published);
        moveIfWritten(staging.resolve(OPEN_TEST_REPORT), OPEN_TEST_REPORT, published);
        discard();
        return published;
    }

    /** Removes the staging directory and whatever partial files it holds. */
    public void discard() {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // gone meanwhile is removed: an interruption clears the whole report staging directory
            if (Files.exists(staging)) {
                throw new UncheckedIOException("cannot remove " + staging + ": " + e.getMessage(),
                        e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
            }
        }
    }

    private void moveIfWritten(Path written, String name, List<Path> published) throws IOException {
        if (Files.exists(written)) {
            Path target = outDirectory.resolve(name);
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            published.add(target);
        }
    }
}
