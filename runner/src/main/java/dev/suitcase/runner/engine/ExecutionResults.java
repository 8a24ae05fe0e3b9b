package dev.suitcase.runner.engine;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.baseline.BaselineEntry;
import dev.suitcase.runner.baseline.Gate;
import dev.suitcase.runner.baseline.GateOptions;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Vector;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Optional;

/**
 * What JUnit reports for a judged vector, decided by the same rule as the gate of
 * {@code suitcase run} ({@link Gate#standing}), so a build tool, an IDE and the CLI agree:
 * <ul>
 *   <li>an unexpected failure fails, with an {@link AssertionFailedError} whose message says the
 *       verdict and severity, expected against actual, the detail, and the vector's description
 *       (why it matters), and whose expected and actual values an IDE shows side by side;</li>
 *   <li>ERROR fails with a {@link SuiteError}: the suite's fault, counted as an error;</li>
 *   <li>NOT_APPLICABLE, UNSUPPORTED allowed by {@code allowUnimplemented}, a failure the baseline
 *       lists, a failure below {@code failOn}, and ADVISORY (unless {@code failOn} is
 *       {@code advisory}, which fails it) are aborted with the reason, which build tools and IDEs
 *       show as skipped: an advisory is not a failure of the implementation, nor a pass;</li>
 *   <li>passes and INFO succeed; their report entry says what the adapter did.</li>
 * </ul>
 */
final class ExecutionResults {
    private static final int STDERR_SHOWN = 2000;

    private ExecutionResults() {
    }

    static TestExecutionResult of(Vector vector, Result result, Optional<BaselineEntry> entry, GateOptions options) {
        return switch (Gate.standing(result, entry, options)) {
            case SUITE_ERROR -> TestExecutionResult.failed(new SuiteError(result.explanation() + "\ndetail: " + result.detail()));
            case UNEXPECTED_FAILURE -> TestExecutionResult.failed(failure(vector, result, entry));
            case BASELINED_FAILURE -> aborted("known deviation, listed in the baseline: " + entry.orElseThrow().reason()
                    + " (" + result.verdict() + ": " + result.explanation() + ")");
            case IGNORED_FAILURE -> aborted(result.verdict() + " of a " + result.severity().wireName() + " vector, below "
                    + SuitcaseConfiguration.FAIL_ON + " " + options.failOn().orElseThrow().wireName() + ": " + result.explanation());
            case ADVISORY -> advisory(result);
            case UNEXPECTED_PASS, STALE_ENTRY, AS_EXPECTED -> switch (result.verdict()) {
                case NOT_APPLICABLE -> aborted(result.explanation());
                case ADVISORY -> advisory(result);
                case UNSUPPORTED -> aborted("unimplemented, allowed by " + SuitcaseConfiguration.ALLOW_UNIMPLEMENTED + ": "
                        + result.explanation());
                default -> TestExecutionResult.successful();
            };
        };
    }

    private static TestExecutionResult advisory(Result result) {
        return aborted("ADVISORY, not a failure (" + SuitcaseConfiguration.FAIL_ON + " advisory makes it one): "
                + result.explanation());
    }

    private static TestExecutionResult aborted(String reason) {
        TestAbortedException aborted = new TestAbortedException(reason);
        aborted.setStackTrace(new StackTraceElement[0]);
        return TestExecutionResult.aborted(aborted);
    }

    private static AssertionFailedError failure(Vector vector, Result result, Optional<BaselineEntry> entry) {
        String expected = result.expected().describe();
        String actual = actual(result);
        StringBuilder message = new StringBuilder()
                .append(result.verdict()).append(" (severity ").append(result.severity().wireName()).append(") on ")
                .append(result.adapter()).append(": ").append(result.explanation())
                .append("\nvector:   ").append(vector.id())
                .append("\nexpected: ").append(expected)
                .append("\nactual:   ").append(actual);
        if (!result.detail().isBlank()) {
            message.append("\ndetail:   ").append(result.detail());
        }
        if (!result.stderr().isBlank()) {
            String stderr = result.stderr().strip();
            message.append("\nstderr:   ").append(stderr.length() > STDERR_SHOWN
                    ? stderr.substring(0, STDERR_SHOWN) + " [... " + (stderr.length() - STDERR_SHOWN) + " more characters in results.json]"
                    : stderr);
        }
        entry.ifPresent(known -> message.append("\nbaseline: lists ").append(known.verdict())
                .append(" for this vector, not ").append(result.verdict()).append(" (").append(known.reason()).append(")"));
        message.append("\nwhy it matters: ").append(vector.description());
        AssertionFailedError failure = new AssertionFailedError(message.toString(), expected, actual);
        // the engine's stack says nothing about the adapter's fault; the message says it all
        failure.setStackTrace(new StackTraceElement[0]);
        return failure;
    }

    /** What the adapter did, in the words of {@link dev.suitcase.runner.verdict.Expected#describe}. */
    static String actual(Result result) {
        AdapterOutcome.Kind kind = result.outcome().orElseThrow();
        return switch (kind) {
            case ACCEPT -> "accept";
            case REJECT -> result.reason().map(reason -> "reject with " + reason.name()).orElse("reject without naming a reason");
            case UNSUPPORTED -> "unsupported";
            case TIMEOUT -> "no answer within the time limit";
            case CRASH -> "crash";
            case PROTOCOL_VIOLATION -> "a protocol violation";
        };
    }
}
