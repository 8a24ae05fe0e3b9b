package dev.suitcase.runner.launch;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.Optional;

/** A progress bar with speed and ETA, redrawn in place on a terminal, showing how many vectors failed so far. */
final class TerminalProgress implements TestExecutionListener {
    private final ProgressTally tally = new ProgressTally();
    private ProgressBar bar;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        bar = new ProgressBarBuilder()
                .setTaskName("suitcase")
                .setInitialMax(testPlan.countTestIdentifiers(TestIdentifier::isTest))
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUnit(" vectors", 1)
                .setUpdateIntervalMillis(200)
                .showSpeed()
                .build();
    }

    /** A vector of the producer × verifier matrix, added once its producer signed: one more to run. */
    @Override
    public void dynamicTestRegistered(TestIdentifier testIdentifier) {
        if (testIdentifier.isTest()) {
            bar.maxHint(bar.getMax() + 1);
        }
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
        if (testIdentifier.isTest()) {
            step(Optional.of(result));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        if (testIdentifier.isTest()) {
            step(Optional.empty());
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        bar.close();
    }

    private void step(Optional<TestExecutionResult> result) {
        tally.add(result);
        bar.step();
        bar.setExtraMessage(" " + tally.failed() + " failed");
    }
}
