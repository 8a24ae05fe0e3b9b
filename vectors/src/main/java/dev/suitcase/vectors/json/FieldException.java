package dev.suitcase.vectors.json;

/**
 * A field of a JSON document that the schema accepted but the model refuses, named by its JSON
 * pointer; the reader that knows the file turns it into an exception that names the file too.
 */
public final class FieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    public FieldException(String pointer, String problem) {
        super(problem, null, false, false);
        this.pointer = pointer;
    }

    /** The refused field as a JSON pointer; empty for the whole document. */
    public String pointer() {
        return pointer;
    }
}
