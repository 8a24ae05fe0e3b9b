package dev.suitcase.vectors.corpus;

import dev.suitcase.vectors.json.FieldException;

import java.util.Objects;

/**
 * A corpus file that cannot be used: unreadable, not JSON, not valid against its schema,
 * inconsistent, or not the file the index lists. The message names the file and the failing
 * field as a JSON pointer ({@code ""} for the whole document), then says what is wrong.
 */
public final class CorpusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String pointer;

    public CorpusException(String file, String pointer, String problem) {
        super(file + (pointer.isEmpty() ? "" : ": " + pointer) + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    public CorpusException(String file, String pointer, String problem, Throwable cause) {
        this(file, pointer, problem);
        initCause(cause);
    }

    /** {@code field}, refused in {@code file}. */
    public CorpusException(String file, FieldException field) {
        this(file, field.pointer(), field.getMessage(), field);
    }

    /** The file, as the corpus source names it (a path or a classpath resource). */
    public String file() {
        return file;
    }

    /** The failing field as a JSON pointer; empty for a problem with the whole file. */
    public String pointer() {
        return pointer;
    }
}
