package dev.suitcase.runner.engine;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;

import java.util.HashMap;
import java.util.Map;

/**
 * Reports the execution of the vectors below an engine root while they run concurrently and finish
 * in any order. Listeners see one event at a time (JUnit's reporting listeners are not all
 * thread-safe), a container starts just before its first vector and finishes just after its last,
 * so the tree's events nest as JUnit requires whatever the order the answers come in.
 */
final class TreeEvents {
    private final EngineExecutionListener listener;
    private final TestDescriptor root;
    /** For each container started and not finished: how many of its children have not finished. */
    private final Map<TestDescriptor, Integer> open = new HashMap<>();

    TreeEvents(EngineExecutionListener listener, TestDescriptor root) {
        this.listener = listener;
        this.root = root;
    }

    /** Announces a descriptor added to the tree during execution; its parent is in the tree already. */
    synchronized void registered(TestDescriptor descriptor) {
        listener.dynamicTestRegistered(descriptor);
    }

    synchronized void started(TestDescriptor test) {
        startAncestors(test);
        listener.executionStarted(test);
    }

    synchronized void published(TestDescriptor descriptor, ReportEntry entry) {
        listener.reportingEntryPublished(descriptor, entry);
    }

    synchronized void finished(TestDescriptor test, TestExecutionResult result) {
        listener.executionFinished(test, result);
        finishAncestors(test);
    }

    /** Skips a vector that was never started (e.g. after the run was cancelled), or an adapter left with none. */
    synchronized void skipped(TestDescriptor test, String reason) {
        startAncestors(test);
        listener.executionSkipped(test, reason);
        finishAncestors(test);
    }

    private void startAncestors(TestDescriptor test) {
        TestDescriptor parent = test.getParent().orElseThrow();
        if (parent == root || open.containsKey(parent)) {
            return;
        }
        startAncestors(parent);
        listener.executionStarted(parent);
        open.put(parent, parent.getChildren().size());
    }

    private void finishAncestors(TestDescriptor child) {
        TestDescriptor parent = child.getParent().orElseThrow();
        if (parent == root) {
            return;
        }
        int remaining = open.merge(parent, -1, Integer::sum);
        if (remaining == 0) {
            open.remove(parent);
            listener.executionFinished(parent, TestExecutionResult.successful());
            finishAncestors(parent);
        }
    }
}
