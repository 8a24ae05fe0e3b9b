package dev.suitcase.runner.engine;

import org.junit.platform.commons.JUnitException;

import java.util.Objects;
import java.util.Optional;

/**
 * The suitcase engine cannot run as configured: a configuration parameter with a bad value, an
 * adapter spec that names nothing, a corpus or baseline that cannot be read, selectors of two
 * corpora. The message says which parameter or file is wrong and what is expected; a build tool
 * prints it as the engine's failure. When one configuration parameter is at fault, {@link #key()}
 * names it and {@link #problem()} is what is wrong with its value, so that the CLI prints the
 * problem under its own option for that key, without reading the message.
 */
public final class SuitcaseConfigurationException extends JUnitException {
    private static final long serialVersionUID = 1L;

    /** The configuration key at fault, e.g. {@value SuitcaseConfiguration#TIMEOUT}; null when no one key is. */
    private final String key;
    private final String problem;

    /** A configuration no single parameter is to blame for, e.g. selectors of two corpora. */
    public SuitcaseConfigurationException(String message) {
        this(null, message, null);
    }

    /** A configuration no single parameter is to blame for, e.g. a corpus that cannot be loaded. */
    public SuitcaseConfigurationException(String message, Throwable cause) {
        this(null, message, cause);
    }

    private SuitcaseConfigurationException(String key, String problem, Throwable cause) {
        super(key == null ? problem : key + ": " + problem, cause);
        this.key = key;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * The parameter {@code key} has a value the engine cannot use; the message is {@code key: problem}.
     *
     * @param key     one of {@link SuitcaseConfiguration}'s keys
     * @param problem what is wrong with its value and what is expected, e.g. {@code 'soon' is not a duration}
     */
    public static SuitcaseConfigurationException of(String key, String problem) {
        return new SuitcaseConfigurationException(Objects.requireNonNull(key, "key"), problem, null);
    }

    /** As {@link #of(String, String)}, for a problem found by {@code cause}. */
    public static SuitcaseConfigurationException of(String key, String problem, Throwable cause) {
        return new SuitcaseConfigurationException(Objects.requireNonNull(key, "key"), problem, cause);
    }

    /** The configuration key at fault, when one is. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** What is wrong: with the key's value when {@link #key()} is present (the message without the key), else the whole message. */
    public String problem() {
        return problem;
    }
}
