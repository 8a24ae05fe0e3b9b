package dev.suitcase.adapters.reference;

import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.coverage.CheckCoverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code vectors/check-isolation.json} from a fresh measurement of the committed corpus; run
 * by {@code vectors/generate} after the corpus. It lives with the tests of the module that holds the
 * {@link ReferenceOracle}, because only test code can knock a check out. Prints the counts and the
 * vectors that isolate no check; CheckIsolationTest fails on those.
 */
public final class CheckIsolationWriter {
    /** The file, relative to the repository root. */
    static final String FILE = "vectors/check-isolation.json";

    private CheckIsolationWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        CheckIsolationProbe probe = CheckIsolationProbe.measure(CorpusLoader.fromDirectory(root.resolve("vectors/corpus")));
        Files.write(root.resolve(FILE), JsonFormat.write(probe.isolation().toJson()));
        CheckCoverage coverage = CheckCoverage.of(probe.isolation());
        System.out.printf("%s: %d vectors isolate a check, %d robustness vectors, %d checks without a vector "
                        + "(and %d no vector file can reach)%n", FILE, coverage.isolatingVectors(),
                coverage.robustnessVectors(), coverage.uncovered().size(), coverage.notReachable().size());
        probe.problems().forEach(problem -> System.out.println("  " + problem));
    }
}
