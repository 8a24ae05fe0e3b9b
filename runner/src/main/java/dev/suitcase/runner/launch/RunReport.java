package dev.suitcase.runner.launch;

import dev.suitcase.runner.results.Results;
import dev.suitcase.vectors.corpus.Corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A report written from a finished run: its final results, the corpus they were measured on (for
 * descriptions, requirements and inputs), and the output directory. {@code suitcase run} calls each
 * of its reports once, after results.json, junit.xml and the Open Test Reporting file are in place.
 * A report writes its files atomically, like the others ({@link dev.suitcase.runner.json.AtomicFiles}).
 */
@FunctionalInterface
public interface RunReport {
    void write(Results results, Corpus corpus, Path outDirectory) throws IOException;
}
