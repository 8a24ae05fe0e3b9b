package dev.suitcase.runner.engine;

/**
 * The suite itself failed on a vector (verdict ERROR): reported as a test error rather than an
 * assertion failure, so build tools count it apart from the adapter's failures. Its stack trace
 * would show the engine, not the fault, so it carries none; the message holds what failed.
 */
public final class SuiteError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SuiteError(String message) {
        super(message, null, false, false);
    }
}
