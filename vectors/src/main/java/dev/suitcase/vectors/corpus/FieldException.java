package dev.suitcase.vectors.corpus;

/**
 * A field of a JSON document that the schema accepted but the model refuses; the reader that
 * knows the file turns it into a {@link CorpusException}.
 */
final class FieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    FieldException(String pointer, String problem) {
        super(problem, null, false, false);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }

    CorpusException inFile(String file) {
        return new CorpusException(file, pointer, getMessage(), this);
    }
}
