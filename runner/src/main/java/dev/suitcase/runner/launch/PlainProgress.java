package dev.suitcase.runner.launch;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Progress for logs (not a terminal): a line each {@value #EVERY} vectors, a line when the producer
 * × verifier matrix has added its vectors, and a line per adapter when its vectors are done, with
 * what happened to them. Nothing is redrawn, so CI logs stay readable.
 */
final class PlainProgress implements TestExecutionListener {
    static final int EVERY = 1000;

    private final PrintWriter out;
    private final ProgressTally overall = new ProgressTally();
    private final Map<String, ProgressTally> byAdapter = new ConcurrentHashMap<>();
    private final Map<String, Long> adapterStarts = new ConcurrentHashMap<>();
    private long total;
    private long added;
    private boolean announced;

    PlainProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        total = testPlan.countTestIdentifiers(TestIdentifier::isTest);
        out.println("suitcase: running " + total + " vectors");
        out.flush();
    }

    /** A vector of the producer × verifier matrix, added once its producer signed: one more to run. */
    @Override
    public void dynamicTestRegistered(TestIdentifier testIdentifier) {
        if (testIdentifier.isTest()) {
            total++;
            added++;
        }
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        if (testIdentifier.isTest() && added > 0 && !announced) {
            // the matrix adds its vectors before any is run
            announced = true;
            println("suitcase: the producer matrix adds " + added + " vectors of its producers' envelopes, " + total + " in all");
        }
        if (isAdapter(testIdentifier)) {
            adapterStarts.put(testIdentifier.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
        if (testIdentifier.isTest()) {
            count(testIdentifier, Optional.of(result));
        } else if (isAdapter(testIdentifier)) {
            String adapter = ProgressTally.adapter(testIdentifier).orElseThrow();
            Long started = adapterStarts.remove(testIdentifier.getUniqueId());
            Duration took = Duration.ofNanos(started == null ? 0 : System.nanoTime() - started);
            println(adapter + ": " + byAdapter.getOrDefault(adapter, new ProgressTally()).describe()
                    + String.format(" in %.1f s", took.toMillis() / 1000.0));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        if (testIdentifier.isTest()) {
            count(testIdentifier, Optional.empty());
        }
    }

    private void count(TestIdentifier test, Optional<TestExecutionResult> result) {
        ProgressTally.adapter(test).ifPresent(adapter -> byAdapter.computeIfAbsent(adapter, name -> new ProgressTally()).add(result));
        overall.add(result);
        int finished = overall.finished();
        if (finished % EVERY == 0 && finished < total) {
            println(finished + "/" + total + " vectors (" + (100L * finished / total) + "%), " + overall.failed() + " failed so far");
        }
    }

    private boolean isAdapter(TestIdentifier identifier) {
        return identifier.getUniqueIdObject().getLastSegment().getType().equals(dev.suitcase.runner.engine.AdapterDescriptor.SEGMENT);
    }

    private synchronized void println(String line) {
        out.println(line);
        out.flush();
    }
}
