package dev.suitcase.adapters;

/**
 * An adapter cannot be used at all: an unknown adapter name, a program that does not start or
 * does not complete the handshake, an invalid conformance statement. This is a setup error of
 * the run, reported to the user, never the outcome of a vector.
 */
public final class AdapterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AdapterException(String message) {
        super(message);
    }

    public AdapterException(String message, Throwable cause) {
        super(message, cause);
    }
}
