package dev.suitcase.adapters.process;

import java.util.ArrayList;
import java.util.List;

/**
 * What an adapter program did that no single request is charged with (adapters/PROTOCOL.md,
 * "Pipelining and blame"): answers for ids already answered or never asked, which are protocol
 * violations of the adapter and are otherwise ignored, and stderr that arrived while several
 * requests were in flight. Each kind is counted and reported once, with its first example.
 * Thread-safe: the driver records, anyone reads.
 */
final class AdapterNotes {
    private static final int ENDING_CHARS = 200;

    private int repeated;
    private String firstRepeated;
    private int unasked;
    private String firstUnasked;
    private long pipelinedStderr;
    private String stderrTail = "";

    /** An answer for an id that was answered already and is not in flight again. */
    synchronized void repeatedAnswer(String id) {
        if (repeated++ == 0) {
            firstRepeated = id;
        }
    }

    /** An answer for an id that was never sent. */
    synchronized void unaskedAnswer(String id) {
        if (unasked++ == 0) {
            firstUnasked = id;
        }
    }

    /** stderr of one program instance that arrived while several requests were in flight. */
    synchronized void pipelinedStderr(long bytes, String tail) {
        if (bytes > 0) {
            pipelinedStderr += bytes;
            stderrTail = tail;
        }
    }

    /** One line per kind of problem, in a fixed order; empty for a well-behaved program. */
    synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (repeated > 0) {
            lines.add("protocol violation: answered " + count(repeated, "id") + " that had been answered already, the first "
                    + firstRepeated + "; every answer after the first was ignored");
        }
        if (unasked > 0) {
            lines.add("protocol violation: answered " + count(unasked, "id") + " that had never been asked, the first "
                    + firstUnasked + "; these answers were ignored");
        }
        if (pipelinedStderr > 0) {
            lines.add("wrote " + count(pipelinedStderr, "byte") + " to stderr while several requests were in flight,"
                    + " attributed to none of them; it ended: " + ending(stderrTail));
        }
        return List.copyOf(lines);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The last {@value #ENDING_CHARS} characters of {@code text}, on one line. */
    private static String ending(String text) {
        String line = text.strip().replace("\r", "\\r").replace("\n", "\\n");
        return line.length() <= ENDING_CHARS ? line : "..." + line.substring(line.length() - ENDING_CHARS);
    }
}
