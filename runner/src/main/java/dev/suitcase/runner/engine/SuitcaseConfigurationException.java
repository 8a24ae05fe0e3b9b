package dev.suitcase.runner.engine;

import org.junit.platform.commons.JUnitException;

/**
 * The suitcase engine cannot run as configured: a configuration parameter with a bad value, an
 * adapter spec that names nothing, a corpus or baseline that cannot be read, selectors of two
 * corpora. The message says which parameter or file is wrong and what is expected; the CLI prints
 * it as a usage error, a build tool as the engine's failure.
 */
public final class SuitcaseConfigurationException extends JUnitException {
    private static final long serialVersionUID = 1L;

    public SuitcaseConfigurationException(String message) {
        super(message);
    }

    public SuitcaseConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
