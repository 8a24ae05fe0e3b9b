package dev.suitcase.runner.launch;

import dev.suitcase.runner.engine.AdapterDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TestIdentifier;

import java.util.Optional;

/** How a progress display counts the vectors of a run: finished, and of those failed, by the JUnit status the engine gave. */
final class ProgressTally {
    private int finished;
    private int failed;
    private int skipped;

    synchronized void add(Optional<TestExecutionResult> result) {
        finished++;
        if (result.isEmpty() || result.get().getStatus() == TestExecutionResult.Status.ABORTED) {
            skipped++;
        } else if (result.get().getStatus() == TestExecutionResult.Status.FAILED) {
            failed++;
        }
    }

    synchronized int finished() {
        return finished;
    }

    synchronized int failed() {
        return failed;
    }

    synchronized String describe() {
        return finished + " vectors: " + (finished - failed - skipped) + " passed, " + failed + " failed, " + skipped
                + " skipped";
    }

    /** The adapter a node of the suitcase tree belongs to, if it is at or below one. */
    static Optional<String> adapter(TestIdentifier identifier) {
        return identifier.getUniqueIdObject().getSegments().stream()
                .filter(segment -> segment.getType().equals(AdapterDescriptor.SEGMENT))
                .map(UniqueId.Segment::getValue).findFirst();
    }
}
