package dev.suitcase.runner.json;

/**
 * A JSON file of the runner (results, baseline) that cannot be used: unreadable, not JSON, not
 * valid against its schema, or inconsistent. The message names the file, the field as a JSON
 * pointer where there is one, and what is wrong.
 */
public final class JsonFileException extends RuntimeException {
    private final String file;
    private final String pointer;

    public JsonFileException(String file, String pointer, String problem) {
        super(message(file, pointer, problem));
        this.file = file;
        this.pointer = pointer;
    }

    public JsonFileException(String file, String pointer, String problem, Throwable cause) {
        super(message(file, pointer, problem), cause);
        this.file = file;
        this.pointer = pointer;
    }

    public String file() {
        return file;
    }

    /** The failing field as a JSON pointer; empty for the whole document. */
    public String pointer() {
        return pointer;
    }

    private static String message(String file, String pointer, String problem) {
        return file + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + problem;
    }
}
