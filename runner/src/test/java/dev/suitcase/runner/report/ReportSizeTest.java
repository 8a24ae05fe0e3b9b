package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.CorpusInfo;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunInfo;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worst case for size: the whole corpus on six adapters that each answer at random, so nearly
 * every vector is disputed, has security failures and calls for a detail. Measured at about 6.1 MB
 * (a real run of reference and jdk over the corpus: 2.2 MB).
 */
class ReportSizeTest {
    private static final long MOST_HTML_BYTES = 7_000_000;
    /** GitHub's limit on a pull-request comment. */
    private static final int MOST_SUMMARY_CHARACTERS = 65_536;

    @TempDir
    Path out;

    @Test
    void aRunOfTheWholeCorpusOnSixDisagreeingAdaptersStaysAFileABrowserOpensAtOnce() throws IOException {
        Corpus corpus = CorpusLoader.fromClasspath();
        List<AdapterUnderTest> adapters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            adapters.add(Fixtures.adapter("implementation-" + i));
        }
        List<Result> results = new ArrayList<>();
        for (Vector vector : corpus.vectors()) {
            for (int i = 0; i < adapters.size(); i++) {
                AdapterUnderTest adapter = adapters.get(i);
                results.add(vector.active() ? Fixtures.judge().judge(vector, adapter, arbitrary(vector, i))
                        : Fixtures.judge().notApplicable(vector, adapter));
            }
        }
        Results run = new Results(new RunInfo("0.1.0-test", CorpusInfo.of(corpus),
                RunOptions.defaults(), adapters, Instant.EPOCH, Optional.of(Instant.EPOCH.plusSeconds(60))), results);

        Reports.write(run, corpus, out);

        long html = Files.size(out.resolve(Reports.HTML));
        String summary = Files.readString(out.resolve(Reports.SUMMARY));
        assertTrue(html < MOST_HTML_BYTES, "report.html has " + html + " bytes");
        assertTrue(summary.length() < MOST_SUMMARY_CHARACTERS, "summary.md has " + summary.length() + " characters");
        assertEquals(DetailChoice.LIMIT, Files.readString(out.resolve(Reports.HTML)).split("<details class=\"vector\"", -1).length - 1);
    }

    /** Accept, reject for the expected reason or another, or crash, by the vector and adapter. */
    private static AdapterOutcome arbitrary(Vector vector, int adapter) {
        return switch (Math.floorMod((vector.id() + "/" + adapter).hashCode(), 4)) {
            case 0 -> AdapterOutcome.accept();
            case 1 -> AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "the signature does not verify under the key given");
            case 2 -> AdapterOutcome.reject(Reason.BAD_STRUCTURE, "unexpected CBOR");
            default -> AdapterOutcome.crash("exit status 139");
        };
    }
}
